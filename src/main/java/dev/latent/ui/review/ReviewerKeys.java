package dev.latent.ui.review;

import dev.latent.scheduling.Rating;
import dev.latent.settings.KeyAction;
import dev.latent.ui.common.KeyBindings;
import javafx.scene.input.KeyEvent;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a key means in the reviewer, by the learner's bindings and the moment. While an answer is being typed most
 * keys are text: only Submit, Undo with a modifier on an empty box, and card keys with a modifier (flags) act.
 * Once the answer is graded, Undo, accepting the suggestion, the four ratings and every card key do. Esc and
 * the keys of a dispute under way are the reviewer's own.
 */
final class ReviewerKeys {

    /** The card actions, tried in the order of {@link KeyAction}. */
    private static final Set<KeyAction> CARD_ACTIONS = EnumSet.of(KeyAction.EDIT_CARD, KeyAction.BURY,
            KeyAction.SUSPEND, KeyAction.CARD_INFO, KeyAction.FLAG_RED, KeyAction.FLAG_ORANGE, KeyAction.FLAG_GREEN,
            KeyAction.FLAG_BLUE);

    private final KeyBindings keys;

    ReviewerKeys(KeyBindings keys) {
        this.keys = keys;
    }

    /**
     * The action of a key press; empty for a key that is not the reviewer's (a letter of the answer, say).
     *
     * @param answering  no feedback yet: the learner is typing the answer
     * @param answerEmpty nothing typed, so an Undo with a modifier cannot mean undoing the typing
     */
    Optional<KeyAction> pressed(KeyEvent event, boolean answering, boolean answerEmpty) {
        if (answering && keys.matches(KeyAction.SUBMIT, event)) return Optional.of(KeyAction.SUBMIT);
        // While typing, a plain letter like U is text, and Ctrl+Z undoes typing until the box is empty.
        if (keys.matches(KeyAction.UNDO, event) && (!answering || (modified(event) && answerEmpty))) {
            return Optional.of(KeyAction.UNDO);
        }
        if (!answering && keys.matches(KeyAction.ACCEPT_SUGGESTION, event)) return Optional.of(KeyAction.ACCEPT_SUGGESTION);
        if (!answering) {
            for (Rating rating : Rating.values()) {
                if (keys.matches(rateAction(rating), event)) return Optional.of(rateAction(rating));
            }
        }
        return cardAction(event, answering);
    }

    /**
     * The card actions' keys: with a modifier (flags) they work at any time; a plain key (E, I) only once the answer
     * is graded, since before that it is a letter of the answer.
     */
    private Optional<KeyAction> cardAction(KeyEvent event, boolean answering) {
        if (answering && !modified(event)) return Optional.empty();
        for (KeyAction action : CARD_ACTIONS) {
            if (keys.matches(action, event)) return Optional.of(action);
        }
        return Optional.empty();
    }

    /** Bury (-) and suspend (@) are characters: matched as typed (the reviewer asks only once the answer is graded). */
    Optional<KeyAction> typed(KeyEvent event) {
        if (keys.matchesTyped(KeyAction.BURY, event)) return Optional.of(KeyAction.BURY);
        if (keys.matchesTyped(KeyAction.SUSPEND, event)) return Optional.of(KeyAction.SUSPEND);
        return Optional.empty();
    }

    /** The first key bound to the action, for hints ("Ctrl+Enter"); empty if none. */
    String label(KeyAction action) {
        return keys.label(action);
    }

    static KeyAction rateAction(Rating rating) {
        return switch (rating) {
            case AGAIN -> KeyAction.RATE_AGAIN;
            case HARD -> KeyAction.RATE_HARD;
            case GOOD -> KeyAction.RATE_GOOD;
            case EASY -> KeyAction.RATE_EASY;
        };
    }

    private static boolean modified(KeyEvent event) {
        return event.isShortcutDown() || event.isControlDown() || event.isAltDown() || event.isMetaDown();
    }
}
