package dev.latent.cli;

import dev.latent.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code latent restore [--data-dir DIR] [--list] [BACKUP]}: lists the backups, or replaces the database with one
 * after taking a safety backup of the current one (or setting it aside when it is too damaged to open). Neither
 * opens the current database first: restoring is how a damaged one is mended.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, description = {
        "Restore the review history from a backup, or list the backups with --list.",
        "The current database is backed up first, so a restore can itself be undone; one too damaged to open",
        "is set aside in the backups folder instead (latent-damaged-...db), never deleted."})
final class RestoreCommand implements Callable<Integer> {

    private static final Pattern BACKUP_NAME = Pattern.compile("latent-(\\d{8}-\\d{6})\\.db");
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT);

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--list", description = "List the backups, newest first, with date and size.")
    boolean list;

    @Parameters(paramLabel = "BACKUP", arity = "0..1",
            description = "The backup to restore: a path, or a file name from --list.")
    Path backup;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!list && backup == null) {
            throw new CliErrors.UsageError(spec.commandLine(), "name a backup to restore (see latent restore --list)");
        }
        // Neither listing nor restoring opens the current database: restoring is how a damaged one is mended.
        Path folder = dataDir.paths().dataDir();
        List<Path> backups = Store.listBackups(folder);
        if (list) {
            if (backups.isEmpty()) out.println("no backups in " + folder.toAbsolutePath().normalize().resolve("backups"));
            for (Path file : backups) out.println(describe(file));
        } else {
            Path chosen = resolve(backup, backups);
            Store.Restored restored = Store.restore(folder, chosen);
            if (restored.damaged()) {
                out.println("the damaged database was kept as: " + restored.keptAs());
            } else {
                out.println("safety backup of the current database: " + restored.keptAs());
            }
            out.println("restored " + chosen + " into " + restored.databaseFile());
        }
        out.flush();
        return CliErrors.OK;
    }

    /** A bare file name from {@code --list} means that backup; anything else is a path. */
    private static Path resolve(Path given, List<Path> backups) {
        if (given.getNameCount() == 1 && !Files.exists(given)) {
            for (Path file : backups) {
                if (file.getFileName().equals(given)) return file;
            }
        }
        return given;
    }

    /** {@code name  date  size}: the date from the name (when the backup was taken), else the file's time. */
    static String describe(Path file) {
        String name = file.getFileName().toString();
        String when;
        Matcher m = BACKUP_NAME.matcher(name);
        try {
            when = m.matches() ? LocalDateTime.parse(m.group(1), NAME_TIME).format(SHOWN_TIME)
                    : LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC).format(SHOWN_TIME);
            return String.format(Locale.ROOT, "%-28s %s  %s", name, when, size(Files.size(file)));
        } catch (IOException | RuntimeException e) {
            return name + "  (unreadable: " + e.getMessage() + ")";
        }
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
