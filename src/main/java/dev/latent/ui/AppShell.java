package dev.latent.ui;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckCatalog;
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
import dev.latent.ui.present.PresentSetupView;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;

import java.time.Clock;
import java.util.Optional;

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
        }
    }

    public Parent root() {
        return root;
    }

    /**
     * Puts a screen in the window. Focus first goes to the frame: were it left on a control of the old
     * screen (the button that was just clicked), the scene would later move it to the first control of
     * the new one, overriding where that screen puts it. CSS is applied at once so that controls inside
     * scroll panes (which join the scene only with their skin) can take the focus straight away.
     */
    private void show(javafx.scene.Node screen) {
        root.requestFocus();
        root.setCenter(screen);
        root.applyCss();
    }

    public Settings settings() {
        return settings;
    }

    public void showDeckList() {
        DeckListView view = new DeckListView(this, catalog, paths, Optional.ofNullable(notice));
        notice = null;
        show(view.node());
        view.focusFirst();
    }

    /** Scheduled study: the cards due today, graded and rated. */
    public void study(Deck deck) {
        StudySession session = new StudySession(store, deck, scheduler(), limits(), clock,
                ScoringPolicy.DEFAULT.withRatingThresholds(settings.ratingThresholds()));
        ReviewerView view = new ReviewerView(session, settings, this::showDeckList, this::showSummary);
        show(view.node());
        view.focusStart();
    }

    /** Opens the reviewer on the deck with this id, if there is one; false leaves the shell as it was. */
    public boolean studyDeck(String deckId) {
        Optional<Deck> deck = catalog.deck(deckId);
        deck.ifPresent(this::study);
        return deck.isPresent();
    }

    /** Going through every question in order, without touching the schedule. */
    public void browse(Deck deck) {
        StudyView view = new StudyView(new DeckWalkthrough(deck), this::showDeckList);
        show(view.node());
        view.focusAnswer();
    }

    /** Presentation mode: it gets no store, so nothing presented is written to anyone's schedule. */
    public void present(Deck deck) {
        PresentSetupView view = new PresentSetupView(deck, clock, this::showDeckList);
        show(view.node());
        view.focusStart();
    }

    void showSummary(StudySession session) {
        SummaryView view = new SummaryView(session.deck(), session.summary(), clock, this::showDeckList);
        show(view.node());
        view.focusDone();
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
