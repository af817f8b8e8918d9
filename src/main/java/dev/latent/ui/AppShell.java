package dev.latent.ui;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckCatalog;
import dev.latent.exam.ExamDatePlanner;
import dev.latent.platform.AppPaths;
import dev.latent.scheduling.Scheduler;
import dev.latent.scoring.ScoringPolicy;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.settings.Settings;
import dev.latent.settings.SettingsStore;
import dev.latent.store.DailyLimits;
import dev.latent.store.Store;
import dev.latent.study.DeckWalkthrough;
import dev.latent.study.StudySession;
import dev.latent.ui.exam.ExamFlow;
import dev.latent.ui.present.PresentSetupView;
import dev.latent.ui.stats.StatisticsView;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The window's frame: one screen at a time in the centre. Screens ask the shell to move on, so each
 * stays ignorant of the others; new screens (presentation, statistics) slot in here. The shell owns what
 * all screens share: the decks, the store, the settings and the clock.
 */
public final class AppShell {

    private final BorderPane root = new BorderPane();
    private final AppPaths paths;
    private final DeckCatalog catalog;
    private final Store store;
    private final SettingsStore settingsStore;
    private final Clock clock;
    private Settings settings;
    private String notice;

    public AppShell(AppPaths paths, DeckCatalog catalog, Store store, Clock clock) {
        this.paths = paths;
        this.catalog = catalog;
        this.store = store;
        this.clock = clock;
        this.settingsStore = new SettingsStore(paths.dataDir());
        SettingsStore.Loaded loaded = settingsStore.load();
        this.settings = loaded.settings();
        this.notice = loaded.problem().orElse(null);
        root.getStyleClass().add("app-root");
        Themes.apply(settings, root);
        for (Deck deck : catalog.decks()) {
            store.syncDeck(deck.id(), deck.questions().stream().map(q -> q.id()).toList(), clock.instant());
            ExamDatePlanner.apply(store, deck.id(), scheduler(), clock.instant(), clock.getZone());
        }
    }

    public Parent root() {
        return root;
    }

    public Settings settings() {
        return settings;
    }

    public void showDeckList() {
        DeckListView view = new DeckListView(this, catalog, paths, Optional.ofNullable(notice));
        notice = null;
        root.setCenter(view.node());
        view.focusFirst();
    }

    /** Scheduled study: the cards due today, graded and rated. */
    public void study(Deck deck) {
        StudySession session = new StudySession(store, deck, scheduler(), limits(), clock,
                ScoringPolicy.DEFAULT.withRatingThresholds(settings.ratingThresholds()));
        ReviewerView view = new ReviewerView(session, settings, this::showDeckList, this::showSummary);
        root.setCenter(view.node());
        view.focusStart();
    }

    /** Going through every question in order, without touching the schedule. */
    public void browse(Deck deck) {
        StudyView view = new StudyView(new DeckWalkthrough(deck), this::showDeckList);
        root.setCenter(view.node());
        view.focusAnswer();
    }

    /** Presentation mode: it gets no store, so nothing presented is written to anyone's schedule. */
    public void present(Deck deck) {
        PresentSetupView view = new PresentSetupView(deck, clock, this::showDeckList);
        root.setCenter(view.node());
        view.focusStart();
    }

    void showSummary(StudySession session) {
        SummaryView view = new SummaryView(session.deck(), session.summary(), clock, this::showDeckList);
        root.setCenter(view.node());
        view.focusDone();
    }

    /** A practice exam over any decks: setup, exam, report. */
    public void practiceExam() {
        new ExamFlow(catalog.decks(), store, scheduler(), clock, paths.dataDir(), root::setCenter, this::showDeckList).start();
    }

    public void showStatistics() {
        root.setCenter(new StatisticsView(catalog.decks(), store, scheduler(), clock, this::showDeckList).node());
    }

    /** Sets (or clears, with null) the deck's exam date and pulls its cards into the week before at once. */
    void setExamDate(Deck deck, LocalDate date) {
        store.setExamDate(deck.id(), date);
        ExamDatePlanner.apply(store, deck.id(), scheduler(), clock.instant(), clock.getZone());
        showDeckList();
    }

    Optional<LocalDate> examDate(Deck deck) {
        return store.examDate(deck.id());
    }

    /** Mean predicted recall of the deck's cards at its exam date; empty without a date. */
    OptionalDouble projectedRecall(Deck deck) {
        return store.examDate(deck.id()).map(date -> OptionalDouble.of(ExamDatePlanner.projectedRecall(store.cards(deck.id()),
                scheduler(), ExamDatePlanner.examInstant(date, clock.getZone())))).orElse(OptionalDouble.empty());
    }

    public void openSettings() {
        SettingsDialog.show(root.getScene().getWindow(), settings).ifPresent(changed -> {
            settingsStore.save(changed);
            settings = changed;
            Themes.apply(settings, root);
            showDeckList();
        });
    }

    DeckListView.Counts counts(Deck deck) {
        var queue = store.dueQueue(deck.id(), clock.instant(), clock.getZone(), limits());
        return new DeckListView.Counts(queue.newCount(), queue.learningCount(), queue.reviewCount(), queue.nextDue());
    }

    Clock clock() {
        return clock;
    }

    private Scheduler scheduler() {
        return new Scheduler(SchedulerConfig.DEFAULT.withDesiredRetention(settings.desiredRetention())
                .withLearningSteps(settings.learningSteps()).withRelearningSteps(settings.relearningSteps()));
    }

    private DailyLimits limits() {
        return new DailyLimits(settings.newPerDay(), settings.reviewsPerDay());
    }
}
