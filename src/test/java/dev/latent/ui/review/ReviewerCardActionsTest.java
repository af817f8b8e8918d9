package dev.latent.ui.review;

import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.platform.AppPaths;
import dev.latent.store.CardKey;
import dev.latent.store.CardRow;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import dev.latent.ui.app.LatentApp;
import dev.latent.ui.testing.Dialogs;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.TestApp;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import static dev.latent.ui.testing.FxChecks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Anki's reviewer keys beyond rating: E edit, I card info, - bury, @ suspend, Ctrl+1-4 flags, Ctrl+Q quits. */
@ExtendWith(ApplicationExtension.class)
class ReviewerCardActionsTest {

    private final Path dataDir = TestApp.freshFolder("reviewer-card-actions");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    private Stage stage;
    private Store store;
    private DeckCatalog catalog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        try {
            Files.createDirectories(dataDir.resolve("decks"));
            Files.writeString(dataDir.resolve("decks").resolve("plain.json"), """
                    {"id": "plain", "title": "Plain cards", "questions": [
                      {"id": "q1", "prompt": "Capital of France?", "answer": {"intro": "Paris."}},
                      {"id": "q2", "prompt": "Capital of Italy?", "answer": {"intro": "Rome."}},
                      {"id": "q3", "prompt": "Capital of Spain?", "answer": {"intro": "Madrid."}}]}
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        store = TestApp.open(stage, dataDir, catalog, clock);
        TestApp.show(stage, 1100, 760);
    }

    @AfterEach
    void closeStore(FxRobot robot) {
        Dialogs.tidyUp(robot, stage);
        store.close();
    }

    /** Answers the first card and waits for its grade: the card keys act once it is graded (grading is off the FX thread). */
    private void answerFirstCard(FxRobot robot) {
        robot.clickOn("#study-plain");
        robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText("Paris"));
        robot.clickOn("#submit");
        FxChecks.awaitFeedback(robot);
    }

    /** A typed character as the keyboard sends it, to whatever has the focus (the layout decides which keys make "@"). */
    private static void typeCharacter(FxRobot robot, String character) {
        robot.interact(() -> {
            Node target = robot.lookup("#rate-good").query().getScene().getFocusOwner();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, character, character, KeyCode.UNDEFINED,
                    false, false, false, false));
        });
    }

    private CardRow row(String questionId) {
        return store.cardRow(new CardKey("plain", questionId)).orElseThrow();
    }

    @Test
    void minusBuriesTheCardUntilTomorrowAndShowsTheNext(FxRobot robot) {
        answerFirstCard(robot);
        typeCharacter(robot, "-");
        assertEquals("Capital of Italy?", text(robot, "#prompt"), "the next card");
        assertTrue(row("q1").buriedAt(clock.instant()), "q1 is buried now");
        assertFalse(row("q1").buriedAt(Instant.parse("2026-03-03T04:00:00Z")), "and back at tomorrow's 4 AM");
        assertTrue(text(robot, "#status").startsWith("Buried until tomorrow"), text(robot, "#status"));
        assertEquals(0, store.reviewsOf(new CardKey("plain", "q1")).size(), "burying records no review");
        robot.type(KeyCode.ESCAPE);
        assertEquals("New 2", text(robot, "#count-new-plain"), "the deck list leaves it out");
    }

    @Test
    void atSuspendsTheCard(FxRobot robot) {
        answerFirstCard(robot);
        typeCharacter(robot, "@");
        assertEquals("Capital of Italy?", text(robot, "#prompt"));
        assertTrue(row("q1").suspended());
        assertTrue(text(robot, "#status").startsWith("Suspended"), text(robot, "#status"));
    }

    @Test
    void plainKeysAreTextWhileTheAnswerIsTyped(FxRobot robot) {
        robot.clickOn("#study-plain");
        FxChecks.awaitFocus(robot, "#answer");
        robot.write("-e");
        assertEquals("-e", robot.lookup("#answer").queryAs(TextArea.class).getText());
        assertEquals("Capital of France?", text(robot, "#prompt"), "nothing buried, no editor");
        assertFalse(row("q1").buriedAt(clock.instant()));
    }

    @Test
    void ctrlDigitsFlagTheCardAndTheSameKeyClearsIt(FxRobot robot) {
        robot.clickOn("#study-plain");
        FxChecks.awaitFocus(robot, "#answer");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertEquals(1, row("q1").flag(), "flags work while typing too: they have a modifier");
        assertEquals("\u2691 Red", text(robot, "#card-flag"));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        assertEquals(4, row("q1").flag(), "another flag replaces it");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        assertEquals(0, row("q1").flag(), "the same flag again clears it");
        assertFalse(robot.lookup("#card-flag").query().isVisible());
        assertEquals("", robot.lookup("#answer").queryAs(TextArea.class).getText(), "no digit typed into the answer");
    }

    @Test
    void iShowsCardInfoAndEOpensTheEditorOnTheCard(FxRobot robot) {
        answerFirstCard(robot);
        robot.type(KeyCode.I);
        assertEquals("Capital of France?", robot.lookup("#card-info .header-panel .label").queryAs(Label.class).getText());
        assertEquals("New", text(robot, "#card-info-state"));
        var history = robot.lookup("#card-info-history").queryAs(javafx.scene.layout.VBox.class).getChildren();
        assertEquals("Not rated yet.", ((Label) history.get(0)).getText(), "graded on screen, but no review yet");
        Dialogs.clickButton(robot, "Close");

        robot.type(KeyCode.E);
        ListView<?> questions = robot.lookup("#question-list").queryAs(ListView.class);
        assertEquals(0, questions.getSelectionModel().getSelectedIndex(), "the editor shows the card being reviewed");
        assertEquals(0, store.reviewsOf(new CardKey("plain", "q1")).size(), "the card stays unanswered");
    }

    @Test
    void leavingTheEditorOpenedFromTheReviewerReturnsToTheReviewWithTheEditedCard(FxRobot robot) {
        answerFirstCard(robot);
        robot.type(KeyCode.E);
        FxChecks.awaitNode(robot, "#question-list");
        assertEquals("\u2190 Review", robot.lookup("#editor-back").queryButton().getText(), "the way back says where it goes");
        robot.clickOn("#editor-back");
        assertEquals("Capital of France?", text(robot, "#prompt"), "back in the review, on the same card");
        assertTrue(robot.lookup("#feedback").tryQuery().isPresent(), "as it was: graded, ready to rate");

        robot.type(KeyCode.E);
        FxChecks.awaitNode(robot, "#question-list");
        robot.interact(() -> robot.lookup("#prompt").queryAs(TextArea.class).setText("Capital city of France?"));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        robot.type(KeyCode.ESCAPE);
        FxChecks.awaitNode(robot, "#answer");
        assertEquals("Capital city of France?", text(robot, "#prompt"), "the edited question is shown");
        assertEquals("Paris", robot.lookup("#answer").queryAs(TextArea.class).getText(),
                "the answer graded against the old question waits to be submitted again");
        assertEquals(0, store.reviewsOf(new CardKey("plain", "q1")).size(), "still unanswered");
        robot.clickOn("#submit");
        FxChecks.awaitFeedback(robot);
        robot.type(KeyCode.DIGIT3);
        assertEquals(1, store.reviewsOf(new CardKey("plain", "q1")).size(), "the study session goes on");
        assertEquals("Capital of Italy?", text(robot, "#prompt"));
    }

    @Test
    void theCardMenuOffersEveryActionWithItsKey(FxRobot robot) {
        robot.clickOn("#study-plain");
        robot.clickOn("#card-menu");
        robot.clickOn("#card-flag-3");
        assertEquals(3, row("q1").flag());
        robot.clickOn("#card-menu");
        robot.clickOn("#card-suspend");
        assertTrue(row("q1").suspended(), "from the menu even before answering");
        assertEquals("Capital of Italy?", text(robot, "#prompt"));
    }

    @Test
    void ctrlQClosesTheWindow(FxRobot robot) {
        Stage[] other = new Stage[1];
        robot.interact(() -> {
            other[0] = new Stage();
            Scene scene = LatentApp.createScene(new AppPaths(dataDir), catalog, store, clock);
            other[0].setScene(scene);
            other[0].show();
        });
        assertTrue(other[0].isShowing());
        Runnable quit = other[0].getScene().getAccelerators().get(
                new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        robot.interact(quit);
        assertFalse(other[0].isShowing(), "Ctrl+Q closed it");
    }
}
