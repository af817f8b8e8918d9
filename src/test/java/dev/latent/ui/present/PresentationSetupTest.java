package dev.latent.ui.present;


import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The presentation's setup as an instructor uses it: opening, the questions' numbers and order, the countdown's length. */
class PresentationSetupTest extends PresentationFixture {

    @Start
    void start(Stage stage) {
        showApp(stage);
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
}
