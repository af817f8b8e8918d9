package dev.latent.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Keeps review_quarters, the review log summed per quarter hour (count, answering time, true retention's counts),
 * in step with the log: +1 when a review is recorded, -1 when it is undone, in the same transaction.
 */
final class ReviewQuarters {

    /** A review of a card last seen at least a day before; manual reschedules (type 4) are not answers. */
    private static final String CHECKED = "(type <> 4 AND prev_last_review IS NOT NULL AND id - prev_last_review >= 86400000)";

    /** The whole log summed per quarter hour, for the migration that creates the table. */
    static final String AGGREGATE_REVLOG = "SELECT id / 900000, count(*), sum(time_ms), sum(" + CHECKED + "), sum("
            + CHECKED + " AND " + dev.latent.scheduling.Rating.RECALLED_SQL + ") FROM revlog GROUP BY id / 900000";

    private ReviewQuarters() {
    }

    /** Adds ({@code sign} 1) or takes away (-1) one revlog row's share; call before deleting the row. */
    static void add(Connection c, long reviewId, int sign) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_quarters (q, reviews, time_ms, checks, recalled) "
                + "SELECT id / 900000, ?1, ?1 * time_ms, ?1 * " + CHECKED + ", ?1 * (" + CHECKED + " AND " + dev.latent.scheduling.Rating.RECALLED_SQL + ") "
                + "FROM revlog WHERE id = ?2 "
                + "ON CONFLICT (q) DO UPDATE SET reviews = reviews + excluded.reviews, time_ms = time_ms + excluded.time_ms, "
                + "checks = checks + excluded.checks, recalled = recalled + excluded.recalled")) {
            ps.setInt(1, sign);
            ps.setLong(2, reviewId);
            ps.executeUpdate();
        }
    }
}
