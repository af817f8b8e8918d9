package dev.latent.ui.exam;

import dev.latent.settings.Settings;
import dev.latent.settings.SettingsStore;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Esc in an exam at 300 % text, where the buttons are large and the pointer often rests on one: one Esc asks to leave
 * wherever the focus is, even with a tooltip showing under the pointer (JavaFX would spend the key on hiding it); a
 * menu the learner opened still closes first.
 */
@ExtendWith(ApplicationExtension.class)
class ExamEscapeTest {

    private static final String LEAVE_QUESTION = "Leave without handing in? Nothing is recorded.";

    private final AppFixture app = AppFixture.inFreshFolder("exam-escape");

    @Start
    void start(Stage window) {
        new SettingsStore(app.dataDir).save(Settings.DEFAULT.withFontZoom(300));
        app.start(window, 1366, 768);
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    /**
     * Types {@code text} at the end of the focused answer box: all but its last character put in at once, that one
     * typed (the box answers a keystroke as it answers its text changing). TestFX takes some 50 ms a character.
     */
    private static void type(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#exam-answer").queryAs(javafx.scene.control.TextArea.class)
                .appendText(text.substring(0, text.length() - 1)));
        robot.write(text.substring(text.length() - 1));
    }

    private static void startExam(FxRobot robot) {
        FxChecks.startAnExam(robot, 3);
        for (int question = 0; question < 3; question++) {
            FxChecks.awaitFocus(robot, "#exam-answer");
            type(robot, "an autoencoder compresses");
            robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        }
        // The middle question: every button is on, and nothing is blank, so closing a question stays on it.
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        FxChecks.awaitFocus(robot, "#exam-answer");
    }

    /** The pointer rests on a button until its tooltip shows, as a learner's does after reaching for it. */
    private static void restOn(FxRobot robot, String query) throws Exception {
        robot.moveTo(query);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing(Tooltip.class));
    }

    private static boolean showing(Class<? extends Window> kind) {
        return Window.getWindows().stream().anyMatch(w -> kind.isInstance(w) && w.isShowing());
    }

    /** The question on the bar at the bottom, if the exam is asking one. */
    private static Optional<String> asking(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#exam-confirm-text").tryQuery().filter(Node::isVisible).map(n -> ((Label) n).getText());
    }

    @Test
    void oneEscapeAsksToLeaveWhereverTheFocusIsAndWhateverThePointerRestsOn(FxRobot robot) throws Exception {
        startExam(robot);
        // The answer box, a button beside another's tooltip, a button under its own (a tooltip takes Esc wherever the focus is).
        String[][] focusAndPointer = {{"#exam-answer", "#exam-leave"}, {"#exam-next", "#exam-finish"},
                {"#exam-leave", "#exam-leave"}};
        for (String[] at : focusAndPointer) {
            robot.interact(() -> robot.lookup(at[0]).query().requestFocus());
            restOn(robot, at[1]);
            assertTrue(FxChecks.isFocusOwner(robot, at[0]), "the focus is on " + at[0]);
            robot.type(KeyCode.ESCAPE);
            String where = "focus on " + at[0] + ", a tooltip up on " + at[1];
            assertEquals(Optional.of(LEAVE_QUESTION), asking(robot), where);
            robot.type(KeyCode.ESCAPE);
            assertEquals(Optional.empty(), asking(robot), "the next Esc closes the question, as before: " + where);
            FxChecks.awaitFocus(robot, "#exam-answer");
        }
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#exam-leave-now");
        FxChecks.awaitNode(robot, "#open-exam");
        assertTrue(app.store().examAttempts().isEmpty(), "left, nothing recorded");
    }

    @Test
    void aMenuTheLearnerOpenedClosesFirst(FxRobot robot) {
        startExam(robot);
        robot.interact(() -> {
            Node box = robot.lookup("#exam-answer").query();
            var at = box.localToScreen(20, 20);
            Event.fireEvent(box, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 20, at.getX(), at.getY(),
                    true, null)); // what the menu key sends; a right-click is not passed on headless
        });
        assertTrue(showing(ContextMenu.class), "the answer box's menu is open");
        robot.type(KeyCode.ESCAPE);
        assertFalse(showing(ContextMenu.class), "Esc closes it");
        assertEquals(Optional.empty(), asking(robot), "and only it");
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.of(LEAVE_QUESTION), asking(robot));
    }

    /**
     * The leave question, taller than the navigation it replaces at 300 %, shrinks the view above it: the answer box
     * stays in view, whichever question (long or short) the student is on.
     */
    @Test
    void theLeaveQuestionDoesNotHideTheAnswerBeingTyped(FxRobot robot) {
        List<String> problems = new java.util.ArrayList<>();
        for (int[] window : new int[][]{{1366, 768}, {1100, 720}}) {
            robot.interact(() -> {
                app.stage().setWidth(window[0]);
                app.stage().setHeight(window[1]);
            });
            FxChecks.startAnExam(robot, 8);
            for (int question = 1; question <= 8; question++) {
                FxChecks.awaitFocus(robot, "#exam-answer");
                String where = window[0] + "x" + window[1] + ", question " + question;
                type(robot, "An autoencoder compresses its input into a code and rebuilds it.");
                outOfView(robot).ifPresent(out -> problems.add("typing, " + where + ": " + out));
                robot.type(KeyCode.ESCAPE);
                assertEquals(Optional.of(LEAVE_QUESTION), asking(robot));
                outOfView(robot).ifPresent(out -> problems.add("asking, " + where + ": " + out));
                if (question == 1) {
                    Screenshots.saveWhole(app.stage().getScene().getRoot(), java.nio.file.Path.of("target", "screenshots"),
                            "exam-leave-question-" + window[0] + "x" + window[1] + "-300.png");
                }
                robot.type(KeyCode.ESCAPE);
                FxChecks.awaitFocus(robot, "#exam-answer");
                outOfView(robot).ifPresent(out -> problems.add("back, " + where + ": " + out));
                robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
            }
            robot.type(KeyCode.ESCAPE);
            robot.clickOn("#exam-leave-now");
            FxChecks.awaitNode(robot, "#open-exam");
        }
        assertEquals(List.of(), problems);
    }

    private static Optional<String> outOfView(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return FxChecks.outOfView(robot.lookup("#exam-answer").query());
    }
}
