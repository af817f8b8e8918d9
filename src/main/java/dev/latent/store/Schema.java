package dev.latent.store;

import java.util.List;

/**
 * The database schema as numbered forward migrations; {@code PRAGMA user_version} records how many were applied.
 * Never edit a released step: add a new one.
 */
final class Schema {

    record Migration(int version, String description, List<String> statements) {
    }

    /** The first schema: cards keyed by deck + question id, and Anki's revlog plus answer, score and prior state. */
    static final Migration V1 = new Migration(1, "cards and review log", List.of(
            """
            CREATE TABLE cards (
              id          INTEGER PRIMARY KEY,
              deck_id     TEXT    NOT NULL,
              question_id TEXT    NOT NULL,
              state       INTEGER NOT NULL CHECK (state IN (1, 2, 3)),  -- py-fsrs: 1 learning, 2 review, 3 relearning
              step        INTEGER,
              stability   REAL,
              difficulty  REAL,
              due         INTEGER NOT NULL,                             -- epoch ms
              last_review INTEGER,                                      -- epoch ms; NULL while the card is new
              orphaned    INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
              UNIQUE (deck_id, question_id)
            ) STRICT""",
            "CREATE INDEX cards_due ON cards (deck_id, orphaned, state, due)",
            """
            CREATE TABLE revlog (
              id               INTEGER PRIMARY KEY,                     -- epoch ms of the answer
              card_id          INTEGER NOT NULL REFERENCES cards (id),
              rating           INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
              ivl              INTEGER NOT NULL,                        -- days if > 0, seconds if < 0 (Anki)
              last_ivl         INTEGER NOT NULL,
              time_ms          INTEGER NOT NULL CHECK (time_ms >= 0),
              type             INTEGER NOT NULL CHECK (type BETWEEN 0 AND 4),
              answer           TEXT,
              score            INTEGER CHECK (score BETWEEN 0 AND 100),
              concepts         TEXT,
              prev_state       INTEGER NOT NULL CHECK (prev_state IN (1, 2, 3)),
              prev_step        INTEGER,
              prev_stability   REAL,
              prev_difficulty  REAL,
              prev_due         INTEGER NOT NULL,
              prev_last_review INTEGER
            ) STRICT""",
            "CREATE INDEX revlog_card ON revlog (card_id, id)"));

    /**
     * The due queue scanned every new card of a deck through cards_due (new cards are state 1 like learning ones).
     * Partial indexes keep scheduled and new cards apart, so each queue part reads only the rows it returns.
     */
    static final Migration V2 = new Migration(2, "separate indexes for scheduled and new cards", List.of(
            "DROP INDEX cards_due",
            "CREATE INDEX cards_scheduled ON cards (deck_id, state, due) WHERE last_review IS NOT NULL AND orphaned = 0",
            "CREATE INDEX cards_new ON cards (deck_id, id) WHERE last_review IS NULL AND orphaned = 0"));

    /**
     * Practice exams and exam dates, and two tables kept in step with the review log for statistics: each concept
     * result of a graded review gets a row (review_concepts; existing reviews' rows read from their concept JSON), and each quarter hour
     * its review counts (review_quarters), so a year of statistics reads thousands of small rows instead of
     * scanning, sorting and parsing a million wide ones. Existing reviews are filled in here.
     */
    static final Migration V3 = new Migration(3, "exams, exam dates and concept results", List.of(
            """
            CREATE TABLE deck_settings (
              deck_id   TEXT PRIMARY KEY,
              exam_date TEXT                                            -- ISO date (yyyy-mm-dd), or NULL
            ) STRICT""",
            """
            CREATE TABLE exam_attempts (
              id                 INTEGER PRIMARY KEY,
              started_at         INTEGER NOT NULL,                      -- epoch ms
              finished_at        INTEGER NOT NULL,                      -- epoch ms
              selection          TEXT    NOT NULL,                      -- what was asked: "all", "deck:ID", "tag:NAME"
              time_limit_s       INTEGER,                               -- NULL when untimed
              timed_out          INTEGER NOT NULL CHECK (timed_out IN (0, 1)),
              counted_as_reviews INTEGER NOT NULL CHECK (counted_as_reviews IN (0, 1)),
              total_score        REAL                                   -- mean score 0-100 of graded answers, or NULL
            ) STRICT""",
            """
            CREATE TABLE exam_answers (
              attempt_id  INTEGER NOT NULL REFERENCES exam_attempts (id) ON DELETE CASCADE,
              position    INTEGER NOT NULL,
              deck_id     TEXT    NOT NULL,
              question_id TEXT    NOT NULL,
              answer      TEXT    NOT NULL,
              score       INTEGER CHECK (score BETWEEN 0 AND 100),
              grade       INTEGER CHECK (grade BETWEEN 0 AND 4),
              concepts    TEXT,
              PRIMARY KEY (attempt_id, position)
            ) STRICT""",
            """
            CREATE TABLE review_concepts (
              review_id INTEGER NOT NULL REFERENCES revlog (id) ON DELETE CASCADE,
              concept   TEXT    NOT NULL,
              card_id   INTEGER NOT NULL,
              label     TEXT    NOT NULL,
              missed    INTEGER NOT NULL CHECK (missed IN (0, 1)),   -- MISSED or NEGATED
              PRIMARY KEY (review_id, concept)
            ) STRICT, WITHOUT ROWID""",
            """
            CREATE TABLE review_quarters (
              q        INTEGER PRIMARY KEY,                           -- quarter hour: revlog id / 900000
              reviews  INTEGER NOT NULL,
              time_ms  INTEGER NOT NULL,
              checks   INTEGER NOT NULL,                              -- answers a day or more after the last one
              recalled INTEGER NOT NULL                               -- those not rated Again
            ) STRICT""",
            "INSERT INTO review_quarters " + ReviewQuarters.AGGREGATE_REVLOG,
            // Reviews recorded before this step kept their concept results only as JSON text: read them once here.
            // Later reviews write their rows from ReviewInput.concepts(), never from the JSON.
            """
            INSERT OR IGNORE INTO review_concepts
            SELECT r.id, json_extract(j.value, '$.id'), r.card_id,
                   coalesce(json_extract(j.value, '$.label'), json_extract(j.value, '$.id')),
                   json_extract(j.value, '$.status') <> 'HIT'
            FROM revlog r,
                 json_each(CASE WHEN json_valid(r.concepts) THEN r.concepts ELSE '{}' END, '$.concepts') j
            WHERE r.concepts IS NOT NULL AND json_extract(j.value, '$.id') IS NOT NULL
              AND json_extract(j.value, '$.status') IS NOT NULL"""));

    /**
     * Concept mastery groups the concept rows of eight weeks by question and concept, which means sorting some
     * 170,000 rows for a learner with a thousand reviews a day. concept_window keeps those per-question, per-concept
     * counts for the window last asked for (its bounds in concept_window_bounds, one row), and the next request
     * only adds or takes away the rows between the old and the new bounds: a day's worth when the screen is opened
     * the next day, nothing on the same day ({@link ConceptWindow}). Both start empty: the first request fills them.
     *
     * <p>cards_memory holds what predicted recall needs of each card, in card order, so the projected recall of a
     * deck of 10,000 cards reads one index range instead of looking up every row ({@link Store#memoryStates}).
     *
     * <p>exam_moves remembers the due time an exam date replaced ({@link StoreExamDates#moveDue}), with the card's
     * due and last review right after the move, so that clearing or moving the exam date can give it back to cards
     * not reviewed since.
     */
    static final Migration V4 = new Migration(4, "concept mastery window, card memory index and exam moves", List.of(
            """
            CREATE TABLE concept_window (
              card_id INTEGER NOT NULL,
              concept TEXT    NOT NULL,
              seen1   INTEGER NOT NULL,                              -- answers in the earlier half
              missed1 INTEGER NOT NULL,
              seen2   INTEGER NOT NULL,                              -- answers in the later half
              missed2 INTEGER NOT NULL,
              PRIMARY KEY (card_id, concept)
            ) STRICT, WITHOUT ROWID""",
            """
            CREATE TABLE concept_window_bounds (
              id        INTEGER PRIMARY KEY CHECK (id = 1),
              from_id   INTEGER NOT NULL,                             -- review ids (epoch ms) counted: [from_id, upper_id)
              middle_id INTEGER NOT NULL,                             -- the later half starts here
              upper_id  INTEGER NOT NULL
            ) STRICT""",
            "CREATE INDEX cards_memory ON cards (deck_id, orphaned, id, stability, last_review)",
            """
            CREATE TABLE exam_moves (
              card_id      INTEGER PRIMARY KEY REFERENCES cards (id),
              original_due INTEGER NOT NULL,                          -- epoch ms, before the exam date moved it
              moved_due    INTEGER NOT NULL,
              last_review  INTEGER                                    -- the card's, when moved
            ) STRICT"""));

    /**
     * Anki's custom study "increase today's new card limit": the extra new cards a deck may show on one study day
     * (ISO date of the study day). Later days are untouched; old rows are harmless and tiny.
     */
    static final Migration V5 = new Migration(5, "extra new cards for a study day", List.of(
            """
            CREATE TABLE limit_extensions (
              deck_id   TEXT    NOT NULL,
              day       TEXT    NOT NULL,                             -- ISO date of the study day
              extra_new INTEGER NOT NULL CHECK (extra_new >= 0),
              PRIMARY KEY (deck_id, day)
            ) STRICT, WITHOUT ROWID"""));

    /**
     * The learner's own graded answers: an answer they said the grader got wrong ("I did say this" for a missed
     * concept, or "this grade is wrong"), with the grade it should have had. A per-user overlay on the decks'
     * samples: bundled decks stay read-only, and the rubric test counts these too.
     */
    static final Migration V6 = new Migration(6, "personal graded samples", List.of(
            """
            CREATE TABLE personal_samples (
              id          INTEGER PRIMARY KEY,
              deck_id     TEXT    NOT NULL,
              question_id TEXT    NOT NULL,
              answer      TEXT    NOT NULL,
              grade       INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 4),
              claims      TEXT    NOT NULL,                           -- JSON: [{"concept","start","end","words"}]
              note        TEXT    NOT NULL,
              created     INTEGER NOT NULL                            -- epoch ms
            ) STRICT""",
            "CREATE INDEX personal_samples_deck ON personal_samples (deck_id, question_id, id)"));

    /**
     * Anki's card controls: a suspended card leaves every queue until unsuspended; a buried one until the study day
     * {@code buried_until} begins (epoch ms); a flag (1 red, 2 orange, 3 green, 4 blue) marks it for the browser.
     */
    static final Migration V7 = new Migration(7, "suspended, buried and flagged cards", List.of(
            "ALTER TABLE cards ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1))",
            "ALTER TABLE cards ADD COLUMN buried_until INTEGER",
            "ALTER TABLE cards ADD COLUMN flag INTEGER NOT NULL DEFAULT 0 CHECK (flag BETWEEN 0 AND 4)"));

    /**
     * FSRS parameters fitted to the learner's own reviews (Settings, "Optimize from my history"): one row for the
     * whole collection (scope ''), and room for a deck's own (scope = deck id). No row: FSRS-6's defaults.
     */
    static final Migration V8 = new Migration(8, "fitted FSRS parameters", List.of(
            """
            CREATE TABLE fsrs_parameters (
              scope   TEXT PRIMARY KEY,                               -- '' for the collection, else a deck id
              weights TEXT NOT NULL                                   -- the 21 weights, comma-separated
            ) STRICT, WITHOUT ROWID"""));

    static final List<Migration> MIGRATIONS = List.of(V1, V2, V3, V4, V5, V6, V7, V8);

    static final int CURRENT_VERSION = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private Schema() {
    }
}
