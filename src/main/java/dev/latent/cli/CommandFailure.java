package dev.latent.cli;

import java.util.List;

/**
 * A command's failure already put into words by the command, because only it knows the context (which file, which
 * row). {@link CliErrors} prints it on standard error and exits with {@link CliErrors#FAILED}.
 */
final class CommandFailure extends RuntimeException {

    private final List<String> lines;
    private final boolean prefixed;

    private CommandFailure(List<String> lines, boolean prefixed) {
        super(String.join("\n", lines), null, false, false);
        this.lines = List.copyOf(lines);
        this.prefixed = prefixed;
    }

    /** One line, printed after the command's name: {@code grade: MESSAGE}. */
    static CommandFailure of(String message) {
        return new CommandFailure(List.of(message), true);
    }

    /** Lines printed exactly as given (they already say where: {@code file:line: ...}). */
    static CommandFailure verbatim(List<String> lines) {
        return new CommandFailure(lines, false);
    }

    static CommandFailure verbatim(String... lines) {
        return verbatim(List.of(lines));
    }

    List<String> lines() {
        return lines;
    }

    boolean prefixed() {
        return prefixed;
    }
}
