package dev.latent.ui.exam;

import dev.latent.deck.Deck;
import dev.latent.exam.ExamPlan;
import dev.latent.exam.ExamRecorder;
import dev.latent.exam.ExamReport;
import dev.latent.exam.ExamSession;
import dev.latent.scheduling.Scheduler;
import dev.latent.store.Store;
import javafx.scene.Node;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * The practice exam's three screens, setup, exam and report, and what connects them: the exam is stored (and,
 * if the learner chose, counted as reviews) the moment it ends, before the report appears.
 */
public final class ExamFlow {

    private final List<Deck> decks;
    private final Store store;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Path dataDir;
    private final Consumer<Node> show;
    private final Runnable onDone;

    /**
     * @param show puts a screen in the window
     * @param onDone back to the deck list
     */
    public ExamFlow(List<Deck> decks, Store store, Scheduler scheduler, Clock clock, Path dataDir, Consumer<Node> show,
                    Runnable onDone) {
        this.decks = List.copyOf(decks);
        this.store = store;
        this.scheduler = scheduler;
        this.clock = clock;
        this.dataDir = dataDir;
        this.show = show;
        this.onDone = onDone;
    }

    public void start() {
        ExamSetupView setup = new ExamSetupView(decks, clock, this::begin, onDone);
        show.accept(setup.node());
        setup.focusStart();
    }

    private void begin(ExamPlan plan, boolean countAsReviews) {
        ExamSession session = new ExamSession(plan, plan.pick(decks), clock);
        ExamView view = new ExamView(session, report -> finished(report, countAsReviews), onDone);
        show.accept(view.node());
        view.focusAnswer();
    }

    private void finished(ExamReport report, boolean countAsReviews) {
        ExamRecorder.record(store, report, scheduler, countAsReviews);
        ExamReportView view = new ExamReportView(report, countAsReviews, dataDir, clock.getZone(), onDone);
        show.accept(view.node());
        view.focusDone();
    }
}
