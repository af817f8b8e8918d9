package dev.latent.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.function.ToDoubleFunction;

/**
 * A bar of two parts, side by side on one line or the second under the first: the one home of that job, for the bars
 * of {@link Pages} (the deck list's header, the editor's toolbar, ...) and for {@link TopBar}. The bar's owner says
 * which from the width the bar has and the widths its parts need side by side ({@link #rowWidth}), never from how they
 * are laid out now, so it does not flip back and forth; it is asked again when the bar's width changes, when its
 * padding does (the compact padding of a short window comes with a CSS pass, so after it) and on {@link #rearrangeLater}.
 */
public final class OneOrTwoLines {

    /** Between the parts on one line, and its items' usual gap. */
    static final double GAP = 12;
    /** Between the two lines. */
    private static final double LINE_GAP = 6;

    private final Region first;
    private final Region spacer;
    private final Region second;
    private final HBox oneLine = new HBox(GAP);
    private final VBox twoLines = new VBox(LINE_GAP);
    private final StackPane bar = new StackPane();
    private final Runnable arrangeLater;

    /**
     * One line when both parts fit side by side, at their {@link #rowWidth}s, else two; the bar shows one line until it
     * is laid out. {@code spacer} (or null) goes between them on one line.
     */
    OneOrTwoLines(Region first, Region spacer, Region second, String styleClass) {
        this(first, spacer, second, styleClass, null);
    }

    /**
     * As the bar's owner decides: {@code arrange} looks at {@link #width()} and calls {@link #show}. Nothing goes
     * between the parts on one line.
     */
    OneOrTwoLines(Region first, Region second, String styleClass, Runnable arrange) {
        this(first, null, second, styleClass, arrange);
    }

    private OneOrTwoLines(Region first, Region spacer, Region second, String styleClass, Runnable arrange) {
        this.first = first;
        this.spacer = spacer;
        this.second = second;
        oneLine.setAlignment(Pos.CENTER_LEFT);
        fillOneLine();
        bar.getChildren().setAll(oneLine);
        bar.getStyleClass().add(styleClass);
        Runnable arrangement = arrange != null ? arrange : this::showWhetherBothFit;
        arrangeLater = Pages.afterThisPulse(arrangement);
        bar.widthProperty().addListener((o, old, w) -> arrangement.run());
        // The compact padding may come with a CSS pass that is walking the bar's children (a new text size), and
        // swapping them then throws inside JavaFX: after it.
        bar.insetsProperty().addListener((o, old, insets) -> arrangeLater.run());
    }

    private void showWhetherBothFit() {
        double needed = rowWidth(first) + rowWidth(second) + (spacer == null ? 1 : 2) * GAP;
        double width = width();
        show(width <= 0 || needed <= width);
    }

    public Region node() {
        return bar;
    }

    /** The width inside the bar's padding: 0 before it is laid out. */
    double width() {
        return bar.getWidth() - bar.snappedLeftInset() - bar.snappedRightInset();
    }

    /** Asks the owner again once the current pulse is over (a change inside a CSS pass, a new text size). */
    void rearrangeLater() {
        arrangeLater.run();
    }

    /** The parts on one line, or the second under the first; nothing moves when that is shown already. */
    void show(boolean onOneLine) {
        Region shown = onOneLine ? oneLine : twoLines;
        if (bar.getChildren().contains(shown)) return;
        if (onOneLine) fillOneLine();
        else twoLines.getChildren().setAll(first, second);
        bar.getChildren().setAll(shown);
    }

    private void fillOneLine() {
        if (spacer == null) oneLine.getChildren().setAll(first, second);
        else oneLine.getChildren().setAll(first, spacer, second);
    }

    /** The width a region needs to show its content on one line: a flow's items side by side. */
    static double rowWidth(Region region) {
        return region instanceof FlowPane flow ? rowWidth(flow, item -> item.prefWidth(-1)) : region.prefWidth(-1);
    }

    /** A flow's shown items side by side, each as wide as {@code width} says (its pref width, or a form it may take). */
    public static double rowWidth(FlowPane flow, ToDoubleFunction<Node> width) {
        double total = flow.snappedLeftInset() + flow.snappedRightInset();
        int shown = 0;
        for (Node item : flow.getChildren()) {
            if (!item.isManaged()) continue;
            total += width.applyAsDouble(item);
            shown++;
        }
        return total + Math.max(0, shown - 1) * flow.getHgap();
    }
}
