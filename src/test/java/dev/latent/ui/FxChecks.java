package dev.latent.ui;

import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Checks the UI tests share. */
final class FxChecks {

    private FxChecks() {
    }

    /** The node has the keyboard focus of its scene (whether or not the headless window itself is focused). */
    static boolean isFocusOwner(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.getScene() != null && node.getScene().getFocusOwner() == node;
    }

    /** Focus moves to a new screen's first control just after it opens; give a loaded machine a moment. */
    static void awaitFocus(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> isFocusOwner(robot, query));
        } catch (TimeoutException e) {
            Node owner = robot.lookup(query).query().getScene().getFocusOwner();
            throw new AssertionError(query + " never got the focus; it is on " + owner, e);
        }
    }
}
