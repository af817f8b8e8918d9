package dev.latent.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Large text in a short window: a screen fewer than {@value #COMPACT_BELOW_EM} lines of its text high (300 % text on a
 * 1366x768 laptop or a 1100x720 window, 250 % on a 768-px screen) is {@code :compact}, and latent.css gives the height
 * of its chrome (its bars' padding, their buttons' padding, the page's margins) to its content: the reviewer's card,
 * the exam's question, the walkthrough's question, the browser's table, the deck list's decks. At 300 % on 1366x768
 * the reviewer's top bar and rating buttons took more than half the window. The bars keep every control, its text and
 * its key; a screen with room (100 % text anywhere, 300 % on a 1080-px screen) is unchanged.
 *
 * <p>Worked out from the screen's height and its text size only, never from the bars' own height, so it cannot flip
 * back and forth as the bars shrink.
 */
public final class ShortWindow {

    /** Fewer lines of text than this in the screen's height: its chrome goes compact (1080 px at 300 % is 24). */
    public static final double COMPACT_BELOW_EM = 22;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    /** The style class latent.css's compact rules hang on (".study-screen:compact"; any screen, not only study). */
    private static final String STUDY_SCREEN = "study-screen";

    private ShortWindow() {
    }

    /**
     * Makes {@code screen} one the compact rules apply to and sets {@code :compact} on it while it is short for its
     * text, the size of {@code text}'s font (a label in the screen at the body text size); the returned property says
     * the same, for what CSS cannot change (the rating buttons' text on one line, the top bar's title giving way to its
     * controls, the exam's Start pinned under its page).
     */
    public static ReadOnlyBooleanProperty compactWhenShort(Region screen, Labeled text) {
        screen.getStyleClass().add(STUDY_SCREEN);
        ReadOnlyBooleanWrapper compact = new ReadOnlyBooleanWrapper();
        compact.addListener((o, was, now) -> screen.pseudoClassStateChanged(COMPACT, now));
        Runnable update = () -> compact.set(isShort(screen.getHeight(), text.getFont().getSize()));
        screen.heightProperty().addListener(o -> update.run());
        text.fontProperty().addListener(o -> update.run());
        update.run();
        return compact.getReadOnlyProperty();
    }

    /**
     * A dialog is as high as its content: it is compact when the window it opens over is short for its text ({@code em}
     * px), and latent.css (which the dialog then needs) slims its header and button bar.
     *
     * @return whether it is compact
     */
    public static boolean compactOver(Region dialogPane, Window owner, double em) {
        boolean compact = owner != null && isShort(owner.getHeight(), em);
        if (!dialogPane.getStyleClass().contains(STUDY_SCREEN)) dialogPane.getStyleClass().add(STUDY_SCREEN);
        dialogPane.pseudoClassStateChanged(COMPACT, compact);
        return compact;
    }

    /** A screen this high is short for text of this size (in px). */
    public static boolean isShort(double height, double em) {
        return height > 0 && em > 0 && height < COMPACT_BELOW_EM * em;
    }
}
