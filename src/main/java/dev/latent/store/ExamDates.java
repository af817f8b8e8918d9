package dev.latent.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Exam dates and the due times they move: the deck_settings and exam_moves tables, inside the store's
 * transactions. A move remembers the due time it replaced, so changing or clearing the date gives it back.
 */
final class ExamDates {

    private ExamDates() {
    }

    static void moveDue(Connection c, Map<CardKey, Instant> dueByCard) throws SQLException {
        // A remembered move still holds if the card is as the move left it: same due, no review since.
        try (PreparedStatement remember = c.prepareStatement("""
                INSERT INTO exam_moves (card_id, original_due, moved_due, last_review)
                SELECT id, due, ?1, last_review FROM cards WHERE deck_id = ?2 AND question_id = ?3
                ON CONFLICT (card_id) DO UPDATE SET
                  original_due = CASE WHEN exam_moves.moved_due = excluded.original_due
                                       AND exam_moves.last_review IS excluded.last_review
                                      THEN exam_moves.original_due ELSE excluded.original_due END,
                  moved_due = excluded.moved_due, last_review = excluded.last_review""");
             PreparedStatement move = c.prepareStatement("UPDATE cards SET due = ? WHERE deck_id = ? AND question_id = ?")) {
            for (Map.Entry<CardKey, Instant> e : dueByCard.entrySet()) {
                remember.setLong(1, e.getValue().toEpochMilli());
                remember.setString(2, e.getKey().deckId());
                remember.setString(3, e.getKey().questionId());
                remember.addBatch();
                move.setLong(1, e.getValue().toEpochMilli());
                move.setString(2, e.getKey().deckId());
                move.setString(3, e.getKey().questionId());
                move.addBatch();
            }
            remember.executeBatch();
            move.executeBatch();
        }
    }

    /** The deck's exam date as stored (ISO text), or null. */
    static String examDateOf(Connection c, String deckId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT exam_date FROM deck_settings WHERE deck_id = ?")) {
            ps.setString(1, deckId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void setExamDate(Connection c, String deckId, LocalDate date) throws SQLException {
        String old = examDateOf(c, deckId);
        if (!Objects.equals(old, date == null ? null : date.toString())) restoreMovedDue(c, deckId);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO deck_settings (deck_id, exam_date) VALUES (?, ?)
                ON CONFLICT (deck_id) DO UPDATE SET exam_date = excluded.exam_date""")) {
            ps.setString(1, deckId);
            ps.setString(2, date == null ? null : date.toString());
            ps.executeUpdate();
        }
    }

    static void restoreMovedDue(Connection c, String deckId) throws SQLException {
        try (PreparedStatement restore = c.prepareStatement("""
                UPDATE cards SET due = m.original_due FROM exam_moves m
                WHERE m.card_id = cards.id AND cards.deck_id = ? AND cards.due = m.moved_due
                  AND cards.last_review IS m.last_review""");
             PreparedStatement forget = c.prepareStatement(
                     "DELETE FROM exam_moves WHERE card_id IN (SELECT id FROM cards WHERE deck_id = ?)")) {
            restore.setString(1, deckId);
            restore.executeUpdate();
            forget.setString(1, deckId);
            forget.executeUpdate();
        }
    }
}
