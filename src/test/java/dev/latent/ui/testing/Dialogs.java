package dev.latent.ui.testing;

import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

import java.util.ArrayList;

/** Test helpers for the app's dialogs. */
public final class Dialogs {

    private Dialogs() {
    }

    /** Clicks the button with this text in the open dialog (not a same-named button behind it). */
    public static void clickButton(FxRobot robot, String text) {
        Button button = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText()) && b.getScene() != null && b.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no dialog button \"" + text + "\""));
        robot.clickOn(button);
    }

    /**
     * Closes any window a test left open, gives the main window the focus back and moves the pointer out of the
     * way, so the next test (of any class: the stage is shared) starts with its text fields able to take the focus.
     */
    public static void tidyUp(FxRobot robot, Stage main) {
        robot.interact(() -> {
            for (Window window : new ArrayList<>(Window.getWindows())) {
                if (window != main) window.hide();
            }
            main.toFront();
            main.requestFocus();
        });
        // Park the pointer in a corner: resting on a button would pop up its tooltip over the next test's window.
        robot.moveTo(new Point2D(main.getX() + 2, main.getY() + 2));
    }
}
