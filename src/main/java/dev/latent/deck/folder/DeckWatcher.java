package dev.latent.deck.folder;

import dev.latent.deck.Deck;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the user deck folder and tells a listener which deck files were added, changed or removed, so
 * the app can reload just those. Editors save in bursts (truncate, write, rename; several events per save),
 * so events are collected until the folder has been quiet for a short while, then reported once.
 *
 * <p>The listener runs on the watcher's own daemon thread; a UI hands the change over to its own thread.
 * Only deck files count ({@code *.json}, not {@code *.schema.json}); the writer's temp files do not.
 */
public final class DeckWatcher implements AutoCloseable {

    /** Default quiet time before a burst of events is reported. */
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(300);

    /** Deck files that appeared, changed or disappeared since the last report; never all empty. */
    public record Change(Set<Path> added, Set<Path> changed, Set<Path> removed) {
        public Change {
            added = Set.copyOf(added);
            changed = Set.copyOf(changed);
            removed = Set.copyOf(removed);
        }
    }

    private final Path folder;
    private final Duration quiet;
    private final Consumer<Change> listener;
    private final WatchService service;
    private final Thread thread;
    /** Deck files present at the last report, with their modification stamps (to tell a no-op touch apart). */
    private final Map<Path, Stamp> known = new HashMap<>();

    private DeckWatcher(Path folder, Duration quiet, Consumer<Change> listener) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        this.quiet = quiet;
        this.listener = listener;
        Files.createDirectories(this.folder);
        this.service = FileSystems.getDefault().newWatchService();
        this.folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        for (Path file : DeckLibrary.deckFiles(this.folder)) known.put(file, Stamp.of(file));
        this.thread = new Thread(this::run, "deck-watcher " + this.folder.getFileName());
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code folder} (created if missing) and reporting changes to {@code listener}. */
    public static DeckWatcher start(Path folder, Consumer<Change> listener) throws IOException {
        return start(folder, DEFAULT_QUIET, listener);
    }

    public static DeckWatcher start(Path folder, Duration quiet, Consumer<Change> listener) throws IOException {
        Objects.requireNonNull(listener, "listener");
        DeckWatcher watcher = new DeckWatcher(folder, quiet, listener);
        watcher.thread.start();
        return watcher;
    }

    public Path folder() {
        return folder;
    }

    /** Stops watching; pending events are dropped. */
    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        Set<Path> touched = new LinkedHashSet<>();
        boolean rescan = false;
        try {
            while (true) {
                WatchKey key = touched.isEmpty() && !rescan
                        ? service.take()
                        : service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    // Quiet for a whole period: report the burst.
                    report(touched, rescan);
                    touched.clear();
                    rescan = false;
                    continue;
                }
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        rescan = true; // events were lost: compare the whole folder with what we knew
                    } else if (event.context() instanceof Path name && isDeckFile(name)) {
                        touched.add(folder.resolve(name));
                    }
                }
                if (!key.reset()) {
                    // The folder itself went away: every deck in it is gone.
                    report(new LinkedHashSet<>(known.keySet()), false);
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // close() was called
        }
    }

    private void report(Set<Path> touched, boolean rescan) {
        Set<Path> candidates = new TreeSet<>(touched);
        if (rescan) {
            candidates.addAll(known.keySet());
            candidates.addAll(DeckLibrary.deckFiles(folder));
        }
        Set<Path> added = new TreeSet<>();
        Set<Path> changed = new TreeSet<>();
        Set<Path> removed = new TreeSet<>();
        for (Path file : candidates) {
            Stamp before = known.get(file);
            Stamp now = Files.isRegularFile(file) ? Stamp.of(file) : null;
            if (before == null && now != null) added.add(file);
            else if (before != null && now == null) removed.add(file);
            else if (before != null && (!before.equals(now) || !rescan)) changed.add(file);
            if (now == null) known.remove(file);
            else known.put(file, now);
        }
        if (added.isEmpty() && changed.isEmpty() && removed.isEmpty()) return;
        try {
            listener.accept(new Change(added, changed, removed));
        } catch (RuntimeException e) {
            // A failing listener must not stop the watching: report it as the thread would, and go on.
            Thread current = Thread.currentThread();
            current.getUncaughtExceptionHandler().uncaughtException(current, e);
        }
    }

    static boolean isDeckFile(Path name) {
        String text = name.getFileName().toString();
        return text.endsWith(".json") && !DeckFolder.isSchemaFile(name) && !text.startsWith(dev.latent.platform.AtomicFiles.TEMP_PREFIX);
    }

    /** Size and modification time: enough to tell a rewritten file from an untouched one during a rescan. */
    private record Stamp(long size, long modified) {
        static Stamp of(Path file) {
            try {
                return new Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                return new Stamp(-1, -1);
            }
        }
    }
}
