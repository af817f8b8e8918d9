package dev.latent.store;

import java.time.Instant;

/** Aggregates of the review log and the cards that the statistics screen is built from. */
public final class ReviewStats {

    private ReviewStats() {
    }

    /**
     * Reviews (or due cards) in one quarter of an hour, UTC-aligned: every time zone's offset is a whole number of
     * quarter hours, so the caller can assign each bucket to a local study day exactly.
     *
     * @param startMs epoch ms at which the quarter hour starts
     * @param count reviews answered, or cards due, in it
     * @param timeMs total answering time of those reviews (0 for due cards)
     * @param recallChecks reviews of cards last reviewed at least a day before (true retention's denominator)
     * @param recalled those of them not rated Again
     */
    public record Bucket(long startMs, int count, long timeMs, int recallChecks, int recalled) {
        public static final long WIDTH_MS = 15 * 60_000L;
    }

    /** One graded answer to a question. */
    public record ScorePoint(Instant at, int score) {
    }

    /**
     * How often one concept of one question was missed (or negated) in the earlier and the later half of a period.
     */
    public record ConceptTally(CardKey card, String conceptId, String label, int seenEarlier, int missedEarlier,
                               int seenLater, int missedLater) {
        public int seen() {
            return seenEarlier + seenLater;
        }

        public int missed() {
            return missedEarlier + missedLater;
        }
    }
}
