package dev.latent.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The statistics queries of one {@link Store} ({@link Store#statistics()}). Each reads ranges of a primary key and
 * aggregates in SQLite ({@link StatsQueries}); concept mastery is kept up to date by {@link ConceptWindow}. Calls
 * are serialised with the store's own.
 */
public final class StoreStatistics {

    private final Store store;

    StoreStatistics(Store store) {
        this.store = store;
    }

    /** Whether the log holds any review at all (cheap, unlike counting a million rows). */
    public boolean hasReviews() {
        return store.read(StatsQueries::hasReviews);
    }

    /** Reviews answered in [from, to), per quarter hour: counts, answering time and true retention's counts. */
    public List<ReviewStats.Bucket> reviewBuckets(Instant from, Instant to) {
        return store.read(c -> StatsQueries.reviewBuckets(c, from.toEpochMilli(), to.toEpochMilli()));
    }

    /** Scheduled (not new, not orphaned) cards due before {@code to}, per quarter hour of their due time. */
    public List<ReviewStats.Bucket> dueBuckets(Instant to) {
        return store.read(c -> StatsQueries.dueBuckets(c, to.toEpochMilli()));
    }

    /** The graded answers to one question, oldest first. */
    public List<ReviewStats.ScorePoint> scoreHistory(CardKey card) {
        Objects.requireNonNull(card, "card");
        return store.read(c -> StatsQueries.scoreHistory(c, card));
    }

    /**
     * Reviews answered between consecutive {@code boundaries} (ascending; a study day's start each, say), one bucket
     * per interval starting at its boundary: the same sums as folding {@link #reviewBuckets} into those intervals.
     */
    public List<ReviewStats.Bucket> reviewTotals(List<Instant> boundaries) {
        long[] ms = StatsQueries.ascendingMillis(boundaries);
        return store.read(c -> StatsQueries.reviewTotals(c, ms));
    }

    /**
     * Concept results of reviews answered in [from, to), split at {@code middle}, per question and concept: the
     * {@value StatsQueries#CONCEPT_LIMIT} most missed (ties by question and concept), orphaned questions left out.
     * The counts are kept between calls ({@link ConceptWindow}), so asking again the same day reads them as they are
     * and the next day re-reads only a day's rows; that update is written like any change.
     */
    public List<ReviewStats.ConceptTally> conceptTallies(Instant from, Instant middle, Instant to) {
        return store.withDatabase(db -> ConceptWindow.tallies(db, from.toEpochMilli(), middle.toEpochMilli(),
                to.toEpochMilli(), StatsQueries.CONCEPT_LIMIT));
    }
}
