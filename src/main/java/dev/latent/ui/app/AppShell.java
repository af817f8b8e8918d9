package dev.latent.ui.app;

import dev.latent.collection.StudyCollection;
import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckFolder;
import dev.latent.deck.folder.DeckWatcher;
import dev.latent.platform.AppPaths;
import dev.latent.scheduling.FsrsParameters;
import dev.latent.scheduling.ReviewHistory;
import dev.latent.settings.Settings;
import dev.latent.store.Store;
import dev.latent.study.CustomStudy;
import dev.latent.study.DeckWalkthrough;
import dev.latent.study.StudySession;
import dev.latent.ui.common.Themes;
import dev.latent.ui.decks.DeckImport;
import dev.latent.ui.decks.DeckListView;
import dev.latent.ui.editor.DeckEditorView;
import dev.latent.ui.exam.ExamFlow;
import dev.latent.ui.present.PresentSetupView;
import dev.latent.ui.review.CardInfoDialog;
import dev.latent.ui.review.ReviewerView;
import dev.latent.ui.review.StudyView;
import dev.latent.ui.review.SummaryView;
import dev.latent.ui.settings.FsrsOptimizeDialog;
import dev.latent.ui.settings.SettingsDialog;
import dev.latent.ui.stats.StatisticsView;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The window's frame: one screen at a time in the centre. Screens ask the shell to move on, so each
 * stays ignorant of the others; new screens (presentation, statistics) slot in here. What all screens share
 * (the decks, the store, the settings, the clock, and what is done with them) is the {@link StudyCollection}.
 */
public final class AppShell implements AutoCloseable, DeckListView.Shell {

    private final BorderPane root = new BorderPane();
    private final StudyCollection collection;
    /** Shortcuts to the collection's parts that never change. */
    private final AppPaths paths;
    private final Store store;
    private final Clock clock;
    private String notice;
    private DeckListView deckList;
    private DeckEditorView editor;
    private DeckWatcher watcher;
    private boolean closed;
    /** Asks for a deck file to import; tests replace the native file chooser, which cannot run headless. */
    private Function<Window, Optional<Path>> importChooser = DeckImport::choose;

    public AppShell(AppPaths paths, DeckCatalog catalog, Store store, Clock clock) {
        this(AppStartup.prepare(paths, catalog, store, clock));
    }

    /** The shell over data already opened and synced, possibly while the toolkit was starting. */
    AppShell(AppStartup opened) {
        this.collection = opened.collection();
        this.paths = collection.paths();
        this.store = collection.store();
        this.clock = collection.clock();
        this.notice = opened.settingsProblem().orElse(null);
        root.getStyleClass().add("app-root");
        Themes.apply(collection.settings(), root);
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
        return collection.settings();
    }

    public void showDeckList() {
        collection.planExamsOnANewDay();
        DeckListView view = new DeckListView(this, collection.catalog(), paths, Optional.ofNullable(notice));
        notice = null;
        deckList = view;
        show(view.node());
        view.focusFirst();
    }

    /** Scheduled study: the cards due today, graded and rated; with none due, the congratulations screen. */
    @Override
    public void study(Deck deck) {
        review(collection.newSession(deck, null));
    }

    /** Anki's custom study: cards picked by a rule, answered and rated as usual. */
    void customStudy(Deck deck, CustomStudy rule) {
        review(collection.newSession(deck, rule));
    }

    /** The reviewer on the session's current card, or the summary when it has none (nothing due, or all done). */
    private void review(StudySession session) {
        if (session.current().isEmpty()) {
            showSummary(session);
            return;
        }
        Deck deck = session.deck();
        // The editor opened from the reviewer returns to it, as Anki's edit from the reviewer does.
        ReviewerView[] reviewer = new ReviewerView[1];
        Runnable backToReview = () -> backToReview(session, reviewer[0]);
        ReviewerView.PhrasingProposals proposals = collection.isUserDeck(deck)
                ? (questionId, conceptId, words) -> editDeck(deck, editor -> editor.propose(questionId, conceptId, words), backToReview, "Review")
                : null;
        ReviewerView.CardActions actions = new ReviewerView.CardActions() {
            @Override
            public void edit(String questionId) {
                editDeck(deck, editor -> editor.showQuestion(questionId), backToReview, "Review");
            }

            @Override
            public void info(String questionId) {
                showCardInfo(deck, questionId);
            }
        };
        ReviewerView view = new ReviewerView(session, collection.settings(), this::showDeckList, this::showSummary, proposals, actions);
        reviewer[0] = view;
        show(view.node());
        view.focusStart();
    }

    /** Leaving the editor opened from the reviewer: the review where it was, with the deck as saved if it changed. */
    private void backToReview(StudySession session, ReviewerView view) {
        Optional<String> movedTo = editor == null ? Optional.empty() : editor.historyNowIn(session.deck().id());
        if (movedTo.isPresent()) {
            // The learner chose to go on with a copy, which took the cards: review it, not the original now starting afresh.
            Optional<Deck> copy = collection.deck(movedTo.get());
            if (copy.isEmpty()) {
                showDeckList();
                return;
            }
            session.continueWithCopy(copy.get(), view.unsubmittedAnswer());
            review(session); // a reviewer made for the copy: its title, and E and proposals editing the copy
            return;
        }
        show(view.node());
        Optional<Deck> edited = collection.deck(session.deck().id()).filter(now -> !now.equals(session.deck()));
        edited.ifPresent(view::useEditedDeck); // with the card gone and nothing left, this moves on to the summary
        // "Start afresh": the edits went into a deck of their own, so the card looks unedited here; say where they are.
        Optional<Deck> freshCopy = editor == null ? Optional.empty() : editor.copyStartedAfresh(session.deck().id());
        freshCopy.ifPresent(copy -> view.say("Your edits are in \u201c" + copy.title() + "\u201d, a deck of its own;"
                + " this review goes on with the bundled deck."));
        if (root.getCenter() == view.node()) view.focusStart();
    }

    /** Anki's browser over every deck's cards; Esc or "← Decks" returns to the deck list. */
    @Override
    public void browseCards() {
        dev.latent.ui.browse.CardBrowserView view = new dev.latent.ui.browse.CardBrowserView(
                new dev.latent.browse.CardBrowser(store, collection.scheduler(), clock, collection.decks()), clock.getZone(),
                Themes.BASE_FONT_PX * collection.settings().fontZoomPercent() / 100.0, this::showDeckList, (deck, questionId) -> editDeck(deck, editor -> editor.showQuestion(questionId)),
                this::showCardInfo);
        show(view.node());
        view.focusStart();
    }

    /** Anki's card info for one card, in a window of its own over this one. */
    void showCardInfo(Deck deck, String questionId) {
        dev.latent.study.CardInfo.of(store, collection.scheduler(), deck, questionId, clock.instant()).ifPresent(info ->
                CardInfoDialog.show(root.getScene() == null ? null : root.getScene().getWindow(), info, clock.getZone(),
                        collection.settings().fontZoomPercent()));
    }

    /** Opens the reviewer on the deck with this id, if there is one; false leaves the shell as it was. */
    public boolean studyDeck(String deckId) {
        Optional<Deck> deck = collection.deck(deckId);
        deck.ifPresent(this::study);
        return deck.isPresent();
    }

    /** Preview: going through every question in order (skipping allowed), without touching the schedule. */
    @Override
    public void preview(Deck deck) {
        StudyView view = new StudyView(new DeckWalkthrough(deck), this::showDeckList);
        show(view.node());
        view.focusAnswer();
    }

    /** Presentation mode: it gets no store, so nothing presented is written to anyone's schedule. */
    @Override
    public void present(Deck deck) {
        PresentSetupView view = new PresentSetupView(deck, clock, this::showDeckList);
        show(view.node());
        view.focusStart();
    }

    void showSummary(StudySession session) {
        Deck deck = session.deck();
        SummaryView.StudyMore more = new SummaryView.StudyMore(
                rule -> customStudy(deck, rule),
                fresh -> preview(new Deck(deck.id(), deck.title(), deck.description(), fresh, deck.source())),
                extra -> {
                    session.extendNewCards(extra);
                    if (session.current().isEmpty()) return false;
                    review(session);
                    return true;
                });
        SummaryView view = new SummaryView(session, clock, more, this::showDeckList);
        show(view.node());
        view.focusDone();
    }

    /** A practice exam over any decks: setup, exam, report. */
    @Override
    public void practiceExam() {
        new ExamFlow(collection.decks(), store, collection.scheduler(), clock, paths.dataDir(), this::show, this::showDeckList).start();
    }

    @Override
    public void showStatistics() {
        show(new StatisticsView(collection.decks(), store, collection.scheduler(), clock,
                Themes.BASE_FONT_PX * collection.settings().fontZoomPercent() / 100.0, this::showDeckList).node());
    }

    /** Sets (or clears, with null) the deck's exam date and pulls its cards into the week before at once. */
    @Override
    public void setExamDate(Deck deck, LocalDate date) {
        collection.setExamDate(deck, date);
        showDeckList();
    }

    @Override
    public Optional<LocalDate> examDate(Deck deck) {
        return collection.examDate(deck);
    }

    /** Mean predicted recall of the deck's cards at its exam date; empty without a date. */
    @Override
    public OptionalDouble projectedRecall(Deck deck) {
        return collection.projectedRecall(deck);
    }

    @Override
    public void openSettings() {
        SettingsDialog.show(root.getScene().getWindow(), collection.settings(), owner -> FsrsOptimizeDialog.show(owner,
                new FsrsOptimizeDialog.Source() {
                    @Override
                    public ReviewHistory history(String deckId) {
                        return store.fsrs().reviewHistory(deckId);
                    }

                    @Override
                    public FsrsParameters current(String deckId) {
                        return store.fsrs().fsrsParameters(deckId).orElse(FsrsParameters.DEFAULT);
                    }

                    @Override
                    public boolean hasOwn(String deckId) {
                        return deckId != null && store.fsrs().hasOwnFsrsParameters(deckId);
                    }

                    @Override
                    public void use(String deckId, FsrsParameters parameters) {
                        store.fsrs().setFsrsParameters(deckId, parameters);
                    }

                    @Override
                    public java.util.Map<String, String> decks() {
                        java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
                        for (Deck deck : collection.decks()) titles.put(deck.id(), deck.title());
                        return titles;
                    }

                    @Override
                    public int newCardsPerDay() {
                        return collection.settings().newPerDay();
                    }
                })).ifPresent(changed -> {
            try {
                collection.saveSettings(changed);
            } catch (java.io.UncheckedIOException e) {
                // The old settings stay in use (and in the file): say so rather than pretend the change took.
                String why = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                notice = "Your settings were not saved"
                        + (why.contains("No space left on device") ? ": the disk is full. Free some space and try again." : ": " + e.getMessage() + ".")
                        + " The previous settings are still in use.";
                showDeckList();
                return;
            }
            Themes.apply(changed, root);
            showDeckList();
        });
    }

    // ---------------------------------------------------------------- own decks: import, remove, edit, reload

    /**
     * Reloads the decks when files in the user deck folder change (on the FX thread): the deck list, if shown,
     * is refreshed; other screens keep the deck they opened.
     */
    public void watchDeckFolder() {
        try {
            watcher = DeckWatcher.start(paths.deckDir(), change -> Platform.runLater(() -> {
                if (closed) return;
                try {
                    reloadDecks();
                } catch (IllegalStateException e) {
                    close(); // the app closed the store under us: it is shutting down, nothing left to refresh
                }
            }));
        } catch (IOException e) {
            notice = "Cannot watch " + paths.deckDir() + " for changes (" + e.getMessage() + "); restart Latent to see new decks.";
        }
    }

    /**
     * Loads every deck again and syncs the store: new questions get cards, questions (or whole decks) that are
     * gone have their cards orphaned, history kept, and restored if they come back.
     */
    public void reloadDecks() {
        // The watcher also reports the app's own writes (an import, a save) after they are shown: nothing to redo.
        if (!collection.reloadDecks()) return;
        if (deckList != null && root.getCenter() == deckList.node()) showDeckList();
    }

    /** "Import deck...": asks for a file, validates it and copies it into the user deck folder. */
    @Override
    public void importDeck() {
        importChooser.apply(root.getScene().getWindow()).ifPresent(file -> {
            String[] history = {""};
            List<DeckFolder.Saved> saved = DeckImport.run(root.getScene().getWindow(), file, deckFolder(),
                    (decks, reviews) -> history[0] = " " + dev.latent.interchange.HistoryImport.record(store, collection.scheduler(),
                            decks, reviews, clock.instant()).line());
            if (saved.isEmpty()) return;
            DeckFolder.Saved first = saved.get(0);
            notice = (saved.size() == 1
                    ? "Imported \"" + first.deck().title() + "\" (" + first.deck().size() + " questions) into " + first.file() + "."
                    : "Imported " + saved.size() + " decks (" + saved.stream().mapToInt(s -> s.deck().size()).sum()
                    + " questions) into " + first.file().getParent() + ".") + history[0];
            reloadDecks();
            showDeckList();
        });
    }

    public void setImportChooser(Function<Window, Optional<Path>> chooser) {
        this.importChooser = chooser;
    }

    /** "Remove" on a user deck, after a confirmation that says what happens to the history. */
    @Override
    public void removeDeck(Deck deck) {
        if (DeckImport.confirmRemove(root.getScene().getWindow(), deck, store.examDates().cards(deck.id()).size(), deckFolder())) {
            reloadDecks();
            showDeckList();
        }
    }

    /** Decks in the user deck folder can be saved in place; bundled ones only copied. */
    @Override
    public boolean isUserDeck(Deck deck) {
        return collection.isUserDeck(deck);
    }

    /** The deck editor; saving reloads the decks so every screen sees the change. */
    @Override
    public void editDeck(Deck deck) {
        editDeck(deck, view -> { });
    }

    /** The editor, then {@code then} on it (a proposed phrasing, say); the live test counts the learner's samples. */
    private void editDeck(Deck deck, java.util.function.Consumer<DeckEditorView> then) {
        editDeck(deck, then, this::showDeckList, "Decks");
    }

    /**
     * @param onClose where leaving the editor goes: the deck list, or back to the review it was opened from
     * @param backTo that place's name, on the editor's back button
     */
    private void editDeck(Deck deck, java.util.function.Consumer<DeckEditorView> then, Runnable onClose, String backTo) {
        DeckEditorView view = new DeckEditorView(deck, !isUserDeck(deck), deckFolder(), saved -> reloadDecks(),
                onClose, store.personalSamples(deck.id()), store::moveDeckHistory);
        view.backTo(backTo);
        editor = view;
        show(view.node());
        then.accept(view);
        view.focusStart();
    }

    /** Whether the window may close: an open editor with unsaved edits asks first. */
    public boolean mayClose() {
        return editor == null || root.getCenter() != editor.node() || editor.mayLeave();
    }

    private DeckFolder deckFolder() {
        return collection.deckFolder();
    }

    /** Stops watching the deck folder (the store belongs to the app, which closes it). */
    @Override
    public void close() {
        closed = true;
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // the watcher thread is a daemon; nothing is left to clean up
            }
        }
    }

    @Override
    public DeckListView.Counts counts(Deck deck) {
        var queue = collection.dueQueue(deck);
        return new DeckListView.Counts(queue.newCount(), queue.learningCount(), queue.reviewCount(), queue.nextDue());
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
