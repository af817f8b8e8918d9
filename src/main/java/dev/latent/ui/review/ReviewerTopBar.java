package dev.latent.ui.review;

import atlantafx.base.theme.Styles;
import dev.latent.settings.KeyAction;
import dev.latent.store.DueQueue;
import dev.latent.ui.common.Pages;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

import java.util.function.Consumer;

/**
 * The reviewer's top bar: the way back, the card's flag, the new, learning and due cards left, Undo, and the card
 * menu (Anki's "More").
 */
final class ReviewerTopBar {

    private final Label newCount = new Label();
    private final Label learningCount = new Label();
    private final Label dueCount = new Label();
    private final Label flagMark = new Label();
    private final ReviewerKeys keys;
    private final Node node;

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
        node = Pages.topBar(deckTitle, "Back to the deck list (Esc). Every rating is already saved.",
                onLeave, flagMark, newCount, learningCount, dueCount, undo, cardMenu(onCardAction));
    }

    Node node() {
        return node;
    }

    void showCounts(DueQueue queue) {
        newCount.setText("New " + queue.newCount());
        learningCount.setText("Learning " + queue.learningCount());
        dueCount.setText("Due " + queue.reviewCount());
    }

    /** The current card's flag (1-4), or none (0). */
    void showFlag(int flag) {
        flagMark.setText(flag == 0 ? "" : "\u2691 " + dev.latent.browse.Flag.of(flag).title());
        flagMark.setVisible(flag != 0);
        flagMark.setManaged(flag != 0);
        flagMark.getStyleClass().removeIf(c -> c.startsWith("flag-"));
        if (flag != 0) flagMark.getStyleClass().add("flag-" + flag);
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
