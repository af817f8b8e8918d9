package dev.latent.deck.folder;

import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.json.DeckWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class DeckWatcherTest {

    /** Generous: some platforms' watch services poll every few seconds. */
    private static final long TIMEOUT_MS = 30_000;

    @TempDir
    Path dir;

    private final LinkedBlockingQueue<DeckWatcher.Change> changes = new LinkedBlockingQueue<>();

    /** Collects reported changes until {@code done} holds for everything seen so far. */
    private List<DeckWatcher.Change> awaitUntil(Predicate<List<DeckWatcher.Change>> done) throws InterruptedException {
        List<DeckWatcher.Change> seen = new ArrayList<>();
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!done.test(seen)) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) fail("no matching change within " + TIMEOUT_MS + " ms; saw " + seen);
            DeckWatcher.Change change = changes.poll(Math.min(left, 100), TimeUnit.MILLISECONDS);
            if (change != null) seen.add(change);
        }
        return seen;
    }

    private static Set<Path> all(List<DeckWatcher.Change> seen, java.util.function.Function<DeckWatcher.Change, Set<Path>> part) {
        Set<Path> paths = new HashSet<>();
        for (DeckWatcher.Change change : seen) paths.addAll(part.apply(change));
        return paths;
    }

    @Test
    void reportsAddedChangedAndRemovedDeckFiles() throws Exception {
        Path folder = dir.resolve("decks");
        Files.createDirectories(folder);
        Path existing = Files.writeString(folder.resolve("existing.json"), "{}");
        try (DeckWatcher watcher = DeckWatcher.start(folder, Duration.ofMillis(100), changes::add)) {
            Path added = folder.toAbsolutePath().resolve("added.json");
            Files.writeString(added, "{\"id\": 1}");
            List<DeckWatcher.Change> seen = awaitUntil(s -> all(s, DeckWatcher.Change::added).contains(added));
            assertTrue(all(seen, DeckWatcher.Change::removed).isEmpty(), seen.toString());

            Path changed = watcher.folder().resolve(existing.getFileName());
            Files.writeString(changed, "{\"changed\": true}");
            awaitUntil(s -> all(s, DeckWatcher.Change::changed).contains(changed));

            Files.delete(added);
            seen = awaitUntil(s -> all(s, DeckWatcher.Change::removed).contains(added));
            assertTrue(all(seen, DeckWatcher.Change::added).isEmpty(), seen.toString());
        }
    }

    @Test
    void atomicSavesAreOneChangeAndOtherFilesAreIgnored() throws Exception {
        Path folder = dir.resolve("decks");
        Files.createDirectories(folder);
        Deck deck = DeckLoader.load(Path.of(System.getProperty("latent.questions", "questions"), "autoencoders-gans.json"));
        Path target = folder.toAbsolutePath().resolve("saved.json");
        DeckWriter.write(deck, target);
        try (DeckWatcher watcher = DeckWatcher.start(folder, Duration.ofMillis(200), changes::add)) {
            Files.writeString(folder.resolve("notes.txt"), "not a deck");
            Files.writeString(folder.resolve("deck.schema.json"), "{}");
            DeckWriter.write(deck, target); // temp file + rename over the old one
            List<DeckWatcher.Change> seen = awaitUntil(s -> all(s, DeckWatcher.Change::changed).contains(target));
            Set<Path> everything = new HashSet<>();
            for (DeckWatcher.Change change : seen) {
                everything.addAll(change.added());
                everything.addAll(change.changed());
                everything.addAll(change.removed());
            }
            assertEquals(Set.of(target), everything, "only the deck file, never temp, schema or text files");
            assertTrue(watcher.folder().equals(folder.toAbsolutePath().normalize()));
        }
    }

    @Test
    void keepsWatchingAfterTheListenerFails() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("decks")).toAbsolutePath();
        java.util.concurrent.atomic.AtomicBoolean failedOnce = new java.util.concurrent.atomic.AtomicBoolean();
        try (DeckWatcher watcher = DeckWatcher.start(folder, Duration.ofMillis(100), change -> {
            if (failedOnce.compareAndSet(false, true)) throw new IllegalStateException("listener bug (expected in this test)");
            changes.add(change);
        })) {
            Files.writeString(folder.resolve("first.json"), "{}");
            long deadline = System.currentTimeMillis() + TIMEOUT_MS;
            while (!failedOnce.get() && System.currentTimeMillis() < deadline) Thread.sleep(50);
            assertTrue(failedOnce.get(), "the first change reached the listener");
            Path second = folder.resolve("second.json");
            Files.writeString(second, "{}");
            awaitUntil(s -> all(s, DeckWatcher.Change::added).contains(second));
        }
    }

    @Test
    void createsAMissingFolderAndStopsOnClose() throws Exception {
        Path folder = dir.resolve("not-yet");
        DeckWatcher watcher = DeckWatcher.start(folder, changes::add);
        assertTrue(Files.isDirectory(folder));
        watcher.close();
        Files.writeString(folder.resolve("late.json"), "{}");
        // Nothing can be reported after close: the watch service is closed and the thread has ended.
        assertEquals(null, changes.poll(500, TimeUnit.MILLISECONDS));
    }
}
