package dev.latent.cli;

import dev.latent.platform.AppPaths;
import dev.latent.store.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    /**
     * For commands whose {@code --data-dir} says what they use it for: their own folder, else the one given to the
     * root command; null when neither was given (the platform default).
     */
    static Path orRoot(Path own, LatentCommand root) {
        return own != null ? own : root == null ? null : root.dataDir;
    }
}
