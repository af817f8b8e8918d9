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

    /** The text of the label the query finds. */
    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The node has the keyboard focus of its scene (whether or not the headless window itself is focused). */
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

    /**
     * The editor's rubric test grades the samples in the background: waits until it says "Up to date.", so that what
     * is checked or looked at next is the finished test, not "Checking…" changing to it between layout and check.
     */
    public static void awaitRubricTest(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#rubric-test-state").equals("Up to date."));
        } catch (TimeoutException e) {
            throw new AssertionError("the rubric test never finished; it says " + text(robot, "#rubric-test-state"), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the bundled deck's review from the deck list, types this answer, submits it and waits for its grade. */
    public static void answerTheFirstCard(FxRobot robot, String answer) {
        robot.interact(() -> robot.lookup("#study-autoencoders-gans").queryButton().fire());
        robot.interact(() -> robot.lookup("#answer").queryAs(javafx.scene.control.TextArea.class).setText(answer));
        robot.interact(() -> robot.lookup("#submit").queryButton().fire());
        awaitFeedback(robot);
    }

    /** From the deck list, starts a practice exam of this many questions (the setup's default deck and choices). */
    @SuppressWarnings("unchecked")
    public static void startAnExam(FxRobot robot, int questions) {
        robot.interact(() -> robot.lookup("#open-exam").queryButton().fire());
        robot.interact(() -> robot.lookup("#exam-count").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(questions));
        robot.interact(() -> robot.lookup("#exam-start").queryButton().fire());
    }

    /** The share of the window's height the page scrolls in: what the bars above and below leave for the card. */
    public static double pageShare(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane scroll = robot.lookup(".page-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        return scroll.getViewportBounds().getHeight() / scroll.getScene().getHeight();
    }

    /** A node's vertical centre in its scene: nodes on one line share it. */
    public static double centreY(Node node) {
        javafx.geometry.Bounds at = node.localToScene(node.getLayoutBounds());
        return (at.getMinY() + at.getMaxY()) / 2;
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
        // A row of a table or list is cut to its column or list (which the learner can widen), and a title marked
        // "elides" gives way to the controls beside it (the reviewer's deck title in a short window); its tooltip must
        // then hold the whole text.
        boolean cellWithWholeText = node instanceof javafx.scene.control.Labeled cell && cell.getTooltip() != null
                && cell.getTooltip().getText() != null && cell.getTooltip().getText().equals(cell.getText())
                && (isInsideACell(cell) || cell.getStyleClass().contains("elides"));
        if (!cellWithWholeText && node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null
                && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                // An ellipsis the text does not hold, at its end or at the end of a line ("Agai…\n1m").
                if (child instanceof javafx.scene.text.Text shown && !shown.getText().equals(labeled.getText())
                        && (count(shown.getText(), "\u2026") > count(labeled.getText(), "\u2026")
                        || count(shown.getText(), labeled.getEllipsisString()) > count(labeled.getText(), labeled.getEllipsisString()))) {
                    found.add(labeled.getClass().getSimpleName() + (labeled.getId() == null ? "" : "#" + labeled.getId())
                            + " \"" + labeled.getText() + "\" shows \"" + shown.getText() + "\"");
                }
            }
        }
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.isWrapText() && labeled.getText() != null) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof javafx.scene.text.Text shown && shown.getWrappingWidth() > 0) {
                    String word = widestWord(shown.getText(), shown.getFont()); // a path has nowhere else to break
                    if (width(word, shown.getFont()) > shown.getWrappingWidth() + 0.5) {
                        found.add(describe(labeled) + " breaks \"" + word + "\" mid-word");
                    }
                }
            }
        }
        // A spinner's number wider than its field: "15" shown as "1". (A text field scrolls its text as one types.)
        if (node instanceof javafx.scene.control.TextField field && field.getParent() instanceof javafx.scene.control.Spinner<?>
                && field.getText() != null && !field.getText().isEmpty() && field.getWidth() > 0) {
            double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
            double needed = width(field.getText(), field.getFont());
            if (needed > room + 0.5) {
                found.add("TextField" + (field.getId() == null ? "" : "#" + field.getId())
                        + (field.getParent() instanceof javafx.scene.control.Spinner<?> s && s.getId() != null ? " of #" + s.getId() : "")
                        + " \"" + field.getText() + "\" needs " + Math.round(needed) + " px, has " + Math.round(room));
            }
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) collect(child, found);
        }
    }

    private static String name(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                + (node.getStyleClass().isEmpty() ? "" : "." + String.join(".", node.getStyleClass()))
                + (node instanceof javafx.scene.control.Labeled l ? " \"" + l.getText() + "\"" : "");
    }

    private static int count(String text, String part) {
        if (part == null || part.isEmpty()) return 0;
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) n++;
        return n;
    }

    private static String describe(javafx.scene.control.Labeled labeled) {
        return labeled.getClass().getSimpleName() + (labeled.getId() == null ? "" : "#" + labeled.getId())
                + " \"" + labeled.getText() + "\"";
    }

    private static String widestWord(String text, javafx.scene.text.Font font) {
        String widest = "";
        for (String word : text.split("\\s+")) {
            if (word.contains("/") || word.contains("\\")) continue;
            if (width(word, font) > width(widest, font)) widest = word;
        }
        return widest;
    }

    private static double width(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    /**
     * What reaches past the right edge of the window, or of the page it scrolls in (a page that scrolls sideways,
     * or a card running under its vertical scroll bar): the outermost such node, not each of its children. Content a
     * control scrolls on purpose (a table, a list, a text area, a strip in a scroll pane of its own) is not looked at.
     */
    public static java.util.List<String> overflowing(javafx.scene.Scene scene) {
        java.util.List<String> found = new java.util.ArrayList<>();
        overflow(scene.getRoot(), scene.getWidth(), found);
        return found;
    }

    /**
     * The node is in view in the page it scrolls in: all of it, or as much as the page shows when it is taller than
     * that; empty when it is, else what is wrong.
     */
    public static java.util.Optional<String> outOfView(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane scroll) {
                Node viewport = scroll.lookup(".viewport");
                javafx.geometry.Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
                javafx.geometry.Bounds at = node.localToScene(node.getLayoutBounds());
                double bottom = at.getMinY() + Math.min(at.getHeight(), shown.getHeight());
                if (at.getMinY() >= shown.getMinY() - 1 && bottom <= shown.getMaxY() + 1) return java.util.Optional.empty();
                return java.util.Optional.of(node + " is at y " + Math.round(at.getMinY()) + ".." + Math.round(at.getMaxY())
                        + ", the page shows y " + Math.round(shown.getMinY()) + ".." + Math.round(shown.getMaxY()));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The question shows in the page it scrolls in, as the learner types their answer under it: all of it, or, when it
     * is longer than half the page's view, at least half the view of it; empty when it does, else what is wrong.
     */
    public static java.util.Optional<String> questionOutOfView(Node prompt) {
        for (Node n = prompt.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane scroll) {
                Node viewport = scroll.lookup(".viewport");
                javafx.geometry.Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
                javafx.geometry.Bounds at = prompt.localToScene(prompt.getLayoutBounds());
                double visible = Math.min(at.getMaxY(), shown.getMaxY()) - Math.max(at.getMinY(), shown.getMinY());
                double wanted = Math.min(at.getHeight(), shown.getHeight() / 2);
                if (visible >= wanted - 1) return java.util.Optional.empty();
                return java.util.Optional.of(prompt + " shows " + Math.round(Math.max(0, visible)) + " px of "
                        + Math.round(at.getHeight()) + " (at y " + Math.round(at.getMinY()) + ".." + Math.round(at.getMaxY())
                        + "), the page shows y " + Math.round(shown.getMinY()) + ".." + Math.round(shown.getMaxY()));
            }
        }
        return java.util.Optional.empty();
    }

    private static void overflow(Node node, double right, java.util.List<String> found) {
        if (!node.isVisible()) return;
        javafx.geometry.Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getWidth() > 0 && bounds.getMaxX() > right + 1) {
            // The outermost node that reaches past, and the innermost one that pushes it there.
            Node cause = node;
            for (boolean deeper = true; deeper && cause instanceof javafx.scene.Parent parent; ) {
                deeper = false;
                for (Node child : parent.getChildrenUnmodifiable()) {
                    if (child.isVisible() && child.localToScene(child.getLayoutBounds()).getMaxX() > right + 1) {
                        cause = child;
                        deeper = true;
                        break;
                    }
                }
            }
            found.add(name(node) + " reaches x=" + Math.round(bounds.getMaxX()) + " past " + Math.round(right)
                    + (cause == node ? "" : ", pushed by " + name(cause)));
            return;
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll) {
            if (!scroll.isFitToWidth()) return; // a strip that scrolls sideways on purpose
            Node viewport = scroll.lookup(".viewport");
            double viewportRight = viewport == null ? right
                    : viewport.localToScene(viewport.getLayoutBounds()).getMaxX();
            if (scroll.getContent() != null) overflow(scroll.getContent(), Math.min(right, viewportRight), found);
            return;
        }
        if (node instanceof javafx.scene.control.TableView<?> || node instanceof javafx.scene.control.ListView<?>
                || node instanceof javafx.scene.control.TextInputControl || node instanceof javafx.scene.control.Spinner<?>
                || node instanceof javafx.scene.control.ComboBoxBase<?>) return;
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) overflow(child, right, found);
        }
    }
}
