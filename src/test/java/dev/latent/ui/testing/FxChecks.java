package dev.latent.ui.testing;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Checks the UI tests share. */
public final class FxChecks {

    private FxChecks() {
    }

    /** The node has the keyboard focus of its scene (whether or not the headless window itself is focused). */
    /** The text of the label the query finds. */
    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    public static boolean isFocusOwner(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.getScene() != null && node.getScene().getFocusOwner() == node;
    }

    /** Focus moves to a new screen's first control just after it opens; give a loaded machine a moment. */
    public static void awaitFocus(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> isFocusOwner(robot, query));
        } catch (TimeoutException e) {
            Node owner = robot.lookup(query).query().getScene().getFocusOwner();
            throw new AssertionError(query + " never got the focus; it is on " + owner, e);
        }
    }

    /** Waits until a node shows up: what grading off the JavaFX thread (an exam check, a hand-in) puts on screen. */
    public static void awaitNode(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError(query + " never appeared", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The statistics screen computes in the background: waits until it shows its panes, its empty card or its
     * error instead of "Loading…".
     */
    public static void awaitStatistics(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#stats-loading").tryQuery().isEmpty()
                    && robot.lookup("#statistics").tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("the statistics never finished loading", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Grading runs off the JavaFX thread: wait until the reviewer shows the feedback for the answer just submitted. */
    public static void awaitFeedback(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#feedback").tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("the answer was never graded", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Runs work a test held back (grading handed to an executor) on a new thread, waiting up to 30 s for it to end.
     *
     * @return true if that thread was not JavaFX's
     */
    public static boolean ranOffTheFxThread(Runnable work) throws InterruptedException {
        AtomicBoolean onFx = new AtomicBoolean(true);
        Thread worker = new Thread(() -> {
            onFx.set(Platform.isFxApplicationThread());
            work.run();
        });
        worker.start();
        worker.join(30_000);
        return !onFx.get();
    }

    /**
     * Controls whose text the skin cut short with an ellipsis ("Sett…"), or that are squeezed below their
     * minimum width: what a learner cannot read. Only visible controls inside the window count.
     */
    public static java.util.List<String> truncated(javafx.scene.Parent root) {
        java.util.List<String> found = new java.util.ArrayList<>();
        collect(root, found);
        return found;
    }

    private static boolean isInsideACell(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.IndexedCell<?>) return true;
        }
        return false;
    }

    private static void collect(Node node, java.util.List<String> found) {
        if (!node.isVisible()) return;
        // A row of a table or list is cut to its column or list (which the learner can widen); its tooltip must then
        // hold the whole text.
        boolean cellWithWholeText = node instanceof javafx.scene.control.Labeled cell && cell.getTooltip() != null
                && cell.getTooltip().getText() != null && cell.getTooltip().getText().equals(cell.getText())
                && isInsideACell(cell);
        if (!cellWithWholeText && node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null
                && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof javafx.scene.text.Text shown && !shown.getText().equals(labeled.getText())
                        && (shown.getText().endsWith("\u2026") || shown.getText().endsWith(labeled.getEllipsisString()))) {
                    found.add(labeled.getClass().getSimpleName() + (labeled.getId() == null ? "" : "#" + labeled.getId())
                            + " \"" + labeled.getText() + "\" shows \"" + shown.getText() + "\"");
                }
            }
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) collect(child, found);
        }
    }
}
