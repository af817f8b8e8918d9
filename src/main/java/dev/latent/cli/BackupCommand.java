package dev.latent.cli;

import dev.latent.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code latent backup [--data-dir DIR]}: writes a backup of the learner's database now and prints where. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the review history now (a consistent copy in the data folder's backups/; the newest 10 are kept).")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = dataDir.openStore()) {
            out.println("backup written: " + store.backup());
        }
        out.flush();
        return CliErrors.OK;
    }
}
