package dev.latent.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import static dev.latent.store.Rows.queryInt;
import static dev.latent.store.Rows.queryLong;
import static dev.latent.store.Rows.queryString;

/**
 * The store's one SQLite connection: opening it (schema check, upgrade, locks), every read and write as one
 * transaction, and SQLite's failures in words the learner can act on (the disk is full, the file is damaged).
 * Not thread-safe on its own: {@link Store} serialises the calls.
 */
final class Database {

    static final int BUSY_TIMEOUT_MS = 5_000;
    private static final int CACHE_KIB = 32 * 1024;

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_NOTADB = 26;

    /** A step against the open connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** A write step with nothing to return. */
    @FunctionalInterface
    interface Step {
        void run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface TransactionBody<T> {
        T run() throws SQLException;
    }

    private final Path file;
    private final Backups backups;
    private Connection connection;

    /** @param backups where the file is copied before an upgrade */
    Database(Path file, Backups backups) {
        this.file = file;
        this.backups = backups;
    }

    Path file() {
        return file;
    }

    /** Opens (creating or upgrading as needed) the file; see {@link Store#open}. */
    void open() {
        if (connection != null) throw new IllegalStateException("already open");
        connection = connect(file, backups);
    }

    /** The open connection, for steps outside a transaction (a backup's VACUUM INTO). */
    Connection connection() {
        ensureOpen();
        return connection;
    }

    boolean isOpen() {
        return connection != null;
    }

    void ensureOpen() {
        if (connection == null) throw new IllegalStateException("the store is closed");
    }

    /** Closes the connection (a clean close checkpoints the log into the file). Safe to call twice. */
    void close() {
        try {
            if (connection != null) connection.close();
        } catch (SQLException e) {
            throw new StoreException("Error closing " + file + ": " + e.getMessage(), e);
        } finally {
            connection = null;
        }
    }

    /** Closes the connection to a file that may be damaged, where closing may complain: it is set aside next. */
    void closeQuietly() {
        try {
            if (connection != null) connection.close();
        } catch (SQLException e) {
            // nothing to keep from a damaged file's connection
        } finally {
            connection = null;
        }
    }

    <T> T read(Work<T> work) {
        ensureOpen();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw classify(e, file, "Could not read " + file + ": ");
        }
    }

    <T> T write(Work<T> work) {
        ensureOpen();
        try {
            return inTransaction(connection, () -> work.run(connection));
        } catch (SQLException e) {
            throw classify(e, file, "Could not save to " + file + " (nothing was changed): ");
        }
    }

    /** {@link #write} for a step with nothing to return. */
    void update(Step step) {
        write(c -> {
            step.run(c);
            return null;
        });
    }

    /** Makes the file refuse to grow past its current size, as a full disk would (SQLite then fails with SQLITE_FULL). */
    void simulateFullDisk() {
        ensureOpen();
        try (Statement st = connection.createStatement()) {
            long pages = queryLong(connection, "PRAGMA page_count");
            st.execute("PRAGMA max_page_count = " + pages);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- opening and schema

    private static Connection connect(Path dbFile, Backups backups) {
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
        } catch (SQLException e) {
            throw new StoreException("Cannot open " + dbFile + ": " + e.getMessage(), e);
        }
        try {
            pragma(c, "PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            // SQLite's own lock, held from the first read until close: no other connection, in this process or
            // another, can read or write the file meanwhile, even if latent.lock was deleted under us.
            pragma(c, "PRAGMA locking_mode = EXCLUSIVE");
            // Read before anything writes (journal_mode=WAL writes the header), so a refused file stays untouched.
            int version = checkVersion(c, dbFile);
            String mode = queryString(c, "PRAGMA journal_mode = WAL");
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new StoreException("Cannot switch " + dbFile + " to write-ahead logging (journal mode " + mode + ").");
            }
            pragma(c, "PRAGMA synchronous = FULL");
            // Room for a large deck's cards and indexes, so building the queue does not re-read pages (default 2 MB).
            pragma(c, "PRAGMA cache_size = -" + CACHE_KIB);
            pragma(c, "PRAGMA foreign_keys = ON");
            if (version > 0 && version < Schema.CURRENT_VERSION) {
                // An upgrade cannot be taken back by an older Latent: keep a copy of the file as it was.
                backups.write(c, Instant.now());
            }
            migrate(c, version);
            // Take the write lock now (a no-op write) so that a second Latent is refused at once, not at its first save.
            pragma(c, "BEGIN EXCLUSIVE");
            pragma(c, "COMMIT");
            return c;
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof StoreException se) throw se;
            throw classify((SQLException) e, dbFile, "Cannot open " + dbFile + ": ");
        }
    }

    private static int checkVersion(Connection c, Path dbFile) {
        int version;
        int tables;
        try {
            version = queryInt(c, "PRAGMA user_version");
            tables = queryInt(c, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
        } catch (SQLException e) {
            int code = e.getErrorCode() & 0xff;
            if (code == SQLITE_BUSY || code == SQLITE_LOCKED) throw new StoreLockedException(dbFile.getParent());
            if (isDiskFull(e) || (code != SQLITE_CORRUPT && code != SQLITE_NOTADB && almostNoSpace(dbFile.getParent()))) {
                throw diskFull("Cannot open " + dbFile + ": ", dbFile.getParent(), e);
            }
            if (code != SQLITE_CORRUPT && code != SQLITE_NOTADB) {
                throw new StoreException("Cannot open " + dbFile + ": " + e.getMessage(), e);
            }
            throw new StoreDamagedException(dbFile.getParent(), dbFile + " is not a readable Latent database ("
                    + e.getMessage() + "). " + whatToDoWhenDamaged(dbFile.getParent()), e);
        }
        if (version > Schema.CURRENT_VERSION) {
            throw new StoreException(dbFile + " was written by a newer version of Latent (schema " + version
                    + "; this version understands up to " + Schema.CURRENT_VERSION
                    + "). Update Latent to open it; the file was not changed.");
        }
        if (version == 0 && tables > 0) {
            throw new StoreException(dbFile + " is an SQLite database but not Latent's; move it away and start again.");
        }
        return version;
    }

    private static void migrate(Connection c, int fromVersion) throws SQLException {
        for (Schema.Migration migration : Schema.MIGRATIONS) {
            if (migration.version() <= fromVersion) continue;
            inTransaction(c, () -> {
                try (Statement st = c.createStatement()) {
                    for (String sql : migration.statements()) {
                        st.executeUpdate(sql);
                    }
                    // user_version lives in the header page, so it commits or rolls back with the step.
                    st.executeUpdate("PRAGMA user_version = " + migration.version());
                }
                return null;
            });
        }
    }

    // ---------------------------------------------------------------- failures

    /** An SQLite failure in words the learner can act on: the disk is full, the file is damaged, or what SQLite said. */
    static StoreException classify(SQLException e, Path dbFile, String prefix) {
        Path dataDir = dbFile.getParent();
        int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) return new StoreLockedException(dataDir);
        if (isDiskFull(e) || (code != SQLITE_CORRUPT && code != SQLITE_NOTADB && almostNoSpace(dataDir))) {
            // An I/O error on a full disk is the full disk (SQLite does not always say SQLITE_FULL).
            return diskFull(prefix, dataDir, e);
        }
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            // Not "could not save": a read-only command finds the damage where its first write (a sync) does.
            return new StoreDamagedException(dataDir, dbFile + " is damaged (" + e.getMessage() + "). "
                    + whatToDoWhenDamaged(dataDir), e);
        }
        return new StoreException(prefix + e.getMessage(), e);
    }

    /** Restore a backup when there is one; with none, say so rather than point at an empty folder. */
    static String whatToDoWhenDamaged(Path dataDir) {
        Backups backups = new Backups(dataDir);
        boolean none;
        try {
            none = backups.list().isEmpty();
        } catch (StoreException e) {
            none = false;
        }
        if (none) {
            return "There is no backup to restore in " + backups.dir() + "; move " + Store.DATABASE_FILE
                    + " out of the folder (keep it) to start a new history.";
        }
        return "Restore one of the backups in " + backups.dir() + ".";
    }

    static DiskFullException diskFull(String prefix, Path dataDir, Exception e) {
        return new DiskFullException(prefix + "the disk is full. Free some space on the disk that holds " + dataDir
                + " and try again; everything saved before is kept.", e);
    }

    /** Less than a megabyte left where the data folder lives (false when that cannot be told). */
    private static boolean almostNoSpace(Path dataDir) {
        try {
            return Files.getFileStore(dataDir).getUsableSpace() < 1024 * 1024;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** SQLITE_FULL, or the operating system's "no space left" on a file Latent writes itself. */
    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ((sql.getErrorCode() & 0xff) == SQLITE_FULL
                    || String.valueOf(sql.getMessage()).contains("SQLITE_FULL"))) {
                return true;
            }
            if (t instanceof IOException && String.valueOf(t.getMessage()).contains("No space left on device")) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }

    // ---------------------------------------------------------------- JDBC helpers

    /** BEGIN IMMEDIATE ... COMMIT; with synchronous=FULL the COMMIT returns only once the WAL is on disk. */
    private static <T> T inTransaction(Connection c, TransactionBody<T> body) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("BEGIN IMMEDIATE");
        }
        try {
            T result = body.run();
            try (Statement st = c.createStatement()) {
                st.executeUpdate("COMMIT");
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            // If SQLite already rolled back (e.g. disk full), this ROLLBACK fails harmlessly; keep the first error.
            try (Statement st = c.createStatement()) {
                st.executeUpdate("ROLLBACK");
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    static void pragma(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
