package dev.latent.ui.review;

import atlantafx.base.theme.Styles;
import dev.latent.settings.KeyAction;
import dev.latent.store.DueQueue;
import dev.latent.ui.common.Pages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * The reviewer's top bar: the way back, the card's flag, the new, learning and due cards left, Undo, and the card
 * menu (Anki's "More").
 *
 * <p>One line when it fits, else the items on a second line under the title. In a short window for the text
 * ({@link #setCompact}: 300 % text on a 1366x768 laptop) a second line is a line less for the card, so the bar stays one
 * line where it can: the counts first drop their words, as Anki's coloured "8 + 0 + 0" (their colours, tooltips
 * and accessible text still say which is which), and the deck's title gives way with an ellipsis, its tooltip holding
 * the whole title. Every control keeps its full text.
 */
final class ReviewerTopBar {

    /** A title cut shorter than this (in em) would no longer name the deck: the bar takes two lines instead. */
    private static final double TITLE_LEAST_EM = 3;
    /** The counts keep their words while the title keeps at least this (in em), or all of itself. */
    private static final double TITLE_BESIDE_WORDS_EM = 8;
    private static final double GAP = 12;

    private final Label newCount = new Label();
    private final Label learningCount = new Label();
    private final Label dueCount = new Label();
    private final Label flagMark = new Label();
    private final ReviewerKeys keys;
    private final Button back;
    private final Label title;
    private final HBox left;
    private final FlowPane items;
    private final HBox oneLine = new HBox(GAP);
    private final VBox twoLines = new VBox(6);
    private final StackPane bar = new StackPane();
    /** New, learning and due cards left, as last shown. */
    private int[] counts = {0, 0, 0};
    private boolean countWords = true;
    private boolean compact;

    /** @param onCardAction does a card action chosen from the menu, as its key would */
    ReviewerTopBar(String deckTitle, ReviewerKeys keys, Runnable onLeave, Runnable onUndo, Consumer<KeyAction> onCardAction) {
        this.keys = keys;
        newCount.setId("remaining-new");
        learningCount.setId("remaining-learning");
        dueCount.setId("remaining-due");
        newCount.getStyleClass().addAll("due-count", "count-new");
        learningCount.getStyleClass().addAll("due-count", "count-learning");
        dueCount.getStyleClass().addAll("due-count", "count-due");
        newCount.setTooltip(new Tooltip("New cards left today"));
        learningCount.setTooltip(new Tooltip("Learning cards due now"));
        dueCount.setTooltip(new Tooltip("Review cards left today"));
        Button undo = new Button("Undo");
        undo.setId("undo");
        undo.getStyleClass().add(Styles.FLAT);
        undo.setTooltip(new Tooltip("Take back the last rating (" + keys.label(KeyAction.UNDO) + ")"));
        undo.setOnAction(e -> onUndo.run());
        undo.setFocusTraversable(false);
        flagMark.setId("card-flag");
        flagMark.getStyleClass().add("card-flag");
        back = Pages.backToDecks("Back to the deck list (Esc). Every rating is already saved.", onLeave);
        title = Pages.barTitle(deckTitle);
        title.getStyleClass().add("elides"); // when compact; its tooltip then holds the whole title
        left = new HBox(GAP, back, title);
        left.setAlignment(Pos.CENTER_LEFT);
        items = Pages.barItems(flagMark, newCount, learningCount, dueCount, undo, cardMenu(onCardAction));
        HBox.setHgrow(items, Priority.ALWAYS); // on one line the items take the width left, aligned right
        oneLine.setAlignment(Pos.CENTER_LEFT);
        oneLine.getChildren().setAll(left, items);
        bar.getChildren().setAll(oneLine);
        bar.getStyleClass().add("top-bar");
        bar.setId("reviewer-top-bar");
        bar.widthProperty().addListener((o, old, w) -> arrange());
        bar.insetsProperty().addListener((o, old, insets) -> arrange()); // the compact padding comes with the next CSS pass
    }

    Node node() {
        return bar;
    }

    /** The text this bar is set in: the screen's body text. */
    Label bodyText() {
        return title;
    }

    /** A short window for the text: the bar stays one line where it can (see the class comment). */
    void setCompact(boolean compact) {
        this.compact = compact;
        arrange();
    }

    void showCounts(DueQueue queue) {
        counts = new int[] {queue.newCount(), queue.learningCount(), queue.reviewCount()};
        showCountText();
        newCount.setAccessibleText("New cards left today: " + counts[0]);
        learningCount.setAccessibleText("Learning cards due now: " + counts[1]);
        dueCount.setAccessibleText("Review cards left today: " + counts[2]);
        arrange();
    }

    private void showCountText() {
        String[] texts = countTexts(countWords);
        newCount.setText(texts[0]);
        learningCount.setText(texts[1]);
        dueCount.setText(texts[2]);
    }

    private String[] countTexts(boolean words) {
        return words ? new String[] {"New " + counts[0], "Learning " + counts[1], "Due " + counts[2]}
                : new String[] {String.valueOf(counts[0]), String.valueOf(counts[1]), String.valueOf(counts[2])};
    }

    /**
     * One line or two, the counts with their words or without, from the widths the text needs (never from how the
     * bar is laid out now, so it does not flip back and forth).
     */
    private void arrange() {
        double width = bar.getWidth() - bar.snappedLeftInset() - bar.snappedRightInset();
        if (width <= 0) return;
        double em = title.getFont().getSize();
        double fixed = back.prefWidth(-1) + 3 * GAP; // back | title | items, and a gap to spare
        double whole = title.prefWidth(-1);
        double withWords = itemsWidth(true);
        boolean words = true;
        boolean oneRow = fixed + whole + withWords <= width;
        if (!oneRow && compact) {
            if (fixed + Math.min(whole, TITLE_BESIDE_WORDS_EM * em) + withWords <= width) {
                oneRow = true;
            } else if (fixed + Math.min(whole, TITLE_LEAST_EM * em) + itemsWidth(false) <= width) {
                oneRow = true;
                words = false;
            }
        }
        if (words != countWords) {
            countWords = words;
            showCountText();
        }
        boolean elides = oneRow && compact;
        title.setWrapText(!elides);
        title.setMinWidth(elides ? Math.min(whole, TITLE_LEAST_EM * em) : Region.USE_COMPUTED_SIZE);
        if (elides && title.getTooltip() == null) title.setTooltip(new Tooltip(title.getText()));
        if (!elides) title.setTooltip(null);
        // On one line the flow of items keeps its one row: the title gives way, not the controls.
        items.setMinWidth(oneRow ? itemsWidth(words) : Region.USE_COMPUTED_SIZE);
        Region shown = oneRow ? oneLine : twoLines;
        if (bar.getChildren().contains(shown)) return;
        if (oneRow) oneLine.getChildren().setAll(left, items);
        else twoLines.getChildren().setAll(left, items);
        bar.getChildren().setAll(shown);
    }

    /** The items side by side, the counts with their words or without. */
    private double itemsWidth(boolean words) {
        String[] texts = countTexts(words);
        Label[] labels = {newCount, learningCount, dueCount};
        double width = items.snappedLeftInset() + items.snappedRightInset();
        int shown = 0;
        for (Node item : items.getChildren()) {
            if (!item.isManaged()) continue;
            int count = java.util.Arrays.asList(labels).indexOf(item);
            width += count < 0 ? item.prefWidth(-1) : textWidth(labels[count], texts[count]);
            shown++;
        }
        return width + Math.max(0, shown - 1) * items.getHgap();
    }

    private static double textWidth(Label label, String text) {
        return Pages.textWidth(text, label.getFont()) + label.snappedLeftInset() + label.snappedRightInset() + 1;
    }

    /** The current card's flag (1-4), or none (0). */
    void showFlag(int flag) {
        flagMark.setText(flag == 0 ? "" : "\u2691 " + dev.latent.browse.Flag.of(flag).title());
        flagMark.setVisible(flag != 0);
        flagMark.setManaged(flag != 0);
        flagMark.getStyleClass().removeIf(c -> c.startsWith("flag-"));
        if (flag != 0) flagMark.getStyleClass().add("flag-" + flag);
        arrange();
    }

    /** Anki's "More" menu: every card action with its key, so each is found without knowing the key. */
    private Node cardMenu(Consumer<KeyAction> onCardAction) {
        MenuButton menu = new MenuButton("Card");
        menu.setId("card-menu");
        menu.getStyleClass().add(Styles.FLAT);
        menu.setFocusTraversable(false);
        menu.setTooltip(new Tooltip("Edit, bury, suspend, flag this card or see its history"));
        menu.getItems().addAll(
                item("Edit", "card-edit", KeyAction.EDIT_CARD, onCardAction),
                item("Card info", "card-info-item", KeyAction.CARD_INFO, onCardAction),
                new SeparatorMenuItem(),
                item("Bury until tomorrow", "card-bury", KeyAction.BURY, onCardAction),
                item("Suspend", "card-suspend", KeyAction.SUSPEND, onCardAction),
                new SeparatorMenuItem(),
                item("Flag red", "card-flag-1", KeyAction.FLAG_RED, onCardAction),
                item("Flag orange", "card-flag-2", KeyAction.FLAG_ORANGE, onCardAction),
                item("Flag green", "card-flag-3", KeyAction.FLAG_GREEN, onCardAction),
                item("Flag blue", "card-flag-4", KeyAction.FLAG_BLUE, onCardAction));
        return menu;
    }

    private MenuItem item(String text, String id, KeyAction action, Consumer<KeyAction> onCardAction) {
        String key = keys.label(action);
        MenuItem item = new MenuItem(key.isEmpty() ? text : text + "   (" + key + ")");
        item.setId(id);
        item.setOnAction(e -> onCardAction.accept(action));
        return item;
    }
}
