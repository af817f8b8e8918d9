package dev.latent.ui.present;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.deck.Question;
import dev.latent.present.Blank;
import dev.latent.present.PresentationPlan;
import dev.latent.store.CardKey;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import dev.latent.ui.testing.Screenshots;
import dev.latent.ui.testing.TestApp;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Presentation mode as an instructor drives it: every clicker key, point-by-point reveal, blanking, jumping,
 * the countdown on a hand-moved clock, the class answer, leaving. The headless screen is 1920x1080
 * (pom.xml), a projector's size; screenshots for the README are written from here.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationFlowTest {

    @TempDir
    Path dataDir;

    private Deck deck;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    private PresentationWindows windows;
    private Store store;

    @Start
    void start(Stage stage) {
        DeckCatalog catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        deck = catalog.deck("autoencoders-gans").orElseThrow();
        store = TestApp.open(stage, dataDir, catalog, clock);
        TestApp.show(stage, 1100, 720);
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        if (windows != null) robot.interact(windows::close);
        store.close();
    }

    /** Every file in the data folder with a digest of its bytes: the store, its journal, settings. */
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

    /** Opens a presentation of the whole deck directly, single screen, on the test clock. */
    private PresentationWindows open(FxRobot robot, PresentationTheme theme, boolean presenterView) {
        return open(robot, PresentationPlan.of(deck), theme, presenterView);
    }

    private PresentationWindows open(FxRobot robot, PresentationPlan plan, PresentationTheme theme, boolean presenterView) {
        robot.interact(() -> {
            Presentation presentation = new Presentation(plan, Duration.ofSeconds(60), theme, clock);
            windows = PresentationWindows.open(presentation, Screen.getPrimary(), presenterView ? Screen.getPrimary() : null, () -> { });
            if (!presenterView) windows.projectionStage().requestFocus();
        });
        return windows;
    }

    private Presentation presentation() {
        return windows.presentation();
    }

    private Parent projection() {
        return windows.projectionStage().getScene().getRoot();
    }

    private String projected(String id) {
        return ((Labeled) projection().lookup("#" + id)).getText();
    }

    /** Point texts shown on the projection, in order. */
    private List<String> projectedPoints() {
        return projection().lookupAll(".projection-point").stream().map(n -> ((Labeled) n).getText()).toList();
    }

    private Question question(int number) {
        return deck.questions().get(number - 1);
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        for (KeyCode key : keys) robot.type(key);
    }

    private boolean shown(String id) {
        return projection().lookup("#" + id).isVisible();
    }

    @Test
    void presentButtonOpensTheSetupAndStartProjectsFullScreenUntilEsc(FxRobot robot) {
        robot.clickOn("#present-deck-autoencoders-gans");
        assertTrue(robot.lookup("#present-start").tryQuery().isPresent(), "the setup screen is shown");
        robot.clickOn("#present-questions");
        robot.type(KeyCode.ENTER);
        Stage projectionStage = projectionStages().get(0);
        assertTrue(projectionStage.isFullScreen(), "the projection is full screen");
        assertEquals("", projectionStage.getFullScreenExitHint(), "no system exit hint over the projection");
        assertEquals(1920, projectionStage.getScene().getWidth(), 0.5);
        assertEquals(1080, projectionStage.getScene().getHeight(), 0.5);
        Parent root = projectionStage.getScene().getRoot();
        assertEquals(question(1).prompt(), ((Labeled) root.lookup("#projection-prompt")).getText());
        assertTrue(root.lookup("#projection-esc-hint").isVisible(), "a discreet Esc hint until the first key");
        robot.type(KeyCode.RIGHT);
        assertFalse(root.lookup("#projection-esc-hint").isVisible(), "the hint goes once the instructor has started");
        robot.type(KeyCode.ESCAPE);
        assertFalse(projectionStage.isShowing(), "Esc leaves");
        assertTrue(projectionStages().isEmpty());
        assertTrue(robot.lookup("#present-start").tryQuery().isPresent(), "back on the setup screen, ready to start again");
    }

    @Test
    void aCountdownLengthOutOfRangeSaysWhatItBecomesAndEscLeavesTheSetup(FxRobot robot) {
        robot.clickOn("#present-deck-autoencoders-gans");
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> seconds = robot.lookup("#present-countdown").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> seconds.getEditor().setText("5000"));
        assertEquals("At most 3600 seconds (an hour): it will be 3600.",
                robot.lookup("#present-countdown-note").queryAs(javafx.scene.control.Label.class).getText());
        robot.interact(() -> seconds.getEditor().setText("90"));
        assertEquals("", robot.lookup("#present-countdown-note").queryAs(javafx.scene.control.Label.class).getText());
        robot.interact(() -> robot.lookup("#present-start").query().requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#present-start").tryQuery().isEmpty(), "Esc leaves the setup for the deck list");
    }

    private static List<Stage> projectionStages() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Latent presentation".equals(s.getTitle()))
                .map(w -> (Stage) w).toList();
    }

    /** The setup list's cell showing the row at this index (the list may rebuild its cells in any order). */
    private static javafx.scene.control.ListCell<?> setupRow(FxRobot robot, int index) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#present-questions .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getIndex() == index && !c.isEmpty() && c.isVisible()).findFirst().orElseThrow();
    }

    private static Node setupCheckBox(FxRobot robot, int index) {
        return ((javafx.scene.layout.HBox) setupRow(robot, index).getGraphic()).getChildren().get(0);
    }

    /** The numbers of the setup list's first rows, top to bottom, as shown. */
    private static List<String> setupNumbers(FxRobot robot, int rows) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            numbers.add(((Labeled) ((javafx.scene.layout.HBox) setupRow(robot, i).getGraphic()).getChildren().get(1)).getText());
        }
        return numbers;
    }

    @Test
    void setupNumbersAreThePositionsNumberThenEnterGoesTo(FxRobot robot) {
        robot.clickOn("#present-deck-autoencoders-gans");
        assertEquals(List.of("1.", "2.", "3."), setupNumbers(robot, 3));
        robot.clickOn(setupRow(robot, 0));
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        assertEquals(List.of("1.", "2.", "3."), setupNumbers(robot, 3), "after a move the numbers stay in order");
        robot.clickOn(setupCheckBox(robot, 0)); // untick the question now first (the deck's second)
        assertEquals(List.of("\u2013", "1.", "2."), setupNumbers(robot, 3), "an unticked question has no number");

        robot.clickOn("#present-start");
        Parent root = projectionStages().get(0).getScene().getRoot();
        press(robot, KeyCode.DIGIT1, KeyCode.ENTER);
        assertEquals(question(1).prompt(), ((Labeled) root.lookup("#projection-prompt")).getText(),
                "1 goes to the question numbered 1. in the setup: the deck's first, moved second");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void setupProjectsTheTickedQuestionsInTheChosenOrder(FxRobot robot) {
        robot.clickOn("#present-deck-autoencoders-gans");
        robot.clickOn("#present-none");
        assertTrue(robot.lookup("#present-start").query().isDisabled(), "nothing to present");
        robot.clickOn(setupCheckBox(robot, 2)); // question 3
        robot.clickOn(setupCheckBox(robot, 6)); // question 7
        // Select question 7 and move it above question 3.
        robot.clickOn(setupRow(robot, 6));
        for (int i = 0; i < 4; i++) robot.clickOn("#present-up");
        robot.clickOn("#present-start");
        Stage stage = projectionStages().get(0);
        Parent root = stage.getScene().getRoot();
        assertEquals(question(7).prompt(), ((Labeled) root.lookup("#projection-prompt")).getText());
        assertEquals("1 / 2", ((Labeled) root.lookup("#projection-number")).getText());
        press(robot, KeyCode.DIGIT2, KeyCode.ENTER);
        assertEquals(question(3).prompt(), ((Labeled) root.lookup("#projection-prompt")).getText());
        robot.type(KeyCode.ESCAPE);
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
    void textIsAtLeastFivePercentOfTheScreenHeightEvenForTheLongestAnswer(FxRobot robot) {
        open(robot, PresentationTheme.LIGHT, false);
        assertEquals(1080, projection().getLayoutBounds().getHeight(), 0.5);
        robot.interact(() -> presentation().setClassAnswer("compression, denoising, anomaly detection, features, super-resolution"));
        // Question 8 has five long points: reveal them all, then measure every piece of text shown.
        press(robot, KeyCode.DIGIT8, KeyCode.ENTER, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        robot.type(KeyCode.T);
        assertEquals(question(8).answer().points(), projectedPoints());
        List<Labeled> texts = projection().lookupAll(".label").stream().map(n -> (Labeled) n)
                .filter(l -> !l.getText().isEmpty() && l.isVisible()).toList();
        assertTrue(texts.size() >= 8, "prompt, intro, points, status");
        WaitForAsyncUtils.waitForFxEvents();
        for (Labeled label : texts) {
            // What is drawn is the skin's Text node: it must hold the whole text, not an ellipsis or nothing.
            String drawn = label.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text)
                    .map(n -> ((Text) n).getText()).findFirst().orElse("");
            assertEquals(label.getText(), drawn, "text cut off");
            Text probe = new Text("Ag");
            probe.setFont(label.getFont());
            assertTrue(probe.getLayoutBounds().getHeight() >= 54,
                    "line of '" + label.getText() + "' is " + probe.getLayoutBounds().getHeight() + " px, under 5% of 1080");
        }
        Node lastPoint = projection().lookupAll(".projection-point").stream().reduce((a, b) -> b).orElseThrow();
        double bottom = lastPoint.localToScene(lastPoint.getLayoutBounds()).getMaxY();
        assertTrue(bottom <= 1080, "the newest point is on screen, not below it: " + bottom);
    }

    @Test
    void anAnswerTallerThanTheScreenScrollsToItsNewestPointInsteadOfShrinking(FxRobot robot) {
        List<String> points = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            points.add("Point " + i + ": a long explanation that takes more than one line on the projection, "
                    + "so that twelve of them cannot fit on one screen at the minimum size.");
        }
        Question longOne = new Question("long", "A question with a very long answer?",
                new dev.latent.deck.ModelAnswer("Intro.", points, ""), List.of(), null, List.of());
        open(robot, new PresentationPlan("Long", List.of(longOne)), PresentationTheme.LIGHT, false);
        for (int i = 0; i < 12; i++) robot.type(KeyCode.SPACE);
        assertEquals(points, projectedPoints());
        List<Node> rows = List.copyOf(projection().lookupAll(".projection-point-row"));
        Node newest = rows.get(rows.size() - 1);
        List<Node> shownRows = rows.stream().filter(Node::isVisible).toList();
        assertTrue(shownRows.size() < rows.size(), "the earliest points made way");
        long hiddenParts = ((Parent) projection().lookup(".projection-answer")).getChildrenUnmodifiable().stream().filter(n -> !n.isVisible()).count();
        assertEquals("\u25B2 " + hiddenParts + " parts above", projected("projection-hidden"), "and the room is told");
        assertTrue(shownRows.size() >= 3, "as many of the newest as fit: " + shownRows.size());
        assertEquals(rows.subList(rows.size() - shownRows.size(), rows.size()), shownRows, "the newest ones, in order");
        double newestBottom = newest.localToScene(newest.getLayoutBounds()).getMaxY();
        Node firstShown = shownRows.get(0);
        double firstTop = firstShown.localToScene(firstShown.getLayoutBounds()).getMinY();
        Node prompt = projection().lookup("#projection-prompt");
        double promptBottom = prompt.localToScene(prompt.getLayoutBounds()).getMaxY();
        assertTrue(newestBottom <= 1080, "the newest point is in view: " + newestBottom);
        assertTrue(firstTop >= promptBottom, "no point is cut off under the prompt: " + firstTop + " < " + promptBottom);
        robot.type(KeyCode.LEFT);
        assertEquals(points.subList(0, 11), projectedPoints(), "previous hides the newest point");
        List<Node> after = List.copyOf(projection().lookupAll(".projection-point-row"));
        assertTrue(after.get(10).isVisible(), "point 11 is the newest shown now");
        assertTrue(after.stream().filter(Node::isVisible).count() >= shownRows.size(), "paging back shows at least as many");
        Text probe = new Text("Ag");
        probe.setFont(((Labeled) projection().lookup(".projection-point")).getFont());
        assertTrue(probe.getLayoutBounds().getHeight() >= 54, "still at least the minimum size");
    }

    @Test
    void theTypeScalesWithTheScreen() {
        for (double height : new double[]{720, 1080, 1200, 2160}) {
            double size = TextSizing.baseFontSize(height);
            Text probe = new Text("Ag");
            probe.setFont(javafx.scene.text.Font.font(size));
            assertTrue(probe.getLayoutBounds().getHeight() >= 0.05 * height, height + " px: size " + size);
            probe.setFont(javafx.scene.text.Font.font(size - 1));
            assertTrue(probe.getLayoutBounds().getHeight() < 0.05 * height, "no larger than needed at " + height);
        }
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

    @Test
    void readmeScreenshotsAt1920x1080(FxRobot robot) {
        open(robot, PresentationTheme.LIGHT, false);
        press(robot, KeyCode.RIGHT, KeyCode.RIGHT);
        robot.interact(() -> presentation().setClassAnswer("you can compress data with them"));
        robot.type(KeyCode.T);
        clock.advance(Duration.ofSeconds(23));
        robot.interact(presentation()::tick);
        check1080(Screenshots.save(windows.projectionStage().getScene(), "present-light.png"));
        robot.interact(windows::close);

        open(robot, PresentationTheme.DARK, true);
        press(robot, KeyCode.DIGIT7, KeyCode.ENTER, KeyCode.RIGHT, KeyCode.RIGHT);
        robot.interact(() -> presentation().setClassAnswer("two networks, a generator and a discriminator, compete"));
        WaitForAsyncUtils.waitForFxEvents();
        check1080(Screenshots.save(windows.projectionStage().getScene(), "present-dark.png"));
        robot.type(KeyCode.T);
        clock.advance(Duration.ofSeconds(19));
        robot.interact(presentation()::tick);
        Stage presenterStage = windows.presenterStage().orElseThrow();
        robot.interact(() -> {
            presenterStage.setWidth(1920);
            presenterStage.setHeight(1080);
        });
        WaitForAsyncUtils.waitForFxEvents();
        check1080(Screenshots.save(presenterStage.getScene(), "present-presenter.png"));
    }

    private static void check1080(Path png) {
        try {
            var image = javax.imageio.ImageIO.read(png.toFile());
            assertNotNull(image);
            assertEquals(1920, image.getWidth());
            assertEquals(1080, image.getHeight());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
