package dev.latent.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** The limit_extensions table: extra new cards granted for one study day. */
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
}
