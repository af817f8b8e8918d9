package dev.latent.bench;

import dev.latent.ui.common.Themes;
import atlantafx.base.theme.PrimerLight;
import dev.latent.deck.Deck;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.stats.Statistics;
import dev.latent.stats.StatisticsCalculator;
import dev.latent.store.Store;
import dev.latent.ui.stats.StatisticsView;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The statistics screen over 1,000,000 reviews (goal: it renders within 500 ms). 10,000 cards in one deck, a
 * million answers spread over the last 1,000 days (about a thousand a day), each graded with three concepts in the
 * study session's JSON, an exam date on the deck. The figures:
 * <ul>
 *   <li>{@code data}: everything the screen shows, computed from the store ({@link StatisticsCalculator#compute});
 *       {@code dataNextDay} the same on the first visit of a new day;</li>
 *   <li>{@code screen}: what opening the screen costs until its first frame: the same computation, building the
 *       sections of the first screenful, CSS and layout at 1100 x 760 on the JavaFX thread (headless Monocle,
 *       software pipeline), without painting; the sections below the fold are built after that frame;</li>
 *   <li>{@code screenComplete}: the same and then those sections too (charts of retention and scores, the concept
 *       table), styled and laid out: everything on the screen.</li>
 * </ul>
 * An operation of the screen benchmarks is a few hundred milliseconds until the JIT has compiled the CSS, chart and
 * layout code, so three warm-up iterations of two seconds are about ten operations: not enough on a busy machine
 * (the figure then mostly measures compilation). They warm up for twenty seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dprism.text=t2k", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StatisticsBenchmark {

    static final int CARDS = 10_000;
    static final int REVIEWS = 1_000_000;
    static final int DAYS = 1_000;
    static final String DECK = "bench";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-03-15T15:00:00Z");

    private Path dataDir;
    private Store store;
    private Deck deck;
    private Scheduler scheduler;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dataDir = Files.createTempDirectory("latent-stats-bench");
        List<String> ids = new ArrayList<>(CARDS);
        List<Question> questions = new ArrayList<>(CARDS);
        ModelAnswer model = new ModelAnswer("model answer", List.of(), "");
        for (int i = 0; i < CARDS; i++) {
            ids.add("q" + i);
            questions.add(new Question("q" + i, "Question number " + i + " about latent spaces?", model, List.of(), null, List.of()));
        }
        deck = new Deck(DECK, "Benchmark deck", "", questions, "bench");
        try (Store creating = Store.open(dataDir)) {
            creating.syncDeck(DECK, ids, NOW.minus(Duration.ofDays(DAYS + 10)));
            creating.examDates().setExamDate(DECK, LocalDate.of(2026, 4, 10));
        }
        fill(dataDir.resolve(Store.DATABASE_FILE));
        store = Store.open(dataDir);
        scheduler = new Scheduler(SchedulerConfig.DEFAULT);
        startJavaFx();
    }

    /** Rows written directly in one transaction: recordReview's fsync per answer would take hours here. */
    static void fill(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA synchronous = OFF");
            }
            c.setAutoCommit(false);
            long now = NOW.toEpochMilli();
            long day = 86_400_000L;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE cards SET state = 2, step = NULL, stability = ?, difficulty = ?, due = ?, last_review = ? WHERE id = ?")) {
                for (int i = 0; i < CARDS; i++) {
                    long last = now - (1 + i % 40) * day;
                    ps.setDouble(1, 2 + i % 200);
                    ps.setDouble(2, 1 + i % 9);
                    ps.setLong(3, now + ((i * 7919L) % 90 - 30) * day + i % 1000);
                    ps.setLong(4, last);
                    ps.setLong(5, i + 1);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            String[] statuses = {"HIT", "MISSED", "HIT", "NEGATED", "HIT"};
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO revlog (id, card_id, rating, ivl, last_ivl, "
                    + "time_ms, type, answer, score, concepts, prev_state, prev_step, prev_stability, prev_difficulty, "
                    + "prev_due, prev_last_review) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 2, NULL, 5.0, 5.0, ?, ?)")) {
                long first = now - DAYS * day;
                long step = DAYS * day / REVIEWS;
                for (int k = 0; k < REVIEWS; k++) {
                    long id = first + k * step;
                    ps.setLong(1, id);
                    ps.setLong(2, k % CARDS + 1);
                    ps.setInt(3, 1 + (k * 31 % 10 == 0 ? 0 : 1 + k % 3));
                    ps.setLong(4, 1 + k % 40);
                    ps.setLong(5, 1 + k % 30);
                    ps.setLong(6, 3000 + k % 60_000);
                    ps.setString(7, "an answer about latent spaces, reconstruction loss and the generator " + k % 97);
                    ps.setInt(8, k % 101);
                    ps.setString(9, "{\"grade\":2,\"concepts\":["
                            + "{\"id\":\"encoder\",\"label\":\"Encoder\",\"status\":\"" + statuses[k % 5] + "\"},"
                            + "{\"id\":\"decoder\",\"label\":\"Decoder\",\"status\":\"" + statuses[(k / 3) % 5] + "\"},"
                            + "{\"id\":\"loss\",\"label\":\"Reconstruction loss\",\"status\":\"" + statuses[(k / 7) % 5] + "\"}],"
                            + "\"misconceptions\":[]}");
                    ps.setLong(10, id - day);
                    ps.setLong(11, id - (1 + k % 20) * day / 2);
                    ps.addBatch();
                    if (k % 10_000 == 0) ps.executeBatch();
                }
                ps.executeBatch();
            }
            // What recordReview does per answer, for all of them at once.
            try (Statement st = c.createStatement()) {
                st.executeUpdate("""
                        INSERT INTO review_concepts
                        SELECT r.id, json_extract(j.value, '$.id'), r.card_id, json_extract(j.value, '$.label'),
                               json_extract(j.value, '$.status') <> 'HIT'
                        FROM revlog r, json_each(r.concepts, '$.concepts') j""");
                st.executeUpdate("""
                        INSERT INTO review_quarters
                        SELECT id / 900000, count(*), sum(time_ms),
                               sum(type <> 4 AND prev_last_review IS NOT NULL AND id - prev_last_review >= 86400000),
                               sum(type <> 4 AND prev_last_review IS NOT NULL AND id - prev_last_review >= 86400000 AND rating > 1)
                        FROM revlog GROUP BY id / 900000""");
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
    }

    private static void startJavaFx() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        Platform.setImplicitExit(false);
        Platform.runLater(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Benchmark
    public Statistics data() {
        return StatisticsCalculator.compute(store, List.of(deck), deck, scheduler, NOW, ZONE);
    }

    private boolean nextDay;

    /**
     * {@link #data} on the first visit of a new study day: each call is a day after (or back before) the last one,
     * so the concept counts kept in the store move by a day each time, as they do once a day for the learner.
     */
    @Benchmark
    public Statistics dataNextDay() {
        nextDay = !nextDay;
        return StatisticsCalculator.compute(store, List.of(deck), deck, scheduler, nextDay ? NOW.plus(Duration.ofDays(1)) : NOW, ZONE);
    }

    /** What the first frame shows: the screen built, styled and laid out, the sections below the fold waiting. */
    @Benchmark
    @Warmup(iterations = 10, time = 2)
    public Object screen() throws Exception {
        return openScreen(false);
    }

    /** The whole screen: the first frame's work, then the sections below the fold built, styled and laid out. */
    @Benchmark
    @Warmup(iterations = 10, time = 2)
    public Object screenComplete() throws Exception {
        return openScreen(true);
    }

    private Object openScreen(boolean complete) throws Exception {
        FutureTask<Object> task = new FutureTask<>(() -> {
            StatisticsView view = new StatisticsView(List.of(deck), store, scheduler, Clock.fixed(NOW, ZONE), 15, () -> { },
                    Runnable::run); // computed at once, as part of what is measured
            BorderPane root = new BorderPane(view.node());
            root.getStyleClass().add("app-root");
            Scene scene = new Scene(root, 1100, 760);
            scene.getStylesheets().add(Themes.stylesheet());
            root.applyCss();
            root.layout();
            if (complete) {
                view.finishDeferredSections();
                root.applyCss();
                root.layout();
            }
            return root;
        });
        Platform.runLater(task);
        return task.get();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Statistics stats = data();
        System.out.printf("%nreviews in the year: %d, concepts: %d, forecast total: %d%n", stats.reviewsInYear(),
                stats.concepts().size(), stats.forecast().stream().mapToInt(d -> d.count()).sum());
        store.close();
        Platform.exit();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(file);
        }
    }
}
