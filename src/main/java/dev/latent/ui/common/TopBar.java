package dev.latent.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar above a screen: back to the decks, the screen's title (a deck's), then the screen's own items at the right.
 * One line when it fits, else the items on a second line under the title, never an item cut short.
 *
 * <p>In a short window for the text ({@link #setCompact}, from {@link ShortWindow}: 300 % text on a 1366x768 laptop) a
 * second line is a line less for the page, so the bar stays one line where it can: the title gives way with an ellipsis,
 * its tooltip holding the whole title, and the items take their short form if the screen gave them one ({@link
 * ShortForm}: the reviewer's counts without their words, the walkthrough's "1/8"). The title keeps its first {@value
 * #TITLE_LEAST_CHARACTERS} characters, enough to name the deck ("Autoencoders..."), or the bar takes two lines; only a
 * short form that says so lets it give way further ({@link ShortForm#titleGivesWay}: the reviewer's controls). Every
 * control keeps its full text.
 */
public final class TopBar {

    /** A title cut to fewer characters than this ("Aut...") no longer names the deck: the bar takes two lines instead. */
    static final int TITLE_LEAST_CHARACTERS = 12;
    /** The least of the title (in em) beside a short form whose items matter more than a line of the page. */
    private static final double TITLE_GIVES_WAY_EM = 3;
    private static final double GAP = 12;

    /** A shorter way to show the items, for a compact bar. */
    public interface ShortForm {
        /** The items' width side by side, in their short form or their full one (whichever shows now). */
        double width(boolean shortForm);

        void show(boolean shortForm);

        /**
         * Whether beside the short form the title may give way down to 3 em ("Au...") rather than the bar taking two
         * lines: for items a second line would push away from the card, the reviewer's Undo and card menu.
         */
        default boolean titleGivesWay() {
            return false;
        }
    }

    private final Button back;
    private final Label title;
    private final HBox left;
    private final FlowPane items;
    /** Title and items on one line, or the items on a second. */
    private final OneOrTwoLines lines;
    private ShortForm shortForm;
    private boolean shortShown;
    private boolean compact;

    public TopBar(String titleText, String backHelp, Runnable onBack, Node... right) {
        back = backToDecks(backHelp, onBack);
        title = new Label(titleText);
        title.setId("bar-title");
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "elides"); // elides when compact; its tooltip then holds it all
        title.setWrapText(true);
        left = new HBox(GAP, back, title);
        left.setAlignment(Pos.CENTER_LEFT);
        items = new FlowPane(GAP, 6, right);
        items.setAlignment(Pos.CENTER_RIGHT);
        for (Node item : right) {
            if (item instanceof Region region) region.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(items, Priority.ALWAYS); // on one line the items take the width left, aligned right
        lines = new OneOrTwoLines(left, items, "top-bar", this::arrange);
    }

    /** The top bar's way back: "← Decks", never squeezed. */
    public static Button backToDecks(String help, Runnable onBack) {
        Button back = new Button("\u2190 Decks");
        back.setId("back-to-decks");
        back.getStyleClass().add(Styles.FLAT);
        back.setTooltip(new Tooltip(help));
        back.setOnAction(e -> onBack.run());
        back.setMinWidth(Region.USE_PREF_SIZE);
        return back;
    }

    public Region node() {
        return lines.node();
    }

    /** The bar's title, set in the screen's body text: what {@link ShortWindow#compactWhenShort} measures by. */
    public Label title() {
        return title;
    }

    public void setShortForm(ShortForm shortForm) {
        this.shortForm = shortForm;
        arrange();
    }

    /**
     * Makes {@code screen} compact while it is short for this bar's text ({@link ShortWindow#compactWhenShort}), the bar
     * with it; the returned property says when, for the screen's other parts.
     */
    public ReadOnlyBooleanProperty compactWhenShort(Region screen) {
        ReadOnlyBooleanProperty compact = ShortWindow.compactWhenShort(screen, title);
        compact.addListener((o, was, now) -> setCompact(now));
        return compact;
    }

    /** A short window for the text: the bar stays one line where it can (see the class comment). */
    public void setCompact(boolean compact) {
        this.compact = compact;
        lines.rearrangeLater(); // set from a font change, inside a CSS pass over the screen's nodes
    }

    /**
     * One line or two, the items in their full form or their short one, from the widths the text needs (never from how
     * the bar is laid out now, so it does not flip back and forth); again whenever the items' text changes.
     */
    public void arrange() {
        double width = lines.width();
        if (width <= 0) return;
        double fixed = back.prefWidth(-1) + 3 * GAP; // back | title | items, and a gap to spare
        double whole = title.prefWidth(-1);
        double least = Math.min(whole, titleLeastWidth());
        double leastBesideShort = shortForm != null && shortForm.titleGivesWay()
                ? Math.min(whole, TITLE_GIVES_WAY_EM * title.getFont().getSize()) : least;
        boolean useShort = false;
        boolean oneRow = fixed + whole + itemsWidth(false) <= width;
        if (!oneRow && compact) {
            if (fixed + least + itemsWidth(false) <= width) {
                oneRow = true;
            } else if (shortForm != null && fixed + leastBesideShort + itemsWidth(true) <= width) {
                oneRow = true;
                useShort = true;
            }
        }
        if (useShort != shortShown) {
            shortShown = useShort;
            shortForm.show(useShort);
        }
        boolean elides = oneRow && compact;
        title.setWrapText(!elides);
        title.setMinWidth(elides ? (useShort ? leastBesideShort : least) : Region.USE_COMPUTED_SIZE);
        if (elides && title.getTooltip() == null) title.setTooltip(new Tooltip(title.getText()));
        if (!elides) title.setTooltip(null);
        // On one line the flow of items keeps its one row: the title gives way, not the controls.
        items.setMinWidth(oneRow ? itemsWidth(useShort) : Region.USE_COMPUTED_SIZE);
        lines.show(oneRow);
    }

    /** The title's first {@value #TITLE_LEAST_CHARACTERS} characters and the ellipsis, as the label shows them. */
    private double titleLeastWidth() {
        String text = title.getText();
        if (text.length() <= TITLE_LEAST_CHARACTERS) return title.prefWidth(-1);
        return Pages.labelWidth(title, text.substring(0, TITLE_LEAST_CHARACTERS).stripTrailing() + title.getEllipsisString());
    }

    private double itemsWidth(boolean shortened) {
        return shortForm != null ? shortForm.width(shortened) : OneOrTwoLines.rowWidth(items);
    }

    /** The items, for a short form to measure. */
    public FlowPane items() {
        return items;
    }
}
