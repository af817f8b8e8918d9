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
import java.time.Instant;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

/**
 * {@code latent optimize [--split F] FILE.csv}: fits FSRS-6's 21 weights to a review log (as Anki's "Optimize") and
 * prints log loss and RMSE (bins) with the default and the fitted weights. With {@code --split}, fits on each card's
 * first part and measures on the rest, and also on a split at one moment across all cards and on cards held out
 * whole (an extra line each; {@code --split-by time} or {@code cards} makes that split the main one). Exit code 0 (also when the log is too small to fit: the defaults are kept and
 * it says so), 1 for an unreadable file, 2 for a bad option.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true, description = {
        "Fit the FSRS-6 parameters to a review log.",
        "Reads the log (CSV: card_id,review_rating,review_time,review_duration) and prints the log loss and RMSE"
                + " (bins) of the default and the fitted parameters, and the fitted parameters (to use with"
                + " `replay --parameters`)."})
final class OptimizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--split", paramLabel = "FRACTION",
            description = "Fit on the first FRACTION (e.g. 0.8) of each card's reviews in time and measure on the rest,"
                    + " so over-fitting shows.")
    Double split;

    /** What is held out: the last part of each card's reviews, what came after one moment, or whole cards. */
    enum SplitBy { card, time, cards }

    @Option(names = "--split-by", paramLabel = "card|time|cards",
            description = "With --split: `card` (default) holds out the last part of each card's reviews; `time`"
                    + " holds out every review after the moment by which FRACTION of all reviews had been made, as a"
                    + " learner who optimized on that day would then see; `cards` fits on about FRACTION of the cards"
                    + " (a fixed choice) and measures on the others, which it never saw.")
    SplitBy splitBy;

    @Mixin
    ReviewLogFile log;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (split != null && !(split > 0 && split < 1)) {
                throw new CliErrors.UsageError(spec.commandLine(),
                        "--split must be a fraction between 0 and 1 (exclusive), e.g. 0.8; was " + split);
            }
            if (splitBy != null && split == null) throw new CliErrors.UsageError(spec.commandLine(), "--split-by needs --split FRACTION");
            ReviewHistory history = log.read();
            if (splitBy == SplitBy.cards) return printCardSplit(out, history, true);
            boolean byTime = splitBy == SplitBy.time;
            int[] trainingLengths = split == null ? null : byTime ? byTime(history) : history.trainingLengths(split);
            ReviewHistory training = split == null ? history : history.firstPart(trainingLengths);
            FsrsOptimizer.Result result = FsrsOptimizer.fit(training);
            // The weights as printed (4 decimals, as Anki shows them) are the ones measured, so that
            // `replay --parameters` with the printed line gives the same figures.
            String printed = format(result.parameters());
            FsrsParameters fitted = FsrsParameters.parse(printed);
            ReplayMetrics before = measure(history, FsrsParameters.DEFAULT, trainingLengths);
            ReplayMetrics after = measure(history, fitted, trainingLengths);

            printFigures(out, history, before, after, printed);
            if (split == null) {
                out.printf(Locale.ROOT, "evaluated: %d (at least a day after the previous review)%n", before.count());
            } else if (byTime) {
                out.printf(Locale.ROOT, "split: fitted on the reviews before %s, the first %s of all reviews (%d"
                                + " reviews), measured on those after: %d evaluated (at least a day after the previous"
                                + " review)%n", moment(history), percent(split), training.reviewCount(), before.count());
            } else {
                out.printf(Locale.ROOT, "split: fitted on the first %s of each card's reviews (%d reviews), measured on"
                                + " the rest: %d evaluated (at least a day after the previous review)%n",
                        percent(split), training.reviewCount(), before.count());
                printTimeSplit(out, history);
                printCardSplit(out, history, false);
            }
            if (!result.fitted()) printTooFew(out, result);
            return CliErrors.OK;
        } finally {
            out.flush();
        }
    }

    /** The lines: the log's size, both log losses, the fitted parameters, both RMSEs. */
    private static void printFigures(PrintWriter out, ReviewHistory history, ReplayMetrics before, ReplayMetrics after,
                                     String printed) {
        out.printf(Locale.ROOT, "reviews: %d (%d cards)%n", history.reviewCount(), history.cardCount());
        out.println("default log loss: " + ReviewLogFile.figure(before.logLoss()));
        out.println("fitted log loss: " + ReviewLogFile.figure(after.logLoss()));
        out.println("parameters: " + printed);
        out.println("default RMSE (bins): " + ReviewLogFile.figure(before.rmseBins()));
        out.println("fitted RMSE (bins): " + ReviewLogFile.figure(after.rmseBins()));
    }

    private static void printTooFew(PrintWriter out, FsrsOptimizer.Result result) {
        out.printf(Locale.ROOT, "too few reviews to optimize: %d at least a day after the previous one, %d"
                        + " needed; the default parameters are kept%n",
                result.scoredReviews(), FsrsOptimizer.Settings.DEFAULT.minimumReviews());
    }

    private static ReplayMetrics measure(ReviewHistory history, FsrsParameters parameters, int[] trainingLengths) {
        return trainingLengths == null ? ReplayMetrics.of(history, parameters)
                : ReplayMetrics.heldOut(history, parameters, trainingLengths);
    }

    private int[] byTime(ReviewHistory history) {
        return history.reviewCount() == 0 ? new int[history.cardCount()] : history.reviewsBefore(history.momentAt(split));
    }

    private String moment(ReviewHistory history) {
        if (history.reviewCount() == 0) return "n/a";
        long micros = history.momentAt(split);
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L)).toString();
    }

    /**
     * The per-card split holds out each card's last reviews, which in a log where cards get learnt are mostly
     * recalled, while the fit sees the early struggle; a split at one moment compares fitted and default weights on
     * reviews that come later for every card alike. One extra line with both.
     */
    private void printTimeSplit(PrintWriter out, ReviewHistory history) {
        int[] lengths = byTime(history);
        ReviewHistory training = history.firstPart(lengths);
        FsrsParameters fitted = FsrsParameters.parse(format(FsrsOptimizer.fit(training).parameters()));
        ReplayMetrics before = measure(history, FsrsParameters.DEFAULT, lengths);
        ReplayMetrics after = measure(history, fitted, lengths);
        out.printf(Locale.ROOT, "split by time: fitted on the reviews before %s (%d reviews), measured on the %d after"
                        + " it: default log loss %s, fitted log loss %s, default RMSE (bins) %s, fitted RMSE (bins) %s%n",
                moment(history), training.reviewCount(), before.count(), ReviewLogFile.figure(before.logLoss()),
                ReviewLogFile.figure(after.logLoss()), ReviewLogFile.figure(before.rmseBins()),
                ReviewLogFile.figure(after.rmseBins()));
    }

    /**
     * Fits on about {@code split} of the cards and measures on the others, whole: whether the fit carries over to
     * cards it never saw. As the main split ({@code --split-by cards}), the usual lines; otherwise one extra line.
     */
    private int printCardSplit(PrintWriter out, ReviewHistory history, boolean main) {
        boolean[] heldOut = history.cardCount() == 0 ? new boolean[0] : history.heldOutCards(split);
        boolean[] fittedOn = new boolean[heldOut.length];
        for (int c = 0; c < heldOut.length; c++) fittedOn[c] = !heldOut[c];
        ReviewHistory training = history.cards(fittedOn);
        ReviewHistory measured = history.cards(heldOut);
        FsrsOptimizer.Result result = FsrsOptimizer.fit(training);
        String printed = format(result.parameters());
        ReplayMetrics before = ReplayMetrics.of(measured, FsrsParameters.DEFAULT);
        ReplayMetrics after = ReplayMetrics.of(measured, FsrsParameters.parse(printed));
        if (!main) {
            out.printf(Locale.ROOT, "split by cards: fitted on %d of the %d cards (%d reviews), measured on the other %d"
                            + " (%d evaluated): default log loss %s, fitted log loss %s, default RMSE (bins) %s, fitted"
                            + " RMSE (bins) %s%n", training.cardCount(), history.cardCount(), training.reviewCount(),
                    measured.cardCount(), before.count(), ReviewLogFile.figure(before.logLoss()),
                    ReviewLogFile.figure(after.logLoss()), ReviewLogFile.figure(before.rmseBins()),
                    ReviewLogFile.figure(after.rmseBins()));
            return CliErrors.OK;
        }
        printFigures(out, history, before, after, printed);
        out.printf(Locale.ROOT, "split: fitted on %d of the %d cards (%d reviews), measured on the other %d, which it"
                        + " never saw: %d evaluated (at least a day after the previous review)%n", training.cardCount(),
                history.cardCount(), training.reviewCount(), measured.cardCount(), before.count());
        if (!result.fitted()) printTooFew(out, result);
        return CliErrors.OK;
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
