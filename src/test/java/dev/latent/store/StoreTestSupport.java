package dev.latent.store;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.CardState.State;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Shared helpers for the store tests. */
final class StoreTestSupport {

    private StoreTestSupport() {
    }

    static CardState review(Instant lastReview, Duration interval, double stability, double difficulty) {
        return new CardState(State.REVIEW, null, stability, difficulty, lastReview.plus(interval), lastReview);
    }

    static CardState learning(Instant lastReview, int step, Duration untilDue) {
        return new CardState(State.LEARNING, step, 1.5, 6.0, lastReview.plus(untilDue), lastReview);
    }

    static CardState relearning(Instant lastReview, Duration untilDue) {
        return new CardState(State.RELEARNING, 0, 0.8, 8.0, lastReview.plus(untilDue), lastReview);
    }

    /** Runs one query on the database file directly (the store must be closed or may be open read-side). */
    static List<String> query(Path dbFile, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    if (i > 1) row.append('|');
                    row.append(rs.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }

    /** The classpath of this test run, for child JVMs (surefire may put only a manifest jar in java.class.path). */
    static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
