package dev.latent.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Databases as earlier Latent versions (or other programs) left them, for the migration tests: the tables are typed
 * out here as those versions wrote them, independently of the migration code.
 */
final class LegacyDatabases {

    /** The cards table of schema 1, unchanged in schema 2. */
    static final String CARDS_V1 = """
            CREATE TABLE cards (
              id INTEGER PRIMARY KEY, deck_id TEXT NOT NULL, question_id TEXT NOT NULL,
              state INTEGER NOT NULL CHECK (state IN (1, 2, 3)), step INTEGER, stability REAL, difficulty REAL,
              due INTEGER NOT NULL, last_review INTEGER,
              orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
              UNIQUE (deck_id, question_id)) STRICT""";

    /** The review log of schema 1, unchanged in schema 2. */
    static final String REVLOG_V1 = """
            CREATE TABLE revlog (
              id INTEGER PRIMARY KEY, card_id INTEGER NOT NULL REFERENCES cards (id),
              rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4), ivl INTEGER NOT NULL, last_ivl INTEGER NOT NULL,
              time_ms INTEGER NOT NULL CHECK (time_ms >= 0), type INTEGER NOT NULL CHECK (type BETWEEN 0 AND 4),
              answer TEXT, score INTEGER CHECK (score BETWEEN 0 AND 100), concepts TEXT,
              prev_state INTEGER NOT NULL CHECK (prev_state IN (1, 2, 3)), prev_step INTEGER, prev_stability REAL,
              prev_difficulty REAL, prev_due INTEGER NOT NULL, prev_last_review INTEGER) STRICT""";

    private LegacyDatabases() {
    }

    /** Runs these statements on the data folder's database file directly, creating it if need be. */
    static void write(Path dataDir, List<String> statements) throws IOException, SQLException {
        Files.createDirectories(dataDir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Store.DATABASE_FILE));
             Statement st = c.createStatement()) {
            for (String sql : statements) st.executeUpdate(sql);
        }
    }
}
