package dev.latent.bench;

import dev.latent.store.DailyLimits;
import dev.latent.store.DueQueue;
import dev.latent.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
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

import static dev.latent.bench.BulkHistory.DAY;
import static dev.latent.bench.BulkHistory.MINUTE;

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
        fill(dataDir, learningPercent); // directly: the store would sync to disk per review
        store = Store.open(dataDir);
    }

    private static void fill(Path dataDir, int learningPercent) throws SQLException {
        long now = NOW.toEpochMilli();
        try (BulkHistory history = BulkHistory.open(dataDir)) {
            for (int i = 0; i < CARDS; i++) {
                if (i % 10 == 0) continue; // stays new
                boolean learning = i % 100 >= 1 && i % 100 <= learningPercent;
                long due = learning ? now + ((i / 100) % 120 - 60) * MINUTE : now + ((i * 7919L) % 120 - 60) * DAY + i % 1000;
                history.card(i, learning ? ((i / 100) % 2 == 0 ? 1 : 3) : 2, due);
            }
            int older = REVIEWS - REVIEWS_TODAY;
            long firstOld = DAY_START.toEpochMilli() - Duration.ofHours(1).toMillis() - older * MINUTE;
            for (int k = 0; k < REVIEWS; k++) {
                boolean today = k >= older;
                long time = today ? DAY_START.toEpochMilli() + (k - older) * MINUTE : firstOld + k * MINUTE;
                boolean wasNew = today ? (k - older) % 15 == 0 : k < CARDS; // 10 new cards introduced today
                history.review(k, time, k % CARDS + 1, wasNew, "{\"encoder\":true,\"decoder\":" + (k % 2 == 0) + "}");
            }
            history.commit();
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
