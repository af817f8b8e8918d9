package dev.latent.store;

import dev.latent.scheduling.CardState;

import java.time.Instant;
import java.util.Optional;

/**
 * A card as the browser and card info show it: its scheduling state, Anki's controls on it and what the review log
 * says about it.
 *
 * @param buriedUntil when its burial ends, or null when it was never buried (an ended burial may still be set)
 * @param flag 0 for none, else 1 red, 2 orange, 3 green, 4 blue (Anki's first four)
 * @param reviews answers recorded for it
 * @param lapses times it was forgotten as a review card (rated Again)
 * @param lastScore the score of its latest graded answer, or null
 */
public record CardRow(CardKey key, CardState state, boolean suspended, Instant buriedUntil, int flag, int reviews,
                      int lapses, Integer lastScore) {

    /** Buried at {@code now}: its burial has not ended yet. */
    public boolean buriedAt(Instant now) {
        return buriedUntil != null && buriedUntil.isAfter(now);
    }

    public Optional<Integer> score() {
        return Optional.ofNullable(lastScore);
    }
}
