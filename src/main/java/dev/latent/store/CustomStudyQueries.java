package dev.latent.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Anki's custom study: extra new cards granted for one study day (the limit_extensions table), and the cards
 * "review ahead" and "review forgotten cards" study.
 */
final class CustomStudyQueries {

    private CustomStudyQueries() {
    }

    static int extraNew(Connection c, String deckId, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT extra_new FROM limit_extensions WHERE deck_id = ? AND day = ?")) {
            ps.setString(1, deckId);
            ps.setString(2, day.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    static void extendNew(Connection c, String deckId, LocalDate day, int extra) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO limit_extensions (deck_id, day, extra_new) VALUES (?, ?, ?)
                ON CONFLICT (deck_id, day) DO UPDATE SET extra_new = extra_new + excluded.extra_new""")) {
            ps.setString(1, deckId);
            ps.setString(2, day.toString());
            ps.setInt(3, extra);
            ps.executeUpdate();
        }
    }

    /** Review cards due before {@code until}, earliest first; none suspended or buried at {@code now}. */
    static List<DueCard> reviewCardsDueBefore(Connection c, String deckId, Instant now, Instant until) throws SQLException {
        return DueQueues.dueCards(c, deckId, """
                c.state = 2 AND c.last_review IS NOT NULL AND c.orphaned = 0 AND c.due < ? AND %s
                ORDER BY c.due, c.id""".formatted(CardControls.studiable(now.toEpochMilli())), until.toEpochMilli(), 0);
    }

    /** Cards rated Again at or after {@code since}, in deck order; none suspended or buried at {@code now}. */
    static List<DueCard> cardsForgottenSince(Connection c, String deckId, Instant now, Instant since) throws SQLException {
        return DueQueues.dueCards(c, deckId, """
                c.orphaned = 0 AND %s
                  AND c.id IN (SELECT r.card_id FROM revlog r WHERE r.id >= ? AND r.rating = 1)
                ORDER BY c.id""".formatted(CardControls.studiable(now.toEpochMilli())), since.toEpochMilli(), 0);
    }
}
