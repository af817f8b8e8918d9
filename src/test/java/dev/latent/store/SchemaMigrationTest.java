package dev.latent.store;

import dev.latent.scheduling.ReviewType;
import static dev.latent.store.LegacyDatabases.CARDS_V1;
import static dev.latent.store.LegacyDatabases.REVLOG_V1;
import static dev.latent.store.StoreTestSupport.query;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.CardState.State;
import dev.latent.scheduling.Rating;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationTest {

    @TempDir
    Path dataDir;

    /** The version-1 schema exactly as Latent 1 wrote it. */
    private static final List<String> VERSION_1 = List.of(CARDS_V1,
            "CREATE INDEX cards_due ON cards (deck_id, orphaned, state, due)",
            REVLOG_V1,
            "CREATE INDEX revlog_card ON revlog (card_id, id)",
            "PRAGMA user_version = 1");

    @Test
    void upgradesAVersionOneDatabaseKeepingItsData() throws Exception {
        LegacyDatabases.write(dataDir, VERSION_1);
        LegacyDatabases.write(dataDir, List.of(
                // q1 reviewed once (new -> review due 2024-05-04), q2 new, q3 orphaned
                "INSERT INTO cards VALUES (1, 'gans', 'q1', 2, NULL, 3.5, 5.25, 1714788000000, 1714528800000, 0)",
                "INSERT INTO cards VALUES (2, 'gans', 'q2', 1, 0, NULL, NULL, 1714500000000, NULL, 0)",
                "INSERT INTO cards VALUES (3, 'gans', 'q3', 1, 0, NULL, NULL, 1714500000000, NULL, 1)",
                "INSERT INTO revlog VALUES (1714528800000, 1, 3, 3, 0, 8000, 0, 'a two-player game', 90, "
                        + "'{\"minimax\":true}', 1, 0, NULL, NULL, 1714500000000, NULL)"));

        try (Store store = Store.open(dataDir)) {
            CardKey q1 = new CardKey("gans", "q1");
            CardState q1State = new CardState(State.REVIEW, null, 3.5, 5.25, Instant.ofEpochMilli(1714788000000L),
                    Instant.ofEpochMilli(1714528800000L));
            assertEquals(Optional.of(q1State), store.cardState(q1));
            assertEquals(List.of(new Review(1714528800000L, q1, Rating.GOOD, 3, 0, 8000, ReviewType.LEARN,
                    "a two-player game", 90, "{\"minimax\":true}", CardState.newCard(Instant.ofEpochMilli(1714500000000L)))),
                    store.reviewsOf(q1));
            assertEquals(List.of(new CardKey("gans", "q3")), store.orphanedCards("gans"));
            DueQueue queue = store.dueQueue("gans", Instant.parse("2024-05-04T12:00:00Z"), ZoneOffset.UTC, DailyLimits.DEFAULT);
            assertEquals(List.of("q1", "q2"), queue.cards().stream().map(card -> card.key().questionId()).toList());
        }
        Path db = dataDir.resolve("latent.db");
        assertEquals(List.of(String.valueOf(Store.SCHEMA_VERSION)), query(db, "PRAGMA user_version"));
        // The file as it was before the upgrade is kept as a backup.
        List<Path> backups;
        try (Store store = Store.open(dataDir)) {
            backups = store.listBackups();
        }
        assertEquals(1, backups.size());
        assertEquals(List.of("1"), query(backups.get(0), "PRAGMA user_version"));
        assertEquals(List.of("3|1"), query(backups.get(0), "SELECT (SELECT count(*) FROM cards), (SELECT count(*) FROM revlog)"));
        assertEquals(List.of("cards_memory", "cards_new", "cards_scheduled", "personal_samples_deck", "revlog_card"),
                query(db, "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"));
        assertEquals(List.of("ok"), query(db, "PRAGMA integrity_check"));
    }

    @Test
    void aFreshDatabaseHasTheSameSchemaAsAnUpgradedOne() throws Exception {
        LegacyDatabases.write(dataDir, VERSION_1);
        Store.open(dataDir).close();
        Path fresh = dataDir.resolve("fresh");
        Store.open(fresh).close();
        String schemaSql = "SELECT type, name, tbl_name FROM sqlite_schema ORDER BY name";
        assertEquals(query(fresh.resolve("latent.db"), schemaSql), query(dataDir.resolve("latent.db"), schemaSql));
    }

    @Test
    void refusesADatabaseFromANewerLatentWithoutChangingIt() throws Exception {
        LegacyDatabases.write(dataDir, List.of("CREATE TABLE cards (id INTEGER PRIMARY KEY, future TEXT)",
                "INSERT INTO cards VALUES (1, 'from the future')",
                "PRAGMA user_version = " + (Store.SCHEMA_VERSION + 1)));
        Path db = dataDir.resolve("latent.db");
        byte[] before = Files.readAllBytes(db);

        StoreException e = assertThrows(StoreException.class, () -> Store.open(dataDir));
        assertTrue(e.getMessage().contains("newer version of Latent"), e.getMessage());
        assertTrue(e.getMessage().contains("schema " + (Store.SCHEMA_VERSION + 1)), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db));
        assertFalse(Files.exists(dataDir.resolve("latent.db-wal")));
        // The failed open released the folder: trying again gives the same answer, not "already open".
        StoreException again = assertThrows(StoreException.class, () -> Store.open(dataDir));
        assertFalse(again instanceof StoreLockedException);
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws Exception {
        Files.createDirectories(dataDir);
        byte[] garbage = "this is not SQLite, just a text file that happens to be called latent.db".repeat(100).getBytes();
        Files.write(dataDir.resolve("latent.db"), garbage);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dataDir));
        assertTrue(e.getMessage().contains("not a readable Latent database"), e.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(dataDir.resolve("latent.db")));
    }

    @Test
    void refusesSomeoneElsesSqliteDatabase() throws Exception {
        LegacyDatabases.write(dataDir, List.of("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"));
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dataDir));
        assertTrue(e.getMessage().contains("not Latent's"), e.getMessage());
    }
}
