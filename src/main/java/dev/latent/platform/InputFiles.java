package dev.latent.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files the learner names for Latent to read (decks, Anki notes and packages, answer tables, review logs): only a
 * regular file is ever opened. A device such as /dev/zero never ends and a pipe blocks until something writes to
 * it, so both are refused from what the path is, before anything is read. One wording for every command.
 */
public final class InputFiles {

    /** What a table (TSV answers, CSV review log) that is not UTF-8 is told, by every command that reads one. */
    public static final String NOT_UTF8_TABLE = "not UTF-8 text; save the table as UTF-8";

    private InputFiles() {
    }

    /**
     * Why {@code file} cannot be read as a file, told after its name ({@code FILE: is a folder, not a file}); empty
     * for a regular file. Nothing is opened.
     */
    public static Optional<String> whyNotAFile(Path file) {
        if (Files.isRegularFile(file)) return Optional.empty();
        if (Files.isDirectory(file)) return Optional.of("is a folder, not a file");
        if (!Files.exists(file)) return Optional.of("no such file");
        return Optional.of("is not a regular file (a device, pipe or socket)");
    }
}
