package dev.latent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code latent} command line: with no subcommand it opens the app, otherwise it runs a tool.
 * Subcommands are listed here, one class each in this package.
 */
// scope INHERIT: every subcommand gets the same -V/--version from the one provider.
@Command(name = "latent", mixinStandardHelpOptions = true, versionProvider = LatentCommand.Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Study autoencoders and GANs: spaced repetition with rubric-graded typed answers.%n"
                + "Without a command, opens the app.",
        subcommands = {ValidateCommand.class, GradeCommand.class, RubricTestCommand.class, ReplayCommand.class,
                OptimizeCommand.class, ExportCommand.class, ImportCommand.class, BackupCommand.class, RestoreCommand.class,
                StatsCommand.class, CommandLine.HelpCommand.class})
public final class LatentCommand implements Runnable {

    static final String DATA_DIR = "--data-dir";
    static final String STUDY = "--study";

    @Option(names = DATA_DIR, paramLabel = "DIR",
            description = "Folder for the learner's data (store, backups, own decks). Default: the platform's user data folder.")
    Path dataDir;

    @Option(names = STUDY, paramLabel = "DECK",
            description = "Open straight into the reviewer for the deck with this id (as if Study now was pressed).")
    String studyDeck;

    @Override
    public void run() {
        // No subcommand: Main opens the app instead of calling this.
    }

    /** The app's own options: where the data lives, and a deck to open straight into the reviewer (or null). */
    public record AppOptions(Path dataDir, String studyDeck) {
    }

    /** The app's options when the arguments ask for the app rather than a command-line tool; empty otherwise. */
    public static Optional<AppOptions> appOptions(String[] args) {
        Optional<AppOptions> plain = scanAppOptions(args);
        if (plain.isPresent()) return plain;
        try {
            LatentCommand command = new LatentCommand();
            CommandLine.ParseResult result = parser(command).parseArgs(args);
            boolean app = result.subcommand() == null && !result.isUsageHelpRequested() && !result.isVersionHelpRequested();
            return app ? Optional.of(new AppOptions(command.dataDir, command.studyDeck)) : Optional.empty();
        } catch (CommandLine.ParameterException e) {
            return Optional.empty(); // let run() print the usage error
        }
    }

    /**
     * Reads the app's usual arguments ({@code --data-dir DIR}, {@code --study DECK}, each at most once, either
     * form {@code --name value} or {@code --name=value}) without picocli: building the model of every command
     * would cost the app's start-up a few hundred milliseconds. Anything else is left to picocli.
     */
    static Optional<AppOptions> scanAppOptions(String[] args) {
        Path dataDir = null;
        String studyDeck = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value;
            int equals = name.indexOf('=');
            if (name.startsWith("--") && equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (name.equals(DATA_DIR) && dataDir == null && !value.isEmpty()) {
                try {
                    dataDir = Path.of(value);
                } catch (InvalidPathException e) {
                    return Optional.empty();
                }
            } else if (name.equals(STUDY) && studyDeck == null) {
                studyDeck = value;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new AppOptions(dataDir, studyDeck));
    }

    public static int run(String[] args) {
        return commandLine().execute(args);
    }

    /** The command line with its error handling ({@link CliErrors}: messages on standard error, exit codes). */
    public static CommandLine commandLine() {
        return CliErrors.install(parser(new LatentCommand()));
    }

    /** The command tree with the parser settings annotations cannot express. */
    private static CommandLine parser(LatentCommand root) {
        CommandLine commandLine = new CommandLine(root);
        // An answer is free text: a bulleted one starts with "-" ("- denoising") and is not an unknown option.
        commandLine.getSubcommands().get(GradeCommand.NAME).setUnmatchedOptionsArePositionalParams(true);
        return commandLine;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LatentCommand.class.getPackage().getImplementationVersion();
            return new String[]{"Latent " + (version == null ? "(development build)" : version)};
        }
    }
}
