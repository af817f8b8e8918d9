package dev.latent.ui.decks;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.json.DeckWriter;
import dev.latent.deck.edit.DeckEdits;
import dev.latent.interchange.ApkgExport;
import dev.latent.store.CardKey;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import dev.latent.ui.app.AppShell;
import dev.latent.ui.testing.Dialogs;
import dev.latent.ui.testing.TestApp;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learner's own decks in the app: import (JSON, Anki text, broken files), remove, and reload on change. */
@ExtendWith(ApplicationExtension.class)
class DeckFolderFlowTest {

    private final Path dataDir = TestApp.freshFolder("deck-folder");
    private final Path outside = TestApp.freshFolder("deck-folder-outside");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    private Stage stage;
    private Store store;
    private Deck bundled;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DeckCatalog catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        bundled = catalog.deck("autoencoders-gans").orElseThrow();
        store = TestApp.open(stage, dataDir, catalog, clock);
        TestApp.show(stage, 1100, 760);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestApp.close(robot, stage, store);
    }

    private AppShell shell() {
        return (AppShell) stage.getScene().getUserData();
    }

    private void importing(FxRobot robot, Path file) {
        robot.interact(() -> shell().setImportChooser(owner -> Optional.of(file)));
        robot.clickOn("#import-deck");
    }

    private List<Path> userDeckFiles() throws IOException {
        Path decks = dataDir.resolve("decks");
        if (!Files.isDirectory(decks)) return List.of();
        try (Stream<Path> files = Files.list(decks)) {
            return files.filter(p -> p.toString().endsWith(".json")).toList();
        }
    }

    private Path copyOfBundled(String id) throws IOException {
        Path file = outside.resolve(id + ".json");
        DeckWriter.write(DeckEdits.withTitle(DeckEdits.withId(bundled, id), "My " + id), file);
        return file;
    }

    @Test
    void importsAValidDeckAndRemovesItKeepingTheHistory(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#remove-autoencoders-gans").tryQuery().isEmpty(), "bundled decks cannot be removed");
        importing(robot, copyOfBundled("mine"));

        assertTrue(robot.lookup("#study-mine").tryQuery().isPresent(), "the imported deck is listed");
        Path copied = dataDir.resolve("decks").resolve("mine.json").toAbsolutePath();
        assertEquals("mine", DeckLoader.load(copied).id());
        assertEquals(8, store.examDates().cards("mine").size(), "the store has its cards");

        robot.clickOn("#remove-mine");
        String explanation = robot.lookup("#remove-explanation").queryAs(Label.class).getText();
        assertTrue(explanation.contains("history is kept"), explanation);
        assertTrue(explanation.contains("8 cards"), explanation);
        Dialogs.clickButton(robot, "Remove");

        assertFalse(Files.exists(copied), "the file is gone");
        assertTrue(robot.lookup("#study-mine").tryQuery().isEmpty(), "and so is the card");
        assertEquals(8, store.orphanedCards("mine").size(), "the cards are orphaned, not deleted");
        assertEquals(List.of(), store.reviewsOf(new CardKey("mine", bundled.questions().get(0).id())));
    }

    @Test
    void aBrokenDeckShowsLocatedProblemsAndWritesNothing(FxRobot robot) throws Exception {
        Path broken = Files.writeString(outside.resolve("broken.json"), """
                {
                  "id": "broken",
                  "title": "Broken",
                  "questions": [
                    { "id": "q1", "prompt": "", "answer": { "intro": "x" } }
                  ]
                }
                """);
        importing(robot, broken);

        String problems = robot.lookup("#import-problems").queryAs(Label.class).getText();
        assertTrue(problems.contains(broken + ":5:"), problems);
        assertTrue(problems.contains("questions[0].prompt"), problems);
        Dialogs.clickButton(robot, "OK");
        assertEquals(List.of(), userDeckFiles(), "nothing half-written");
    }

    @Test
    void anInvalidJsonFileIsRefusedWithItsLine(FxRobot robot) throws Exception {
        Path notJson = Files.writeString(outside.resolve("typo.json"), "{\n  \"id\": \"typo\",\n  \"title\": oops\n}\n");
        importing(robot, notJson);
        String problems = robot.lookup("#import-problems").queryAs(Label.class).getText();
        assertTrue(problems.startsWith(notJson + ":3:"), problems);
        Dialogs.clickButton(robot, "OK");
        assertEquals(List.of(), userDeckFiles());
    }

    @Test
    void importsAnkiNotesInPlainText(FxRobot robot) throws Exception {
        Path notes = Files.writeString(outside.resolve("gan-notes.txt"),
                "#separator:tab\n#html:false\n#deck:GAN notes\nWhat does the generator do?\tIt maps noise to samples.\n"
                        + "What does the discriminator do?\tIt tells real from generated samples.\n");
        importing(robot, notes);
        String report = robot.lookup("#import-report").queryAs(Label.class).getText();
        assertTrue(report.startsWith("Imported 2 questions from 2 notes (Anki notes in plain text)."), report);
        Dialogs.clickButton(robot, "OK");

        List<Path> files = userDeckFiles();
        assertEquals(1, files.size(), files.toString());
        Deck imported = DeckLoader.load(files.get(0));
        assertEquals("GAN notes", imported.title());
        assertEquals(2, imported.size());
        assertTrue(robot.lookup("#study-" + imported.id()).tryQuery().isPresent());
        assertTrue(robot.lookup("#remove-" + imported.id()).tryQuery().isPresent(), "an imported deck can be removed");
    }

    @Test
    void importingTheSameIdAgainAsksBeforeReplacing(FxRobot robot) throws Exception {
        Path file = copyOfBundled("twice");
        importing(robot, file);
        DeckWriter.write(DeckEdits.withTitle(DeckEdits.withId(bundled, "twice"), "Second version"), file);
        importing(robot, file);
        assertTrue(robot.lookup("#replace-explanation").queryAs(Label.class).getText().contains("history is kept"));
        Dialogs.clickButton(robot, "Cancel");
        assertEquals("My twice", DeckLoader.load(dataDir.resolve("decks").resolve("twice.json")).title(), "kept on Cancel");

        importing(robot, file);
        Dialogs.clickButton(robot, "Replace");
        assertEquals("Second version", DeckLoader.load(dataDir.resolve("decks").resolve("twice.json")).title());
        assertEquals(1, userDeckFiles().size());
    }

    @Test
    void importsALegacyAnkiPackageAndRefusesOneThatClimbsOutOfItsFolder(FxRobot robot) throws Exception {
        Path apkg = outside.resolve("shared.apkg");
        ApkgExport.write(DeckEdits.withTitle(DeckEdits.withId(bundled, "shared"), "Shared deck"), apkg);
        importing(robot, apkg);
        assertTrue(robot.lookup("#import-report").queryAs(Label.class).getText().startsWith("Imported 8 questions from 8 notes"));
        Dialogs.clickButton(robot, "OK");
        List<Path> files = userDeckFiles();
        assertEquals(1, files.size(), files.toString());
        assertEquals(8, DeckLoader.load(files.get(0)).size());

        Path evil = outside.resolve("evil.apkg");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(evil))) {
            zip.putNextEntry(new ZipEntry("../collection.anki2"));
            zip.write(new byte[]{1, 2, 3});
            zip.closeEntry();
        }
        importing(robot, evil);
        String problems = robot.lookup("#import-problems").queryAs(Label.class).getText();
        assertTrue(problems.contains("evil.apkg"), problems);
        Dialogs.clickButton(robot, "OK");
        assertEquals(files, userDeckFiles(), "nothing more was written");
    }

    @Test
    void importsACurrentAnkiPackageAskingWhatSubdecksBecomeAndReportingSkips(FxRobot robot) throws Exception {
        var anki = new dev.latent.interchange.AnkiPackageBuilder().basic().deck(10, "Spanish").deck(11, "Spanish::Verbs")
                .note(1001, 10, "a", "", List.of(0), "hola", "hello")
                .note(1001, 11, "b", "", List.of(0), "comer", "to eat")
                .note(1001, 11, "c", "", List.of(0), "<img src=x.png>", "picture");
        Path apkg = Files.write(outside.resolve("spanish.apkg"), anki.current(outside));
        importing(robot, apkg);
        String choice = robot.lookup("#subdeck-choice").queryAs(Label.class).getText();
        assertTrue(choice.contains("Spanish::Verbs (1 questions)"), choice);
        Dialogs.clickButton(robot, "One deck, subdecks as tags");
        String report = robot.lookup("#import-report").queryAs(Label.class).getText();
        assertTrue(report.contains("Skipped 1: 1 only an image or sound, no text."), report);
        assertTrue(report.contains("Subdecks became tags: Verbs."), report);
        Dialogs.clickButton(robot, "OK");
        List<Path> files = userDeckFiles();
        assertEquals(1, files.size(), files.toString());
        Deck imported = DeckLoader.load(files.get(0));
        assertEquals("spanish", imported.id());
        assertEquals(List.of("Verbs"), imported.questions().get(1).tags());
        assertTrue(robot.lookup("#study-spanish").tryQuery().isPresent());
    }

    @Test
    void reloadsWhenADeckFileChangesOnDisk(FxRobot robot) throws Exception {
        Path decks = Files.createDirectories(dataDir.resolve("decks"));
        Deck dropped = DeckEdits.withTitle(DeckEdits.withId(bundled, "dropped"), "Dropped in");
        DeckWriter.write(dropped, decks.resolve("dropped.json"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#study-dropped").tryQuery().isPresent());
        assertEquals(8, store.examDates().cards("dropped").size(), "the store is synced");

        // One question fewer on disk: the list shows 7 and the dropped question's card is orphaned.
        Deck shorter = DeckEdits.withQuestions(dropped, dropped.questions().subList(0, 7));
        DeckWriter.write(shorter, decks.resolve("dropped.json"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#count-dropped").tryQuery().map(n -> ((Label) n).getText().equals("7 questions")).orElse(false));
        assertEquals(List.of(new CardKey("dropped", bundled.questions().get(7).id())), store.orphanedCards("dropped"));
    }
}
