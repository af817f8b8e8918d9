package dev.latent.scheduling;

import java.time.Duration;
import java.time.Instant;

/**
 * What a review adds to Anki's review log, derived from the card's state before and after it: a pure step, so the
 * store writes what the scheduler decided instead of working it out again.
 *
 * @param interval the new interval, Anki's convention: whole days (at least 1) for review cards, negative seconds
 *     for (re)learning steps
 * @param lastInterval the interval the card was on before, same convention; 0 for a new card
 * @param type learn, review or relearn, from the state before
 */
public record RevlogEntry(long interval, long lastInterval, ReviewType type) {

    private static final long DAY_SECONDS = 86_400;

    public static RevlogEntry of(CardState before, CardState after, Instant reviewedAt) {
        return new RevlogEntry(interval(after.state(), Duration.between(reviewedAt, after.due())),
                before.lastReview() == null ? 0 : interval(before.state(), Duration.between(before.lastReview(), before.due())),
                typeOf(before));
    }

    static ReviewType typeOf(CardState before) {
        return switch (before.state()) {
            case LEARNING -> ReviewType.LEARN;
            case REVIEW -> ReviewType.REVIEW;
            case RELEARNING -> ReviewType.RELEARN;
        };
    }

    private static long interval(CardState.State state, Duration scheduled) {
        long seconds = Math.max(0, scheduled.toSeconds());
        if (state == CardState.State.REVIEW) return Math.max(1, Math.round(seconds / (double) DAY_SECONDS));
        return -seconds;
    }
}
