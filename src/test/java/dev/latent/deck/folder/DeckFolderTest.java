package dev.latent.deck.folder;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.json.DeckLoaderTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeckFolderTest {

    @TempDir
    Path dir;

    private Path userDecks() {
        return dir.resolve("data").resolve("decks");
    }

    private Path outside(String name, String json) throws Exception {
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        return Files.writeString(elsewhere.resolve(name), json);
    }

    private static String tinyDeck(String id, String prompt) {
        return DeckLoaderTest.VALID.replace("\"id\": \"tiny\"", "\"id\": \"" + id + "\"")
                .replace("What is a VAE?", prompt);
    }

    private List<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            // The folder's lock file is Latent's own and hidden, like its temp files.
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".latent-folder.lock")).sorted().toList();
        }
    }

    @Test
    void importsACopyNamedAfterTheDeckId() throws Exception {
        Path source = outside("whatever name.json", tinyDeck("my-deck", "What is a VAE?"));
        DeckFolder folder = new DeckFolder(userDecks());
        DeckFolder.Saved saved = folder.importFile(source, false);
        assertEquals(userDecks().toAbsolutePath().resolve("my-deck.json"), saved.file());
        assertFalse(saved.replaced());
        assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(saved.file()), "copied as validated");
        assertTrue(Files.exists(source), "the original stays where it was");
        assertEquals(List.of("my-deck.json"), namesIn(userDecks()), "no temp files left behind");
        assertTrue(DeckLibrary.loadAll(userDecks()).deck("my-deck").isPresent());
    }

    @Test
    void refusesADeckIdAlreadyPresentUnlessAskedToReplace() throws Exception {
        DeckFolder folder = new DeckFolder(userDecks());
        folder.importFile(outside("a.json", tinyDeck("dup", "First version?")), false);
        Path second = outside("b.json", tinyDeck("dup", "Second version?"));
        DeckFolderException refused = assertThrows(DeckFolderException.class, () -> folder.importFile(second, false));
        assertTrue(refused.getMessage().contains("already"), refused.getMessage());
        assertEquals("First version?", DeckLoader.load(userDecks().resolve("dup.json")).questions().get(0).prompt());

        DeckFolder.Saved replaced = folder.importFile(second, true);
        assertTrue(replaced.replaced());
        assertEquals("Second version?", DeckLoader.load(replaced.file()).questions().get(0).prompt());
        assertEquals(List.of("dup.json"), namesIn(userDecks()));
    }

    @Test
    void replacingADeckCopiedInByHandUnderAnotherNameKeepsOneFile() throws Exception {
        Files.createDirectories(userDecks());
        Files.writeString(userDecks().resolve("hand-made.json"), tinyDeck("dup", "Old?"));
        DeckFolder folder = new DeckFolder(userDecks());
        folder.importFile(outside("b.json", tinyDeck("dup", "New?")), true);
        assertEquals(List.of("dup.json"), namesIn(userDecks()));
    }

    @Test
    void neverOverwritesAnotherFileThatHasTheTargetName() throws Exception {
        Files.createDirectories(userDecks());
        Path broken = Files.writeString(userDecks().resolve("clash.json"), "{ not a deck");
        DeckFolder folder = new DeckFolder(userDecks());
        Path source = outside("x.json", tinyDeck("clash", "Q?"));
        assertThrows(DeckFolderException.class, () -> folder.importFile(source, true));
        assertEquals("{ not a deck", Files.readString(broken));
    }

    @Test
    void refusesTheIdOfABundledDeck() throws Exception {
        DeckFolder folder = new DeckFolder(userDecks());
        Path source = outside("x.json", tinyDeck("autoencoders-gans", "Q?"));
        DeckFolderException refused = assertThrows(DeckFolderException.class, () -> folder.importFile(source, true));
        assertTrue(refused.getMessage().contains("bundled"), refused.getMessage());
        assertFalse(Files.exists(userDecks().resolve("autoencoders-gans.json")));
    }

    @Test
    void validatesBeforeCopying() throws Exception {
        DeckFolder folder = new DeckFolder(userDecks());
        Path source = outside("bad.json", "{\"id\": \"bad\", \"title\": \"Bad\", \"questions\": []}");
        DeckException invalid = assertThrows(DeckException.class, () -> folder.importFile(source, false));
        assertTrue(invalid.problems().get(0).toString().startsWith(source + ":1:"), invalid.getMessage());
        assertFalse(Files.exists(userDecks().resolve("bad.json")));
        assertThrows(DeckException.class, () -> folder.importFile(dir.resolve("missing.json"), false));
    }

    @Test
    void removesUserDecksButNeverBundledOnes() throws Exception {
        DeckFolder folder = new DeckFolder(userDecks());
        Path file = folder.importFile(outside("a.json", tinyDeck("mine", "Q?")), false).file();
        assertEquals(file, folder.remove("mine"));
        assertFalse(Files.exists(file));

        DeckFolderException bundled = assertThrows(DeckFolderException.class, () -> folder.remove("autoencoders-gans"));
        assertTrue(bundled.getMessage().contains("bundled with the app and cannot be removed"), bundled.getMessage());
        DeckFolderException unknown = assertThrows(DeckFolderException.class, () -> folder.remove("nope"));
        assertTrue(unknown.getMessage().contains("no deck with id \"nope\""), unknown.getMessage());
    }

    @Test
    void savesADeckBuiltInCode() throws Exception {
        Deck deck = new Deck("from-code", "From code", "", List.of(new Question("q", "Prompt?",
                new ModelAnswer("Answer.", List.of(), ""), List.of(), null, List.of())), "memory");
        DeckFolder.Saved saved = new DeckFolder(userDecks()).save(deck, false);
        Deck loaded = DeckLoader.load(saved.file());
        assertEquals(deck.questions(), loaded.questions());
    }

    @Test
    void fileNamesNeverEndInDotSchemaJson() {
        assertEquals("a.b.json", DeckFolder.fileNameFor("a.b"));
        assertEquals("x.schema.deck.json", DeckFolder.fileNameFor("x.schema"));
        assertEquals("x.SCHEMA.deck.json", DeckFolder.fileNameFor("x.SCHEMA"));
    }

    @Test
    void aSaveOverAFileChangedSinceItWasReadIsRefusedAndWritesNothing() throws Exception {
        DeckFolder folder = new DeckFolder(userDecks());
        Deck read = folder.importFile(outside("a.json", tinyDeck("mine", "What is a VAE?")), false).deck();
        Path file = userDecks().resolve("mine.json");
        String changedByHand = tinyDeck("mine", "What is a GAN?");
        Files.writeString(file, changedByHand);

        Deck edited = dev.latent.deck.edit.DeckEdits.withTitle(read, "Edited in the app");
        DeckChangedException refused = assertThrows(DeckChangedException.class, () -> folder.save(edited, true, read));
        assertEquals(file, refused.file());
        assertEquals(file + " was not overwritten: it was changed by another program since it was opened", refused.getMessage());
        assertEquals(changedByHand, Files.readString(file));

        Files.writeString(file, "{ not json");
        assertEquals(file + " was not overwritten: it was changed and no longer reads as this deck",
                assertThrows(DeckChangedException.class, () -> folder.save(edited, true, read)).getMessage());
        assertEquals("{ not json", Files.readString(file));
    }

    @Test
    void aSaveOverTheVersionReadOrOverADeletedFileGoesThrough() throws Exception {
        DeckFolder folder = new DeckFolder(userDecks());
        Deck read = folder.importFile(outside("a.json", tinyDeck("mine", "What is a VAE?")), false).deck();
        // Same content in another layout: not a change.
        Path file = userDecks().resolve("mine.json");
        Files.writeString(file, Files.readString(file).replace("\n", "\n\n"));
        Deck edited = dev.latent.deck.edit.DeckEdits.withTitle(read, "Edited in the app");
        DeckFolder.Saved saved = folder.save(edited, true, read);
        assertEquals("Edited in the app", DeckLoader.load(saved.file()).title());

        Files.delete(file);
        folder.save(edited, true, saved.deck());
        assertEquals("Edited in the app", DeckLoader.load(file).title(), "nothing on disk was lost by writing it again");
    }

    @Test
    void ofTwoImportsOfTheSameIdAtOnceOneWinsAndTheOtherIsRefused() throws Exception {
        for (int round = 0; round < 15; round++) {
            DeckFolder target = new DeckFolder(dir.resolve("race-" + round));
            Path first = outside("first-" + round + ".json", tinyDeck("same-id", "First version?"));
            Path second = outside("second-" + round + ".json", tinyDeck("same-id", "Second version?"));
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<DeckFolder.Saved>> imports = new java.util.ArrayList<>();
                for (Path source : List.of(first, second)) {
                    imports.add(pool.submit(() -> {
                        start.await();
                        return target.importFile(source, false);
                    }));
                }
                int won = 0;
                int refused = 0;
                String winner = null;
                for (var attempt : imports) {
                    try {
                        winner = attempt.get().deck().questions().get(0).prompt();
                        won++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertTrue(e.getCause() instanceof DeckFolderException, e.getCause().toString());
                        assertTrue(e.getCause().getMessage().contains("is already in"), e.getCause().getMessage());
                        refused++;
                    }
                }
                assertEquals(1, won, "round " + round + ": exactly one import succeeds");
                assertEquals(1, refused, "round " + round + ": the other is told");
                assertEquals(winner, DeckLoader.load(target.path().resolve("same-id.json")).questions().get(0).prompt(),
                        "the file holds the deck that was reported imported");
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
