package dev.latent.ui.review;

import dev.latent.deck.Question;
import dev.latent.deck.SampleAnswer;
import dev.latent.scheduling.CardState;
import dev.latent.settings.KeyAction;
import dev.latent.settings.Settings;
import dev.latent.settings.SettingsStore;
import dev.latent.store.CardKey;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static dev.latent.ui.testing.FxChecks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The study loop as a student does it: deck overview, answer, feedback, rate, next card, undo, the summary,
 * and a restart that finds everything kept. Also writes the README's screenshots of those screens.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewerFlowTest {

    /**
     * A fixed folder inside target/, wiped for each test, rather than a random temp folder: the deck list
     * shows the data folder's path, and the screenshots should not change from run to run.
     */
    private final AppFixture app = AppFixture.inFreshFolder("reviewer");

    @Start
    void start(Stage window) {
        app.start(window, 1100, 760);
    }

    private void restartApp(FxRobot robot) {
        robot.interact(app::restart);
    }

    @AfterEach
    void closeStore() {
        app.close();
    }

    private static void ctrlEnter(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        FxChecks.awaitFeedback(robot);
    }

    private Question currentQuestion(FxRobot robot) {
        String prompt = text(robot, "#prompt");
        return app.deck().questions().stream().filter(q -> q.prompt().equals(prompt)).findFirst().orElseThrow();
    }

    private static String sample(Question question, int grade) {
        return question.samples().stream().filter(s -> s.grade() == grade).findFirst().orElseThrow().answer();
    }

    private int reviewCount() {
        return app.deck().questions().stream().mapToInt(q -> app.store().reviewsOf(new CardKey(app.deck().id(), q.id())).size()).sum();
    }

    private void setAnswer(FxRobot robot, String answer) {
        // Typing a long answer key by key is slow under the headless robot: type a little, set the rest.
        robot.write(answer.substring(0, 3));
        robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText(answer));
    }

    @Test
    void answerFeedbackRateUndoSummaryAndRestart(FxRobot robot) {
        assertEquals("New 8", text(robot, "#count-new-autoencoders-gans"));
        assertEquals("Learning 0", text(robot, "#count-learning-autoencoders-gans"));
        assertEquals("Due 0", text(robot, "#count-due-autoencoders-gans"));
        Screenshots.save(app.stage().getScene(), "overview.png");

        robot.clickOn("#study-autoencoders-gans");
        Question first = currentQuestion(robot);
        FxChecks.awaitFocus(robot, "#answer");
        setAnswer(robot, sample(first, SampleAnswer.MAX_GRADE));
        Screenshots.save(app.stage().getScene(), "question.png");

        ctrlEnter(robot);
        assertTrue(robot.lookup("#feedback").tryQuery().isPresent(), "Ctrl+Enter submits and shows feedback");
        int score = Integer.parseInt(text(robot, "#score").replace(" / 100", ""));
        assertTrue(score >= 60, "a grade-4 sample scores well: " + score);
        assertFalse(robot.lookup("#concepts .concept-hit").queryAll().isEmpty(), "hit concepts are listed");
        assertTrue(robot.lookup("#model-answer").tryQuery().isPresent(), "the model answer is shown beside");
        Button good = robot.lookup("#rate-good").queryButton();
        assertEquals("Good  3\n10m", good.getText(), "rating buttons show their key and preview their interval");
        assertEquals("Again  1\n1m", robot.lookup("#rate-again").queryButton().getText());
        Node focused = app.stage().getScene().getFocusOwner();
        assertTrue(focused instanceof Button b && b.getId().startsWith("rate-") && b.getStyleClass().contains("accent"),
                "the suggested rating is focused");
        Screenshots.save(app.stage().getScene(), "feedback.png");

        robot.type(KeyCode.SPACE);
        assertEquals(1, reviewCount(), "Space accepts the suggestion, committed at once");
        assertNotEquals(first.prompt(), text(robot, "#prompt"), "the next card follows");
        assertEquals("", robot.lookup("#answer").queryAs(TextArea.class).getText(), "the rating key types nothing");

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(0, reviewCount(), "Ctrl+Z removes the review");
        assertEquals(first.prompt(), text(robot, "#prompt"), "undo returns to the same card");
        assertTrue(robot.lookup("#feedback").tryQuery().isPresent(), "as it was before the rating: graded, nothing to retype");
        assertEquals(score + " / 100", text(robot, "#score"));
        focused = app.stage().getScene().getFocusOwner();
        assertTrue(focused instanceof Button b && b.getId().startsWith("rate-") && b.getStyleClass().contains("accent"),
                "ready to rate again, the suggestion focused: " + focused);

        // Study the whole deck: answers from the samples, rated Easy with the 4 key so every card graduates.
        for (int i = 0; i < app.deck().size(); i++) {
            Question question = currentQuestion(robot);
            setAnswer(robot, sample(question, i % 2 == 0 ? SampleAnswer.MAX_GRADE : 1));
            ctrlEnter(robot);
            robot.type(KeyCode.DIGIT4);
            app.clock.advance(Duration.ofSeconds(30));
        }
        assertEquals("Session complete", text(robot, "#summary-title"));
        assertEquals("8", text(robot, "#summary-reviewed"));
        assertTrue(robot.lookup("reviews of 8 cards").tryQuery().isPresent(), "reviews and cards told apart");
        assertFalse(text(robot, "#summary-time").isEmpty(), "the study time is shown");
        var missed = robot.lookup("#summary-missed").queryAs(javafx.scene.layout.VBox.class).getChildren();
        assertFalse(missed.isEmpty(), "the summary lists the concepts missed most");
        String firstMissed = ((Label) missed.get(0)).getText();
        assertTrue(app.deck().questions().stream().anyMatch(q -> firstMissed.contains("\u201c" + q.prompt() + "\u201d")),
                "the question is named by its prompt, not its id: " + firstMissed);
        Screenshots.save(app.stage().getScene(), "summary.png");
        assertEquals(8, reviewCount());

        restartApp(robot);
        assertEquals("New 0", text(robot, "#count-new-autoencoders-gans"), "the state is kept across a restart");
        assertTrue(text(robot, "#next-due-autoencoders-gans").startsWith("Next card due"));
        for (Question question : app.deck().questions()) {
            assertEquals(CardState.State.REVIEW, app.store().cardState(new CardKey(app.deck().id(), question.id())).orElseThrow().state());
        }

        app.clock.advance(Duration.ofDays(30));
        restartApp(robot);
        assertEquals("Due 8", text(robot, "#count-due-autoencoders-gans"), "a month later every card is due again");
    }

    @Test
    void iDontKnowSubmitsAnEmptyAnswerAndSuggestsAgain(FxRobot robot) {
        robot.clickOn("#study-autoencoders-gans");
        robot.clickOn("#dont-know");
        FxChecks.awaitFeedback(robot);
        assertEquals("0 / 100", text(robot, "#score"));
        assertTrue(app.stage().getScene().getFocusOwner() == robot.lookup("#rate-again").query(), "Again is suggested");
        robot.type(KeyCode.DIGIT2);
        assertEquals(1, reviewCount(), "2 rates Hard");
    }

    @Test
    void lettersTypedInTheAnswerNeverRateOrUndo(FxRobot robot) {
        robot.clickOn("#study-autoencoders-gans");
        robot.write("u 1 2 3 4");
        assertEquals("u 1 2 3 4", robot.lookup("#answer").queryAs(TextArea.class).getText());
        assertEquals(0, reviewCount());
    }

    @Test
    void settingsPersistAndReboundKeysWork(FxRobot robot) throws Exception {
        robot.clickOn("#open-settings");
        robot.interact(() -> {
            robot.lookup("#key-rate_good").queryAs(javafx.scene.control.TextField.class).setText("G");
            robot.lookup("#setting-zoom").queryAs(javafx.scene.control.Slider.class).setValue(150);
            robot.lookup("#setting-new-per-day").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(3);
        });
        robot.clickOn("OK");
        Settings saved = new SettingsStore(app.dataDir).load().settings();
        assertEquals(List.of("G"), saved.keys().get(KeyAction.RATE_GOOD));
        assertEquals(150, saved.fontZoomPercent());
        assertEquals(3, saved.newPerDay());
        assertTrue(Files.exists(app.dataDir.resolve(SettingsStore.FILE)));

        restartApp(robot);
        assertEquals("New 3", text(robot, "#count-new-autoencoders-gans"), "the new-card limit applies after a restart");
        assertTrue(app.stage().getScene().getRoot().getStyle().contains("22.5px"), "150 % text size applies");
        robot.clickOn("#study-autoencoders-gans");
        robot.clickOn("#dont-know");
        FxChecks.awaitFeedback(robot);
        robot.type(KeyCode.DIGIT3);
        assertEquals(0, reviewCount(), "3 is no longer bound to Good");
        robot.type(KeyCode.G);
        assertEquals(1, reviewCount(), "G rates Good");
    }

    @Test
    void settingsRefuseNonsenseAndKeepTheDialogOpen(FxRobot robot) {
        robot.clickOn("#open-settings");
        robot.interact(() -> robot.lookup("#setting-learning-steps").queryAs(javafx.scene.control.TextField.class)
                .setText("ten minutes"));
        assertEquals("Ctrl+Enter", robot.lookup("#key-submit").queryAs(javafx.scene.control.TextField.class).getText(),
                "keys read as the keyboard says them, not \"Shortcut+Enter\"");
        robot.clickOn("OK");
        assertTrue(text(robot, "#settings-error-here").contains("a step is written like 30s, 10m or 2h"),
                "the message is at the field");
        javafx.scene.control.TextField steps = robot.lookup("#setting-learning-steps").queryAs(javafx.scene.control.TextField.class);
        assertTrue(steps.getPseudoClassStates().contains(atlantafx.base.theme.Styles.STATE_DANGER), "the field is marked");
        assertTrue(FxChecks.isFocusOwner(robot, "#setting-learning-steps"), "and has the focus");
        robot.interact(() -> robot.lookup("#setting-zoom").queryAs(javafx.scene.control.Slider.class).setValue(143));
        robot.interact(() -> robot.lookup("#setting-zoom").queryAs(javafx.scene.control.Slider.class).adjustValue(143));
        assertEquals(140, robot.lookup("#setting-zoom").queryAs(javafx.scene.control.Slider.class).getValue(), 0.01,
                "text size snaps to steps of 10 %");
        robot.clickOn("Cancel");
        assertFalse(Files.exists(app.dataDir.resolve(SettingsStore.FILE)), "nothing saved");
    }

    @Test
    void autoAdvanceRatesWithTheSuggestionAfterAPause(FxRobot robot) throws Exception {
        new SettingsStore(app.dataDir).save(Settings.DEFAULT.withAutoAdvance(true));
        restartApp(robot);
        javafx.util.Duration usual = AutoAdvance.delay;
        AutoAdvance.delay = javafx.util.Duration.millis(300);
        try {
            robot.clickOn("#study-autoencoders-gans");
            robot.clickOn("#dont-know");
            FxChecks.awaitFeedback(robot);
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> reviewCount() == 1);
            // The review is stored before the rating has shown the next card (which reads the store again): let it
            // finish, or the store could be closed under it at the end of the test.
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertTrue(app.store().undoLastReview().isPresent(), "the automatic rating is a real, undoable review");
            assertEquals(0, reviewCount());
        } finally {
            AutoAdvance.delay = usual;
        }
    }

    @Test
    void theSmallestSupportedWindowShowsTheRatingButtons(FxRobot robot) {
        robot.interact(() -> {
            app.stage().setWidth(1024);
            app.stage().setHeight(640);
        });
        robot.clickOn("#study-autoencoders-gans");
        robot.clickOn("#dont-know");
        FxChecks.awaitFeedback(robot);
        double sceneWidth = app.stage().getScene().getWidth();
        double sceneHeight = app.stage().getScene().getHeight();
        for (String id : List.of("#rate-again", "#rate-hard", "#rate-good", "#rate-easy", "#back-to-decks", "#undo")) {
            javafx.geometry.Bounds bounds = robot.lookup(id).query().localToScene(robot.lookup(id).query().getBoundsInLocal());
            assertTrue(bounds.getMinX() >= 0 && bounds.getMaxX() <= sceneWidth && bounds.getMaxY() <= sceneHeight,
                    id + " is inside the 1024x640 window: " + bounds);
            assertTrue(bounds.getWidth() >= 40, id + " is not squeezed: " + bounds);
        }
    }

    @Test
    void onA4kScreenAtDoubleSizeLinesStayReadableAndCentred(FxRobot robot) throws Exception {
        new SettingsStore(app.dataDir).save(Settings.DEFAULT.withFontZoom(200));
        restartApp(robot);
        robot.interact(() -> {
            app.stage().setWidth(3840);
            app.stage().setHeight(2160);
        });
        // The window is larger than the headless screen, so press the buttons rather than click at a position.
        robot.interact(() -> robot.lookup("#study-autoencoders-gans").queryButton().fire());
        robot.interact(() -> robot.lookup("#dont-know").queryButton().fire());
        FxChecks.awaitFeedback(robot);
        Node page = robot.lookup(".reviewer-page").query();
        javafx.geometry.Bounds bounds = page.localToScene(page.getBoundsInLocal());
        double fontPx = 15 * 2.0;
        assertTrue(bounds.getWidth() <= 70 * fontPx, "lines stay readable, not 3840 px long: " + bounds.getWidth());
        double left = bounds.getMinX();
        double right = app.stage().getScene().getWidth() - bounds.getMaxX();
        assertTrue(Math.abs(left - right) < 40, "the page is centred: " + left + " vs " + right);
        Screenshots.save(app.stage().getScene(), "../../target/reviewer-4k.png");
    }
}
