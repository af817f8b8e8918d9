package dev.latent.ui.present;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Type size for the projection: every line at least 5% of the screen height, so 54 px lines on a 1080 px
 * projector, readable from the back of a room. Computed from the font's real line height, which depends on
 * the platform's font, rather than from a fixed ratio.
 */
final class TextSizing {

    /** Smallest line height, as a share of the projection's height. */
    static final double MIN_LINE_SHARE = 0.05;

    private TextSizing() {
    }

    /** The smallest whole-pixel font size whose lines are at least {@link #MIN_LINE_SHARE} of {@code height}. */
    static double baseFontSize(double height) {
        double minLine = MIN_LINE_SHARE * height;
        double size = Math.ceil(minLine / lineHeight(100) * 100);
        while (lineHeight(size) < minLine) size++;
        return Math.max(size, 1);
    }

    /** Height of one line of the default font at {@code size}, the lighter of regular and bold. */
    static double lineHeight(double size) {
        String family = Font.getDefault().getFamily();
        return Math.min(measure(Font.font(family, FontWeight.NORMAL, size)), measure(Font.font(family, FontWeight.BOLD, size)));
    }

    private static double measure(Font font) {
        Text probe = new Text("Ag");
        probe.setFont(font);
        return probe.getLayoutBounds().getHeight();
    }
}
