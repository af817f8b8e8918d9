package dev.latent.browse;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.store.CardKey;
import dev.latent.store.CardRow;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One line of the card browser: the question as the deck has it, the card as the store has it, and its
 * retrievability at the moment the browser was filled.
 */
public record BrowserRow(Deck deck, Question question, CardRow card, OptionalDouble retrievability, Instant at) {

    /** What the state filter and column say: Anki's card states, with suspended and buried above the rest. */
    public enum State { NEW, LEARNING, REVIEW, SUSPENDED, BURIED }

    public CardKey key() {
        return card.key();
    }

    public String prompt() {
        return question.prompt();
    }

    public List<String> tags() {
        return question.tags();
    }

    public State state() {
        if (card.suspended()) return State.SUSPENDED;
        if (card.buriedAt(at)) return State.BURIED;
        if (card.state().isNew()) return State.NEW;
        return card.state().state() == dev.latent.scheduling.CardState.State.REVIEW ? State.REVIEW : State.LEARNING;
    }

    /** Days from the last review to the due date, rounded; 0 for new and learning cards. */
    public long intervalDays() {
        var state = card.state();
        if (state.isNew() || state.lastReview() == null) return 0;
        return Math.round(java.time.Duration.between(state.lastReview(), state.due()).toHours() / 24.0);
    }
}
