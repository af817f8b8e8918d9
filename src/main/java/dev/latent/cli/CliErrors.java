package dev.latent.cli;

import dev.latent.deck.DeckException;
import dev.latent.deck.folder.DeckFolderException;
import dev.latent.deck.DeckProblem;
import dev.latent.interchange.AnkiTextException;
import dev.latent.interchange.AnswerSetFile;
import dev.latent.interchange.ApkgException;
import dev.latent.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * How every command reports a failure: one clear message on standard error (never a stack trace for a problem with
 * the input or the data folder) and one of the documented exit codes. Commands let exceptions through; this is
 * the one place that turns them into text and exit codes.
 *
 * <table>
 *   <tr><th>exit code</th><th>meaning</th></tr>
 *   <tr><td>{@value #OK}</td><td>success</td></tr>
 *   <tr><td>{@value #FAILED}</td><td>the command could not do its work: a bad deck or input file, a data folder that is
 *       locked by the app, damaged or on a full disk, a file that cannot be read or written (and any unexpected
 *       error, which also prints its stack trace)</td></tr>
 *   <tr><td>{@value #USAGE}</td><td>the command line itself is wrong: unknown or missing options, options that do not
 *       go together</td></tr>
 * </table>
 */
final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** picocli's own handler for errors it finds while parsing: the message, suggestions and the usage help. */
    private final IParameterExceptionHandler parseErrors;

    private CliErrors(IParameterExceptionHandler parseErrors) {
        this.parseErrors = parseErrors;
    }

    /** Installs the handlers on {@code commandLine} and all its subcommands. */
    static CommandLine install(CommandLine commandLine) {
        CliErrors errors = new CliErrors(commandLine.getParameterExceptionHandler());
        return commandLine.setExitCodeExceptionMapper(errors)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }

    @Override
    public int getExitCode(Throwable exception) {
        if (exception instanceof ParameterException) return USAGE;
        return FAILED;
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) throws Exception {
        if (exception instanceof UsageError) {
            PrintWriter err = exception.getCommandLine().getErr();
            err.println(exception.getCommandLine().getCommandName() + ": " + exception.getMessage());
            err.flush();
            return getExitCode(exception);
        }
        return parseErrors.handleParseException(exception, args);
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) throws Exception {
        List<String> lines = message(exception, commandLine.getCommandName());
        if (lines == null) throw exception; // a bug, not bad input: picocli prints the stack trace
        commandLine.getOut().flush();
        PrintWriter err = commandLine.getErr();
        for (String line : lines) err.println(line);
        err.flush();
        return getExitCode(exception);
    }

    /** What to print for {@code exception} thrown by {@code command}; null for an exception no user input explains. */
    static List<String> message(Exception exception, String command) {
        if (exception instanceof CommandFailure failure) {
            return failure.prefixed() ? failure.lines().stream().map(line -> command + ": " + line).toList() : failure.lines();
        }
        if (exception instanceof DeckException deck) {
            return deck.problems().stream().map(DeckProblem::toString).toList();
        }
        if (exception instanceof AnswerSetFile.AnswerSetException answers) return answers.problems();
        // These say which file and line themselves.
        if (exception instanceof AnkiTextException || exception instanceof ApkgException) {
            return List.of(exception.getMessage());
        }
        // StoreLockedException, StoreDamagedException, DiskFullException: their messages say what to do.
        if (exception instanceof StoreException || exception instanceof DeckFolderException
                || exception instanceof IOException) {
            return List.of(command + ": " + exception.getMessage());
        }
        if (exception instanceof UncheckedIOException unchecked) return message(unchecked.getCause(), command);
        return null;
    }

    /**
     * Options that do not go together, or one that is missing for what was asked, found by the command: one line
     * (no usage help, unlike picocli's own parse errors) and exit code {@value #USAGE}.
     */
    static final class UsageError extends ParameterException {
        UsageError(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }
}
