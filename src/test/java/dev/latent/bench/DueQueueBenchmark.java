package dev.latent.bench;

import dev.latent.store.DailyLimits;
import dev.latent.store.DueQueue;
import dev.latent.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the study queue for one deck of 100,000 cards with 1,000,000 review rows in the log (goal: at most
 * 20 ms). The deck holds 10% new cards, {@link #learningPercent} (re)learning cards, half of them due now, and review
 * cards due over +-60 days; 150 answers were already given today, so the daily-limit count has real rows to read.
 * 1% learning is a heavy real collection; 8% (4,000 learning cards due at once) is a stress case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DueQueueBenchmark {

    static final int CARDS = 100_000;
    static final int REVIEWS = 1_000_000;
    static final int REVIEWS_TODAY = 150;
    static final String DECK = "bench";
    static final ZoneId ZONE = ZoneOffset.UTC;
    static final Instant NOW = Instant.parse("2026-03-15T15:00:00Z");
    static final Instant DAY_START = Instant.parse("2026-03-15T04:00:00Z");

    @Param({"1", "8"})
    public int learningPercent;

    private Path dataDir;
    private Store store;

    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        dataDir = Files.createTempDirectory("latent-bench");
        List<String> ids = new ArrayList<>(CARDS);
        for (int i = 0; i < CARDS; i++) ids.add("q" + i);
        try (Store creating = Store.open(dataDir)) {
            creating.syncDeck(DECK, ids, NOW.minus(Duration.ofDays(800))); // card ids 1..CARDS in this order
        }
        fill(dataDir.resolve(Store.DATABASE_FILE), learningPercent);
        store = Store.open(dataDir);
    }

    /** Card states and review rows written directly in one transaction: recordReview's fsync per row is too slow here. */
    private static void fill(Path db, int learningPercent) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA synchronous = OFF");
            }
            c.setAutoCommit(false);
            long now = NOW.toEpochMilli();
            long minute = 60_000L;
            long day = 86_400_000L;
            try (PreparedStatement ps = c.prepareStatement("UPDATE cards SET state = ?, step = ?, stability = ?, "
                    + "difficulty = ?, due = ?, last_review = ? WHERE id = ?")) {
                for (int i = 0; i < CARDS; i++) {
                    if (i % 10 == 0) continue; // stays new
                    boolean learning = i % 100 >= 1 && i % 100 <= learningPercent;
                    long due = learning ? now + ((i / 100) % 120 - 60) * minute : now + ((i * 7919L) % 120 - 60) * day + i % 1000;
                    ps.setInt(1, learning ? ((i / 100) % 2 == 0 ? 1 : 3) : 2);
                    if (learning) ps.setInt(2, 1);
                    else ps.setNull(2, java.sql.Types.INTEGER);
                    ps.setDouble(3, 1 + i % 300);
                    ps.setDouble(4, 1 + i % 9);
                    ps.setLong(5, due);
                    ps.setLong(6, due - (learning ? 10 * minute : 10 * day));
                    ps.setLong(7, i + 1);
                    ps.addBatch();
                    if (i % 10_000 == 0) ps.executeBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO revlog (id, card_id, rating, ivl, last_ivl, "
                    + "time_ms, type, answer, score, concepts, prev_state, prev_step, prev_stability, prev_difficulty, "
                    + "prev_due, prev_last_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int older = REVIEWS - REVIEWS_TODAY;
                long firstOld = DAY_START.toEpochMilli() - Duration.ofHours(1).toMillis() - older * minute;
                for (int k = 0; k < REVIEWS; k++) {
                    boolean today = k >= older;
                    long id = today ? DAY_START.toEpochMilli() + (k - older) * minute : firstOld + k * minute;
                    boolean wasNew = today ? (k - older) % 15 == 0 : k < CARDS; // 10 new cards introduced today
                    ps.setLong(1, id);
                    ps.setLong(2, k % CARDS + 1);
                    ps.setInt(3, 1 + k % 4);
                    ps.setLong(4, 1 + k % 40);
                    ps.setLong(5, wasNew ? 0 : 1 + k % 30);
                    ps.setLong(6, 3000 + k % 20_000);
                    ps.setInt(7, wasNew ? 0 : 1);
                    ps.setString(8, "an answer about latent spaces, reconstruction loss and the generator " + k % 97);
                    ps.setInt(9, k % 101);
                    ps.setString(10, "{\"encoder\":true,\"decoder\":" + (k % 2 == 0) + "}");
                    ps.setInt(11, wasNew ? 1 : 2);
                    if (wasNew) ps.setInt(12, 0);
                    else ps.setNull(12, java.sql.Types.INTEGER);
                    if (wasNew) ps.setNull(13, java.sql.Types.REAL);
                    else ps.setDouble(13, 5.0);
                    if (wasNew) ps.setNull(14, java.sql.Types.REAL);
                    else ps.setDouble(14, 5.0);
                    ps.setLong(15, id - day);
                    if (wasNew) ps.setNull(16, java.sql.Types.INTEGER);
                    else ps.setLong(16, id - 5 * day);
                    ps.addBatch();
                    if (k % 10_000 == 0) ps.executeBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
    }

    @Benchmark
    public DueQueue dueQueue() {
        return store.dueQueue(DECK, NOW, ZONE, DailyLimits.DEFAULT);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        DueQueue queue = store.dueQueue(DECK, NOW, ZONE, DailyLimits.DEFAULT);
        System.out.printf("%nqueue: %d learning, %d review, %d new%n", queue.learningCount(), queue.reviewCount(), queue.newCount());
        store.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(file);
        }
    }
}
