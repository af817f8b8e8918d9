package dev.latent.scheduling;

import java.time.Duration;
import java.time.Instant;

/**
 * What one rating does to a card: its new state, plus what a review log records (Anki's revlog).
 *
 * @param card the card after the review; {@code card.due()} is {@code reviewedAt + interval}
 * @param rating the rating given
 * @param reviewedAt when the card was rated
 * @param elapsedDays whole days since the previous review (0 for a new card or a same-day review)
 * @param retrievabilityBefore predicted probability of recall just before this review, or null for a new card
 * @param interval time until the card is due again (a step, or whole days in Review)
 * @param scheduledDays the interval in days when the card is now in Review (after fuzz), else 0
 */
public record ReviewOutcome(CardState card, Rating rating, Instant reviewedAt, long elapsedDays,
                            Double retrievabilityBefore, Duration interval, int scheduledDays) {
}
