package dev.latent.store;

import dev.latent.scheduling.FsrsParameters;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.ReviewHistory;
import dev.latent.scheduling.ReviewType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * FSRS fitted to the learner: the review log as the optimiser reads it, and the fsrs_parameters table (the
 * collection's row, scope '', and a deck's own, scope = its id), inside the store's transactions.
 */
final class FittedParameters {

    private FittedParameters() {
    }

    static ReviewHistory history(Connection c, String deckId) throws SQLException {
        ReviewHistory.Builder builder = new ReviewHistory.Builder();
        String sql = "SELECT r.card_id, r.rating, r.id FROM revlog r"
                + (deckId == null ? "" : " JOIN cards k ON k.id = r.card_id AND k.deck_id = ?")
                + " WHERE r.type <> " + ReviewType.MANUAL.code();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (deckId != null) ps.setString(1, deckId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    builder.add(Long.toString(rs.getLong(1)), Rating.of(rs.getInt(2)), rs.getLong(3) * 1_000);
                }
            }
        }
        return builder.build();
    }

    static Optional<FsrsParameters> of(Connection c, String deckId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT weights FROM fsrs_parameters WHERE scope IN ('', ?) ORDER BY scope DESC LIMIT 1")) {
            ps.setString(1, deckId == null ? "" : deckId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                try {
                    return Optional.of(FsrsParameters.parse(rs.getString(1)));
                } catch (IllegalArgumentException e) { // not written by us: schedule with the defaults
                    return Optional.empty();
                }
            }
        }
    }

    static boolean hasOwn(Connection c, String deckId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM fsrs_parameters WHERE scope = ?)")) {
            ps.setString(1, deckId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) != 0;
            }
        }
    }

    static void set(Connection c, String scope, FsrsParameters parameters) throws SQLException {
        if (parameters == null) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM fsrs_parameters WHERE scope = ?")) {
                ps.setString(1, scope);
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO fsrs_parameters (scope, weights) VALUES (?, ?)
                    ON CONFLICT (scope) DO UPDATE SET weights = excluded.weights""")) {
                ps.setString(1, scope);
                ps.setString(2, FsrsParameters.toString(parameters));
                ps.executeUpdate();
            }
        }
    }
}
