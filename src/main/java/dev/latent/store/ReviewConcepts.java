package dev.latent.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Keeps review_concepts in step with the review log: one row per concept outcome of a graded review, written from
 * {@link ReviewInput#concepts()} as it is recorded. Rows of a review go with it (ON DELETE CASCADE), so undo needs
 * nothing here. A concept named twice in one answer keeps its first outcome.
 */
final class ReviewConcepts {

    private ReviewConcepts() {
    }

    /** Adds the concept rows of one review just inserted. */
    static void insert(Connection c, long reviewId, long cardId, List<ConceptOutcome> concepts) throws SQLException {
        if (concepts.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT OR IGNORE INTO review_concepts (review_id, concept, card_id, label, missed)
                VALUES (?, ?, ?, ?, ?)""")) {
            for (ConceptOutcome concept : concepts) {
                ps.setLong(1, reviewId);
                ps.setString(2, concept.id());
                ps.setLong(3, cardId);
                ps.setString(4, concept.label());
                ps.setInt(5, concept.missed() ? 1 : 0);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
