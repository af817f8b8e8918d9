package dev.latent.ui.exam;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.deck.Question;
import dev.latent.scheduling.ReviewType;
import dev.latent.store.CardKey;
import dev.latent.store.ExamAttempt;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import dev.latent.ui.testing.TestApp;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.latent.ui.testing.FxChecks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A practice exam as a learner takes one: setup, answers, a checked question, the countdown, the report. */
@ExtendWith(ApplicationExtension.class)
class ExamFlowTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    private Stage stage;
    private Store store;
    private Deck deck;

    /** Counts every time anything asks the system for printers: it must not happen until Print is pressed. */
    private static final java.util.concurrent.atomic.AtomicInteger PRINT_LOOKUPS = new java.util.concurrent.atomic.AtomicInteger();

    static {
        javax.print.PrintServiceLookup.registerServiceProvider(new javax.print.PrintServiceLookup() {
            @Override
            public javax.print.PrintService[] getPrintServices(javax.print.DocFlavor flavor,
                                                               javax.print.attribute.AttributeSet attributes) {
                PRINT_LOOKUPS.incrementAndGet();
                return new javax.print.PrintService[0];
            }

            @Override
            public javax.print.PrintService[] getPrintServices() {
                PRINT_LOOKUPS.incrementAndGet();
                return new javax.print.PrintService[0];
            }

            @Override
            public javax.print.MultiDocPrintService[] getMultiDocPrintServices(javax.print.DocFlavor[] flavors,
                                                                               javax.print.attribute.AttributeSet attributes) {
                PRINT_LOOKUPS.incrementAndGet();
                return new javax.print.MultiDocPrintService[0];
            }

            @Override
            public javax.print.PrintService getDefaultPrintService() {
                PRINT_LOOKUPS.incrementAndGet();
                return null;
            }
        });
    }

    @Start
    void start(Stage stage) {
        PRINT_LOOKUPS.set(0);
        this.stage = stage;
        DeckCatalog catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        deck = catalog.deck("autoencoders-gans").orElseThrow();
        store = TestApp.open(stage, dataDir, catalog, clock);
        TestApp.show(stage, 1100, 760);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Question current(FxRobot robot) {
        String prompt = text(robot, "#exam-prompt");
        return deck.questions().stream().filter(q -> q.prompt().equals(prompt)).findFirst().orElseThrow();
    }

    private static String sample(Question q, int grade) {
        return q.samples().stream().filter(s -> s.grade() == grade).findFirst().orElseThrow().answer();
    }

    private void setAnswer(FxRobot robot, String answer) {
        robot.interact(() -> robot.lookup("#exam-answer").queryAs(TextArea.class).setText(answer));
    }

    private int reviewCount() {
        return deck.questions().stream().mapToInt(q -> store.reviewsOf(new CardKey(deck.id(), q.id())).size()).sum();
    }

    private void chooseCount(FxRobot robot, int count) {
        robot.interact(() -> robot.lookup("#exam-count").queryAs(Spinner.class).getValueFactory().setValue(count));
    }

    @Test
    void untimedExamWithOneCheckedQuestionThenTheReportSavedAndTheScheduleUntouched(FxRobot robot) throws Exception {
        robot.clickOn("#open-exam");
        robot.clickOn("#exam-from-deck");
        assertEquals("8 of 8 matching questions", text(robot, "#exam-available"), "by default every matching question");
        chooseCount(robot, 3);
        assertEquals("3 of 8 matching questions", text(robot, "#exam-available"));
        robot.clickOn("#exam-start");

        assertEquals("Question 1 of 3", text(robot, "#exam-progress"));
        assertFalse(robot.lookup("#exam-countdown").queryAs(Label.class).isVisible(), "no countdown when untimed");
        Question first = current(robot);
        robot.clickOn("#exam-answer").write("an ");
        setAnswer(robot, sample(first, 4));
        robot.clickOn("#exam-check");
        FxChecks.awaitNode(robot, "#exam-feedback #score"); // graded off the JavaFX thread
        assertTrue(robot.lookup("#exam-feedback #score").tryQuery().isPresent(), "feedback for the checked question");
        assertTrue(robot.lookup("#exam-feedback #model-answer").tryQuery().isPresent());
        assertFalse(robot.lookup("#exam-answer").queryAs(TextArea.class).isEditable(), "locked after checking");

        robot.clickOn("#exam-next");
        assertEquals("Question 2 of 3", text(robot, "#exam-progress"));
        assertTrue(robot.lookup("#exam-feedback").queryAs(VBox.class).getChildren().isEmpty(), "feedback waits for the end");
        Question second = current(robot);
        setAnswer(robot, sample(second, 1));
        robot.clickOn("#exam-next");
        Question third = current(robot);
        robot.clickOn("#exam-prev");
        assertEquals(sample(second, 1), robot.lookup("#exam-answer").queryAs(TextArea.class).getText(), "answers are kept");
        clock.advance(Duration.ofMinutes(6));
        robot.clickOn("#exam-finish");
        assertEquals("Question 3 has no answer. Hand in anyway? Unanswered questions score 0.",
                text(robot, "#exam-confirm-text"), "Finish names the blank question before handing in");
        robot.clickOn("#exam-hand-in");
        FxChecks.awaitNode(robot, "#report-title");

        assertEquals("Exam report", text(robot, "#report-title"));
        ExamAttempt attempt = store.examAttempts().get(0);
        assertEquals(List.of(first.id(), second.id(), third.id()), attempt.answers().stream().map(a -> a.card().questionId()).toList());
        assertEquals(String.format("%.0f / 100", attempt.totalScore()), text(robot, "#report-total"));
        assertEquals(attempt.answers().get(0).score() + " / 100 \u00b7 grade " + attempt.answers().get(0).grade() + " of 4",
                text(robot, "#report-score-0"));
        assertEquals(0, attempt.answers().get(2).score(), "the unanswered question scores 0");
        assertTrue(robot.lookup("#report-missed-2").tryQuery().isPresent(), "the concepts missed are listed");
        assertEquals(third.answer().fullText(), text(robot, "#report-model-2"));
        assertTrue(text(robot, "#report-schedule").startsWith("Not counted as reviews"));
        assertEquals(0, reviewCount(), "the schedule is untouched");
        assertEquals(0, PRINT_LOOKUPS.get(), "showing the report looked for printers (a connection to the print service)");
        Screenshots.save(stage.getScene(), "exam-report.png");
        if (javax.print.PrintServiceLookup.lookupDefaultPrintService() == null) {
            // No printer here (a real one would open the system's print dialog): Print looks, then says so.
            int before = PRINT_LOOKUPS.get();
            robot.clickOn("#report-print");
            assertTrue(PRINT_LOOKUPS.get() > before, "Print looks the printers up when asked");
            assertTrue(text(robot, "#report-saved").startsWith("No printer is set up"), text(robot, "#report-saved"));
        }

        robot.clickOn("#report-save");
        Path saved = dataDir.resolve("exams").resolve("exam-20260302-0906.html");
        assertEquals("Saved to " + saved, text(robot, "#report-saved"));
        String html = Files.readString(saved);
        assertTrue(html.contains("Practice exam: Deck: " + deck.title()));
        assertTrue(html.contains(attempt.answers().get(0).score() + " / 100"));

        robot.clickOn("#report-done");
        assertTrue(robot.lookup("#open-exam").tryQuery().isPresent(), "back on the deck list");
    }

    @Test
    void whenTheCountdownRunsOutTheAnswersAreSubmittedAsGiven(FxRobot robot) {
        robot.clickOn("#open-exam");
        robot.clickOn("#exam-timed");
        robot.interact(() -> robot.lookup("#exam-minutes").queryAs(Spinner.class).getValueFactory().setValue(2));
        chooseCount(robot, 2);
        robot.clickOn("#exam-start");
        awaitCountdown(robot, "2:00 left");
        setAnswer(robot, "an encoder and a decoder");
        clock.advance(Duration.ofSeconds(75));
        awaitCountdown(robot, "0:45 left");
        // The tick sets the text, then the style: read the style once the JavaFX thread has finished that tick (read
        // from this thread between the two, it was seen unmarked once).
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#exam-countdown").queryAs(Label.class).getStyleClass().contains("danger"),
                "the last minute is marked");
        clock.advance(Duration.ofSeconds(45));
        FxChecks.awaitNode(robot, "#report-title");
        assertEquals("Exam report", text(robot, "#report-title"), "the exam ended by itself");
        assertTrue(text(robot, "#report-timing").contains("time ran out"));
        ExamAttempt attempt = store.examAttempts().get(0);
        assertTrue(attempt.timedOut());
        assertEquals("an encoder and a decoder", attempt.answers().get(0).answer());
        assertEquals("", attempt.answers().get(1).answer());
        assertEquals(Duration.ofMinutes(2), attempt.timeLimit());
    }

    /** Waits for the countdown's next tick to show the text (ticks come every 250 ms), failing after 10 s. */
    private static void awaitCountdown(FxRobot robot, String expected) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(text(robot, "#exam-countdown")));
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(expected, text(robot, "#exam-countdown"), "the countdown never showed it");
        }
    }

    @Test
    void countAsReviewsRecordsEachGradedAnswerAsAReview(FxRobot robot) {
        robot.clickOn("#open-exam");
        robot.clickOn("#exam-from-tag");
        assertTrue(robot.lookup("#exam-from-tag").queryAs(RadioButton.class).isSelected());
        robot.clickOn("#exam-count-as-reviews");
        assertTrue(robot.lookup("#exam-count-as-reviews").queryAs(CheckBox.class).isSelected());
        chooseCount(robot, 2);
        robot.clickOn("#exam-start");
        setAnswer(robot, sample(current(robot), 3));
        robot.clickOn("#exam-finish");
        robot.clickOn("#exam-hand-in");
        FxChecks.awaitNode(robot, "#report-schedule");
        assertTrue(text(robot, "#report-schedule").startsWith("Counted as reviews"));
        assertEquals(1, reviewCount(), "only the answered question is a review; the other was never reached");
        ExamAttempt.Answer answered = store.examAttempts().get(0).answers().get(0);
        assertEquals(ReviewType.FILTERED, store.reviewsOf(answered.card()).get(0).type());
        ExamAttempt.Answer blank = store.examAttempts().get(0).answers().get(1);
        assertEquals("", blank.answer());
        assertEquals(List.of(), store.reviewsOf(blank.card()), "the unanswered question keeps its schedule");
        assertTrue(store.examAttempts().get(0).selection().startsWith("tag:"));
        Button done = robot.lookup("#report-done").queryButton();
        assertTrue(done.isVisible());
    }

    /**
     * What lost a learner's answers: after Next the button kept the focus, so typed letters vanished and each Space
     * pressed it again (skipping a question, checking a blank one, handing the exam in).
     */
    @Test
    void typingAfterEachMoveLandsInTheAnswerAndFinishAsksFirst(FxRobot robot) {
        robot.clickOn("#open-exam");
        robot.clickOn("#exam-from-deck");
        chooseCount(robot, 3);
        robot.clickOn("#exam-start");
        assertTrue(robot.lookup("#exam-check").queryButton().isDisabled(), "nothing to check in a blank answer");
        double nextY = robot.lookup("#exam-next").queryButton().localToScene(0, 0).getY();

        robot.clickOn("#exam-next");
        assertEquals("Question 2 of 3", text(robot, "#exam-progress"));
        FxChecks.awaitFocus(robot, "#exam-answer");
        robot.write("a b c");
        assertEquals("a b c", robot.lookup("#exam-answer").queryAs(TextArea.class).getText(),
                "letters and spaces typed after Next go into the answer");
        assertEquals("Question 2 of 3", text(robot, "#exam-progress"), "Space pressed no button");
        assertFalse(robot.lookup("#exam-check").queryButton().isDisabled(), "a typed answer can be checked");
        assertEquals(nextY, robot.lookup("#exam-next").queryButton().localToScene(0, 0).getY(), 0.5,
                "Next stays where it was, whatever the length of the question");

        robot.press(javafx.scene.input.KeyCode.ALT).press(javafx.scene.input.KeyCode.LEFT)
                .release(javafx.scene.input.KeyCode.LEFT).release(javafx.scene.input.KeyCode.ALT);
        assertEquals("Question 1 of 3", text(robot, "#exam-progress"));
        FxChecks.awaitFocus(robot, "#exam-answer");

        robot.clickOn("#exam-finish");
        assertEquals("2 questions have no answer (1, 3). Hand in anyway? Unanswered questions score 0.",
                text(robot, "#exam-confirm-text"));
        assertTrue(robot.lookup("#exam-keep-answering").queryButton().isDefaultButton(),
                "with blank answers, Enter keeps answering");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertTrue(store.examAttempts().isEmpty(), "nothing handed in");
        assertEquals("Question 1 of 3", text(robot, "#exam-progress"), "back at the first blank question");
        FxChecks.awaitFocus(robot, "#exam-answer");
        robot.write("x");
        assertEquals("x", robot.lookup("#exam-answer").queryAs(TextArea.class).getText());

        robot.clickOn("#exam-finish");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertTrue(robot.lookup("#exam-navigation").tryQuery().isPresent(), "Esc closes the question without handing in");
        assertTrue(store.examAttempts().isEmpty());
        robot.clickOn("#exam-finish");
        robot.clickOn("#exam-hand-in");
        FxChecks.awaitNode(robot, "#report-title");
        assertEquals("Exam report", text(robot, "#report-title"));
        assertEquals(List.of("x", "a b c", ""), store.examAttempts().get(0).answers().stream()
                .map(ExamAttempt.Answer::answer).toList());
    }

    @Test
    void escapeLeavesAnExamWithoutHandingItIn(FxRobot robot) {
        robot.clickOn("#open-exam");
        robot.clickOn("#exam-count-as-reviews");
        chooseCount(robot, 2);
        robot.clickOn("#exam-start");
        setAnswer(robot, sample(current(robot), 4));

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertEquals("Leave without handing in? Nothing is recorded.", text(robot, "#exam-confirm-text"));
        assertTrue(robot.lookup("#exam-keep-answering").queryButton().isDefaultButton(), "Enter keeps answering");
        assertFalse(robot.lookup("#exam-hand-in").queryButton().isVisible(), "leaving is not handing in");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertTrue(robot.lookup("#exam-navigation").tryQuery().isPresent(), "still in the exam");

        robot.clickOn("#exam-leave");
        robot.clickOn("#exam-leave-now");
        FxChecks.awaitNode(robot, "#open-exam");
        assertTrue(store.examAttempts().isEmpty(), "no exam is kept");
        assertEquals(0, reviewCount(), "and nothing is counted as a review");
    }

    @Test
    void keepAnsweringAfterEscapeStaysOnTheQuestionTheLearnerWasOn(FxRobot robot) {
        robot.clickOn("#open-exam");
        chooseCount(robot, 3);
        robot.clickOn("#exam-start");
        FxChecks.awaitFocus(robot, "#exam-answer");
        // Question 1 left blank, the learner is part-way through question 2.
        robot.press(javafx.scene.input.KeyCode.ALT).type(javafx.scene.input.KeyCode.RIGHT).release(javafx.scene.input.KeyCode.ALT);
        FxChecks.awaitFocus(robot, "#exam-answer");
        robot.write("abc");
        robot.type(javafx.scene.input.KeyCode.LEFT, 2);

        for (String keep : List.of("click", "enter")) {
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
            assertEquals("Leave without handing in? Nothing is recorded.", text(robot, "#exam-confirm-text"));
            if (keep.equals("click")) robot.clickOn("#exam-keep-answering");
            else robot.type(javafx.scene.input.KeyCode.ENTER);
            assertEquals("Question 2 of 3", text(robot, "#exam-progress"), "still on the question (" + keep + ")");
            FxChecks.awaitFocus(robot, "#exam-answer");
        }
        robot.write("X");
        assertEquals("aXbc", robot.lookup("#exam-answer").queryAs(TextArea.class).getText(),
                "typing goes on where the caret was");

        robot.clickOn("#exam-finish");
        robot.clickOn("#exam-keep-answering");
        assertEquals("Question 1 of 3", text(robot, "#exam-progress"), "after Finish, keeping on goes to the first blank");
    }
}
