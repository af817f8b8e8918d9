package dev.latent.cli;

import dev.latent.scheduling.FsrsOptimizer;
import dev.latent.scheduling.FsrsParameters;
import dev.latent.scheduling.ReplayMetrics;
import dev.latent.scheduling.ReviewHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

/**
 * {@code latent optimize [--split F] FILE.csv}: fits FSRS-6's 21 weights to a review log (as Anki's "Optimize") and
 * prints log loss and RMSE (bins) with the default and the fitted weights. With {@code --split}, fits on each card's
 * first part and measures on the rest. Exit code 0 (also when the log is too small to fit: the defaults are kept and
 * it says so), 1 for an unreadable file or a bad option.
 */
@Command(name = "optimize", description = {
        "Fit the FSRS-6 parameters to a review log (CSV: card_id,review_rating,review_time,review_duration) and",
        "print the log loss and RMSE (bins) of the default and the fitted parameters, and the fitted parameters",
        "(to use with `replay --parameters`)."})
final class OptimizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--split", paramLabel = "FRACTION",
            description = "Fit on the first FRACTION (e.g. 0.8) of each card's reviews in time and measure on the rest,"
                    + " so over-fitting shows.")
    Double split;

    @Mixin
    ReviewLogFile log;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (split != null && !(split > 0 && split < 1)) {
                throw CommandFailure.verbatim("--split must be a fraction between 0 and 1 (exclusive), e.g. 0.8; was " + split);
            }
            ReviewHistory history = log.read();
            ReviewHistory training = split == null ? history : history.firstPart(split);
            FsrsOptimizer.Result result = FsrsOptimizer.fit(training);
            // The weights as printed (4 decimals, as Anki shows them) are the ones measured, so that
            // `replay --parameters` with the printed line gives the same figures.
            String printed = format(result.parameters());
            FsrsParameters fitted = FsrsParameters.parse(printed);
            ReplayMetrics before = measure(history, FsrsParameters.DEFAULT);
            ReplayMetrics after = measure(history, fitted);

            out.printf(Locale.ROOT, "reviews: %d (%d cards)%n", history.reviewCount(), history.cardCount());
            out.println("default log loss: " + ReviewLogFile.figure(before.logLoss()));
            out.println("fitted log loss: " + ReviewLogFile.figure(after.logLoss()));
            out.println("parameters: " + printed);
            out.println("default RMSE (bins): " + ReviewLogFile.figure(before.rmseBins()));
            out.println("fitted RMSE (bins): " + ReviewLogFile.figure(after.rmseBins()));
            if (split == null) {
                out.printf(Locale.ROOT, "evaluated: %d (at least a day after the previous review)%n", before.count());
            } else {
                out.printf(Locale.ROOT, "split: fitted on the first %s of each card's reviews (%d reviews), measured on"
                                + " the rest: %d evaluated (at least a day after the previous review)%n",
                        percent(split), training.reviewCount(), before.count());
            }
            if (!result.fitted()) {
                out.printf(Locale.ROOT, "too few reviews to optimize: %d at least a day after the previous one, %d"
                                + " needed; the default parameters are kept%n",
                        result.scoredReviews(), FsrsOptimizer.Settings.DEFAULT.minimumReviews());
            }
            return CliErrors.OK;
        } finally {
            out.flush();
        }
    }

    private ReplayMetrics measure(ReviewHistory history, FsrsParameters parameters) {
        return split == null ? ReplayMetrics.of(history, parameters) : ReplayMetrics.heldOut(history, parameters, split);
    }

    private static String format(FsrsParameters parameters) {
        StringJoiner text = new StringJoiner(",");
        for (double w : parameters.toArray()) text.add(String.format(Locale.ROOT, "%.4f", w));
        return text.toString();
    }

    private static String percent(double fraction) {
        double percent = fraction * 100;
        return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent)) + " %";
    }
}
