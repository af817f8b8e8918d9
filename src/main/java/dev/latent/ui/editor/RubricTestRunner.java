package dev.latent.ui.editor;

import dev.latent.deck.Deck;
import dev.latent.scoring.RubricHarness;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The live rubric test's engine: after a short pause in editing, runs every graded sample answer through the rubric
 * ({@link RubricHarness}) on a background thread and publishes the result on the UI thread. A run for an older deck
 * state is dropped; {@link #checkingProperty()} is true from an edit until the run that covers it has finished.
 */
final class RubricTestRunner {

    static final Duration DEBOUNCE = Duration.ofMillis(250);

    /** A finished run: the report, or why there is none; and every model answer's own grade. */
    record Result(Optional<RubricHarness.Report> report, String problem, List<RubricHarness.ModelAnswerGrade> models) {
    }

    private final Duration debounce;
    private final ScheduledExecutorService worker;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    /** Touched on the UI thread only. */
    private long generation;
    private ScheduledFuture<?> waiting;

    /** The app's: a 250 ms pause, one daemon thread, results on the JavaFX thread. */
    RubricTestRunner() {
        this(DEBOUNCE, Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rubric-test");
            thread.setDaemon(true);
            return thread;
        }), Platform::runLater);
    }

    /** @param ui where results are published (the thread that calls {@link #schedule}) */
    RubricTestRunner(Duration debounce, ScheduledExecutorService worker, Executor ui) {
        this.debounce = debounce;
        this.worker = worker;
        this.ui = ui;
    }

    /** The last finished run, null before the first. */
    ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** Runs the test on {@code deck} after the pause, unless another deck comes first. */
    void schedule(Deck deck) {
        long run = ++generation; // a run still in flight is for an older deck: its result is dropped
        checking.set(true);
        if (waiting != null) waiting.cancel(false);
        if (worker.isShutdown()) return;
        waiting = worker.schedule(() -> {
            Result done = run(deck);
            ui.execute(() -> {
                if (run != generation) return;
                result.set(done);
                checking.set(false); // last: "not checking" promises the result above is this deck's
            });
        }, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    void close() {
        worker.shutdownNow();
    }

    static Result run(Deck deck) {
        try {
            List<RubricHarness.ModelAnswerGrade> models = RubricHarness.modelAnswers(deck);
            try {
                return new Result(Optional.of(RubricHarness.run(deck)), "", models);
            } catch (IllegalArgumentException e) {
                return new Result(Optional.empty(), e.getMessage(), models); // no graded samples yet
            }
        } catch (RuntimeException e) {
            // A half-edited rubric (say, a blank phrasing) cannot be compiled yet; say why and wait for more edits.
            return new Result(Optional.empty(), e.getMessage(), List.of());
        }
    }
}
