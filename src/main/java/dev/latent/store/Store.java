package dev.latent.store;

import dev.latent.platform.AtomicFiles;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.FsrsParameters;
import dev.latent.scheduling.ReviewHistory;
import dev.latent.scheduling.StudyDay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static dev.latent.store.Rows.CARD_COLUMNS;
import static dev.latent.store.Rows.bindState;
import static dev.latent.store.Rows.queryInt;
import static dev.latent.store.Rows.queryLong;
import static dev.latent.store.Rows.queryString;
import static dev.latent.store.Rows.readState;

/**
 * The learner's progress: card scheduling states and the review log, in one SQLite file {@code latent.db} in the
 * data folder. Every write is one transaction, durable before the method returns (WAL, {@code synchronous=FULL}).
 * One store per data folder at a time ({@link StoreLockedException}). Methods are thread-safe (serialised).
 */
public final class Store implements AutoCloseable {

    public static final String DATABASE_FILE = "latent.db";
    /** The schema version this build writes; a database from a newer build is refused. */
    public static final int SCHEMA_VERSION = Schema.CURRENT_VERSION;

    private static final int BUSY_TIMEOUT_MS = 5_000;
    /** The private copy of a backup being restored, beside the database. */
    private static final String RESTORING_SUFFIX = ".restoring";
    private static final int CACHE_KIB = 32 * 1024;


    private final Path dataDir;
    private final Path dbFile;
    private final Backups backups;
    private InstanceLock lock;
    private Connection connection;

    private Store(Path dataDir, InstanceLock lock) {
        this.dataDir = dataDir;
        this.dbFile = dataDir.resolve(DATABASE_FILE);
        this.backups = new Backups(dataDir);
        this.lock = lock;
    }

    /**
     * Opens (creating or upgrading as needed) the store in {@code dataDir}.
     *
     * @throws StoreLockedException if another Latent has the folder open
     * @throws StoreException if the database is unreadable, not Latent's, or from a newer Latent (left unchanged)
     */
    public static Store open(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data folder " + dir + ": " + e.getMessage(), e);
        }
        InstanceLock lock = InstanceLock.acquire(dir);
        Store store = new Store(dir, lock);
        try {
            removeLeftovers(dir, store.backups);
            store.connection = connect(store.dbFile, store.backups);
            return store;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Files an interrupted backup, restore or settings save left behind (a copy of the whole database, possibly
     * large). Only called with the folder locked, so no other Latent is writing them.
     */
    private static void removeLeftovers(Path dir, Backups backups) {
        List<Path> leftovers = new ArrayList<>();
        leftovers.add(dir.resolve(DATABASE_FILE + RESTORING_SUFFIX));
        leftovers.addAll(backups.partialFiles());
        try (var temps = Files.newDirectoryStream(dir, dev.latent.platform.AtomicFiles.TEMP_PREFIX + "*.tmp")) {
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

    /** The backups in {@code dataDir}, newest first, without opening (or locking) its database. */
    public static List<Path> listBackups(Path dataDir) {
        return new Backups(dataDir.toAbsolutePath().normalize()).list().stream().map(Backups.Entry::file).toList();
    }

    /**
     * What {@link #restore(Path, Path)} did.
     *
     * @param keptAs  the copy of the database that was replaced: a fresh safety backup when it opened, else the
     *                damaged file itself, set aside in the backups folder
     * @param damaged whether the replaced database was unreadable (so {@code keptAs} is the damaged file)
     */
    public record Restored(Path backup, Path databaseFile, Path keptAs, boolean damaged) {
    }

    /**
     * Restores {@code backupFile} into the data folder whether or not its database opens: a database that opens is
     * backed up first ({@link #restore(Path)}); one that does not (damaged, not a database) is set aside as
     * {@code backups/latent-damaged-...db}, never deleted. The backup is checked before anything changes.
     *
     * @throws StoreLockedException another Latent has the folder open
     * @throws DiskFullException no room to work; nothing was changed
     */
    public static Restored restore(Path dataDir, Path backupFile) {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(backupFile, "backupFile");
        Path dir = dataDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) throw new StoreException("There is no data folder " + dir + ".");
        Store store = new Store(dir, InstanceLock.acquire(dir));
        try {
            removeLeftovers(dir, store.backups);
            try {
                store.connection = connect(store.dbFile, store.backups);
            } catch (StoreLockedException | DiskFullException e) {
                throw e;
            } catch (StoreException unreadable) {
                return store.replaceUnreadable(backupFile);
            }
            Path safety;
            try {
                safety = store.restore(backupFile);
            } catch (StoreDamagedException damagedInside) {
                // It opened, but damaged pages stop the safety backup: keep the file itself instead.
                store.closeConnection();
                return store.replaceUnreadable(backupFile);
            }
            return new Restored(backupFile, store.dbFile, safety, false);
        } finally {
            store.close();
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path databaseFile() {
        return dbFile;
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
                writeBackup(c, backups, Instant.now());
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

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_NOTADB = 26;

    /** An SQLite failure in words the learner can act on: the disk is full, the file is damaged, or what SQLite said. */
    private static StoreException classify(SQLException e, Path dbFile, String prefix) {
        Path dataDir = dbFile.getParent();
        int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) return new StoreLockedException(dataDir);
        if (isDiskFull(e) || (code != SQLITE_CORRUPT && code != SQLITE_NOTADB && almostNoSpace(dataDir))) {
            // An I/O error on a full disk is the full disk (SQLite does not always say SQLITE_FULL).
            return diskFull(prefix, dataDir, e);
        }
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            return new StoreDamagedException(dataDir, prefix + "the database is damaged (" + e.getMessage()
                    + "). Restore one of the backups in " + dataDir.resolve(Backups.DIR_NAME) + ".", e);
        }
        return new StoreException(prefix + e.getMessage(), e);
    }

    private static DiskFullException diskFull(String prefix, Path dataDir, Exception e) {
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
                    + e.getMessage() + "). Restore one of the backups in " + dbFile.resolveSibling(Backups.DIR_NAME) + ".", e);
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

    // ---------------------------------------------------------------- decks and cards

    /**
     * Brings the deck's cards in line with its current questions, in one transaction: new ids get a new card due
     * {@code now}, existing ids keep their state and history, ids no longer in the deck are orphaned (kept, hidden
     * from the queue), orphans whose id is back are restored. New cards are queued in the order given.
     */
    public synchronized DeckSync syncDeck(String deckId, Collection<String> questionIds, Instant now) {
        CardKey.requireId(deckId, "deckId");
        Objects.requireNonNull(questionIds, "questionIds");
        Objects.requireNonNull(now, "now");
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : questionIds) {
            wanted.add(CardKey.requireId(id, "question id"));
        }
        return write(c -> {
            Map<String, Boolean> existing = new HashMap<>(); // question id -> orphaned
            try (PreparedStatement ps = c.prepareStatement("SELECT question_id, orphaned FROM cards WHERE deck_id = ?")) {
                ps.setString(1, deckId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) existing.put(rs.getString(1), rs.getInt(2) != 0);
                }
            }
            List<String> added = new ArrayList<>();
            List<String> returned = new ArrayList<>();
            List<String> orphaned = new ArrayList<>();
            CardState fresh = CardState.newCard(now);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO cards (deck_id, question_id, state, step, stability, difficulty, due, last_review)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement setOrphaned = c.prepareStatement(
                         "UPDATE cards SET orphaned = ? WHERE deck_id = ? AND question_id = ?")) {
                for (String id : wanted) {
                    Boolean isOrphan = existing.get(id);
                    if (isOrphan == null) {
                        insert.setString(1, deckId);
                        insert.setString(2, id);
                        bindState(insert, 3, fresh);
                        insert.addBatch();
                        added.add(id);
                    } else if (isOrphan) {
                        addOrphanUpdate(setOrphaned, false, deckId, id);
                        returned.add(id);
                    }
                }
                for (Map.Entry<String, Boolean> e : existing.entrySet()) {
                    if (!e.getValue() && !wanted.contains(e.getKey())) {
                        addOrphanUpdate(setOrphaned, true, deckId, e.getKey());
                        orphaned.add(e.getKey());
                    }
                }
                insert.executeBatch();
                setOrphaned.executeBatch();
            }
            orphaned.sort(null);
            return new DeckSync(added, orphaned, returned);
        });
    }

    private static void addOrphanUpdate(PreparedStatement ps, boolean orphaned, String deckId, String questionId)
            throws SQLException {
        ps.setInt(1, orphaned ? 1 : 0);
        ps.setString(2, deckId);
        ps.setString(3, questionId);
        ps.addBatch();
    }

    /** Cards of the deck whose question is gone from it, by question id. Their history is kept. */
    public synchronized List<CardKey> orphanedCards(String deckId) {
        CardKey.requireId(deckId, "deckId");
        return read(c -> {
            List<CardKey> keys = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT question_id FROM cards WHERE deck_id = ? AND orphaned = 1 ORDER BY question_id")) {
                ps.setString(1, deckId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) keys.add(new CardKey(deckId, rs.getString(1)));
                }
            }
            return keys;
        });
    }

    /** The card's current scheduling state, or empty if the deck never had that question. */
    public synchronized Optional<CardState> cardState(CardKey key) {
        Objects.requireNonNull(key, "key");
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + CARD_COLUMNS + " FROM cards c WHERE c.deck_id = ? AND c.question_id = ?")) {
                ps.setString(1, key.deckId());
                ps.setString(2, key.questionId());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(readState(rs, 1)) : Optional.<CardState>empty();
                }
            }
        });
    }

    // ---------------------------------------------------------------- reviews

    /**
     * Logs the answer and moves the card to {@code answer.after()} in one transaction, durable when this returns.
     * The row keeps the card's previous state so {@link #undoLastReview()} works after a restart.
     *
     * @throws StoreException if the card does not exist (sync the deck first)
     */
    public synchronized Review recordReview(ReviewInput answer) {
        Objects.requireNonNull(answer, "answer");
        return write(c -> ReviewLog.insert(c, answer, false));
    }

    /**
     * Records a history brought from elsewhere (an Anki review log) in one transaction: thousands of reviews in
     * one durable write instead of one each. Each review keeps its own time (the next free ms at or after it),
     * so old history stays in the past even when newer reviews are already in the log; reviews of one card must
     * come in time order, each {@code after} following from the one before.
     */
    public synchronized int recordHistory(List<ReviewInput> reviews) {
        Objects.requireNonNull(reviews, "reviews");
        return write(c -> {
            for (ReviewInput review : reviews) ReviewLog.insert(c, review, true);
            return reviews.size();
        });
    }

    /**
     * Takes back the newest review in the whole log: deletes its row and puts its card back in the state it had
     * before. Works across restarts, as far back as the log goes.
     *
     * @return the card to show again, or empty when there is nothing to undo
     */
    public synchronized Optional<CardKey> undoLastReview() {
        return write(ReviewLog::undoLast);
    }

    /** How many reviews the card has had (the scheduler's fuzz seed counts them), without reading them. */
    public synchronized int reviewCount(CardKey key) {
        Objects.requireNonNull(key, "key");
        return read(c -> ReviewLog.count(c, key));
    }

    /** The card's reviews, oldest first. */
    public synchronized List<Review> reviewsOf(CardKey key) {
        Objects.requireNonNull(key, "key");
        return read(c -> ReviewLog.of(c, key));
    }


    // ---------------------------------------------------------------- due queue

    /**
     * What to study in {@code deckId} at {@code now}: (re)learning cards due now (by due), review cards due this
     * study day (by due), then new cards in deck order. Review and new cards are limited per study day (4 AM in
     * {@code zone}, {@link StudyDay}), less what the review log shows was already done since it began.
     */
    public synchronized DueQueue dueQueue(String deckId, Instant now, ZoneId zone, DailyLimits limits) {
        CardKey.requireId(deckId, "deckId");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(limits, "limits");
        return read(c -> DueQueues.build(c, deckId, now, zone, limits));
    }


    // ---------------------------------------------------------------- card controls (Anki's browser and reviewer)

    /** Suspends the cards (they leave every study queue) or brings them back; returns how many changed. */
    public synchronized int suspend(Collection<CardKey> cards, boolean suspended) {
        Objects.requireNonNull(cards, "cards");
        return write(c -> CardControls.suspend(c, cards, suspended));
    }

    /** Buries the cards until {@code until} (the next study day's start, as Anki does), or unburies them with null. */
    public synchronized int bury(Collection<CardKey> cards, Instant until) {
        Objects.requireNonNull(cards, "cards");
        return write(c -> CardControls.bury(c, cards, until));
    }

    /** Sets the cards' flag: 0 clears it, 1-4 are red, orange, green, blue. */
    public synchronized int flag(Collection<CardKey> cards, int flag) {
        Objects.requireNonNull(cards, "cards");
        return write(c -> CardControls.flag(c, cards, flag));
    }

    /** Makes the cards new again (Anki's "Forget"), keeping their review log; returns how many changed. */
    public synchronized int forget(Collection<CardKey> cards, Instant now) {
        Objects.requireNonNull(cards, "cards");
        Objects.requireNonNull(now, "now");
        return write(c -> CardControls.forget(c, cards, now));
    }

    /** Moves the due time of studied cards (Anki's "Set due date"); new cards are left alone and not counted. */
    public synchronized int setDue(Collection<CardKey> cards, Instant due) {
        Objects.requireNonNull(cards, "cards");
        Objects.requireNonNull(due, "due");
        return write(c -> CardControls.setDue(c, cards, due));
    }

    /** Every card still in a deck, for the browser: state, controls, review and lapse counts, latest score. */
    public synchronized List<CardRow> cardRows() {
        return read(c -> CardControls.rows(c, CARD_COLUMNS, Rows::readState, null));
    }

    /** One card's row (card info), or empty for a card the store does not know or whose question is gone. */
    public synchronized Optional<CardRow> cardRow(CardKey key) {
        Objects.requireNonNull(key, "key");
        return read(c -> CardControls.rows(c, CARD_COLUMNS, Rows::readState, key).stream().findFirst());
    }

    // ---------------------------------------------------------------- custom study

    /**
     * Lets the deck show {@code extra} more new cards on the study day {@code day} (Anki's "increase today's new card
     * limit"); extensions on the same day add up. The due queue counts them from then on.
     */
    public synchronized void extendNewCards(String deckId, LocalDate day, int extra) {
        CardKey.requireId(deckId, "deckId");
        Objects.requireNonNull(day, "day");
        if (extra <= 0) throw new IllegalArgumentException("extra new cards must be positive, was " + extra);
        write(c -> {
            CustomStudyQueries.extendNew(c, deckId, day, extra);
            return null;
        });
    }

    /** Review cards of the deck due before {@code until} (Anki's "review ahead"), earliest first; none suspended or buried at {@code now}. */
    public synchronized List<DueCard> reviewCardsDueBefore(String deckId, Instant now, Instant until) {
        CardKey.requireId(deckId, "deckId");
        return read(c -> DueQueues.dueCards(c, deckId, """
                c.state = 2 AND c.last_review IS NOT NULL AND c.orphaned = 0 AND c.due < ? AND %s
                ORDER BY c.due, c.id""".formatted(CardControls.studiable(now.toEpochMilli())), until.toEpochMilli(), 0));
    }

    /** The deck's cards rated Again at or after {@code since} (Anki's "review forgotten cards"), in deck order; none suspended or buried at {@code now}. */
    public synchronized List<DueCard> cardsForgottenSince(String deckId, Instant now, Instant since) {
        CardKey.requireId(deckId, "deckId");
        return read(c -> DueQueues.dueCards(c, deckId, """
                c.orphaned = 0 AND %s
                  AND c.id IN (SELECT r.card_id FROM revlog r WHERE r.id >= ? AND r.rating = 1)
                ORDER BY c.id""".formatted(CardControls.studiable(now.toEpochMilli())), since.toEpochMilli(), 0));
    }

    /**
     * Moves the learner's cards (with their states and review log) from one deck id to another, as when an edited
     * copy of a bundled deck takes over from it: cards of the new deck never reviewed make way; questions the new
     * deck already studied keep their own. The old deck gets fresh cards at its next sync. Returns the cards moved.
     */
    public synchronized int moveDeckHistory(String fromDeckId, String toDeckId) {
        CardKey.requireId(fromDeckId, "fromDeckId");
        CardKey.requireId(toDeckId, "toDeckId");
        if (fromDeckId.equals(toDeckId)) return 0;
        return write(c -> {
            try (PreparedStatement clear = c.prepareStatement("""
                    DELETE FROM cards WHERE deck_id = ? AND last_review IS NULL
                      AND NOT EXISTS (SELECT 1 FROM revlog r WHERE r.card_id = cards.id)
                      AND question_id IN (SELECT question_id FROM cards WHERE deck_id = ?)""");
                 PreparedStatement move = c.prepareStatement("""
                    UPDATE cards SET deck_id = ? WHERE deck_id = ?
                      AND question_id NOT IN (SELECT question_id FROM cards WHERE deck_id = ?)""")) {
                clear.setString(1, toDeckId);
                clear.setString(2, fromDeckId);
                clear.executeUpdate();
                move.setString(1, toDeckId);
                move.setString(2, fromDeckId);
                move.setString(3, toDeckId);
                int moved = move.executeUpdate();
                try (PreparedStatement samples = c.prepareStatement(
                        "UPDATE personal_samples SET deck_id = ? WHERE deck_id = ?")) {
                    samples.setString(1, toDeckId);
                    samples.setString(2, fromDeckId);
                    samples.executeUpdate();
                }
                return moved;
            }
        });
    }

    // ---------------------------------------------------------------- personal samples

    /** Saves the learner's graded answer (new when its id is 0, else replacing the saved one); returns it with its id. */
    public synchronized PersonalSample savePersonalSample(PersonalSample sample) {
        Objects.requireNonNull(sample, "sample");
        return write(c -> PersonalSamples.save(c, sample));
    }

    /** The learner's graded answers to the deck's questions, by question, oldest first. */
    public synchronized List<PersonalSample> personalSamples(String deckId) {
        CardKey.requireId(deckId, "deckId");
        return read(c -> PersonalSamples.ofDeck(c, deckId));
    }

    /** Forgets one personal sample; false when there was none with that id. */
    public synchronized boolean deletePersonalSample(long id) {
        return write(c -> PersonalSamples.delete(c, id));
    }

    // ---------------------------------------------------------------- exam dates and exams

    /** The deck's cards that are still in it (not orphaned), with their states, in deck order. */
    public synchronized List<DueCard> cards(String deckId) {
        CardKey.requireId(deckId, "deckId");
        return read(c -> DueQueues.dueCards(c, deckId, "c.orphaned = 0 ORDER BY c.id", null, 0));
    }

    /**
     * Moves the due time of cards (an exam date pulling them forward). Only {@code due} changes: the memory state
     * stays, so FSRS sees an early review when the card is answered. The due time replaced is remembered (the first
     * one, if a card is moved again before it is reviewed), for {@link #setExamDate} to give back. Unknown cards are
     * skipped.
     */
    public synchronized void moveDue(Map<CardKey, Instant> dueByCard) {
        Objects.requireNonNull(dueByCard, "dueByCard");
        if (dueByCard.isEmpty()) return;
        write(c -> {
            ExamDates.moveDue(c, dueByCard);
            return null;
        });
    }

    /** The exam date set on the deck, if any. */
    public synchronized Optional<LocalDate> examDate(String deckId) {
        CardKey.requireId(deckId, "deckId");
        return read(c -> Optional.ofNullable(ExamDates.examDateOf(c, deckId)).map(LocalDate::parse));
    }


    /**
     * Sets the deck's exam date, or clears it with null. When the date changes, the cards {@link #moveDue} moved for
     * the old one get their earlier due time back, unless they were reviewed (or moved otherwise) since: planning for
     * a new date starts from the schedule FSRS gave.
     */
    public synchronized void setExamDate(String deckId, LocalDate date) {
        CardKey.requireId(deckId, "deckId");
        write(c -> {
            ExamDates.setExamDate(c, deckId, date);
            return null;
        });
    }

    /**
     * Gives the cards {@link #moveDue} moved their earlier due time back, unless they were reviewed (or moved
     * otherwise) since, and forgets the moves; the exam date stays. For an exam that has passed: a card pulled
     * forward for it and not reviewed returns to the schedule FSRS gave instead of staying overdue.
     */
    public synchronized void restoreMovedDue(String deckId) {
        CardKey.requireId(deckId, "deckId");
        write(c -> {
            ExamDates.restoreMovedDue(c, deckId);
            return null;
        });
    }


    /**
     * The memory state of the deck's cards that are still in it, for predicted recall: stability and last review of
     * each rated card, in card order, and how many cards there are. One range of the cards_memory index, and two
     * numbers per card into Java.
     */
    public synchronized MemoryStates memoryStates(String deckId) {
        CardKey.requireId(deckId, "deckId");
        return read(c -> {
            int cards;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM cards WHERE deck_id = ? AND orphaned = 0")) {
                ps.setString(1, deckId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    cards = rs.getInt(1);
                }
            }
            int count = 0;
            double[] stability = new double[Math.max(16, cards)];
            long[] lastReview = new long[stability.length];
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT stability, last_review FROM cards
                    WHERE deck_id = ? AND orphaned = 0 AND stability IS NOT NULL AND last_review IS NOT NULL
                    ORDER BY id""")) {
                ps.setString(1, deckId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && count < stability.length) {
                        stability[count] = rs.getDouble(1);
                        lastReview[count] = rs.getLong(2);
                        count++;
                    }
                }
            }
            return new MemoryStates(cards, Arrays.copyOf(stability, count), Arrays.copyOf(lastReview, count));
        });
    }

    /** Saves a finished practice exam and its answers in one transaction; returns it with its new id. */
    public synchronized ExamAttempt recordExam(ExamAttempt attempt) {
        Objects.requireNonNull(attempt, "attempt");
        return write(c -> ExamTables.insert(c, attempt));
    }

    /** Every practice exam, newest first. */
    public synchronized List<ExamAttempt> examAttempts() {
        return read(ExamTables::all);
    }

    /**
     * The review log as the FSRS optimizer and its metrics read it: each card's ratings and times, streamed row by
     * row into a compact {@link ReviewHistory} (13 bytes a review, so a million reviews fit easily). Manual entries
     * (Anki's "set due date" rows) are left out; cram and exam answers count, as in Anki with rescheduling on.
     *
     * @param deckId only this deck's cards (including cards since removed from it), or null for every deck
     */
    public synchronized ReviewHistory reviewHistory(String deckId) {
        if (deckId != null) CardKey.requireId(deckId, "deckId");
        return read(c -> FittedParameters.history(c, deckId));
    }

    /**
     * The FSRS parameters to schedule the deck's cards with: the deck's own if it has them, else the collection's
     * (fitted from the whole history), else empty for FSRS-6's defaults.
     *
     * @param deckId a deck, or null for the collection's own
     */
    public synchronized Optional<FsrsParameters> fsrsParameters(String deckId) {
        if (deckId != null) CardKey.requireId(deckId, "deckId");
        return read(c -> FittedParameters.of(c, deckId));
    }

    /** Whether the deck has FSRS parameters of its own (rather than the collection's or the defaults). */
    public synchronized boolean hasOwnFsrsParameters(String deckId) {
        CardKey.requireId(deckId, "deckId");
        return read(c -> FittedParameters.hasOwn(c, deckId));
    }

    /**
     * Keeps FSRS parameters for the collection (deck null) or one deck, or removes them (parameters null): the
     * collection then goes back to FSRS-6's defaults, a deck to the collection's.
     */
    public synchronized void setFsrsParameters(String deckId, FsrsParameters parameters) {
        if (deckId != null) CardKey.requireId(deckId, "deckId");
        String scope = deckId == null ? "" : deckId;
        write(c -> {
            FittedParameters.set(c, scope, parameters);
            return null;
        });
    }

    // ---------------------------------------------------------------- statistics

    /** Whether the log holds any review at all (cheap, unlike counting a million rows). */
    public synchronized boolean hasReviews() {
        return read(c -> queryLong(c, "SELECT EXISTS (SELECT 1 FROM revlog)") != 0);
    }

    /** Reviews answered in [from, to), per quarter hour: counts, answering time and true retention's counts. */
    public synchronized List<ReviewStats.Bucket> reviewBuckets(Instant from, Instant to) {
        return read(c -> StatsQueries.reviewBuckets(c, from.toEpochMilli(), to.toEpochMilli()));
    }

    /** Scheduled (not new, not orphaned) cards due before {@code to}, per quarter hour of their due time. */
    public synchronized List<ReviewStats.Bucket> dueBuckets(Instant to) {
        return read(c -> StatsQueries.dueBuckets(c, to.toEpochMilli()));
    }

    /** The graded answers to one question, oldest first. */
    public synchronized List<ReviewStats.ScorePoint> scoreHistory(CardKey card) {
        Objects.requireNonNull(card, "card");
        return read(c -> StatsQueries.scoreHistory(c, card));
    }

    /**
     * Reviews answered between consecutive {@code boundaries} (ascending; a study day's start each, say), one bucket
     * per interval starting at its boundary: the same sums as folding {@link #reviewBuckets} into those intervals.
     */
    public synchronized List<ReviewStats.Bucket> reviewTotals(List<Instant> boundaries) {
        long[] ms = new long[boundaries.size()];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = boundaries.get(i).toEpochMilli();
            if (i > 0 && ms[i] < ms[i - 1]) throw new IllegalArgumentException("boundaries must ascend: " + boundaries);
        }
        return read(c -> StatsQueries.reviewTotals(c, ms));
    }

    /**
     * Concept results of reviews answered in [from, to), split at {@code middle}, per question and concept: the
     * {@value StatsQueries#CONCEPT_LIMIT} most missed (ties by question and concept), orphaned questions left out.
     * The counts are kept between calls ({@link ConceptWindow}), so asking again the same day reads them as they are
     * and the next day re-reads only a day's rows; that update is written like any change.
     */
    public synchronized List<ReviewStats.ConceptTally> conceptTallies(Instant from, Instant middle, Instant to) {
        long fromMs = from.toEpochMilli();
        long middleMs = middle.toEpochMilli();
        long toMs = to.toEpochMilli();
        ConceptWindow.Bounds held = read(ConceptWindow::bounds);
        ConceptWindow.Bounds wanted = read(c -> ConceptWindow.wanted(c, fromMs, middleMs, toMs));
        if (!wanted.equals(held)) {
            write(c -> {
                ConceptWindow.move(c, held, wanted);
                return null;
            });
        }
        return read(c -> ConceptWindow.top(c, wanted, StatsQueries.CONCEPT_LIMIT));
    }

    // ---------------------------------------------------------------- backups

    /** Writes a consistent copy to {@code backups/latent-YYYYMMDD-HHMMSS.db} (UTC), keeping the newest 10. */
    public synchronized Path backup() {
        return backupAt(Instant.now());
    }

    /**
     * Backs up unless a backup was already taken this study day (in the system time zone); the app calls this on
     * open, so there is at most one automatic backup a day.
     *
     * @return the new backup, or empty if none was due
     */
    public Optional<Path> backupIfDue(Instant now) {
        return backupIfDue(now, ZoneId.systemDefault());
    }

    /** {@link #backupIfDue(Instant)} with study days counted in {@code zone}. */
    public synchronized Optional<Path> backupIfDue(Instant now, ZoneId zone) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        List<Backups.Entry> existing = backups.list();
        // A backup dated in another day (even a future one, after a clock change) does not count as today's.
        if (!existing.isEmpty() && StudyDay.of(existing.get(0).takenAt(), zone).equals(StudyDay.of(now, zone))) {
            return Optional.empty();
        }
        return Optional.of(backupAt(now));
    }

    /** The backups, newest first. */
    public synchronized List<Path> listBackups() {
        return backups.list().stream().map(Backups.Entry::file).toList();
    }

    private Path backupAt(Instant at) {
        ensureOpen();
        return writeBackup(connection, backups, at);
    }

    private static Path writeBackup(Connection c, Backups backups, Instant at) {
        try {
            Path target = backups.newTarget(at);
            Path temp = Backups.tempFor(target);
            Files.deleteIfExists(temp);
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, temp.toString());
                ps.executeUpdate();
            }
            Backups.publish(temp, target);
            backups.rotate();
            return target;
        } catch (IOException | SQLException e) {
            String prefix = "Could not write a backup to " + backups.dir() + ": ";
            if (isDiskFull(e)) throw diskFull(prefix, backups.dir().getParent(), e);
            if (e instanceof SQLException sql) throw classify(sql, backups.dir().resolveSibling(DATABASE_FILE), prefix);
            throw new StoreException(prefix + e.getMessage(), e);
        }
    }

    /**
     * Replaces the database with {@code backupFile} after checking it is an intact Latent database
     * ({@code PRAGMA integrity_check}); the current database is backed up first. A backup from an older Latent
     * is upgraded.
     *
     * @return the backup just taken of the database being replaced
     * @throws StoreException if the file is not a usable Latent backup (nothing changed)
     */
    public synchronized Path restore(Path backupFile) {
        Objects.requireNonNull(backupFile, "backupFile");
        ensureOpen();
        Path candidate = checkedCopy(backupFile);
        Path safety;
        try {
            safety = backupAt(Instant.now());
        } catch (RuntimeException e) {
            deleteQuietly(candidate);
            throw e;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            deleteQuietly(candidate);
            throw new StoreException("Could not close the database to restore it: " + e.getMessage(), e);
        } finally {
            connection = null;
        }
        try {
            // A clean close checkpoints and removes these; leftovers belong to the replaced file and must not be
            // replayed into the restored one.
            Files.deleteIfExists(dbFile.resolveSibling(DATABASE_FILE + "-wal"));
            Files.deleteIfExists(dbFile.resolveSibling(DATABASE_FILE + "-shm"));
            AtomicFiles.publish(candidate, dbFile);
        } catch (IOException e) {
            deleteQuietly(candidate);
            connection = connect(dbFile, backups);
            throw new StoreException("Could not replace the database with " + backupFile + " (kept the current one): "
                    + e.getMessage(), e);
        }
        connection = connect(dbFile, backups);
        return safety;
    }

    /**
     * A private, checked and synced copy of the backup beside the database, ready to be renamed over it: the chosen
     * file itself may be rotated away by the safety backup, or live on another disk.
     */
    private Path checkedCopy(Path backupFile) {
        if (!Files.isRegularFile(backupFile)) throw new StoreException("There is no backup file " + backupFile + ".");
        Path candidate = dbFile.resolveSibling(DATABASE_FILE + RESTORING_SUFFIX);
        try {
            Files.copy(backupFile, candidate, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(candidate);
            if (isDiskFull(e)) throw diskFull("Cannot restore " + backupFile + ": ", dataDir, e);
            throw new StoreException("Cannot read the backup " + backupFile + ": " + e.getMessage(), e);
        }
        try {
            validateBackup(candidate, backupFile);
            Backups.force(candidate, false);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(candidate);
            if (e instanceof StoreException se) throw se;
            throw new StoreException("Cannot use the backup " + backupFile + ": " + e.getMessage(), e);
        }
        return candidate;
    }

    /**
     * Restores over a database that does not open: the damaged file stays, under a new name in the backups folder
     * (a hard link, or a copy where links are not possible), then the checked backup is renamed over it in one step,
     * so there is never a moment without a database.
     */
    private Restored replaceUnreadable(Path backupFile) {
        Path candidate = checkedCopy(backupFile);
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
            Path wal = dbFile.resolveSibling(DATABASE_FILE + "-wal");
            // The log belongs to the damaged file; replayed into the restored one it would damage that too.
            if (Files.exists(wal)) Files.move(wal, kept.resolveSibling(kept.getFileName() + "-wal"));
            Files.deleteIfExists(dbFile.resolveSibling(DATABASE_FILE + "-shm"));
            AtomicFiles.publish(candidate, dbFile);
        } catch (IOException e) {
            deleteQuietly(candidate);
            if (isDiskFull(e)) throw diskFull("Cannot restore " + backupFile + ": ", dataDir, e);
            throw new StoreException("Could not replace the damaged database with " + backupFile + ": " + e.getMessage(), e);
        }
        connection = connect(dbFile, backups);
        return new Restored(backupFile, dbFile, kept, true);
    }

    private static void validateBackup(Path candidate, Path original) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + candidate)) {
            pragma(c, "PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
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

    // ---------------------------------------------------------------- lifecycle

    /** Closes the database and releases the data folder. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (lock == null) return;
        try {
            if (connection != null) connection.close();
        } catch (SQLException e) {
            throw new StoreException("Error closing " + dbFile + ": " + e.getMessage(), e);
        } finally {
            connection = null;
            lock.close();
            lock = null;
        }
    }

    private void closeConnection() {
        try {
            if (connection != null) connection.close();
        } catch (SQLException e) {
            // closing a connection to a damaged file may complain; the file is set aside next
        } finally {
            connection = null;
        }
    }

    /**
     * Makes the database refuse to grow past its current size, as a full disk would: for tests of what the learner
     * sees when a save does not fit (SQLite then fails with SQLITE_FULL, exactly as on a full disk).
     */
    synchronized void simulateFullDisk() {
        ensureOpen();
        try (Statement st = connection.createStatement()) {
            long pages = queryLong(connection, "PRAGMA page_count");
            st.execute("PRAGMA max_page_count = " + pages);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void ensureOpen() {
        if (connection == null) throw new IllegalStateException("the store is closed");
    }

    // ---------------------------------------------------------------- JDBC helpers

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface TransactionBody<T> {
        T run() throws SQLException;
    }

    private <T> T read(Work<T> work) {
        ensureOpen();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw classify(e, dbFile, "Could not read " + dbFile + ": ");
        }
    }

    private <T> T write(Work<T> work) {
        ensureOpen();
        try {
            return inTransaction(connection, () -> work.run(connection));
        } catch (SQLException e) {
            throw classify(e, dbFile, "Could not save to " + dbFile + " (nothing was changed): ");
        }
    }

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

    private static void pragma(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

}
