package dev.latent.collection;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckFolder;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.exam.ExamDatePlanner;
import dev.latent.platform.AppPaths;
import dev.latent.scheduling.FsrsParameters;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.scheduling.StudyDay;
import dev.latent.settings.Settings;
import dev.latent.settings.SettingsStore;
import dev.latent.store.DailyLimits;
import dev.latent.store.DueQueue;
import dev.latent.store.Store;
import dev.latent.study.CustomStudy;
import dev.latent.study.StudySession;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What the learner has, as one thing (Anki's collection): the decks, the store of what they did, their settings
 * and the clock. It keeps the store in line with the decks, plans exam dates, counts what is due and turns the
 * settings into a scheduler, so the window's shell only navigates and the command line does the same as the app.
 * Not thread-safe: the app uses it from the FX thread, a command from its one thread.
 */
public final class StudyCollection {

    private final AppPaths paths;
    private final Store store;
    private final SettingsStore settingsStore;
    private final Clock clock;
    private DeckCatalog catalog;
    private Settings settings;
    /** The study day exam dates were last planned for: a new day plans them again. */
    private LocalDate examPlansDay;

    /**
     * The collection over decks and a store already opened. Call {@link #syncAll()} unless that was done.
     */
    public StudyCollection(AppPaths paths, DeckCatalog catalog, Store store, Clock clock, SettingsStore settingsStore,
                           Settings settings) {
        this.paths = paths;
        this.catalog = catalog;
        this.store = store;
        this.clock = clock;
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.examPlansDay = StudyDay.of(clock.instant(), clock.getZone());
    }

    /**
     * Opens the collection over decks already loaded and a store already open, as the command line does: reads the
     * settings (a damaged file is set aside and the defaults used, as in the app) and syncs.
     */
    public static StudyCollection open(AppPaths paths, DeckCatalog catalog, Store store, Clock clock) {
        SettingsStore settingsStore = new SettingsStore(paths.dataDir());
        StudyCollection collection = new StudyCollection(paths, catalog, store, clock, settingsStore,
                settingsStore.load().settings());
        collection.syncAll();
        return collection;
    }

    /**
     * Brings the store in line with the decks (new questions get cards) and applies every deck's exam date: what
     * opening the collection does.
     */
    public void syncAll() {
        for (Deck deck : catalog.decks()) {
            store.syncDeck(deck.id(), deck.questionIds(), clock.instant());
            planExam(deck.id());
        }
        examPlansDay = StudyDay.of(clock.instant(), clock.getZone());
    }

    public AppPaths paths() {
        return paths;
    }

    public Store store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    public DeckCatalog catalog() {
        return catalog;
    }

    public List<Deck> decks() {
        return catalog.decks();
    }

    public Optional<Deck> deck(String deckId) {
        return catalog.deck(deckId);
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Saves new settings and uses them from now on; when the file cannot be written the old ones stay in use.
     *
     * @throws java.io.UncheckedIOException when the settings file could not be written
     */
    public void saveSettings(Settings changed) {
        settingsStore.save(changed);
        settings = changed;
    }

    // ---------------------------------------------------------------- decks

    /**
     * Loads every deck again and syncs the store: new questions get cards, questions (or whole decks) that are
     * gone have their cards orphaned, history kept, and restored if they come back.
     *
     * @return whether anything changed (the folder watcher also reports the app's own writes)
     */
    public boolean reloadDecks() {
        DeckCatalog loaded = DeckLibrary.loadAll(paths.deckDir());
        if (loaded.equals(catalog)) return false;
        Set<String> gone = new HashSet<>();
        for (Deck deck : catalog.decks()) gone.add(deck.id());
        catalog = loaded;
        for (Deck deck : catalog.decks()) {
            gone.remove(deck.id());
            store.syncDeck(deck.id(), deck.questionIds(), clock.instant());
        }
        for (String id : gone) store.syncDeck(id, List.of(), clock.instant());
        return true;
    }

    /** The learner's own deck folder, where imports and the editor save. */
    public DeckFolder deckFolder() {
        return new DeckFolder(paths.deckDir());
    }

    /** Decks in the user deck folder can be saved in place; bundled ones only copied. */
    public boolean isUserDeck(Deck deck) {
        try {
            Path source = Path.of(deck.source());
            return source.isAbsolute() && source.normalize().startsWith(paths.deckDir().toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- scheduling

    /** The scheduler with the learner's settings and these FSRS parameters. */
    public static Scheduler scheduler(Settings settings, FsrsParameters parameters) {
        return new Scheduler(parameters, SchedulerConfig.DEFAULT.withDesiredRetention(settings.desiredRetention())
                .withLearningSteps(settings.learningSteps()).withRelearningSteps(settings.relearningSteps()));
    }

    /** The scheduler for every deck at once (statistics, exams, the browser): the collection's FSRS parameters. */
    public Scheduler scheduler() {
        return scheduler(settings, store.fsrs().fsrsParameters(null).orElse(FsrsParameters.DEFAULT));
    }

    /** The scheduler for one deck's cards: its own FSRS parameters, else the collection's. */
    public Scheduler scheduler(String deckId) {
        return scheduler(settings, store.fsrs().fsrsParameters(deckId).orElse(FsrsParameters.DEFAULT));
    }

    public DailyLimits limits() {
        return new DailyLimits(settings.newPerDay(), settings.reviewsPerDay());
    }

    /** Today's queue for a deck, within the daily limits: what the deck list counts. */
    public DueQueue dueQueue(Deck deck) {
        return store.dueQueue(deck.id(), clock.instant(), clock.getZone(), limits());
    }

    /** A study session on the deck: the cards due today, or those a custom-study rule picks (null: none). */
    public StudySession newSession(Deck deck, CustomStudy rule) {
        return new StudySession(store, deck, scheduler(deck.id()), limits(), clock, settings.ratingThresholds(), rule);
    }

    // ---------------------------------------------------------------- exam dates

    /**
     * A window left open overnight (or a laptop woken days later) is a new study day: an exam's last week may have
     * begun, or the exam may have passed. Plans every deck's exam date again, as opening does.
     *
     * @return whether it was a new day
     */
    public boolean planExamsOnANewDay() {
        LocalDate today = StudyDay.of(clock.instant(), clock.getZone());
        if (today.equals(examPlansDay)) return false;
        examPlansDay = today;
        for (Deck deck : catalog.decks()) planExam(deck.id());
        return true;
    }

    /** Sets (or clears, with null) the deck's exam date and pulls its cards into the week before at once. */
    public void setExamDate(Deck deck, LocalDate date) {
        store.examDates().setExamDate(deck.id(), date);
        planExam(deck.id());
    }

    public Optional<LocalDate> examDate(Deck deck) {
        return store.examDates().examDate(deck.id());
    }

    /** Mean predicted recall of the deck's cards at its exam date; empty without a date. */
    public OptionalDouble projectedRecall(Deck deck) {
        return store.examDates().examDate(deck.id()).map(date -> OptionalDouble.of(ExamDatePlanner.projectedRecall(store, deck.id(),
                scheduler(deck.id()), ExamDatePlanner.examInstant(date, clock.getZone())))).orElse(OptionalDouble.empty());
    }

    private void planExam(String deckId) {
        ExamDatePlanner.apply(store, deckId, scheduler(deckId), clock.instant(), clock.getZone());
    }
}
