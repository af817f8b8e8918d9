package dev.latent.cli;

import dev.latent.scheduling.FsrsParameters;
import dev.latent.scheduling.ReplayMetrics;
import dev.latent.scheduling.ReviewHistory;
import picocli.CommandLine.Command;
import dev.latent.store.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code latent replay [--parameters w0,...,w20 | --stored [--deck ID]] FILE.csv}: replays a review log with FSRS-6
 * (the default parameters, given ones, or those kept in the data folder) and prints how well the forgetting curve predicted recall. Exit code 0 on success, 1 for an
 * unreadable file, 2 for options that do not go together or weights that are not 21 numbers within FSRS-6's bounds.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, description = {
        "Measure how well FSRS-6 parameters predict recall on a review log.",
        "Replays the log (CSV: card_id,review_rating,review_time,review_duration) with FSRS-6's default parameters,"
                + " or those of --parameters or --stored, and prints log loss, RMSE (bins), mean predicted recall and"
                + " observed recall over reviews at least a day apart."})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--parameters", paramLabel = "w0,...,w20",
            description = "The 21 FSRS-6 weights, comma-separated, as `optimize` prints them. Default: FSRS-6's defaults.")
    String parameters;

    @Option(names = "--stored", description = {"Use the FSRS parameters kept in the data folder (fitted in Settings,",
            "Scheduling): the collection's, or with --deck that deck's. FSRS-6's defaults if none are kept."})
    boolean stored;

    @Option(names = "--deck", paramLabel = "ID", description = "With --stored: the parameters this deck is scheduled with.")
    String deckId;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    ReviewLogFile log;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            FsrsParameters weights = FsrsParameters.DEFAULT;
            if (stored && parameters != null) {
                throw new CliErrors.UsageError(spec.commandLine(), "give either --parameters or --stored, not both");
            }
            if (deckId != null && !stored) throw new CliErrors.UsageError(spec.commandLine(), "--deck goes with --stored");
            if (stored) {
                try (Store store = Store.open(dataDir.existingPaths().dataDir())) {
                    weights = store.fsrs().fsrsParameters(deckId).orElse(FsrsParameters.DEFAULT);
                } catch (IllegalArgumentException e) { // parameters kept in the store that are not 21 valid weights
                    throw CommandFailure.of(e.getMessage());
                }
            }
            if (parameters != null) {
                try {
                    weights = FsrsParameters.parseWithinBounds(parameters);
                } catch (IllegalArgumentException e) { // a bad option value, as picocli's own: exit code 2
                    throw new CliErrors.UsageError(spec.commandLine(), "--parameters: " + e.getMessage());
                }
            }
            ReviewHistory history = log.read();
            ReplayMetrics m = ReplayMetrics.of(history, weights);
            out.printf(Locale.ROOT, "reviews: %d (%d cards)%n", history.reviewCount(), history.cardCount());
            out.printf(Locale.ROOT, "evaluated: %d (at least a day after the previous review)%n", m.count());
            if (m.count() > 0) {
                out.printf(Locale.ROOT, "log loss: %.4f%n", m.logLoss());
                out.printf(Locale.ROOT, "mean predicted recall: %.4f%n", m.meanPredictedRecall());
                out.printf(Locale.ROOT, "observed recall: %.4f%n", m.observedRecall());
                out.printf(Locale.ROOT, "RMSE (bins): %.4f%n", m.rmseBins());
            }
            return CliErrors.OK;
        } finally {
            out.flush();
        }
    }
}
