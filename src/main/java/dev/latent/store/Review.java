package dev.latent.store;

import dev.latent.scheduling.ReviewType;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import java.time.Instant;

/**
 * One row of the review log, Anki's revlog plus the typed answer, its score and the card's state before the review
 * (which is what undo restores).
 *
 * @param id epoch ms of the answer, unique
 * @param interval the new scheduled interval: positive days for review cards, negative seconds while (re)learning
 * @param lastInterval the interval before this review, same convention; 0 for a new card
 * @param score 0-100, or null when not graded
 * @param conceptResultsJson per-concept results as stored, or null
 * @param before the card's scheduling state before this review
 */
public record Review(long id, CardKey card, Rating rating, long interval, long lastInterval, long timeTakenMs,
                     ReviewType type, String typedAnswer, Integer score, String conceptResultsJson, CardState before) {

    public Instant reviewedAt() {
        return Instant.ofEpochMilli(id);
    }
}
