package dev.latent.ui.exam;

import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.TestApp;
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
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A practice exam's check and hand-in are graded on a thread of their own: the window and its countdown keep going, and
 * Esc still asks to leave while an answer is being checked.
 */
@ExtendWith(ApplicationExtension.class)
class ExamGradingOffTheFxThreadTest {

    private static final Executor USUAL = ExamView.gradingExecutor;
    private final Path dataDir = TestApp.freshFolder("exam-grading-thread");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    private final LinkedBlockingQueue<Runnable> held = new LinkedBlockingQueue<>();
    private Store store;

    @Start
    void start(Stage stage) {
        DeckCatalog catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        store = TestApp.open(stage, dataDir, catalog, clock);
        TestApp.show(stage, 1100, 760);
        ExamView.gradingExecutor = held::add; // grading waits until the test lets it run
    }

    @AfterEach
    void restore() {
        ExamView.gradingExecutor = USUAL;
        store.close();
    }

    @Test
    void checkingAndHandingInLeaveTheWindowFree(FxRobot robot) throws Exception {
        Runnable check = checkAnAnswer(robot);
        assertEquals("Grading your answer\u2026", robot.lookup("#exam-progress").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#exam-finish").queryAs(Button.class).isDisabled(), "nothing else moves meanwhile");
        assertFalse(robot.lookup("#exam-feedback #score").tryQuery().isPresent());
        assertTrue(FxChecks.ranOffTheFxThread(check), "graded off the JavaFX thread");
        FxChecks.awaitNode(robot, "#exam-feedback #score");
        assertFalse(robot.lookup("#exam-finish").queryAs(Button.class).isDisabled());

        robot.clickOn("#exam-finish");
        robot.clickOn("#exam-hand-in");
        Runnable handIn = held.poll(10, TimeUnit.SECONDS);
        assertNotNull(handIn, "the hand-in was handed to another thread");
        assertEquals("Grading your exam\u2026", robot.lookup("#exam-progress").queryAs(Label.class).getText());
        assertTrue(FxChecks.ranOffTheFxThread(handIn));
        FxChecks.awaitNode(robot, "#report-title");
        assertEquals(1, store.examAttempts().size(), "the exam is recorded once graded");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** An exam started and its first answer sent to be checked: the check, held on the grading "thread". */
    private Runnable checkAnAnswer(FxRobot robot) throws InterruptedException {
        robot.clickOn("#open-exam");
        robot.clickOn("#exam-start");
        robot.interact(() -> robot.lookup("#exam-answer").queryAs(TextArea.class).setText("an encoder and a decoder"));
        robot.clickOn("#exam-check");
        Runnable check = held.poll(10, TimeUnit.SECONDS);
        assertNotNull(check, "the check was handed to another thread");
        return check;
    }

    private static boolean asking(FxRobot robot) {
        return robot.lookup("#exam-confirm-text").tryQuery().filter(javafx.scene.Node::isVisible).isPresent();
    }

    @Test
    void escapeAsksToLeaveWhileAnAnswerIsBeingCheckedAndLeavingDropsTheCheck(FxRobot robot) throws Exception {
        Runnable check = checkAnAnswer(robot);
        assertEquals("Grading your answer\u2026", text(robot, "#exam-progress"));
        assertFalse(robot.lookup("#exam-leave").queryAs(Button.class).isDisabled(), "Leave stays on while checking");

        robot.type(KeyCode.ESCAPE);
        assertTrue(asking(robot), "Esc asks to leave while the answer is being checked");
        assertEquals("Leave without handing in? Nothing is recorded.", text(robot, "#exam-confirm-text"));
        robot.type(KeyCode.ESCAPE);
        assertFalse(asking(robot), "a second Esc keeps answering");
        assertEquals("Grading your answer\u2026", text(robot, "#exam-progress"), "still checking");
        assertTrue(robot.lookup("#exam-next").queryAs(Button.class).isDisabled(), "the question stays put meanwhile");
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        assertEquals("Grading your answer\u2026", text(robot, "#exam-progress"), "Alt+Right waits for the check too");

        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#exam-leave-now");
        FxChecks.awaitNode(robot, "#open-exam");
        assertTrue(FxChecks.ranOffTheFxThread(check));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#open-exam").tryQuery().isPresent(), "the check ending later does not bring the exam back");
        assertFalse(robot.lookup("#exam-feedback").tryQuery().isPresent());
        assertTrue(store.examAttempts().isEmpty(), "nothing recorded");
    }

    @Test
    void aCheckEndingWhileTheLeaveQuestionIsOpenLeavesTheQuestionAsked(FxRobot robot) throws Exception {
        Runnable check = checkAnAnswer(robot);
        robot.type(KeyCode.ESCAPE);
        assertTrue(asking(robot));

        assertTrue(FxChecks.ranOffTheFxThread(check));
        FxChecks.awaitNode(robot, "#exam-feedback #score");
        assertTrue(asking(robot), "the feedback shows, and the question is still asked");
        assertTrue(FxChecks.isFocusOwner(robot, "#exam-keep-answering"), "on its default, so Enter keeps answering");
        robot.type(KeyCode.ENTER);
        assertFalse(asking(robot));
        assertFalse(robot.lookup("#exam-finish").queryAs(Button.class).isDisabled(), "the exam goes on");
    }
}
