package dev.latent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The {@code latent} command line: with no subcommand it opens the app, otherwise it runs a tool.
 * Subcommands are listed here, one class each in this package.
 */
@Command(name = "latent", mixinStandardHelpOptions = true, versionProvider = LatentCommand.Version.class,
        description = "Study autoencoders and GANs: spaced repetition with rubric-graded typed answers.%n"
                + "Without a command, opens the app.",
        subcommands = {ValidateCommand.class, GradeCommand.class, RubricTestCommand.class, ReplayCommand.class,
                ExportCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class LatentCommand implements Runnable {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for the learner's data (store, backups, own decks). Default: the platform's user data folder.")
    Path dataDir;

    @Override
    public void run() {
        // No subcommand: Main opens the app instead of calling this.
    }

    /** True when the arguments ask for the app rather than a command-line tool. */
    public static boolean opensApp(String[] args) {
        if (args.length == 0) return true;
        try {
            CommandLine.ParseResult result = new CommandLine(new LatentCommand()).parseArgs(args);
            return result.subcommand() == null && !result.isUsageHelpRequested() && !result.isVersionHelpRequested();
        } catch (CommandLine.ParameterException e) {
            return false; // let run() print the usage error
        }
    }

    /** The app's options when it opens: {@code --data-dir}. */
    public static Path dataDirOption(String[] args) {
        LatentCommand command = new LatentCommand();
        new CommandLine(command).parseArgs(args);
        return command.dataDir;
    }

    public static int run(String[] args) {
        return new CommandLine(new LatentCommand()).execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LatentCommand.class.getPackage().getImplementationVersion();
            return new String[]{"Latent " + (version == null ? "(development build)" : version)};
        }
    }
}
