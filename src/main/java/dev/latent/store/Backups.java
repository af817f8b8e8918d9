package dev.latent.store;

import dev.latent.scheduling.StudyDay;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backups folder: writing {@code backups/latent-YYYYMMDD-HHMMSS.db} (UTC times) from the open database, naming,
 * listing and rotating them, and the {@code latent-damaged-...db} files a restore set aside.
 */
final class Backups {

    static final int KEEP = 10;
    /** Damaged databases kept (each may be as large as the database): enough to go back to, not a growing pile. */
    static final int KEEP_DAMAGED = 3;
    static final String DIR_NAME = "backups";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String BACKUP_PREFIX = "latent-";
    private static final String DAMAGED_PREFIX = "latent-damaged-";
    private static final Pattern NAME = namePattern(BACKUP_PREFIX);
    private static final Pattern DAMAGED_NAME = namePattern(DAMAGED_PREFIX);
    private static final String TEMP_SUFFIX = ".partial";

    record Entry(Path file, Instant takenAt, int sequence) {
    }

    private static final Comparator<Entry> NEWEST_FIRST =
            Comparator.comparing(Entry::takenAt).thenComparingInt(Entry::sequence).reversed();

    private final Path dir;

    Backups(Path dataDir) {
        this.dir = dataDir.resolve(DIR_NAME);
    }

    Path dir() {
        return dir;
    }

    /** The backups, newest first. */
    List<Entry> list() {
        return list(NAME);
    }

    /** The damaged databases set aside by restores, newest first. */
    List<Entry> damaged() {
        return list(DAMAGED_NAME);
    }

    private List<Entry> list(Pattern name) {
        if (!Files.isDirectory(dir)) return List.of();
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                parse(name, file).ifPresent(entries::add);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot list the backups in " + dir + ": " + e.getMessage(), e);
        }
        entries.sort(NEWEST_FIRST);
        return entries;
    }

    private static Optional<Entry> parse(Pattern name, Path file) {
        Matcher m = name.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file)) return Optional.empty();
        Instant takenAt = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
        int sequence = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        return Optional.of(new Entry(file, takenAt, sequence));
    }

    /**
     * Writes a consistent copy of the open database to a new backup taken {@code at}, then rotates. The copy is
     * written under a temporary name and renamed when complete, so a crash never leaves half a backup.
     */
    Path write(Connection c, Instant at) {
        Path temp = null;
        try {
            Path target = newTarget(at);
            temp = tempFor(target);
            Files.deleteIfExists(temp);
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, temp.toString());
                ps.executeUpdate();
            }
            publish(temp, target);
            rotate();
            return target;
        } catch (IOException | SQLException e) {
            deleteQuietly(temp); // a failed copy (a damaged database, a full disk) leaves nothing half-written
            String prefix = "Could not write a backup to " + dir + ": ";
            if (Database.isDiskFull(e)) throw Database.diskFull(prefix, dir.getParent(), e);
            if (e instanceof SQLException sql) throw Database.classify(sql, dir.resolveSibling(Store.DATABASE_FILE), prefix);
            throw new StoreException(prefix + e.getMessage(), e);
        }
    }

    /**
     * Writes a backup unless one was already taken this study day in {@code zone}; empty when none was due.
     * A backup dated in another day (even a future one, after a clock change) does not count as today's.
     */
    Optional<Path> writeIfDue(Connection c, Instant now, ZoneId zone) {
        List<Entry> existing = list();
        if (!existing.isEmpty() && StudyDay.of(existing.get(0).takenAt(), zone).equals(StudyDay.of(now, zone))) {
            return Optional.empty();
        }
        return Optional.of(write(c, now));
    }

    /** A fresh file name for a backup taken at {@code at}, plus the temporary name to write it under first. */
    Path newTarget(Instant at) throws IOException {
        return freshName(BACKUP_PREFIX, at);
    }

    /** {@code latent-damaged-YYYYMMDD-HHMMSS.db}: where a database that would not open is kept when a backup replaces it. */
    Path newDamagedTarget(Instant at) throws IOException {
        return freshName(DAMAGED_PREFIX, at);
    }

    /** {@code PREFIX + YYYYMMDD-HHMMSS (UTC) + .db}, with -2, -3... when that name is taken (two in one second). */
    private Path freshName(String prefix, Instant at) throws IOException {
        Files.createDirectories(dir);
        String stamp = STAMP.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        Path target = dir.resolve(prefix + stamp + ".db");
        for (int sequence = 2; Files.exists(target); sequence++) {
            target = dir.resolve(prefix + stamp + "-" + sequence + ".db");
        }
        return target;
    }

    /** The names {@link #freshName} gives: the time stamp in group 1, the sequence (if any) in group 2. */
    private static Pattern namePattern(String prefix) {
        return Pattern.compile(Pattern.quote(prefix) + "(\\d{8}-\\d{6})(?:-(\\d+))?\\.db");
    }

    /** Leftovers of backups that were interrupted (a crash, a full disk) before they got their real name. */
    List<Path> partialFiles() {
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> partial = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + TEMP_SUFFIX)) {
            for (Path file : files) partial.add(file);
        } catch (IOException e) {
            return partial;
        }
        return partial;
    }

    static Path tempFor(Path target) {
        return target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // removed at the next start with the other leftovers (partialFiles)
        }
    }

    /** Makes a finished temporary copy durable, then gives it its real name so a crash never leaves half a backup. */
    static void publish(Path temp, Path target) throws IOException {
        dev.latent.platform.AtomicFiles.publish(temp, target);
    }

    /** fsync a file, or best-effort a directory (not possible on every platform). */
    static void force(Path path, boolean directory) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!directory) throw e;
        }
    }

    /**
     * Deletes all but the newest {@link #KEEP_DAMAGED} damaged databases (with the write-ahead logs kept beside
     * them). Best effort: a file that cannot be deleted now is tried again at the next restore.
     */
    void rotateDamaged() {
        List<Entry> entries;
        try {
            entries = damaged();
        } catch (StoreException e) {
            System.err.println("latent: " + e.getMessage());
            return;
        }
        for (Entry old : entries.subList(Math.min(KEEP_DAMAGED, entries.size()), entries.size())) {
            for (Path file : List.of(old.file(), old.file().resolveSibling(old.file().getFileName() + "-wal"))) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    System.err.println("latent: cannot remove the old damaged database " + file + ": " + e.getMessage());
                }
            }
        }
    }

    /** Deletes all but the newest {@link #KEEP} backups, and leftovers of interrupted ones. */
    void rotate() throws IOException {
        List<Entry> entries = list();
        for (Entry old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
            Files.deleteIfExists(old.file());
        }
        try (DirectoryStream<Path> partial = Files.newDirectoryStream(dir, "*" + TEMP_SUFFIX)) {
            for (Path file : partial) {
                Files.deleteIfExists(file);
            }
        }
    }
}
