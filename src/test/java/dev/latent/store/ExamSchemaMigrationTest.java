package dev.latent.store;

import static dev.latent.store.LegacyDatabases.CARDS_V1;
import static dev.latent.store.LegacyDatabases.REVLOG_V1;
import static dev.latent.store.StoreTestSupport.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schemas 3 (exams, exam dates, concept rows) and 4 on top of a version-2 database written as Latent 2 did. */
class ExamSchemaMigrationTest {

    @TempDir
    Path dataDir;

    /** Versions 1 and 2 as Latent 2 left them. */
    private static final List<String> VERSION_2 = List.of(CARDS_V1,
            REVLOG_V1,
            "CREATE INDEX revlog_card ON revlog (card_id, id)",
            "CREATE INDEX cards_scheduled ON cards (deck_id, state, due) WHERE last_review IS NOT NULL AND orphaned = 0",
            "CREATE INDEX cards_new ON cards (deck_id, id) WHERE last_review IS NULL AND orphaned = 0",
            "INSERT INTO cards VALUES (1, 'gans', 'q1', 2, NULL, 3.5, 5.25, 1714788000000, 1714528800000, 0)",
            // A review as the study session writes it: two concepts, one hit, one negated.
            "INSERT INTO revlog VALUES (1714528800000, 1, 3, 3, 0, 8000, 0, 'a two-player game', 90, "
                    + "'{\"grade\":3,\"concepts\":[{\"id\":\"minimax\",\"label\":\"Minimax game\",\"status\":\"HIT\"},"
                    + "{\"id\":\"nash\",\"label\":\"Nash equilibrium\",\"status\":\"NEGATED\",\"start\":0,\"end\":3}],"
                    + "\"misconceptions\":[]}', 1, 0, NULL, NULL, 1714500000000, NULL)",
            // Older or foreign shapes, and text that is not JSON at all: no concept rows, and no failure.
            "INSERT INTO revlog VALUES (1714528900000, 1, 3, 3, 0, 8000, 1, 'x', 50, '{\"minimax\":true}', 2, NULL, 3.5, 5.25, 1714788000000, 1714528800000)",
            "INSERT INTO revlog VALUES (1714529000000, 1, 3, 3, 0, 8000, 1, 'x', 50, 'not json', 2, NULL, 3.5, 5.25, 1714788000000, 1714528800000)",
            "INSERT INTO revlog VALUES (1714529100000, 1, 3, 3, 0, 8000, 1, 'x', NULL, NULL, 2, NULL, 3.5, 5.25, 1714788000000, 1714528800000)",
            "PRAGMA user_version = 2");

    @Test
    void upgradesAVersionTwoDatabaseAndFillsInConceptRows() throws Exception {
        LegacyDatabases.write(dataDir, VERSION_2);
        try (Store store = Store.open(dataDir)) {
            assertEquals(Optional.empty(), store.examDates().examDate("gans"));
            store.examDates().setExamDate("gans", LocalDate.of(2024, 6, 1));
            assertEquals(Optional.of(LocalDate.of(2024, 6, 1)), store.examDates().examDate("gans"));
            assertEquals(List.of(), store.examAttempts());
            assertEquals(4, store.reviewsOf(new CardKey("gans", "q1")).size(), "reviews kept");
        }
        Path db = dataDir.resolve("latent.db");
        assertEquals(List.of(String.valueOf(Store.SCHEMA_VERSION)), query(db, "PRAGMA user_version"));
        assertEquals(List.of("1714528800000|minimax|1|Minimax game|0", "1714528800000|nash|1|Nash equilibrium|1"),
                query(db, "SELECT review_id, concept, card_id, label, missed FROM review_concepts ORDER BY concept"));
        // The four reviews share a quarter hour (id / 900000); none came a day or more after the card's last one.
        assertEquals(List.of("1905032|4|32000|0|0"), query(db, "SELECT q, reviews, time_ms, checks, recalled FROM review_quarters"));
        assertEquals(List.of("concept_window", "concept_window_bounds", "deck_settings", "exam_answers", "exam_attempts",
                "exam_moves", "fsrs_parameters", "limit_extensions", "personal_samples", "review_concepts", "review_quarters"), query(db,
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('cards', 'revlog') ORDER BY name"));
        assertEquals(List.of("ok"), query(db, "PRAGMA integrity_check"));
        assertEquals(List.of(), query(db, "PRAGMA foreign_key_check"));
        try (Store store = Store.open(dataDir)) {
            assertEquals(List.of("2"), query(store.listBackups().get(0), "PRAGMA user_version"), "the v2 file is backed up");
        }
    }
}
