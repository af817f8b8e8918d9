package dev.latent.store;

import java.util.Objects;

/** Identifies a card: the deck's id plus the question's id. Ids are stable, so reworded questions keep their history. */
public record CardKey(String deckId, String questionId) {

    public CardKey {
        requireId(deckId, "deckId");
        requireId(questionId, "questionId");
    }

    static String requireId(String id, String what) {
        Objects.requireNonNull(id, what);
        if (id.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
        return id;
    }

    @Override
    public String toString() {
        return deckId + "/" + questionId;
    }
}
