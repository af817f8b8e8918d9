package dev.latent.ui.stats;

import atlantafx.base.theme.Styles;
import dev.latent.deck.Deck;
import dev.latent.scheduling.Scheduler;
import dev.latent.stats.Statistics;
import dev.latent.stats.StatisticsCalculator;
import dev.latent.stats.StatisticsSnapshot;
import dev.latent.store.Store;
import dev.latent.ui.common.Pages;
import dev.latent.ui.common.ShortWindow;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The statistics screen: a year of reviews as a calendar heatmap, the next 30 days' due cards, true retention
 * against the desired retention, each question's score over time, the concepts missed most and whether that is
 * improving, time spent, and the recall projected for each exam date. The screen opens at once with "Loading…";
 * everything is read and computed once per visit ({@link StatisticsSnapshot}) on a background thread, then one
 * pane per part is built. With no reviews the screen says what to do instead of drawing empty charts; a failure
 * is shown as text. The sections below the first screenful are built just after the first frame that shows them.
 */
public final class StatisticsView {

    public static final String EMPTY_TEXT = "No reviews yet: study a few cards and come back.";
    public static final String LOADING_TEXT = "Loading\u2026";
    /** One thread for every statistics screen: a second visit waits for the first's reading to end. */
    private static final Executor LOADER = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "statistics");
        thread.setDaemon(true);
        return thread;
    });

    private final List<Deck> decks;
    private final Store store;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Executor executor;
    private final ScrollPane scroll = new ScrollPane();
    private final VBox page = new VBox(16);
    private final Button back = new Button("\u2190 Decks");
    private final Label title = new Label("Statistics");
    private Deck scoreDeck;
    private final double em;
    private final boolean large;
    /** Counts the loads started: a load finishing after a newer one started is dropped. */
    private long generation;
    /** Builds the sections below the fold; null once built. */
    private Runnable deferred;

    public StatisticsView(List<Deck> decks, Store store, Scheduler scheduler, Clock clock, Runnable onBack) {
        this(decks, store, scheduler, clock, 15, onBack);
    }

    /** @param fontPx the text size: charts, rows and tiles are sized in ems, and large text stacks the side-by-side parts */
    public StatisticsView(List<Deck> decks, Store store, Scheduler scheduler, Clock clock, double fontPx, Runnable onBack) {
        this(decks, store, scheduler, clock, fontPx, onBack, LOADER);
    }

    /** @param executor runs the reading and computing ({@code Runnable::run}: at once, on the calling JavaFX thread) */
    public StatisticsView(List<Deck> decks, Store store, Scheduler scheduler, Clock clock, double fontPx, Runnable onBack,
                          Executor executor) {
        this.em = fontPx;
        this.large = fontPx > 21; // beyond 140 %: one column, no table
        this.decks = List.copyOf(decks);
        this.store = store;
        this.scheduler = scheduler;
        this.clock = clock;
        this.executor = executor;
        this.scoreDeck = decks.isEmpty() ? null : decks.get(0);
        page.getStyleClass().addAll("page", "stats-page");
        page.setId("statistics");
        scroll.setContent(Pages.centered(page));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        back.setId("stats-back");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(e -> onBack.run());
        Pages.escapeLeaves(scroll, onBack);
        ShortWindow.compactWhenShort(scroll, back); // large text in a short window: slimmer margins (latent.css)
        title.setId("stats-title");
        title.getStyleClass().add(Styles.TITLE_2);
        Label loading = new Label(LOADING_TEXT);
        loading.setId("stats-loading");
        loading.getStyleClass().add(Styles.TEXT_MUTED);
        page.getChildren().setAll(back, title, loading);
        load();
    }

    public Node node() {
        return scroll;
    }

    /** Reads and computes in the background, then shows the panes; the page shown so far stays until then. */
    private void load() {
        long run = ++generation;
        Deck deck = scoreDeck;
        executor.execute(() -> {
            StatisticsSnapshot loaded = null;
            RuntimeException failure = null;
            try {
                loaded = StatisticsSnapshot.load(store, decks, deck, scheduler, clock.instant(), clock.getZone());
            } catch (RuntimeException e) {
                failure = e;
            }
            StatisticsSnapshot snapshot = loaded;
            RuntimeException failed = failure;
            onFxThread(() -> {
                if (run != generation) return; // the learner chose another deck meanwhile
                try {
                    if (failed != null) showError(failed);
                    else show(snapshot);
                } catch (RuntimeException e) {
                    showError(e);
                }
            });
        });
    }

    /** At once when already there (an executor that runs in place, as the benchmark's), else posted. */
    private static void onFxThread(Runnable work) {
        if (Platform.isFxApplicationThread()) work.run();
        else Platform.runLater(work);
    }

    private void showError(Throwable failure) {
        deferred = null;
        Label error = Pages.wrapped("The statistics could not be computed: " + (failure.getMessage() == null
                ? failure.getClass().getSimpleName() : failure.getMessage()));
        error.setId("stats-error");
        error.getStyleClass().add(Styles.DANGER);
        page.getChildren().setAll(back, title, error);
    }

    private void show(StatisticsSnapshot snapshot) {
        deferred = null;
        Statistics stats = snapshot.stats();
        page.getChildren().setAll(back, title);
        if (!stats.exams().isEmpty()) page.getChildren().add(ExamDatesPane.create(stats.exams()));
        if (!snapshot.examAttempts().isEmpty()) {
            page.getChildren().add(StatsUi.section("Practice exams", PastExamsPane.create(snapshot.examAttempts(), decks, clock.getZone())));
        }
        if (!stats.hasReviews()) {
            page.getChildren().add(emptyCard());
            return;
        }
        page.getChildren().addAll(FiguresPane.create(stats, em, large),
                StatsUi.section("Reviews in the last year", HeatmapPane.create(stats, em)),
                twoUp(StatsUi.section("Due in the next 30 days", ForecastPane.create(stats, em)),
                        StatsUi.section("Time spent, last 30 days", TimeSpentPane.create(stats, em))));
        // Below the first screenful: built once the first frame is out, in boxes of about their final height so
        // the scroll bar does not jump. Charts and the table cost more to style and lay out than the rest together.
        VBox retentionBox = StatsUi.section("True retention against desired retention", placeholder(19.5 * em));
        VBox scoresBox = StatsUi.section("Scores over time", placeholder(decks.size() > 1 ? 27 * em : 24 * em));
        VBox conceptsBox = StatsUi.section("Concepts missed most (last " + StatisticsCalculator.CONCEPT_DAYS + " days)",
                placeholder(ConceptsPane.expectedHeight(stats.concepts(), em)));
        page.getChildren().addAll(retentionBox, scoresBox, conceptsBox);
        deferred = () -> {
            retentionBox.getChildren().set(1, RetentionPane.create(stats, em));
            scoresBox.getChildren().set(1, ScoresPane.create(stats, snapshot.weeklyScores(), decks, scoreDeck, em, chosen -> {
                scoreDeck = chosen;
                load();
            }));
            conceptsBox.getChildren().set(1, ConceptsPane.create(stats.concepts(), decks, em, large));
        };
        afterNextFrame();
    }

    private static Node emptyCard() {
        Label empty = new Label(EMPTY_TEXT);
        empty.setId("stats-empty");
        empty.getStyleClass().add(Styles.TITLE_4);
        empty.setWrapText(true);
        Label more = Pages.wrapped("Your calendar of reviews, the cards coming due, your true retention, your scores over "
                + "time and the concepts you miss most will appear here.");
        more.getStyleClass().add(Styles.TEXT_MUTED);
        VBox card = new VBox(8, empty, more);
        card.getStyleClass().add("card");
        return card;
    }

    /**
     * Builds the sections below the first screenful now, if they are still waiting for the first frame (the
     * benchmark measures the whole screen this way; a window builds them on its own).
     */
    public void finishDeferredSections() {
        Runnable pending = deferred;
        deferred = null;
        if (pending != null) {
            try {
                pending.run();
            } catch (RuntimeException failure) {
                showError(failure);
            }
        }
    }

    /** Runs {@link #finishDeferredSections} after the next pulse has laid the screen out for its first frame. */
    private void afterNextFrame() {
        Scene scene = scroll.getScene();
        if (scene == null) {
            scroll.sceneProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                    if (now == null) return;
                    scroll.sceneProperty().removeListener(this);
                    afterNextFrame();
                }
            });
            return;
        }
        Runnable[] listener = new Runnable[1];
        // Posted, not run here: this pulse still has to render; removed later, not while the scene walks its list.
        listener[0] = () -> Platform.runLater(() -> {
            scene.removePostLayoutPulseListener(listener[0]);
            finishDeferredSections();
        });
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static Region placeholder(double height) {
        Region region = new Region();
        region.setMinHeight(height);
        region.setPrefHeight(height);
        return region;
    }

    private Node twoUp(Node left, Node right) {
        if (large) return new VBox(16, left, right); // side by side they would shrink to slivers
        HBox row = new HBox(16, left, right);
        if (left instanceof Region l) l.setPrefWidth(1);
        if (right instanceof Region r) r.setPrefWidth(1);
        return row;
    }
}
