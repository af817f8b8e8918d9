package dev.latent.ui.settings;

import atlantafx.base.theme.Styles;
import dev.latent.scheduling.FsrsOptimizer;
import dev.latent.scheduling.FsrsParameters;
import dev.latent.scheduling.ReplayMetrics;
import dev.latent.scheduling.RetentionSimulator;
import dev.latent.scheduling.ReviewHistory;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Settings → Scheduling, as Anki's FSRS options: "Evaluate" measures the current parameters on the learner's history,
 * "Optimize from my history" fits new ones in the background (with progress, cancellable) and shows log loss and RMSE
 * (bins) before and after; nothing changes until "Use these parameters". "Reset to defaults" goes back to FSRS-6's.
 * "Compare retentions" is the desired-retention helper: a simulated year at retentions 0.70-0.95.
 */
public final class FsrsOptimizeDialog {

    /**
     * Where the history comes from and where the chosen parameters go (the store, in the app). A deck id of null
     * means the whole collection: every deck without parameters of its own.
     */
    public interface Source {
        /** The review history to fit on (one deck's, or all); called off the JavaFX thread. */
        ReviewHistory history(String deckId);

        /** The parameters the deck (or the collection) is scheduled with. */
        FsrsParameters current(String deckId);

        /** Whether the deck has parameters of its own; false for the collection. */
        boolean hasOwn(String deckId);

        /** Schedules with these parameters from now on; null: a deck goes back to the collection's, the collection to FSRS-6's defaults. */
        void use(String deckId, FsrsParameters parameters);

        /** The decks that may have their own parameters: id to title, in the order to list them. */
        default Map<String, String> decks() {
            return Map.of();
        }

        /** New cards a day, for the desired-retention helper's simulated year. */
        default int newCardsPerDay() {
            return 20;
        }
    }

    /** What the dialog works on: the collection (deck null) or one deck. */
    private record Scope(String deckId, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    private final Source source;
    private final Label status = new Label();
    private final Label result = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button evaluate = new Button("Evaluate");
    private final Button optimize = new Button("Optimize from my history");
    private final Button cancel = new Button("Cancel");
    private final Button use = new Button("Use these parameters");
    private final Button reset = new Button("Reset to defaults");
    private final Button compare = new Button("Compare retentions");
    private final GridPane retentionTable = new GridPane();
    private final ComboBox<Scope> scope = new ComboBox<>();
    private final VBox content;
    private AtomicBoolean running;
    private FsrsParameters fitted;

    FsrsOptimizeDialog(Source source) {
        this.source = source;
        status.setId("fsrs-status");
        status.setWrapText(true);
        result.setId("fsrs-result");
        result.setWrapText(true);
        progress.setId("fsrs-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        evaluate.setId("fsrs-evaluate");
        optimize.setId("fsrs-optimize");
        optimize.getStyleClass().add(Styles.ACCENT);
        cancel.setId("fsrs-cancel");
        cancel.setDisable(true);
        use.setId("fsrs-use");
        use.setDisable(true);
        reset.setId("fsrs-reset");
        compare.setId("fsrs-compare");
        retentionTable.setId("fsrs-retention-table");
        retentionTable.setHgap(18);
        retentionTable.setVgap(4);
        scope.setId("fsrs-scope");
        scope.getItems().add(new Scope(null, "All decks"));
        source.decks().forEach((id, title) -> scope.getItems().add(new Scope(id, title)));
        scope.getSelectionModel().selectFirst();
        scope.setOnAction(e -> {
            cancelRunning();
            running = null;
            setBusy(false);
            fitted = null;
            use.setDisable(true);
            result.setText("");
            retentionTable.getChildren().clear();
            showStatus();
        });
        Label about = new Label("FSRS predicts how likely you are to remember each card. Optimizing fits its 21"
                + " parameters to your own reviews; log loss and RMSE (bins) say how well it predicted them (lower is"
                + " better).");
        about.setWrapText(true);
        evaluate.setOnAction(e -> start(false));
        optimize.setOnAction(e -> start(true));
        cancel.setOnAction(e -> {
            if (running != null) running.set(true);
        });
        use.setOnAction(e -> {
            source.use(deckId(), fitted);
            use.setDisable(true);
            result.setText(result.getText() + " Now scheduling with them.");
            showStatus();
        });
        reset.setOnAction(e -> {
            source.use(deckId(), null);
            result.setText(deckId() == null ? "Now scheduling with FSRS-6's default parameters."
                    : "This deck now uses the collection's parameters.");
            use.setDisable(fitted == null);
            showStatus();
        });
        compare.setOnAction(e -> compareRetentions());
        compare.setTooltip(new Tooltip("Simulate a year of study at desired retentions from 0.70 to 0.95 with the"
                + " current parameters: reviews a day against how much you remember."));
        FlowPane buttons = new FlowPane(8, 8, evaluate, optimize, cancel, reset, compare);
        Label scopeLabel = new Label("Parameters for");
        scopeLabel.setLabelFor(scope);
        HBox scopeRow = new HBox(8, scopeLabel, scope);
        scopeRow.setAlignment(Pos.BASELINE_LEFT);
        content = new VBox(12, about, scopeRow, status, buttons, progress, result, use, retentionTable);
        content.setId("fsrs-optimize-pane");
        content.setPrefWidth(560);
        showStatus();
    }

    public static void show(Window owner, Source source) {
        FsrsOptimizeDialog pane = new FsrsOptimizeDialog(source);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Scheduling");
        dialog.setHeaderText("FSRS parameters");
        dialog.getDialogPane().setContent(pane.node());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setOnHidden(e -> pane.cancelRunning());
        dialog.showAndWait();
    }

    Node node() {
        return content;
    }

    /** Stops a fit or evaluation under way (the dialog closed). */
    void cancelRunning() {
        if (running != null) running.set(true);
    }

    /**
     * The desired-retention helper: a simulated year at each retention with the current parameters and the
     * learner's rating habits, as a table of reviews a day and recall at the end.
     */
    private void compareRetentions() {
        AtomicBoolean cancelled = new AtomicBoolean();
        running = cancelled;
        String deckId = deckId();
        FsrsParameters current = source.current(deckId);
        int newPerDay = Math.max(1, source.newCardsPerDay());
        setBusy(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        result.setText("Simulating a year of study…");
        Thread worker = new Thread(() -> {
            List<RetentionSimulator.Outcome> table = null;
            String text;
            try {
                RetentionSimulator.RatingHabits habits = RetentionSimulator.RatingHabits.of(source.history(deckId));
                table = RetentionSimulator.compare(current, habits, newPerDay, 365, 1);
                text = String.format(Locale.ROOT, "A simulated year with %d new cards a day and the current parameters:"
                        + " reviews a day against the share of cards you would remember at its end. Set the desired"
                        + " retention in Settings to the row that suits you.", newPerDay);
            } catch (RuntimeException e) {
                text = "Could not read your reviews: " + e.getMessage();
            }
            List<RetentionSimulator.Outcome> rows = table;
            String shown = text;
            Platform.runLater(() -> {
                if (running != cancelled) return;
                running = null;
                setBusy(false);
                use.setDisable(fitted == null || fitted.equals(source.current(deckId())));
                showTable(rows); // the table first: the result line announces it
                result.setText(shown);
            });
        }, "fsrs-retention");
        worker.setDaemon(true);
        worker.start();
    }

    private void showTable(List<RetentionSimulator.Outcome> rows) {
        retentionTable.getChildren().clear();
        if (rows == null) return;
        retentionTable.addRow(0, heading("Desired retention"), heading("Reviews a day"), heading("Remembered after a year"));
        int row = 1;
        for (RetentionSimulator.Outcome o : rows) {
            Label retention = new Label(String.format(Locale.ROOT, "%.2f", o.retention()));
            retention.setId(String.format(Locale.ROOT, "fsrs-retention-%02.0f", o.retention() * 100));
            retentionTable.addRow(row++, retention, new Label(String.format(Locale.ROOT, "%.0f", o.reviewsPerDay())),
                    new Label(String.format(Locale.ROOT, "%.0f %%", o.recall() * 100)));
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private String deckId() {
        Scope selected = scope.getValue();
        return selected == null ? null : selected.deckId();
    }

    private void showStatus() {
        String deckId = deckId();
        if (deckId == null) {
            status.setText(source.current(null).equals(FsrsParameters.DEFAULT)
                    ? "Scheduling with FSRS-6's default parameters."
                    : "Scheduling with parameters fitted to your history.");
            reset.setText("Reset to defaults");
        } else {
            status.setText(source.hasOwn(deckId)
                    ? "This deck is scheduled with its own parameters, fitted to its reviews."
                    : "This deck is scheduled with the collection's parameters (All decks).");
            reset.setText("Use the collection's");
        }
    }

    /** Evaluates the current parameters, or fits new ones, on a background thread. */
    private void start(boolean fit) {
        AtomicBoolean cancelled = new AtomicBoolean();
        running = cancelled;
        String deckId = deckId();
        FsrsParameters current = source.current(deckId);
        setBusy(true);
        result.setText(fit ? "Reading your reviews…" : "Measuring…");
        progress.setProgress(fit ? 0 : ProgressBar.INDETERMINATE_PROGRESS);
        Thread worker = new Thread(() -> {
            String text;
            FsrsParameters found = null;
            try {
                ReviewHistory history = source.history(deckId);
                ReplayMetrics before = ReplayMetrics.of(history, current);
                if (!fit) {
                    text = before.count() == 0
                            ? "No reviews a day or more apart to measure yet."
                            : String.format(Locale.ROOT, "Current parameters on your %,d reviews a day or more apart:"
                            + " log loss %.4f, RMSE (bins) %.4f.", before.count(), before.logLoss(), before.rmseBins());
                } else {
                    FsrsOptimizer.Result r = FsrsOptimizer.fit(history, FsrsOptimizer.Settings.DEFAULT,
                            (done, total) -> Platform.runLater(() -> progress.setProgress((double) done / total)),
                            cancelled::get);
                    if (!r.fitted()) {
                        text = String.format(Locale.ROOT, "Too few reviews to optimize: %,d a day or more apart, %,d"
                                        + " needed. The current parameters stay.", r.scoredReviews(),
                                FsrsOptimizer.Settings.DEFAULT.minimumReviews());
                    } else {
                        ReplayMetrics after = ReplayMetrics.of(history, r.parameters());
                        found = r.parameters();
                        text = String.format(Locale.ROOT, "On your %,d reviews a day or more apart: log loss %.4f → %.4f,"
                                        + " RMSE (bins) %.4f → %.4f (current → fitted; lower is better).",
                                after.count(), before.logLoss(), after.logLoss(), before.rmseBins(), after.rmseBins());
                    }
                }
            } catch (CancellationException e) {
                text = "Optimizing cancelled; nothing changed.";
            } catch (RuntimeException e) {
                text = "Could not read your reviews: " + e.getMessage();
            }
            String shown = text;
            FsrsParameters offered = found;
            Platform.runLater(() -> finish(cancelled, shown, offered));
        }, "fsrs-optimize");
        worker.setDaemon(true);
        worker.start();
    }

    private void finish(AtomicBoolean run, String text, FsrsParameters offered) {
        if (running != run) return; // a later run took over
        running = null;
        setBusy(false);
        result.setText(text);
        if (offered != null) fitted = offered;
        use.setDisable(fitted == null || fitted.equals(source.current(deckId())));
    }

    private void setBusy(boolean busy) {
        progress.setVisible(busy);
        evaluate.setDisable(busy);
        optimize.setDisable(busy);
        reset.setDisable(busy);
        compare.setDisable(busy);
        scope.setDisable(busy);
        cancel.setDisable(!busy);
        if (busy) use.setDisable(true);
    }
}
