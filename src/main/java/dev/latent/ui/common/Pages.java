package dev.latent.ui.common;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;

import java.util.Locale;

/** Layout helpers shared by the screens. */
public final class Pages {

    private Pages() {
    }

    /** A label that wraps its text and is never squeezed below the height of its wrapped lines. */
    public static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A button with an id (for tests and CSS), a tooltip saying what it does, and its action. */
    public static Button button(String text, String id, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Centres a page horizontally; the page's CSS max width keeps lines readable on wide screens. */
    public static Node centered(Node page) {
        VBox frame = new VBox(page);
        frame.setAlignment(Pos.TOP_CENTER);
        frame.setFillWidth(true);
        return frame;
    }

    /**
     * {@code left} and {@code right} on one line, right pushed to the end, or stacked when they do not fit side by
     * side: so no control is ever squeezed into an ellipsis.
     */
    public static Region twoLinesWhenNarrow(Region left, Region right, String styleClass) {
        return arrange(left, right, styleClass, true);
    }

    private static Region arrange(Region left, Region right, String styleClass, boolean spacerGrows) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        OneOrTwoLines bar = new OneOrTwoLines(left, spacer, right, styleClass);
        // On one line a flow of buttons takes all the width left over (aligned right), so it lays its items out in
        // one row whenever they fit.
        if (right instanceof FlowPane) {
            HBox.setHgrow(right, Priority.ALWAYS);
            HBox.setHgrow(spacer, Priority.NEVER);
        }
        if (!spacerGrows) HBox.setHgrow(spacer, Priority.NEVER);
        // Compact widths (latent.css, ShortWindow) come with a CSS pass after the width is known: after it.
        left.prefWidthProperty().addListener((o, old, w) -> bar.rearrangeLater());
        return bar.node();
    }

    /**
     * {@code main} (text that wraps) beside {@code side} (buttons, say), or {@code side} under it when the text would be
     * squeezed below its CSS pref width (set it in em, so it grows with the text size; beside, the text takes all the
     * room left): text never shrinks to a word a line or breaks mid-word, and nothing is pushed past the window.
     */
    public static Region besideOrUnder(Region main, Region side, String styleClass) {
        side.setMaxWidth(Region.USE_PREF_SIZE); // under the text it keeps its own width rather than the page's
        HBox.setHgrow(main, Priority.ALWAYS);
        return arrange(main, side, styleClass, false);
    }

    /** Items in a row that wraps to more rows when narrow, each at its full width: never an ellipsis. */
    public static FlowPane wrappingRow(double gap, Node... items) {
        FlowPane row = new FlowPane(gap, gap / 2, items);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node item : items) {
            if (item instanceof Region region) region.setMinWidth(Region.USE_PREF_SIZE);
        }
        return row;
    }

    /**
     * A number field as wide as its largest value at any text size (in em, from the font, not in pixels): a spinner's
     * arrows take the rest.
     */
    public static void numberField(Spinner<?> spinner, int largest) {
        int digits = String.valueOf(largest).length();
        spinner.setStyle(String.format(Locale.ROOT, "-fx-pref-width: %.2fem;", 3.4 + 0.7 * digits));
        spinner.setMinWidth(Region.USE_PREF_SIZE);
    }

    /**
     * Scrolls {@code scroll} the least that brings {@code node} into view (its top, when it is taller than the view and
     * does not already start in the view's upper two thirds); after the next layout pass, so a node just added is
     * measured first.
     */
    public static void scrollIntoView(ScrollPane scroll, Node node) {
        scrollIntoView(scroll, node, null);
    }

    /** As {@link #scrollIntoView(ScrollPane, Node)}, with {@code below} (a row under it) too when both fit the view. */
    private static void scrollIntoView(ScrollPane scroll, Node node, Node below) {
        Platform.runLater(() -> {
            Node content = scroll.getContent();
            if (content == null || node.getScene() == null) return;
            // The whole window first: a bar pinned under the page (the rating buttons) changes the page's height.
            node.getScene().getRoot().applyCss();
            node.getScene().getRoot().layout();
            Bounds viewport = scroll.getViewportBounds();
            double contentHeight = content.getLayoutBounds().getHeight();
            double room = contentHeight - viewport.getHeight();
            if (room <= 0) return;
            Bounds at = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            if (below != null && below.isVisible()) {
                double bottom = content.sceneToLocal(below.localToScene(below.getLayoutBounds())).getMaxY();
                if (bottom - at.getMinY() <= viewport.getHeight()) {
                    at = new javafx.geometry.BoundingBox(at.getMinX(), at.getMinY(), at.getWidth(), bottom - at.getMinY());
                }
            }
            double top = scroll.getVvalue() * room; // the content's y at the top of the view
            double wanted = top;
            boolean taller = at.getHeight() > viewport.getHeight();
            // A node taller than the view (the feedback) is in view enough when it starts in the view's upper two
            // thirds: what is above it (the question) then stays shown too.
            boolean startsHighInView = at.getMinY() >= top && at.getMinY() <= top + viewport.getHeight() * 2 / 3;
            if (taller && startsHighInView) return;
            if (at.getMinY() < top || taller) wanted = at.getMinY();
            else if (at.getMaxY() > top + viewport.getHeight()) wanted = at.getMaxY() - viewport.getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, wanted / room)));
        });
    }

    /** The fewest rows of text the answer box shows, however little room a long question leaves it. */
    private static final int FEWEST_ROWS = 3;
    /** The box's property holding the row of buttons under it, kept in view with it. */
    private static final String BUTTONS_UNDER = "latent.buttonsUnder";

    /**
     * The box the learner types in stays in view, and the question above it readable: scrolled to when it gets the
     * focus by key or click and as they type, so at large text a long question cannot hide it below the fold; and no
     * taller than the room the question leaves in the view (never fewer than {@value #FEWEST_ROWS} rows, the text
     * inside scrolling), so a box of many rows at large text does not push the question out of view above it.
     */
    public static void keepInViewWhileTyping(ScrollPane scroll, TextInputControl box) {
        keepInViewWhileTyping(scroll, box, null);
    }

    /**
     * As {@link #keepInViewWhileTyping(ScrollPane, TextInputControl)}, and {@code buttons}, the row under the box
     * (Submit), in view with it when both fit: at large text in a short window a question with its tags left the
     * button just below the fold.
     */
    public static void keepInViewWhileTyping(ScrollPane scroll, TextInputControl box, Node buttons) {
        if (buttons != null) box.getProperties().put(BUTTONS_UNDER, buttons);
        box.setMinHeight(0); // a text area's own minimum is all its rows: the room sets its height instead
        box.focusedProperty().addListener((o, was, focused) -> {
            if (focused) showTypingBox(scroll, box);
        });
        // Typing changes neither the question above nor the view: only the scrolling follows it. (The box's height
        // follows the view and the question by the two listeners below.)
        box.textProperty().addListener((o, old, text) -> {
            if (box.isFocused()) scrollToTypingBox(scroll, box);
        });
        // What is above the box (the question) moves it down; the window's height sets the view's.
        scroll.viewportBoundsProperty().addListener((o, old, bounds) -> fitUnderTheQuestion(scroll, box));
        box.layoutYProperty().addListener((o, old, y) -> fitUnderTheQuestion(scroll, box));
        // At large text a long question is taller than the view: Alt+Up / Alt+Down read it without leaving the box.
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                scrollByAView(scroll, e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
    }

    /** Scrolls the page up (-1) or down (+1) by most of a view, keeping a line of what was shown. */
    private static void scrollByAView(ScrollPane scroll, int direction) {
        double hidden = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden <= 0) return;
        double step = 0.8 * scroll.getViewportBounds().getHeight() / hidden * (scroll.getVmax() - scroll.getVmin());
        scroll.setVvalue(Math.max(scroll.getVmin(), Math.min(scroll.getVmax(), scroll.getVvalue() + direction * step)));
    }

    /**
     * Fits the box of {@link #keepInViewWhileTyping} under the question and scrolls it into view, as when it gets the
     * focus: for a screen that shows another question in the box while it keeps the focus.
     */
    public static void showTypingBox(ScrollPane scroll, TextInputControl box) {
        Platform.runLater(() -> {
            if (box.getScene() == null) return;
            // Fitted before it is scrolled to, so the scrolling counts the box at the height it is shown.
            box.getScene().getRoot().applyCss();
            box.getScene().getRoot().layout();
            fitUnderTheQuestion(scroll, box);
            scrollToTypingBox(scroll, box);
        });
    }

    private static void scrollToTypingBox(ScrollPane scroll, TextInputControl box) {
        scrollIntoView(scroll, box, (Node) box.getProperties().get(BUTTONS_UNDER));
    }

    /**
     * The box's largest height: what the view has left under the page's content above it (the question; the page's
     * margin may scroll away), or its fewest rows.
     */
    private static void fitUnderTheQuestion(ScrollPane scroll, TextInputControl box) {
        Node content = scroll.getContent();
        double view = scroll.getViewportBounds().getHeight();
        if (content == null || view <= 0 || box.getScene() == null) return;
        double above = content.sceneToLocal(box.localToScene(0, 0)).getY(); // the same wherever the page is scrolled
        if (box.getParent() instanceof Region page) above -= page.snappedTopInset();
        Text line = new Text("Ag");
        line.setFont(box.getFont());
        double insets = box.snappedTopInset() + box.snappedBottomInset()
                + (box.lookup(".content") instanceof Region inner ? inner.snappedTopInset() + inner.snappedBottomInset() : 0);
        double fewest = FEWEST_ROWS * line.getLayoutBounds().getHeight() + insets;
        double room = Math.max(view - above, fewest);
        if (Math.abs(box.getMaxHeight() - room) >= 1) box.setMaxHeight(room);
    }

    /**
     * {@code action} to run once the current pulse is over, however often it is asked for before then: rearranging a
     * bar's children inside the CSS pass that a new text size starts throws from inside JavaFX.
     */
    public static Runnable afterThisPulse(Runnable action) {
        boolean[] pending = {false};
        return () -> {
            if (pending[0]) return;
            pending[0] = true;
            Platform.runLater(() -> {
                pending[0] = false;
                action.run();
            });
        };
    }

    /** The width {@code label} takes to show {@code text} on one line: the text's, its padding and a pixel to spare. */
    public static double labelWidth(javafx.scene.control.Labeled label, String text) {
        return textWidth(text, label.getFont()) + label.snappedLeftInset() + label.snappedRightInset() + 1;
    }

    /** The width a text takes on one line in this font, rounded up to a whole pixel. */
    public static double textWidth(String text, javafx.scene.text.Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }

    /**
     * Esc leaves the screen, as on every screen of the app, unless something inside it (a popup, a dialog)
     * took the key first.
     */
    public static void escapeLeaves(Node screen, Runnable leave) {
        screen.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                leave.run();
            }
        });
    }

    private static boolean tooltipsWatched;

    /**
     * Esc is never spent on hiding a tooltip. JavaFX hides a showing popup on Esc and consumes the key before any
     * screen sees it, so with a tooltip up under the pointer (large buttons at large text often have one) leaving
     * a screen took a second Esc. Tooltips still hide; menus and dialogs the learner opened still close first.
     * Once per app (on the JavaFX thread): it applies to every tooltip of every window from then on.
     */
    public static void tooltipsLetEscapeThrough() {
        if (tooltipsWatched) return;
        tooltipsWatched = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    if (window instanceof Tooltip tooltip) tooltip.setConsumeAutoHidingEvents(false);
                }
            }
        });
    }

    /** The question and answer box of a study screen, with the ids the tests and styles rely on. */
    public static void questionAndAnswer(Label prompt, TextArea answer) {
        prompt.setId("prompt");
        prompt.setWrapText(true);
        prompt.getStyleClass().addAll(Styles.TITLE_3, "prompt");
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        answer.setId("answer");
        answer.setWrapText(true);
        answer.setPrefRowCount(6);
        answer.getStyleClass().add("answer-box"); // three rows in a short window (latent.css)
        answer.setAccessibleText("Your answer");
    }
}
