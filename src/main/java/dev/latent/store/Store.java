package dev.latent.store;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.StudyDay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static dev.latent.store.Rows.CARD_COLUMNS;

/**
 * The learner's progress: card scheduling states and the review log, in one SQLite file {@code latent.db} in the
 * data folder. Every write is one transaction, durable before the method returns (WAL, {@code synchronous=FULL}).
 * One store per data folder at a time ({@link StoreLockedException}). Methods are thread-safe (serialised).
 *
 * <p>A facade: it checks arguments and serialises calls, and the package's parts do the work, each on the one
 * connection ({@link Database}): {@link DeckCards}, {@link ReviewLog}, {@link DueQueues}, {@link CardControls},
 * {@link ExamDates}, {@link FittedParameters}, {@link StoreStatistics}, {@link Backups} and
 * {@link Restore}. Exam dates, FSRS parameters and statistics are reached through views: {@link #examDates()},
 * {@link #fsrs()} and {@link #statistics()}.
 */
public final class Store implements AutoCloseable {

    public static final String DATABASE_FILE = "latent.db";
    /** The schema version this build writes; a database from a newer build is refused. */
    public static final int SCHEMA_VERSION = Schema.CURRENT_VERSION;

    private final Path dataDir;
    private final Backups backups;
    private final Database db;
    private final StoreExamDates examDates;
    private final StoreFsrsParameters fsrs;
    private final StoreStatistics statistics;
    private InstanceLock lock;

    private Store(Path dataDir, InstanceLock lock) {
        this.dataDir = dataDir;
        this.backups = new Backups(dataDir);
        this.db = new Database(dataDir.resolve(DATABASE_FILE), backups);
        this.examDates = new StoreExamDates(this);
        this.fsrs = new StoreFsrsParameters(this);
        this.statistics = new StoreStatistics(this);
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
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException("Cannot use " + dir + " as the data folder: it is a file, not a folder.");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data folder " + dir + ": " + e.getMessage(), e);
        }
        InstanceLock lock = InstanceLock.acquire(dir);
        Store store = new Store(dir, lock);
        try {
            Restore.removeLeftovers(dir, store.backups);
            store.db.open();
            return store;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
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
     * {@code backups/latent-damaged-...db}, never deleted (the newest {@value Backups#KEEP_DAMAGED} are kept). The
     * backup is checked before anything changes.
     *
     * @throws StoreLockedException another Latent has the folder open
     * @throws DiskFullException no room to work; nothing was changed
     */
    public static Restored restore(Path dataDir, Path backupFile) {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(backupFile, "backupFile");
        return Restore.intoFolder(dataDir.toAbsolutePath().normalize(), backupFile);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path databaseFile() {
        return db.file();
    }

    // ---------------------------------------------------------------- decks and cards

    /**
     * Brings the deck's cards in line with its current questions, in one transaction: new ids get a new card due
     * {@code now}, existing ids keep their state and history, ids no longer in the deck are orphaned (kept, hidden
     * from the queue), orphans whose id is back are restored. New cards are queued in the order given.
     */
    public synchronized DeckSync syncDeck(String deckId, Collection<String> questionIds, Instant now) {
        CardKey.requireId(deckId, "deckId");
        Objects.requireNonNull(now, "now");
        Set<String> wanted = DeckCards.questionIds(questionIds);
        return db.write(c -> DeckCards.sync(c, deckId, wanted, now));
    }

    /** Cards of the deck whose question is gone from it, by question id. Their history is kept. */
    public synchronized List<CardKey> orphanedCards(String deckId) {
        CardKey.requireId(deckId, "deckId");
        return db.read(c -> DeckCards.orphaned(c, deckId));
    }

    /** The card's current scheduling state, or empty if the deck never had that question. */
    public synchronized Optional<CardState> cardState(CardKey key) {
        Objects.requireNonNull(key, "key");
        return db.read(c -> DeckCards.state(c, key));
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
        return db.write(c -> ReviewLog.insert(c, answer, false));
    }

    /**
     * Records a history brought from elsewhere (an Anki review log) in one transaction: thousands of reviews in
     * one durable write instead of one each. Each review keeps its own time (the next free ms at or after it),
     * so old history stays in the past even when newer reviews are already in the log; reviews of one card must
     * come in time order, each {@code after} following from the one before.
     */
    public synchronized int recordHistory(List<ReviewInput> reviews) {
        Objects.requireNonNull(reviews, "reviews");
        return db.write(c -> {
            for (ReviewInput review : reviews) ReviewLog.insert(c, review, true);
            return reviews.size();
        });
    }

    /**
     * Takes back the newest review in the whole log: deletes its row and puts its card back in the state it had
     * before. Works across restarts, as far back as the log goes.
     *
     * @return the card to show again and what was typed for it, or empty when there is nothing to undo
     */
    public synchronized Optional<UndoneReview> undoLastReview() {
        return db.write(ReviewLog::undoLast);
    }

    /** How many reviews the card has had (the scheduler's fuzz seed counts them), without reading them. */
    public synchronized int reviewCount(CardKey key) {
        Objects.requireNonNull(key, "key");
        return db.read(c -> ReviewLog.count(c, key));
    }

    /** The card's reviews, oldest first. */
    public synchronized List<Review> reviewsOf(CardKey key) {
        Objects.requireNonNull(key, "key");
        return db.read(c -> ReviewLog.of(c, key));
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
        return db.read(c -> DueQueues.build(c, deckId, now, zone, limits));
    }

    // ---------------------------------------------------------------- card controls (Anki's browser and reviewer)

    /** Suspends the cards (they leave every study queue) or brings them back; returns how many changed. */
    public synchronized int suspend(Collection<CardKey> cards, boolean suspended) {
        Objects.requireNonNull(cards, "cards");
        return db.write(c -> CardControls.suspend(c, cards, suspended));
    }

    /** Buries the cards until {@code until} (the next study day's start, as Anki does), or unburies them with null. */
    public synchronized int bury(Collection<CardKey> cards, Instant until) {
        Objects.requireNonNull(cards, "cards");
        return db.write(c -> CardControls.bury(c, cards, until));
    }

    /** Sets the cards' flag: 0 clears it, 1-4 are red, orange, green, blue. */
    public synchronized int flag(Collection<CardKey> cards, int flag) {
        Objects.requireNonNull(cards, "cards");
        return db.write(c -> CardControls.flag(c, cards, flag));
    }

    /** Makes the cards new again (Anki's "Forget"), keeping their review log; returns how many changed. */
    public synchronized int forget(Collection<CardKey> cards, Instant now) {
        Objects.requireNonNull(cards, "cards");
        Objects.requireNonNull(now, "now");
        return db.write(c -> CardControls.forget(c, cards, now));
    }

    /** Moves the due time of studied cards (Anki's "Set due date"); new cards are left alone and not counted. */
    public synchronized int setDue(Collection<CardKey> cards, Instant due) {
        Objects.requireNonNull(cards, "cards");
        Objects.requireNonNull(due, "due");
        return db.write(c -> CardControls.setDue(c, cards, due));
    }

    /** Every card still in a deck, for the browser: state, controls, review and lapse counts, latest score. */
    public synchronized List<CardRow> cardRows() {
        return db.read(c -> CardControls.rows(c, CARD_COLUMNS, Rows::readState, null));
    }

    /** One card's row (card info), or empty for a card the store does not know or whose question is gone. */
    public synchronized Optional<CardRow> cardRow(CardKey key) {
        Objects.requireNonNull(key, "key");
        return db.read(c -> CardControls.rows(c, CARD_COLUMNS, Rows::readState, key).stream().findFirst());
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
        db.update(c -> CustomStudyQueries.extendNew(c, deckId, day, extra));
    }

    /** Review cards of the deck due before {@code until} (Anki's "review ahead"), earliest first; none suspended or buried at {@code now}. */
    public synchronized List<DueCard> reviewCardsDueBefore(String deckId, Instant now, Instant until) {
        CardKey.requireId(deckId, "deckId");
        return db.read(c -> CustomStudyQueries.reviewCardsDueBefore(c, deckId, now, until));
    }

    /** The deck's cards rated Again at or after {@code since} (Anki's "review forgotten cards"), in deck order; none suspended or buried at {@code now}. */
    public synchronized List<DueCard> cardsForgottenSince(String deckId, Instant now, Instant since) {
        CardKey.requireId(deckId, "deckId");
        return db.read(c -> CustomStudyQueries.cardsForgottenSince(c, deckId, now, since));
    }

    /**
     * Moves the learner's cards (with their states and review log) from one deck id to another, as when an edited
     * copy of a bundled deck takes over from it: cards of the new deck never reviewed make way; questions the new
     * deck already studied keep their own. Graded samples and extra new cards granted for a day ("more new cards
     * today", added to any the new deck has) move too. The old deck gets fresh cards at its next sync. Returns the
     * cards moved.
     */
    public synchronized int moveDeckHistory(String fromDeckId, String toDeckId) {
        CardKey.requireId(fromDeckId, "fromDeckId");
        CardKey.requireId(toDeckId, "toDeckId");
        if (fromDeckId.equals(toDeckId)) return 0;
        return db.write(c -> DeckCards.moveHistory(c, fromDeckId, toDeckId));
    }

    // ---------------------------------------------------------------- personal samples

    /** Saves the learner's graded answer (new when its id is 0, else replacing the saved one); returns it with its id. */
    public synchronized PersonalSample savePersonalSample(PersonalSample sample) {
        Objects.requireNonNull(sample, "sample");
        return db.write(c -> PersonalSamples.save(c, sample));
    }

    /** The learner's graded answers to the deck's questions, by question, oldest first. */
    public synchronized List<PersonalSample> personalSamples(String deckId) {
        CardKey.requireId(deckId, "deckId");
        return db.read(c -> PersonalSamples.ofDeck(c, deckId));
    }

    // ---------------------------------------------------------------- exams

    /**
     * The memory state of the deck's cards that are still in it, for predicted recall: stability and last review of
     * each rated card, in card order, and how many cards there are. One range of the cards_memory index, and two
     * numbers per card into Java.
     */
    public synchronized MemoryStates memoryStates(String deckId) {
        CardKey.requireId(deckId, "deckId");
        return db.read(c -> DeckCards.memoryStates(c, deckId));
    }

    /** Saves a finished practice exam and its answers in one transaction; returns it with its new id. */
    public synchronized ExamAttempt recordExam(ExamAttempt attempt) {
        Objects.requireNonNull(attempt, "attempt");
        return db.write(c -> ExamTables.insert(c, attempt));
    }

    /** Every practice exam, newest first. */
    public synchronized List<ExamAttempt> examAttempts() {
        return db.read(ExamTables::all);
    }

    // ---------------------------------------------------------------- views

    /** A read for the views below, serialised with the store's own calls (which hold its lock). */
    synchronized <T> T read(Database.Work<T> work) {
        return db.read(work);
    }

    /** A change for the views below, serialised with the store's own calls. */
    synchronized void update(Database.Step step) {
        db.update(step);
    }

    /** Work on the database itself (several reads and writes) for the views below, serialised likewise. */
    synchronized <T> T withDatabase(java.util.function.Function<Database, T> work) {
        return work.apply(db);
    }

    /** The exam-date queries and changes over this store (a deck's exam date, due times moved for it). */
    public StoreExamDates examDates() {
        return examDates;
    }

    /** The FSRS optimizer's review history and the fitted parameters kept in this store. */
    public StoreFsrsParameters fsrs() {
        return fsrs;
    }

    /** The statistics screens' queries over this store (review counts, due forecast, scores, concept mastery). */
    public StoreStatistics statistics() {
        return statistics;
    }

    // ---------------------------------------------------------------- backups

    /** Writes a consistent copy to {@code backups/latent-YYYYMMDD-HHMMSS.db} (UTC), keeping the newest 10. */
    public synchronized Path backup() {
        return backups.write(db.connection(), Instant.now());
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
        return backups.writeIfDue(db.connection(), now, zone);
    }

    /** The backups, newest first. */
    public synchronized List<Path> listBackups() {
        return backups.list().stream().map(Backups.Entry::file).toList();
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
        db.ensureOpen();
        return Restore.overOpen(db, backups, backupFile);
    }

    // ---------------------------------------------------------------- lifecycle

    /** Closes the database and releases the data folder. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (lock == null) return;
        try {
            db.close();
        } finally {
            lock.close();
            lock = null;
        }
    }

    /**
     * Makes the database refuse to grow past its current size, as a full disk would: for tests of what the learner
     * sees when a save does not fit (SQLite then fails with SQLITE_FULL, exactly as on a full disk).
     */
    synchronized void simulateFullDisk() {
        db.simulateFullDisk();
    }
}
