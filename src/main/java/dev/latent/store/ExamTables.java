package dev.latent.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading and writing exam_attempts and exam_answers. */
final class ExamTables {

    private ExamTables() {
    }

    static ExamAttempt insert(Connection c, ExamAttempt a) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO exam_attempts (started_at, finished_at, selection, time_limit_s, timed_out,
                  counted_as_reviews, total_score) VALUES (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, a.startedAt().toEpochMilli());
            ps.setLong(2, a.finishedAt().toEpochMilli());
            ps.setString(3, a.selection());
            if (a.timeLimit() == null) ps.setNull(4, Types.INTEGER);
            else ps.setLong(4, a.timeLimit().toSeconds());
            ps.setInt(5, a.timedOut() ? 1 : 0);
            ps.setInt(6, a.countedAsReviews() ? 1 : 0);
            if (a.totalScore() == null) ps.setNull(7, Types.REAL);
            else ps.setDouble(7, a.totalScore());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO exam_answers (attempt_id, position, deck_id, question_id, answer, score, grade, concepts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (ExamAttempt.Answer answer : a.answers()) {
                ps.setLong(1, id);
                ps.setInt(2, answer.position());
                ps.setString(3, answer.card().deckId());
                ps.setString(4, answer.card().questionId());
                ps.setString(5, answer.answer());
                if (answer.score() == null) ps.setNull(6, Types.INTEGER);
                else ps.setInt(6, answer.score());
                if (answer.grade() == null) ps.setNull(7, Types.INTEGER);
                else ps.setInt(7, answer.grade());
                ps.setString(8, answer.conceptsJson());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return new ExamAttempt(id, a.startedAt(), a.finishedAt(), a.selection(), a.timeLimit(), a.timedOut(),
                a.countedAsReviews(), a.totalScore(), a.answers());
    }

    static List<ExamAttempt> all(Connection c) throws SQLException {
        Map<Long, List<ExamAttempt.Answer>> answers = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT attempt_id, position, deck_id, question_id, answer, score, grade, concepts
                FROM exam_answers ORDER BY attempt_id, position""")) {
            while (rs.next()) {
                int score = rs.getInt(6);
                Integer nullableScore = rs.wasNull() ? null : score;
                int grade = rs.getInt(7);
                Integer nullableGrade = rs.wasNull() ? null : grade;
                answers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ExamAttempt.Answer(rs.getInt(2),
                        new CardKey(rs.getString(3), rs.getString(4)), rs.getString(5), nullableScore, nullableGrade,
                        rs.getString(8)));
            }
        }
        List<ExamAttempt> attempts = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT id, started_at, finished_at, selection, time_limit_s, timed_out, counted_as_reviews, total_score
                FROM exam_attempts ORDER BY id DESC""")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                long limit = rs.getLong(5);
                Duration timeLimit = rs.wasNull() ? null : Duration.ofSeconds(limit);
                double total = rs.getDouble(8);
                Double nullableTotal = rs.wasNull() ? null : total;
                attempts.add(new ExamAttempt(id, Instant.ofEpochMilli(rs.getLong(2)), Instant.ofEpochMilli(rs.getLong(3)),
                        rs.getString(4), timeLimit, rs.getInt(6) != 0, rs.getInt(7) != 0, nullableTotal,
                        answers.getOrDefault(id, List.of())));
            }
        }
        return attempts;
    }
}
