package dev.latent.ui.present;


import dev.latent.deck.Question;
import dev.latent.present.Blank;
import dev.latent.present.PresentationPlan;
import dev.latent.store.CardKey;
import dev.latent.store.Store;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Presentation mode as an instructor drives it: every clicker key, point-by-point reveal, blanking, jumping,
 * the countdown on a hand-moved clock, the class answer, the presenter view, leaving; and a whole session writes
 * nothing to the learner's data. The setup is {@link PresentationSetupTest}, the layout {@link ProjectionLayoutTest}.
 */
class PresentationFlowTest extends PresentationFixture {

    @Start
    void start(Stage stage) {
        showApp(stage);
    }

    private Map<Path, String> dataFiles() throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dataDir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                files.put(dataDir.relativize(file), HexFormat.of().formatHex(digest));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    @Test
    void aWholeClassSessionWritesNothingToTheStoreOrTheDataFolder(FxRobot robot) throws IOException {
        Map<Path, String> before = dataFiles();
        assertTrue(before.keySet().stream().anyMatch(p -> p.toString().startsWith(Store.DATABASE_FILE)), "the store is there: " + before);
        robot.clickOn("#present-deck-autoencoders-gans");
        robot.clickOn("#present-start");
        for (int question = 1; question <= deck.size(); question++) {
            for (int step = 0; step <= PresentationPlan.revealSteps(question(question)); step++) robot.type(KeyCode.RIGHT);
            if (question == 3) {
                robot.type(KeyCode.A);
                WaitForAsyncUtils.waitForFxEvents();
                robot.targetWindow(projectionStages().get(0)).write("reconstruction error on a test set");
                robot.type(KeyCode.ENTER);
                robot.type(KeyCode.T);
            }
        }
        robot.type(KeyCode.ESCAPE);
        assertTrue(projectionStages().isEmpty(), "the presentation ended");
        for (Question question : deck.questions()) {
            assertEquals(List.of(), store.reviewsOf(new CardKey(deck.id(), question.id())), "no review of " + question.id());
        }
        assertEquals(before, dataFiles(), "not one byte of the data folder changed");
    }

    @Test
    void everyNextKeyRevealsOnePointThenMovesOnWithTheAnswerHidden(FxRobot robot) {
        open(robot, PresentationTheme.LIGHT, false);
        List<String> points = question(1).answer().points();
        assertEquals(5, points.size());
        assertEquals(question(1).prompt(), projected("projection-prompt"));
        assertTrue(projectedPoints().isEmpty(), "the answer starts hidden");

        robot.type(KeyCode.RIGHT);
        assertEquals(points.subList(0, 1), projectedPoints());
        assertEquals(question(1).answer().intro(), ((Labeled) projection().lookup(".projection-intro")).getText(),
                "the intro comes with the first point");
        assertEquals("point 1 / 5", projected("projection-points"), "the room sees how far the answer has come");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(points.subList(0, 2), projectedPoints());
        assertEquals("point 2 / 5", projected("projection-points"));
        robot.type(KeyCode.SPACE);
        assertEquals(points.subList(0, 3), projectedPoints());
        robot.type(KeyCode.ENTER);
        assertEquals(points.subList(0, 4), projectedPoints());
        robot.clickOn("#projection-prompt", MouseButton.PRIMARY);
        assertEquals(points, projectedPoints(), "a click is next too");

        robot.type(KeyCode.RIGHT);
        assertEquals(question(2).prompt(), projected("projection-prompt"));
        assertEquals("2 / 8", projected("projection-number"));
        assertTrue(projectedPoints().isEmpty(), "the next question starts with its answer hidden");
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        assertEquals(question(2).answer().outro(), ((Labeled) projection().lookup(".projection-outro")).getText(),
                "the outro comes with the last point");
    }

    @Test
    void everyPreviousKeyHidesOnePointThenGoesBackToTheWholePreviousAnswer(FxRobot robot) {
        open(robot, PresentationTheme.LIGHT, false);
        press(robot, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        assertEquals("2 / 8", projected("projection-number"));
        assertEquals(1, projectedPoints().size());

        robot.type(KeyCode.LEFT);
        assertTrue(projectedPoints().isEmpty());
        robot.type(KeyCode.PAGE_UP);
        assertEquals("1 / 8", projected("projection-number"));
        assertEquals(question(1).answer().points(), projectedPoints(), "back to question 1 as it was left");
        robot.type(KeyCode.BACK_SPACE);
        assertEquals(question(1).answer().points().subList(0, 4), projectedPoints());
        robot.clickOn("#projection-prompt", MouseButton.SECONDARY);
        assertEquals(question(1).answer().points().subList(0, 3), projectedPoints(), "a right click is previous");
        press(robot, KeyCode.LEFT, KeyCode.LEFT, KeyCode.LEFT, KeyCode.LEFT);
        assertTrue(projectedPoints().isEmpty());
        assertEquals("1 / 8", projected("projection-number"), "previous on the very first step stays put");
    }

    @Test
    void blankingBlackAndWhiteAndBack(FxRobot robot) {
        open(robot, PresentationTheme.DARK, false);
        robot.type(KeyCode.RIGHT);
        assertFalse(shown("blank-black"));
        assertFalse(shown("blank-white"));

        robot.type(KeyCode.B);
        assertTrue(shown("blank-black"), "B blacks the screen out");
        assertFalse(shown("blank-white"));
        robot.type(KeyCode.B);
        assertFalse(shown("blank-black"), "B again brings it back");

        robot.type(KeyCode.PERIOD);
        assertTrue(shown("blank-black"), "'.' is black too, as clickers send it");
        robot.type(KeyCode.W);
        assertFalse(shown("blank-black"));
        assertTrue(shown("blank-white"), "W switches to white");
        robot.type(KeyCode.W);
        assertFalse(shown("blank-white"));

        robot.type(KeyCode.PERIOD);
        robot.type(KeyCode.RIGHT);
        assertFalse(shown("blank-black"), "next while blank only brings the projection back");
        assertEquals(1, projectedPoints().size(), "without revealing a point the room did not see");
        assertEquals(Blank.NONE, presentation().state().blank());
        Node black = projection().lookup("#blank-black");
        robot.type(KeyCode.B);
        assertEquals(projection().getLayoutBounds().getHeight(), black.getLayoutBounds().getHeight(), 0.5, "the blank covers the whole projection");
        assertEquals(projection().getLayoutBounds().getWidth(), black.getLayoutBounds().getWidth(), 0.5);
    }

    @Test
    void numberThenEnterJumpsAndAnInvalidNumberSaysSo(FxRobot robot) {
        open(robot, PresentationTheme.LIGHT, false);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.DIGIT6);
        assertEquals("Go to 6\u2026", projected("projection-notice"), "the typed number is shown while typing");
        robot.type(KeyCode.ENTER);
        assertEquals(question(6).prompt(), projected("projection-prompt"));
        assertEquals("6 / 8", projected("projection-number"));
        assertTrue(projectedPoints().isEmpty(), "a jump shows the question with its answer hidden");
        assertEquals("", projected("projection-notice"));

        press(robot, KeyCode.NUMPAD1, KeyCode.DIGIT2, KeyCode.ENTER);
        assertEquals("No question 12: choose 1 to 8.", projected("projection-notice"));
        assertEquals(question(6).prompt(), projected("projection-prompt"), "an invalid number changes nothing");
        assertTrue(projectedPoints().isEmpty());

        robot.type(KeyCode.T);
        assertEquals("", projected("projection-notice"), "the notice clears at the next key, whichever it is");
        robot.type(KeyCode.T);

        press(robot, KeyCode.DIGIT2, KeyCode.DIGIT9, KeyCode.BACK_SPACE);
        assertEquals("Go to 2\u2026", projected("projection-notice"), "Backspace erases a typed digit first");
        assertEquals(question(6).prompt(), projected("projection-prompt"));
        robot.type(KeyCode.ENTER);
        assertEquals(question(2).prompt(), projected("projection-prompt"));
    }

    @Test
    void tStartsAndPausesTheCountdownAndEachQuestionHasItsOwn(FxRobot robot) {
        open(robot, PresentationTheme.LIGHT, false);
        assertEquals("", projected("projection-countdown"), "an untouched countdown stays out of the way");
        robot.type(KeyCode.T);
        assertEquals("1:00", projected("projection-countdown"));
        clock.advance(Duration.ofSeconds(15));
        robot.interact(presentation()::tick);
        assertEquals("0:45", projected("projection-countdown"));
        robot.type(KeyCode.T);
        assertEquals("0:45 paused", projected("projection-countdown"));
        clock.advance(Duration.ofMinutes(5));
        robot.interact(presentation()::tick);
        assertEquals("0:45 paused", projected("projection-countdown"), "paused time does not count");
        robot.type(KeyCode.T);
        clock.advance(Duration.ofMillis(44_500));
        robot.interact(presentation()::tick);
        assertEquals("0:01", projected("projection-countdown"), "rounds up: 0:00 means time is over");
        clock.advance(Duration.ofSeconds(2));
        robot.interact(presentation()::tick);
        assertEquals("0:00", projected("projection-countdown"));
        assertTrue(projection().lookup("#projection-countdown").getStyleClass().contains("expired"));
        press(robot, KeyCode.DIGIT2, KeyCode.ENTER);
        assertEquals("", projected("projection-countdown"), "the next question starts with a fresh countdown");
        robot.type(KeyCode.T);
        assertEquals("1:00", projected("projection-countdown"));
    }

    @Test
    void theClassAnswerIsScoredLiveAndOnlyItsConceptHitsAreProjected(FxRobot robot) {
        open(robot, PresentationTheme.LIGHT, false);
        robot.type(KeyCode.A);
        TextField field = (TextField) projection().lookup("#projection-class-answer");
        assertTrue(projection().lookup(".class-answer-overlay").isVisible(), "A opens the class-answer box on a single screen");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(field.isFocused());
        robot.targetWindow(windows.projectionStage()).write("to compress the data and to detect anomalies");
        Set<String> chips = projection().lookupAll(".concept-hit").stream().map(n -> ((Labeled) n).getText()).collect(Collectors.toSet());
        assertEquals("to compress the data and to detect anomalies", field.getText());
        robot.clickOn(field);
        assertTrue(projectedPoints().isEmpty(), "clicking into the box is not a step");
        assertEquals(Set.of("\u2713 Dimensionality reduction / compression", "\u2713 Anomaly / outlier detection (high reconstruction error)"), chips,
                presentation().classScoreProperty().get().toString());
        assertEquals(0, projectedPoints().size(), "typing letters (and spaces) reveals nothing");
        robot.type(KeyCode.ENTER);
        assertFalse(projection().lookup(".class-answer-overlay").isVisible(), "Enter closes the box");
        assertEquals(2, projection().lookupAll(".concept-hit").size(), "the hits stay for the class to see");
        robot.type(KeyCode.RIGHT);
        assertEquals(1, projectedPoints().size(), "keys step the presentation again");
        for (Node node : projection().lookupAll(".label")) {
            String text = ((Labeled) node).getText();
            assertFalse(text.matches(".*(\\d+\\s*/\\s*100|grade|score|%).*"), "no score on the projection: " + text);
        }
        robot.type(KeyCode.RIGHT, 4);
        robot.type(KeyCode.RIGHT);
        assertTrue(projection().lookupAll(".concept-hit").isEmpty(), "the next question starts without a class answer");
    }

    @Test
    void presenterViewShowsCurrentAndNextQuestionTimerAndNotes(FxRobot robot) {
        open(robot, PresentationTheme.DARK, true);
        Stage presenterStage = windows.presenterStage().orElseThrow();
        Parent presenter = presenterStage.getScene().getRoot();
        robot.interact(presenterStage::requestFocus);
        assertEquals(question(1).prompt(), ((Labeled) presenter.lookup("#presenter-prompt")).getText());
        assertEquals(question(2).prompt(), ((Labeled) presenter.lookup("#presenter-next")).getText());
        robot.type(KeyCode.RIGHT, 2);
        assertEquals(2, projectedPoints().size(), "keys on the presenter view drive the projection");
        assertTrue(((Labeled) presenter.lookup("#presenter-point-2")).getText().startsWith("\u2713 2."));
        assertTrue(((Labeled) presenter.lookup("#presenter-point-3")).getText().startsWith("\u25b6 3."), "the next point to show is marked");
        Set<String> notes = presenter.lookupAll("#presenter-notes .label").stream().map(n -> ((Labeled) n).getText()).collect(Collectors.toSet());
        for (var concept : question(1).rubric().concepts()) {
            assertTrue(notes.stream().anyMatch(n -> n.contains(concept.label())), "teaching note for " + concept.label());
        }
        robot.type(KeyCode.T);
        clock.advance(Duration.ofSeconds(12));
        robot.interact(presentation()::tick);
        assertEquals("0:48", ((Labeled) presenter.lookup("#presenter-countdown")).getText());

        robot.type(KeyCode.A);
        TextField field = (TextField) presenter.lookup("#presenter-class-answer");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(field.isFocused(), "with a presenter view, A types the class answer there");
        assertFalse(projection().lookup(".class-answer-overlay").isVisible(), "the typing stays off the projection");
        robot.targetWindow(presenterStage).write("denoise images and learn useful features");
        assertTrue(((Labeled) presenter.lookup("#presenter-class-score")).getText().startsWith("Class answer: "));
        Set<String> chips = projection().lookupAll(".concept-hit").stream().map(n -> ((Labeled) n).getText()).collect(Collectors.toSet());
        assertTrue(chips.contains("\u2713 Feature extraction / representation learning"), chips.toString());
        robot.type(KeyCode.ESCAPE);
        assertTrue(presenterStage.isShowing(), "Esc while typing only stops typing");
        robot.type(KeyCode.RIGHT);
        assertEquals(3, projectedPoints().size());
        robot.type(KeyCode.ESCAPE);
        assertFalse(presenterStage.isShowing(), "Esc leaves: both windows close");
        assertFalse(windows.projectionStage().isShowing());
    }
}
