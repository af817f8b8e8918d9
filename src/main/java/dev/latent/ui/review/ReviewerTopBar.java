package dev.latent.ui.review;

import atlantafx.base.theme.Styles;
import dev.latent.settings.KeyAction;
import dev.latent.store.DueQueue;
import dev.latent.ui.common.OneOrTwoLines;
import dev.latent.ui.common.Pages;
import dev.latent.ui.common.TopBar;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

import java.util.function.Consumer;

/**
 * The reviewer's top bar ({@link TopBar}): the way back, the card's flag, the new, learning and due cards left, Undo,
 * and the card menu (Anki's "More"). Its short form, for a compact bar, is the counts without their words, as Anki's
 * coloured "8 + 0 + 0" (their colours, tooltips and accessible text still say which is which).
 */
final class ReviewerTopBar {

    private final Label newCount = new Label();
    private final Label learningCount = new Label();
    private final Label dueCount = new Label();
    private final Label flagMark = new Label();
    private final ReviewerKeys keys;
    private final TopBar bar;
    /** New, learning and due cards left, as last shown. */
    private int[] counts = {0, 0, 0};
    private boolean countWords = true;

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
        bar = new TopBar(deckTitle, "Back to the deck list (Esc). Every rating is already saved.", onLeave,
                flagMark, newCount, learningCount, dueCount, undo, cardMenu(onCardAction));
        bar.node().setId("reviewer-top-bar");
        bar.setShortForm(new TopBar.ShortForm() {
            @Override
            public double width(boolean shortForm) {
                return itemsWidth(!shortForm);
            }

            @Override
            public void show(boolean shortForm) {
                countWords = !shortForm;
                showCountText();
            }

            @Override
            public boolean titleGivesWay() {
                return true; // Undo and the card menu stay beside the deck's name, a line more for the card
            }
        });
    }

    Node node() {
        return bar.node();
    }

    /** {@link TopBar#compactWhenShort}: the screen compact while short for its text, this bar with it. */
    ReadOnlyBooleanProperty compactWhenShort(Region screen) {
        return bar.compactWhenShort(screen);
    }

    void showCounts(DueQueue queue) {
        counts = new int[] {queue.newCount(), queue.learningCount(), queue.reviewCount()};
        showCountText();
        newCount.setAccessibleText("New cards left today: " + counts[0]);
        learningCount.setAccessibleText("Learning cards due now: " + counts[1]);
        dueCount.setAccessibleText("Review cards left today: " + counts[2]);
        bar.arrange();
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

    /** The items side by side, the counts with their words or without. */
    private double itemsWidth(boolean words) {
        String[] texts = countTexts(words);
        Label[] labels = {newCount, learningCount, dueCount};
        return OneOrTwoLines.rowWidth(bar.items(), item -> {
            int count = java.util.Arrays.asList(labels).indexOf(item);
            return count < 0 ? item.prefWidth(-1) : Pages.labelWidth(labels[count], texts[count]);
        });
    }

    /** The current card's flag (1-4), or none (0). */
    void showFlag(int flag) {
        flagMark.setText(flag == 0 ? "" : "\u2691 " + dev.latent.browse.Flag.of(flag).title());
        flagMark.setVisible(flag != 0);
        flagMark.setManaged(flag != 0);
        flagMark.getStyleClass().removeIf(c -> c.startsWith("flag-"));
        if (flag != 0) flagMark.getStyleClass().add("flag-" + flag);
        bar.arrange();
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
