package dev.latent.cli;

import dev.latent.platform.InputFiles;
import dev.latent.scheduling.ReviewHistory;
import dev.latent.scheduling.ReviewLogFormatException;
import dev.latent.scheduling.ReviewLogReplay;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The review log CSV that {@code replay} and {@code optimize} read ({@code @Mixin}): the {@code FILE} argument,
 * read with one-line errors that name the file.
 */
final class ReviewLogFile {

    @Parameters(paramLabel = "FILE", description = "Review log CSV.")
    Path file;

    /** The file's reviews; a {@link CommandFailure} of one line saying why when it cannot be read. */
    ReviewHistory read() {
        try {
            var notAFile = InputFiles.whyNotAFile(file);
            if (notAFile.isPresent()) throw CommandFailure.verbatim(file + ": " + notAFile.get());
            return ReviewLogReplay.readHistory(file);
        } catch (CharacterCodingException e) {
            throw CommandFailure.verbatim(file + ": " + InputFiles.NOT_UTF8_TABLE);
        } catch (ReviewLogFormatException e) {
            throw CommandFailure.verbatim(file + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw CommandFailure.verbatim(file + ": no such file");
        } catch (IOException e) {
            throw CommandFailure.verbatim(file + ": cannot read: " + e.getMessage());
        }
    }

    /** A metric to 4 decimals, or "n/a" when no review could be scored. */
    static String figure(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
    }
}
