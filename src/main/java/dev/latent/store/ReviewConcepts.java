package dev.latent.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Keeps review_concepts in step with the review log: one row per concept of a graded review, read from the
 * concept JSON the study session stores ({@code {"concepts":[{"id","label","status"}]}}). Rows of a review go
 * with it (ON DELETE CASCADE), so undo needs nothing here. JSON of another shape simply yields no rows.
 */
final class ReviewConcepts {

    /** Concept rows of revlog rows, as SQL the migration and {@link #index} share; append a WHERE on r. */
    static final String SELECT_FROM_REVLOG = """
            SELECT r.id, json_extract(j.value, '$.id'), r.card_id,
                   coalesce(json_extract(j.value, '$.label'), json_extract(j.value, '$.id')),
                   json_extract(j.value, '$.status') <> 'HIT'
            FROM revlog r,
                 json_each(CASE WHEN json_valid(r.concepts) THEN r.concepts ELSE '{}' END, '$.concepts') j""";

    private ReviewConcepts() {
    }

    /** Adds the concept rows of one review just inserted. */
    static void index(Connection c, long reviewId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO review_concepts " + SELECT_FROM_REVLOG
                + " WHERE r.id = ? AND r.concepts IS NOT NULL AND json_extract(j.value, '$.id') IS NOT NULL"
                + " AND json_extract(j.value, '$.status') IS NOT NULL")) {
            ps.setLong(1, reviewId);
            ps.executeUpdate();
        }
    }
}
