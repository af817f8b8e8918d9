package dev.latent.store;

import dev.latent.platform.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.latent.store.Rows.queryInt;

/**
 * Putting a backup in the database's place: the backup is checked and copied beside the database first, the
 * database it replaces is kept (a fresh backup of it, or the damaged file itself set aside), and the copy is renamed
 * over it in one step, so there is never a moment without a database. Also clears what an interrupted backup or
 * restore left behind.
 */
final class Restore {

    /** The private copy of a backup being restored, beside the database. */
    private static final String RESTORING_SUFFIX = ".restoring";

    private Restore() {
    }

    /** See {@link Store#restore(Path, Path)}. */
    static Store.Restored intoFolder(Path dir, Path backupFile) {
        if (!Files.isDirectory(dir)) throw new StoreException("There is no data folder " + dir + ".");
        InstanceLock lock = InstanceLock.acquire(dir);
        Backups backups = new Backups(dir);
        Database db = new Database(dir.resolve(Store.DATABASE_FILE), backups);
        try {
            removeLeftovers(dir, backups);
            try {
                db.open();
            } catch (StoreLockedException | DiskFullException e) {
                throw e;
            } catch (StoreException unreadable) {
                return replaceUnreadable(db, backups, backupFile);
            }
            Path safety;
            try {
                safety = overOpen(db, backups, backupFile);
            } catch (StoreDamagedException damagedInside) {
                // It opened, but damaged pages stop the safety backup: keep the file itself instead.
                db.closeQuietly();
                return replaceUnreadable(db, backups, backupFile);
            }
            return new Store.Restored(backupFile, db.file(), safety, false);
        } finally {
            try {
                db.close();
            } finally {
                lock.close();
            }
        }
    }

    /**
     * Files an interrupted backup, restore or settings save left behind (a copy of the whole database, possibly
     * large). Only called with the folder locked, so no other Latent is writing them.
     */
    static void removeLeftovers(Path dir, Backups backups) {
        List<Path> leftovers = new ArrayList<>();
        leftovers.add(dir.resolve(Store.DATABASE_FILE + RESTORING_SUFFIX));
        leftovers.addAll(backups.partialFiles());
        try (var temps = Files.newDirectoryStream(dir, AtomicFiles.TEMP_PREFIX + "*.tmp")) {
            for (Path temp : temps) leftovers.add(temp);
        } catch (IOException e) {
            // nothing to list is nothing to clean
        }
        for (Path leftover : leftovers) {
            try {
                Files.deleteIfExists(leftover);
            } catch (IOException e) {
                System.err.println("latent: cannot remove the leftover " + leftover + ": " + e.getMessage());
            }
        }
    }

    /**
     * Replaces the open database with the checked backup after backing it up; the connection is open again, on the
     * restored file, when this returns (on the old one if the replacing failed). See {@link Store#restore(Path)}.
     *
     * @return the backup just taken of the database being replaced
     */
    static Path overOpen(Database db, Backups backups, Path backupFile) {
        Path dbFile = db.file();
        Path candidate = checkedCopy(dbFile, backupFile);
        Path safety;
        try {
            safety = backups.write(db.connection(), Instant.now());
        } catch (RuntimeException e) {
            deleteQuietly(candidate);
            throw e;
        }
        try {
            db.close();
        } catch (StoreException e) {
            deleteQuietly(candidate);
            Throwable why = e.getCause() != null ? e.getCause() : e;
            throw new StoreException("Could not close the database to restore it: " + why.getMessage(), e);
        }
        try {
            // A clean close checkpoints and removes these; leftovers belong to the replaced file and must not be
            // replayed into the restored one.
            Files.deleteIfExists(dbFile.resolveSibling(Store.DATABASE_FILE + "-wal"));
            Files.deleteIfExists(dbFile.resolveSibling(Store.DATABASE_FILE + "-shm"));
            AtomicFiles.publish(candidate, dbFile);
        } catch (IOException e) {
            deleteQuietly(candidate);
            db.open();
            throw new StoreException("Could not replace the database with " + backupFile + " (kept the current one): "
                    + e.getMessage(), e);
        }
        db.open();
        return safety;
    }

    /**
     * Restores over a database that does not open: the damaged file stays, under a new name in the backups folder
     * (a hard link, or a copy where links are not possible), then the checked backup is renamed over it in one step.
     * Only the newest {@link Backups#KEEP_DAMAGED} damaged files are kept.
     */
    private static Store.Restored replaceUnreadable(Database db, Backups backups, Path backupFile) {
        Path dbFile = db.file();
        Path candidate = checkedCopy(dbFile, backupFile);
        Path kept;
        try {
            kept = backups.newDamagedTarget(Instant.now());
            if (Files.exists(dbFile)) {
                try {
                    Files.createLink(kept, dbFile);
                } catch (IOException | UnsupportedOperationException noLink) {
                    Files.copy(dbFile, kept);
                }
            }
            Path wal = dbFile.resolveSibling(Store.DATABASE_FILE + "-wal");
            // The log belongs to the damaged file; replayed into the restored one it would damage that too.
            if (Files.exists(wal)) Files.move(wal, kept.resolveSibling(kept.getFileName() + "-wal"));
            Files.deleteIfExists(dbFile.resolveSibling(Store.DATABASE_FILE + "-shm"));
            AtomicFiles.publish(candidate, dbFile);
        } catch (IOException e) {
            deleteQuietly(candidate);
            if (Database.isDiskFull(e)) {
                throw Database.diskFull("Cannot restore " + backupFile + ": ", dbFile.getParent(), e);
            }
            throw new StoreException("Could not replace the damaged database with " + backupFile + ": " + e.getMessage(), e);
        }
        backups.rotateDamaged();
        db.open();
        return new Store.Restored(backupFile, dbFile, kept, true);
    }

    /**
     * A private, checked and synced copy of the backup beside the database, ready to be renamed over it: the chosen
     * file itself may be rotated away by the safety backup, or live on another disk.
     */
    private static Path checkedCopy(Path dbFile, Path backupFile) {
        if (!Files.isRegularFile(backupFile)) throw new StoreException("There is no backup file " + backupFile + ".");
        Path candidate = dbFile.resolveSibling(Store.DATABASE_FILE + RESTORING_SUFFIX);
        try {
            Files.copy(backupFile, candidate, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(candidate);
            if (Database.isDiskFull(e)) throw Database.diskFull("Cannot restore " + backupFile + ": ", dbFile.getParent(), e);
            throw new StoreException("Cannot read the backup " + backupFile + ": " + e.getMessage(), e);
        }
        try {
            validate(candidate, backupFile);
            Backups.force(candidate, false);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(candidate);
            if (e instanceof StoreException se) throw se;
            throw new StoreException("Cannot use the backup " + backupFile + ": " + e.getMessage(), e);
        }
        return candidate;
    }

    /** An intact Latent database ({@code PRAGMA integrity_check}) of this version or an older one. */
    private static void validate(Path candidate, Path original) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + candidate)) {
            Database.pragma(c, "PRAGMA busy_timeout = " + Database.BUSY_TIMEOUT_MS);
            List<String> problems = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) problems.add(rs.getString(1));
            }
            if (!problems.equals(List.of("ok"))) {
                throw new StoreException(original + " is damaged (integrity check: "
                        + String.join("; ", problems.subList(0, Math.min(3, problems.size()))) + ").");
            }
            int version = queryInt(c, "PRAGMA user_version");
            int tables = queryInt(c,
                    "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('cards', 'revlog')");
            if (version < 1 || tables != 2) throw new StoreException(original + " is not a Latent database.");
            if (version > Schema.CURRENT_VERSION) {
                throw new StoreException(original + " was written by a newer version of Latent (schema " + version
                        + "); update Latent to restore it.");
            }
        } catch (SQLException e) {
            throw new StoreException(original + " is not a readable Latent database (" + e.getMessage() + ").", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray copy is harmless; the next restore replaces it
        }
    }
}
