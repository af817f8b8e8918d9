package dev.latent.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics queries. Each reads one range of a primary key (revlog by answer time, review_concepts by review)
 * and aggregates in SQLite, so a screen over a million reviews moves thousands of rows into Java, not millions.
 */
final class StatsQueries {

    /** Most concepts returned, the most missed first: the screen lists the worst ones. */
    static final int CONCEPT_LIMIT = 200;

    private StatsQueries() {
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

    static List<ReviewStats.ConceptTally> conceptTallies(Connection c, long fromMs, long middleMs, long toMs)
            throws SQLException {
        List<ReviewStats.ConceptTally> tallies = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT c.deck_id, c.question_id, t.concept, t.label, t.seen1, t.missed1, t.seen2, t.missed2
                FROM (SELECT card_id, concept, max(label) AS label,
                             sum(review_id < ?1) AS seen1, sum(review_id < ?1 AND missed) AS missed1,
                             sum(review_id >= ?1) AS seen2, sum(review_id >= ?1 AND missed) AS missed2
                      FROM review_concepts WHERE review_id >= ?2 AND review_id < ?3
                      GROUP BY card_id, concept) t
                JOIN cards c ON c.id = t.card_id
                WHERE c.orphaned = 0
                ORDER BY t.missed1 + t.missed2 DESC, c.deck_id, c.question_id, t.concept
                LIMIT ?4""")) {
            ps.setLong(1, middleMs);
            ps.setLong(2, fromMs);
            ps.setLong(3, toMs);
            ps.setInt(4, CONCEPT_LIMIT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tallies.add(new ReviewStats.ConceptTally(new CardKey(rs.getString(1), rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)));
                }
            }
        }
        return tallies;
    }
}
