package dev.latent.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics queries. Each reads ranges of a primary key (review_quarters by time, revlog by card) and
 * aggregates in SQLite, so a screen over a million reviews moves hundreds of rows into Java, not millions.
 * Concept mastery is kept up to date by {@link ConceptWindow}.
 */
final class StatsQueries {

    /** Most concepts returned, the most missed first: the screen lists the worst ones. */
    static final int CONCEPT_LIMIT = 200;

    private StatsQueries() {
    }

    /** Whether the log holds any review at all (cheap, unlike counting a million rows). */
    static boolean hasReviews(Connection c) throws SQLException {
        return Rows.queryLong(c, "SELECT EXISTS (SELECT 1 FROM revlog)") != 0;
    }

    /** The boundaries in epoch ms, checked to ascend. */
    static long[] ascendingMillis(List<Instant> boundaries) {
        long[] ms = new long[boundaries.size()];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = boundaries.get(i).toEpochMilli();
            if (i > 0 && ms[i] < ms[i - 1]) throw new IllegalArgumentException("boundaries must ascend: " + boundaries);
        }
        return ms;
    }

    /** Per quarter hour in [from, to), from the review_quarters aggregate: a few rows per hour of study at most. */
    static List<ReviewStats.Bucket> reviewBuckets(Connection c, long fromMs, long toMs) throws SQLException {
        List<ReviewStats.Bucket> buckets = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT q, reviews, time_ms, checks, recalled FROM review_quarters
                WHERE q >= ? AND q < ? AND reviews > 0 ORDER BY q""")) {
            ps.setLong(1, Math.floorDiv(fromMs, ReviewStats.Bucket.WIDTH_MS));
            ps.setLong(2, Math.floorDiv(toMs + ReviewStats.Bucket.WIDTH_MS - 1, ReviewStats.Bucket.WIDTH_MS));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    buckets.add(new ReviewStats.Bucket(rs.getLong(1) * ReviewStats.Bucket.WIDTH_MS, rs.getInt(2),
                            rs.getLong(3), rs.getInt(4), rs.getInt(5)));
                }
            }
        }
        return buckets;
    }

    static List<ReviewStats.Bucket> dueBuckets(Connection c, long toMs) throws SQLException {
        List<ReviewStats.Bucket> buckets = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT due / ?1 AS q, count(*) FROM cards
                WHERE last_review IS NOT NULL AND orphaned = 0 AND due < ?2 GROUP BY q ORDER BY q""")) {
            ps.setLong(1, ReviewStats.Bucket.WIDTH_MS);
            ps.setLong(2, toMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    buckets.add(new ReviewStats.Bucket(rs.getLong(1) * ReviewStats.Bucket.WIDTH_MS, rs.getInt(2), 0, 0, 0));
                }
            }
        }
        return buckets;
    }

    static List<ReviewStats.ScorePoint> scoreHistory(Connection c, CardKey card) throws SQLException {
        List<ReviewStats.ScorePoint> points = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT r.id, r.score FROM revlog r
                WHERE r.card_id = (SELECT id FROM cards WHERE deck_id = ? AND question_id = ?) AND r.score IS NOT NULL
                ORDER BY r.id""")) {
            ps.setString(1, card.deckId());
            ps.setString(2, card.questionId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) points.add(new ReviewStats.ScorePoint(Instant.ofEpochMilli(rs.getLong(1)), rs.getInt(2)));
            }
        }
        return points;
    }

    /**
     * Review totals between consecutive boundaries (epoch ms, ascending): one bucket per interval, starting at its
     * boundary. A quarter hour belongs to the interval its start falls in, as {@link #reviewBuckets} folded by the
     * caller would give; SQLite sums each interval's quarter hours by one range of the primary key.
     */
    static List<ReviewStats.Bucket> reviewTotals(Connection c, long[] boundariesMs) throws SQLException {
        List<ReviewStats.Bucket> buckets = new ArrayList<>();
        if (boundariesMs.length < 2) return buckets;
        // [[lo, hi], ...]: each interval's quarter hours, from the first one starting at or after its boundary.
        StringBuilder intervals = new StringBuilder("[");
        for (int i = 0; i + 1 < boundariesMs.length; i++) {
            if (i > 0) intervals.append(',');
            intervals.append('[').append(firstQuarterFrom(boundariesMs[i])).append(',')
                    .append(firstQuarterFrom(boundariesMs[i + 1])).append(']');
        }
        intervals.append(']');
        long[] sums = new long[(boundariesMs.length - 1) * 4];
        // One range of the primary key per interval and column: no grouping, whose sort would cost more than the sums.
        String range = " FROM review_quarters WHERE q >= b.value ->> 0 AND q < b.value ->> 1)";
        try (PreparedStatement ps = c.prepareStatement("SELECT b.key, (SELECT sum(reviews)" + range
                + ", (SELECT sum(time_ms)" + range + ", (SELECT sum(checks)" + range + ", (SELECT sum(recalled)" + range
                + " FROM json_each(?) b")) {
            ps.setString(1, intervals.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int i = rs.getInt(1);
                    for (int k = 0; k < 4; k++) sums[i * 4 + k] = rs.getLong(k + 2);
                }
            }
        }
        for (int i = 0; i + 1 < boundariesMs.length; i++) {
            buckets.add(new ReviewStats.Bucket(boundariesMs[i], (int) sums[i * 4], sums[i * 4 + 1], (int) sums[i * 4 + 2],
                    (int) sums[i * 4 + 3]));
        }
        return buckets;
    }

    private static long firstQuarterFrom(long ms) {
        return Math.floorDiv(ms + ReviewStats.Bucket.WIDTH_MS - 1, ReviewStats.Bucket.WIDTH_MS);
    }
}
