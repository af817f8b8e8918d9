package dev.latent.scheduling;

import java.time.Instant;

/**
 * A card's scheduling state, as FSRS (py-fsrs) defines it.
 *
 * @param state Learning, Review or Relearning; a new card is Learning at step 0 with no memory state yet
 * @param step the learning or relearning step, or null in Review
 * @param stability S in days, or null before the first rating
 * @param difficulty D in [1, 10], or null before the first rating
 * @param due when the card should be shown next
 * @param lastReview when it was last rated, or null for a new card
 */
public record CardState(State state, Integer step, Double stability, Double difficulty, Instant due, Instant lastReview) {

    public enum State { LEARNING, REVIEW, RELEARNING }

    public static CardState newCard(Instant now) {
        return new CardState(State.LEARNING, 0, null, null, now, null);
    }

    /** Never rated yet: Anki's "new" (blue) count. */
    public boolean isNew() {
        return lastReview == null;
    }
}
