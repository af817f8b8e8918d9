package dev.latent.bench;

import dev.latent.store.Store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

/**
 * Card states and review rows written straight into a store's database in one transaction, for the benchmarks'
 * large data folders ({@link BigDataDir}, {@link DueQueueBenchmark}): the store syncs to disk on every answer it
 * records, far too slow for a million rows. The store makes the schema and the cards first (open, syncDeck); the
 * caller decides which cards are in which state and when each review happened, and the fields that the benchmarks
 * do not read vary with the row number so that no two rows are alike.
 */
final class BulkHistory implements AutoCloseable {

    static final long MINUTE = 60_000L;
    static final long DAY = 86_400_000L;

    private static final int BATCH = 10_000;

    private final Connection connection;
    private final PreparedStatement cards;
    private final PreparedStatement reviews;
    private int pendingCards;
    private int pendingReviews;

    private BulkHistory(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA synchronous = OFF");
        }
        connection.setAutoCommit(false);
        cards = connection.prepareStatement("UPDATE cards SET state = ?, step = ?, stability = ?, "
                + "difficulty = ?, due = ?, last_review = ? WHERE id = ?");
        reviews = connection.prepareStatement("INSERT INTO revlog (id, card_id, rating, ivl, last_ivl, "
                + "time_ms, type, answer, score, concepts, prev_state, prev_step, prev_stability, prev_difficulty, "
                + "prev_due, prev_last_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** The database of a data folder whose store has already been opened once (schema and cards in place). */
    static BulkHistory open(Path dataDir) throws SQLException {
        return new BulkHistory(DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Store.DATABASE_FILE)));
    }

    /**
     * Card number {@code index} (id {@code index + 1}: the order syncDeck was given) in {@code state} (1 learning,
     * 2 review, 3 relearning), last answered 10 minutes (learning) or 10 days (review) before it is due.
     */
    void card(int index, int state, long due) throws SQLException {
        boolean learning = state != 2;
        cards.setInt(1, state);
        if (learning) cards.setInt(2, 1);
        else cards.setNull(2, Types.INTEGER);
        cards.setDouble(3, 1 + index % 300);
        cards.setDouble(4, 1 + index % 9);
        cards.setLong(5, due);
        cards.setLong(6, due - (learning ? 10 * MINUTE : 10 * DAY));
        cards.setLong(7, index + 1);
        cards.addBatch();
        if (++pendingCards % BATCH == 0) cards.executeBatch();
    }

    /**
     * Review row number {@code k}, of card {@code cardId}, answered at {@code time} (epoch milliseconds, also the
     * row's id); a first answer ({@code wasNew}) has no memory state before it.
     */
    void review(int k, long time, long cardId, boolean wasNew, String concepts) throws SQLException {
        if (pendingReviews == 0) cards.executeBatch(); // the cards first, as the callers give them
        reviews.setLong(1, time);
        reviews.setLong(2, cardId);
        reviews.setInt(3, 1 + k % 4);
        reviews.setLong(4, 1 + k % 40);
        reviews.setLong(5, wasNew ? 0 : 1 + k % 30);
        reviews.setLong(6, 3000 + k % 20_000);
        reviews.setInt(7, wasNew ? 0 : 1);
        reviews.setString(8, "an answer about latent spaces, reconstruction loss and the generator " + k % 97);
        reviews.setInt(9, k % 101);
        reviews.setString(10, concepts);
        reviews.setInt(11, wasNew ? 1 : 2);
        if (wasNew) reviews.setInt(12, 0);
        else reviews.setNull(12, Types.INTEGER);
        if (wasNew) reviews.setNull(13, Types.REAL);
        else reviews.setDouble(13, 5.0);
        if (wasNew) reviews.setNull(14, Types.REAL);
        else reviews.setDouble(14, 5.0);
        reviews.setLong(15, time - DAY);
        if (wasNew) reviews.setNull(16, Types.INTEGER);
        else reviews.setLong(16, time - 5 * DAY);
        reviews.addBatch();
        if (++pendingReviews % BATCH == 0) reviews.executeBatch();
    }

    /** Commits, then folds the write-ahead log into the database file so that a benchmark starts from one file. */
    void commit() throws SQLException {
        cards.executeBatch();
        reviews.executeBatch();
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection; cards; reviews) {
            // closes all three, statements first
        }
    }
}
