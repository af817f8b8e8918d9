package dev.latent.cli;

import dev.latent.platform.AppPaths;
import dev.latent.store.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --data-dir DIR} for the commands that work on the learner's data folder ({@code @Mixin}). The folder
 * may also be named before the command ({@code latent --data-dir DIR backup}); the command's own option wins.
 */
final class DataDirOption {

    /** The command this option is mixed into; its parent is the root command. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = LatentCommand.DATA_DIR, paramLabel = "DIR", description = "Data folder. Default: the platform's user data folder.")
    Path given;

    /** The data folder: this option, else the root's, else the platform default. */
    AppPaths paths() {
        CommandSpec parent = command.parent();
        return AppPaths.of(orRoot(given, parent != null && parent.userObject() instanceof LatentCommand root ? root : null));
    }

    Store openStore() {
        return Store.open(paths().dataDir());
    }

    /** The data folder for a command that only reads the learner's data: it must be there ({@link #existing}). */
    AppPaths existingPaths() {
        return existing(paths());
    }

    /**
     * {@code paths}, refused when its data folder is not there: for a command that only reads the learner's data,
     * a mistyped {@code --data-dir} must not pass for an empty history (nor leave a new folder behind).
     */
    static AppPaths existing(AppPaths paths) {
        Path folder = paths.dataDir();
        if (Files.isDirectory(folder)) return paths;
        throw CommandFailure.of(Files.exists(folder) ? folder + " is a file, not a data folder" : "no data folder at " + folder);
    }

    /**
     * For commands whose {@code --data-dir} says what they use it for: their own folder, else the one given to the
     * root command; null when neither was given (the platform default).
     */
    static Path orRoot(Path own, LatentCommand root) {
        return own != null ? own : root == null ? null : root.dataDir;
    }
}
