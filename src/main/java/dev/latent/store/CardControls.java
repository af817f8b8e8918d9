package dev.latent.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Anki's card controls over the cards table: suspend, bury, flag, forget (back to new) and set the due date, for one
 * card from the reviewer or many from the browser; and the browser's rows. Each change is one statement per card in
 * the caller's transaction; unknown cards are skipped and the count of cards changed returned.
 */
final class CardControls {

    private CardControls() {
    }

    /**
     * The SQL condition (on alias {@code c}) for a card that may be studied at {@code nowMs}: not suspended, and not
     * buried unless its burial has ended. Every study queue adds it; statistics do not (a suspended card's memory is
     * still the learner's).
     */
    static String studiable(long nowMs) {
        return "c.suspended = 0 AND (c.buried_until IS NULL OR c.buried_until <= " + nowMs + ")";
    }

    static int suspend(Connection c, Collection<CardKey> cards, boolean suspended) throws SQLException {
        return update(c, "UPDATE cards SET suspended = " + (suspended ? 1 : 0) + " WHERE deck_id = ? AND question_id = ?",
                cards);
    }

    /** Buries until {@code until} (the next study day's start), or unburies with null. */
    static int bury(Connection c, Collection<CardKey> cards, Instant until) throws SQLException {
        return update(c, "UPDATE cards SET buried_until = " + (until == null ? "NULL" : until.toEpochMilli())
                + " WHERE deck_id = ? AND question_id = ?", cards);
    }

    static int flag(Connection c, Collection<CardKey> cards, int flag) throws SQLException {
        if (flag < 0 || flag > 4) throw new IllegalArgumentException("flag must be 0 (none) to 4, was " + flag);
        return update(c, "UPDATE cards SET flag = " + flag + " WHERE deck_id = ? AND question_id = ?", cards);
    }

    /**
     * Anki's "Forget": the card is new again, due at {@code now}, its memory state dropped. The review log stays
     * (statistics and the optimiser still see what happened), so does any suspension or flag.
     */
    static int forget(Connection c, Collection<CardKey> cards, Instant now) throws SQLException {
        return update(c, "UPDATE cards SET state = 1, step = 0, stability = NULL, difficulty = NULL, due = "
                + now.toEpochMilli() + ", last_review = NULL, buried_until = NULL WHERE deck_id = ? AND question_id = ?",
                cards);
    }

    /**
     * Anki's "Set due date" for cards already studied: only {@code due} moves, so FSRS sees an early or late review
     * when the card is answered. New cards have no schedule to move and are left alone (not counted).
     */
    static int setDue(Connection c, Collection<CardKey> cards, Instant due) throws SQLException {
        return update(c, "UPDATE cards SET due = " + due.toEpochMilli()
                + " WHERE deck_id = ? AND question_id = ? AND last_review IS NOT NULL", cards);
    }

    private static int update(Connection c, String sql, Collection<CardKey> cards) throws SQLException {
        int changed = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (CardKey key : cards) {
                ps.setString(1, key.deckId());
                ps.setString(2, key.questionId());
                changed += ps.executeUpdate();
            }
        }
        return changed;
    }

    /**
     * One row per card still in its deck, with its review counts and latest score, in deck and card order; only
     * {@code only}'s row when it is not null.
     */
    static List<CardRow> rows(Connection c, String stateColumns, StateReader states, CardKey only) throws SQLException {
        List<CardRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.deck_id, c.question_id, c.suspended, c.buried_until, c.flag, "
                + """
                (SELECT count(*) FROM revlog r WHERE r.card_id = c.id),
                (SELECT count(*) FROM revlog r WHERE r.card_id = c.id AND r.rating = 1 AND r.prev_state = 2),
                (SELECT r.score FROM revlog r WHERE r.card_id = c.id ORDER BY r.id DESC LIMIT 1),
                """ + stateColumns + " FROM cards c WHERE c.orphaned = 0"
                + (only == null ? "" : " AND c.deck_id = ? AND c.question_id = ?") + " ORDER BY c.deck_id, c.id")) {
            if (only != null) {
                ps.setString(1, only.deckId());
                ps.setString(2, only.questionId());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                long buried = rs.getLong(4);
                Instant buriedUntil = rs.wasNull() ? null : Instant.ofEpochMilli(buried);
                int score = rs.getInt(8);
                Integer lastScore = rs.wasNull() ? null : score;
                rows.add(new CardRow(new CardKey(rs.getString(1), rs.getString(2)), states.read(rs, 9),
                        rs.getInt(3) != 0, buriedUntil, rs.getInt(5), rs.getInt(6), rs.getInt(7), lastScore));
              }
            }
        }
        return rows;
    }

    /** Reads a card state from a result set's columns starting at {@code first} (the store's own mapping). */
    @FunctionalInterface
    interface StateReader {
        dev.latent.scheduling.CardState read(ResultSet rs, int first) throws SQLException;
    }
}
