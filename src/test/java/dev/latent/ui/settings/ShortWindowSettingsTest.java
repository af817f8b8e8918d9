package dev.latent.ui.settings;

import dev.latent.ui.common.Themes;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The settings dialog at 300 % text over a 1366x768 laptop's window or the 1100x720 one: its header and button bar
 * took half of it, leaving the fields a strip of seven lines. Over a window that short for its text they are slim and
 * the fields get two thirds of the dialog, OK and Cancel still inside the window; over a window with room (100 %
 * text, 300 % on 1920x1080) the dialog is as it was.
 */
@ExtendWith(ApplicationExtension.class)
class ShortWindowSettingsTest {

    private final AppFixture app = AppFixture.inFreshFolder("short-window-settings");

    @Start
    void start(Stage stage) {
        app.start(stage, 1366, 768);
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private DialogPane openSettings(FxRobot robot, int[] size) {
        app.reopenAt(robot, size[0], size[1], size[2]);
        robot.clickOn("#open-settings");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#settings-dialog").queryAs(DialogPane.class);
        Screenshots.saveShortWindow(pane, "settings", size[0], size[1], size[2]);
        return pane;
    }

    private static void hide(FxRobot robot, DialogPane pane) {
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    @Test
    void theFieldsGetMostOfTheDialogOverAShortWindow(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{300, 1366, 768}, {300, 1100, 720}}) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            DialogPane pane = openSettings(robot, size);
            ScrollPane fields = (ScrollPane) pane.getContent();
            double share = fields.getViewportBounds().getHeight() / pane.getHeight();
            if (share < 0.65) problems.add(at + ": the fields have " + Math.round(share * 100) + " % of the dialog's height");
            Window main = app.stage();
            for (ButtonType type : List.of(ButtonType.OK, ButtonType.CANCEL)) {
                Node button = pane.lookupButton(type);
                Bounds on = button.localToScreen(button.getLayoutBounds());
                if (on.getMaxY() > main.getY() + main.getHeight() + 1 || on.getMinY() < main.getY() - 1) {
                    problems.add(at + ": " + type.getText() + " at y " + Math.round(on.getMinY()) + ".." + Math.round(on.getMaxY())
                            + ", the window y " + Math.round(main.getY()) + ".." + Math.round(main.getY() + main.getHeight()));
                }
            }
            for (String cut : FxChecks.truncated(pane)) problems.add(at + ": " + cut);
            Window dialog = pane.getScene().getWindow();
            if (dialog.getWidth() > main.getWidth() || dialog.getX() < main.getX() - 1) {
                problems.add(at + ": the dialog " + Math.round(dialog.getWidth()) + " px wide at x " + Math.round(dialog.getX())
                        + " over a window " + Math.round(main.getWidth()) + " px wide at x " + Math.round(main.getX()));
            }
            hide(robot, pane);
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Scrolled to their end, the fields met the buttons only after a blank band: the line kept for a message that was
     * not there (70 px at 300 % over a short window, 62 at 100 %). The last field ends where the buttons' bar begins,
     * only the bar's own padding between them; a message, when there is one, still shows there, in view.
     */
    @Test
    void noBlankBandAboveTheButtons(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{300, 1366, 768}, {300, 1100, 720}, {100, 1366, 768}, {100, 1920, 1080}}) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            DialogPane pane = openSettings(robot, size);
            ScrollPane fields = (ScrollPane) pane.getContent();
            robot.interact(() -> fields.setVvalue(fields.getVmax()));
            WaitForAsyncUtils.waitForFxEvents();
            Node grid = ((javafx.scene.layout.VBox) fields.getContent()).getChildren().get(0); // the fields' rows
            double fieldsEnd = grid.localToScene(grid.getLayoutBounds()).getMaxY();
            Region bar = (Region) pane.lookup(".button-bar > .container");
            Node ok = pane.lookupButton(ButtonType.OK);
            double gap = ok.localToScene(ok.getLayoutBounds()).getMinY() - fieldsEnd;
            double allowed = bar.snappedTopInset() + fields.snappedBottomInset() + 2;
            if (gap > allowed) problems.add(at + ": " + Math.round(gap) + " px between the last field and OK, the bar's padding " + Math.round(allowed));
            Screenshots.saveShortWindow(pane, "settings-end", size[0], size[1], size[2]);
            hide(robot, pane);
        }
        // A step of a day or more is refused under the fields: the message takes its line, scrolled into view.
        DialogPane pane = openSettings(robot, new int[] {300, 1366, 768});
        robot.interact(() -> robot.lookup("#setting-learning-steps").queryAs(javafx.scene.control.TextField.class).setText("1m 25h"));
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label error = robot.lookup("#settings-error").queryAs(javafx.scene.control.Label.class);
        if (!error.isVisible() || !error.getText().contains("shorter than a day")) problems.add("the message shows \"" + error.getText() + "\"");
        FxChecks.outOfView(error).ifPresent(out -> problems.add("the message " + out));
        hide(robot, pane);
        assertEquals(List.of(), problems);
    }

    @Test
    void overAWindowWithRoomTheDialogIsAsItWas(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{100, 1920, 1080}, {100, 1366, 768}, {100, 1100, 720}, {300, 1920, 1080}}) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            double em = Themes.BASE_FONT_PX * size[0] / 100;
            DialogPane pane = openSettings(robot, size);
            Region header = (Region) pane.lookup(".header-panel");
            if (Math.abs(header.getPadding().getTop() - em) > 0.5) problems.add(at + ": header padding " + header.getPadding());
            Region buttons = (Region) pane.lookup(".button-bar > .container");
            if (Math.abs(buttons.getPadding().getTop() - 2 * em) > 0.5) problems.add(at + ": button bar padding " + buttons.getPadding());
            hide(robot, pane);
        }
        assertEquals(List.of(), problems);
    }
}
