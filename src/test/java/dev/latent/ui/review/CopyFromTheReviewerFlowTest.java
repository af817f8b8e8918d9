package dev.latent.ui.review;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.store.CardKey;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import dev.latent.ui.testing.Dialogs;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.TestApp;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import static dev.latent.ui.testing.FxChecks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reviewer's E on a bundled deck, then "Save a copy": the review the learner returns to goes on with the deck
 * their history is in, the copy if it kept the history (the bundled deck then starts afresh), else the bundled deck.
 */
@ExtendWith(ApplicationExtension.class)
class CopyFromTheReviewerFlowTest {

    private static final String BUNDLED = "autoencoders-gans";

    private final Path dataDir = TestApp.freshFolder("copy-from-reviewer");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    private Stage stage;
    private Store store;
    private Deck bundled;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Files.createDirectories(dataDir.resolve("decks"));
        DeckCatalog catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        bundled = catalog.deck(BUNDLED).orElseThrow();
        store = TestApp.open(stage, dataDir, catalog, clock);
        TestApp.show(stage, 1100, 760);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestApp.close(robot, stage, store);
    }

    private void submit(FxRobot robot, String answer) {
        FxChecks.awaitFocus(robot, "#answer");
        robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText(answer));
        robot.clickOn("#submit");
        FxChecks.awaitFeedback(robot);
    }

    /** E on the graded card, a new prompt, Ctrl+S: the copy's id, then whether it keeps the history; back to the review. */
    private void saveACopy(FxRobot robot, String prompt, String history) {
        robot.type(KeyCode.E);
        FxChecks.awaitNode(robot, "#question-list");
        robot.interact(() -> robot.lookup("#prompt").queryAs(TextArea.class).setText(prompt));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        robot.interact(() -> robot.lookup("#copy-id").queryAs(TextField.class).setText("my-copy"));
        Dialogs.clickButton(robot, "OK");
        Dialogs.clickButton(robot, history);
        robot.clickOn("#editor-back");
    }

    @Test
    void goingOnWithTheCopyReviewsTheCopysCards(FxRobot robot) {
        String first = bundled.questions().get(0).id();
        String second = bundled.questions().get(1).id();
        robot.clickOn("#study-" + BUNDLED);
        submit(robot, "dimensionality reduction and feature extraction");
        robot.type(KeyCode.DIGIT3);
        submit(robot, "pretrain an autoencoder on the unlabeled data");

        saveACopy(robot, "My own wording?", "Keep my history");

        FxChecks.awaitNode(robot, "#answer");
        assertEquals("", text(robot, "#status"), "going on with the copy needs no word");
        assertEquals("My own wording?", text(robot, "#prompt"), "the copy's question, as edited");
        assertTrue(robot.lookup(".top-bar .label").queryAllAs(Labeled.class).stream()
                        .anyMatch(l -> (bundled.title() + " (copy)").equals(l.getText())),
                "the review names the copy");
        assertEquals("pretrain an autoencoder on the unlabeled data", robot.lookup("#answer").queryAs(TextArea.class).getText(),
                "the answer graded against the old question waits to be submitted again");
        robot.clickOn("#submit");
        FxChecks.awaitFeedback(robot);
        robot.type(KeyCode.DIGIT3);
        assertEquals(1, store.reviewsOf(new CardKey("my-copy", second)).size(), "the rating went to the copy's card");
        assertEquals(0, store.reviewsOf(new CardKey(BUNDLED, second)).size(), "not to the bundled deck's");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        FxChecks.awaitFeedback(robot);
        assertEquals("My own wording?", text(robot, "#prompt"), "undo brings the copy's card back, graded");
        assertEquals(0, store.reviewsOf(new CardKey("my-copy", second)).size());
        robot.type(KeyCode.DIGIT3);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        FxChecks.awaitFeedback(robot);
        assertEquals(bundled.questions().get(0).prompt(), text(robot, "#prompt"),
                "the rating given before the copy is undone on the copy's card, with its feedback");
        assertEquals(0, store.reviewsOf(new CardKey("my-copy", first)).size());
    }

    @Test
    void aCopyStartedAfreshLeavesTheReviewWithTheBundledDeck(FxRobot robot) {
        String first = bundled.questions().get(0).id();
        robot.clickOn("#study-" + BUNDLED);
        submit(robot, "dimensionality reduction and feature extraction");

        saveACopy(robot, "My own wording?", "Start afresh");

        FxChecks.awaitFeedback(robot);
        assertEquals(bundled.questions().get(0).prompt(), text(robot, "#prompt"), "the bundled deck keeps the history");
        assertEquals("Your edits are in \u201c" + bundled.title() + " (copy)\u201d, a deck of its own; this review goes on"
                + " with the bundled deck. Suggested: Good. Space accepts it, 1\u20134 rate, Ctrl+Z undoes.", text(robot, "#status"),
                "the unedited card is explained in one line, before the keys' hint");
        robot.type(KeyCode.DIGIT3);
        assertEquals(1, store.reviewsOf(new CardKey(BUNDLED, first)).size(), "and the review");
        assertEquals(0, store.reviewsOf(new CardKey("my-copy", first)).size(), "the copy starts afresh");
    }
}
