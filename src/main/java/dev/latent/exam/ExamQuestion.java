package dev.latent.exam;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.store.CardKey;

import java.util.Objects;

/** One question picked for an exam, with the deck it comes from. */
public record ExamQuestion(Deck deck, Question question) {

    public ExamQuestion {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(question, "question");
    }

    public CardKey key() {
        return new CardKey(deck.id(), question.id());
    }
}
