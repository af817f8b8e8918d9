package dev.latent.cli;

import dev.latent.scheduling.ReviewHistory;
import dev.latent.scheduling.ReviewLogFormatException;
import dev.latent.scheduling.ReviewLogReplay;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reading a review log CSV for {@code replay} and {@code optimize}, with their one-line errors. */
final class ReviewLogFile {

    private ReviewLogFile() {
    }

    /** The file's reviews, or null after printing one line to {@code err} saying why it cannot be read. */
    static ReviewHistory read(Path file, PrintWriter err) {
        try {
            if (!Files.isRegularFile(file)) {
                err.println(file + ": no such file");
                return null;
            }
            return ReviewLogReplay.readHistory(file);
        } catch (ReviewLogFormatException e) {
            err.println(file + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
        }
        return null;
    }

    /** A metric to 4 decimals, or "n/a" when no review could be scored. */
    static String figure(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
    }
}
