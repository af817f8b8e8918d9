package dev.latent.ui.common;

import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;

/**
 * A dialog whose content scrolls (up and down: it fits the width), never larger than the window it opens over at any
 * text size, so its buttons stay on screen. Its width is the content's up to the window's, less a margin; its height is
 * the content's up to what the window leaves under the dialog's header and over its buttons, as they measure at this
 * text size and width (card info's header is its question, four lines at 300 %), not as a guess. Over a window short
 * for the text ({@link ShortWindow#compactOver}) the header and the buttons' bar are slim (latent.css).
 */
public final class DialogFit {

    /** Room for the dialog's own title bar, drawn by the desktop outside its pane. */
    private static final double TITLE_BAR = 40;
    /** Between the dialog's sides and the window's, in all. */
    private static final double SIDE_MARGIN = 80;
    /** The dialog's padding beside its content, in em. */
    private static final double PADDING_EM = 3;
    /** The content is never narrower than this (in em), nor lower than {@value #LEAST_HEIGHT_EM} lines. */
    private static final double LEAST_WIDTH_EM = 20;
    private static final double LEAST_HEIGHT_EM = 6;

    private DialogFit() {
    }

    /**
     * Sizes {@code dialog}, whose content is {@code scroll}, within {@code owner} (null: at its wanted size), for text
     * of {@code em} px; again after a change to its header or content.
     *
     * @param wantedWidth the content's width (px) when the window has room
     * @param mostHeight the content's most height (px) when the window has room; less when the content is shorter
     * @return whether the dialog is compact (over a window short for its text)
     */
    public static boolean fitWithin(Dialog<?> dialog, ScrollPane scroll, Window owner, double em, double wantedWidth,
            double mostHeight) {
        DialogPane pane = dialog.getDialogPane();
        if (!pane.getStylesheets().contains(Themes.stylesheet())) pane.getStylesheets().add(Themes.stylesheet());
        boolean compact = ShortWindow.compactOver(pane, owner, em);
        boolean sized = owner != null && owner.getWidth() > 0 && owner.getHeight() > 0;
        double width = sized
                ? Math.max(LEAST_WIDTH_EM * em, Math.min(wantedWidth, owner.getWidth() - SIDE_MARGIN - PADDING_EM * em))
                : wantedWidth;
        scroll.setPrefViewportWidth(width);
        // The content fits the width: a scroll bar across would never show, and its height was a blank band.
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.setPrefWidth(width + PADDING_EM * em);
        pane.setMinWidth(Math.min(pane.getPrefWidth(), 30 * em));
        // Laid out once at the width it will have (the theme caps a dialog's width, its least width wins over that),
        // for the width its content then has and the height of the header and the buttons around it.
        pane.applyCss();
        double shownWidth = shownWidth(pane);
        pane.setPrefWidth(shownWidth); // also what the dialog is centred by
        scroll.setPrefViewportWidth(Math.min(width, shownWidth - PADDING_EM * em));
        scroll.setPrefViewportHeight(mostHeight);
        pane.resize(shownWidth, pane.prefHeight(shownWidth));
        pane.layout();
        double contentHeight = scroll.getContent() == null ? mostHeight
                : Math.ceil(scroll.getContent().prefHeight(scroll.getViewportBounds().getWidth()));
        double height = Math.min(mostHeight, contentHeight);
        scroll.setPrefViewportHeight(height);
        if (sized) {
            double chrome = pane.prefHeight(shownWidth) - height;
            double room = owner.getHeight() - TITLE_BAR - chrome;
            scroll.setPrefViewportHeight(Math.max(Math.min(LEAST_HEIGHT_EM * em, height), Math.min(height, room)));
        }
        return compact;
    }

    /** The width the dialog's window gives its pane: its pref width within its max (the theme's), its min above all. */
    private static double shownWidth(DialogPane pane) {
        return Math.max(pane.minWidth(-1), Math.min(pane.prefWidth(-1), pane.maxWidth(-1)));
    }

    /** The height of the dialog's header at the width {@link #fitWithin} gave it: 0 without one. */
    public static double headerHeight(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        javafx.scene.Node header = pane.lookup(".header-panel");
        return header == null || dialog.getHeaderText() == null ? 0 : header.prefHeight(shownWidth(pane));
    }
}
