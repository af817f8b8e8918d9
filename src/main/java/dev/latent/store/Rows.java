package dev.latent.store;

import dev.latent.scheduling.CardState;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;

/** How the store's tables map to values: a card state's columns both ways, nullable columns, one-value queries. */
final class Rows {

    static final int LEARNING = 1;
    static final int REVIEW = 2;
    static final int RELEARNING = 3;

    static final String CARD_COLUMNS = "c.state, c.step, c.stability, c.difficulty, c.due, c.last_review";
    static final String PREV_COLUMNS =
            "r.prev_state, r.prev_step, r.prev_stability, r.prev_difficulty, r.prev_due, r.prev_last_review";

    private Rows() {
    }

    static void bindState(PreparedStatement ps, int first, CardState s) throws SQLException {
        ps.setInt(first, switch (s.state()) {
            case LEARNING -> LEARNING;
            case REVIEW -> REVIEW;
            case RELEARNING -> RELEARNING;
        });
        setNullableInt(ps, first + 1, s.step());
        setNullableDouble(ps, first + 2, s.stability());
        setNullableDouble(ps, first + 3, s.difficulty());
        ps.setLong(first + 4, s.due().toEpochMilli());
        if (s.lastReview() == null) ps.setNull(first + 5, Types.INTEGER);
        else ps.setLong(first + 5, s.lastReview().toEpochMilli());
    }

    static CardState readState(ResultSet rs, int first) throws SQLException {
        CardState.State state = switch (rs.getInt(first)) {
            case LEARNING -> CardState.State.LEARNING;
            case REVIEW -> CardState.State.REVIEW;
            case RELEARNING -> CardState.State.RELEARNING;
            default -> throw new SQLException("unknown card state " + rs.getInt(first));
        };
        int step = rs.getInt(first + 1);
        Integer nullableStep = rs.wasNull() ? null : step;
        double stability = rs.getDouble(first + 2);
        Double nullableStability = rs.wasNull() ? null : stability;
        double difficulty = rs.getDouble(first + 3);
        Double nullableDifficulty = rs.wasNull() ? null : difficulty;
        Instant due = Instant.ofEpochMilli(rs.getLong(first + 4));
        long lastReview = rs.getLong(first + 5);
        Instant nullableLastReview = rs.wasNull() ? null : Instant.ofEpochMilli(lastReview);
        return new CardState(state, nullableStep, nullableStability, nullableDifficulty, due, nullableLastReview);
    }

    static void setNullableInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) ps.setNull(index, Types.INTEGER);
        else ps.setInt(index, value);
    }

    static void setNullableDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) ps.setNull(index, Types.REAL);
        else ps.setDouble(index, value);
    }

    static int queryInt(Connection c, String sql) throws SQLException {
        return (int) queryLong(c, sql);
    }

    static long queryLong(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String queryString(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static Long queryNullableLong(Connection c, String sql, String deckId, long bound) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, deckId);
            ps.setLong(2, bound);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long value = rs.getLong(1);
                return rs.wasNull() ? null : value;
            }
        }
    }
}
