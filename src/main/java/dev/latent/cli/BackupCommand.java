package dev.latent.cli;

import dev.latent.platform.AppPaths;
import dev.latent.store.Store;
import dev.latent.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code latent backup [--data-dir DIR]}: writes a backup of the learner's database now and prints where. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the review history now (a consistent copy in the data folder's backups/; the newest 10 are kept).")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LatentCommand parent;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder. Default: the platform's user data folder.")
    Path dataDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = Store.open(dataDirOf(dataDir, parent))) {
            out.println("backup written: " + store.backup());
            return 0;
        } catch (StoreException e) {
            err.println("backup: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The data folder: this command's option, else the root's, else the platform default. */
    static Path dataDirOf(Path own, LatentCommand parent) {
        return AppPaths.of(own != null ? own : parent == null ? null : parent.dataDir).dataDir();
    }
}
