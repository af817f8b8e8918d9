package dev.latent.cli;

import dev.latent.scheduling.ReviewLogFormatException;
import dev.latent.scheduling.ReviewLogReplay;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code latent replay FILE.csv}: replays a review log with the default FSRS-6 parameters (no fuzz) and
 * prints how well the forgetting curve predicted recall. Exit code 0 on success, 1 for an unreadable file.
 */
@Command(name = "replay", description = {
        "Replay a review log (CSV: card_id,review_rating,review_time,review_duration) with default FSRS-6 parameters",
        "and print log loss, mean predicted recall and observed recall over reviews at least a day apart."})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Review log CSV.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!Files.isRegularFile(file)) {
                err.println(file + ": no such file");
                return 1;
            }
            List<ReviewLogReplay.Review> log = ReviewLogReplay.readCsv(file);
            ReviewLogReplay.Metrics m = ReviewLogReplay.evaluate(log, new Scheduler(SchedulerConfig.DEFAULT.withFuzz(false)));
            out.printf(Locale.ROOT, "reviews: %d (%d cards)%n", m.reviews(), m.cards());
            out.printf(Locale.ROOT, "evaluated: %d (at least a day after the previous review)%n", m.count());
            if (m.count() > 0) {
                out.printf(Locale.ROOT, "log loss: %.4f%n", m.logLoss());
                out.printf(Locale.ROOT, "mean predicted recall: %.4f%n", m.meanPredictedRecall());
                out.printf(Locale.ROOT, "observed recall: %.4f%n", m.observedRecall());
            }
            return 0;
        } catch (ReviewLogFormatException e) {
            err.println(file + ": " + e.getMessage());
            return 1;
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
