package dev.latent.store;

import static dev.latent.store.StoreTestSupport.query;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {

    private static final Instant T0 = Instant.parse("2024-01-01T12:00:00Z");
    private static final CardKey KEY = new CardKey("d", "q1");

    @TempDir
    Path dataDir;

    private static Review answer(Store store, String typed, Instant at) {
        CardState after = new CardState(CardState.State.REVIEW, null, 2.0, 5.0, at.plus(Duration.ofDays(2)), at);
        return store.recordReview(new ReviewInput(KEY, Rating.GOOD, after, at, 100, null, typed, 70, null));
    }

    private static List<String> typedAnswers(Store store) {
        return store.reviewsOf(KEY).stream().map(Review::typedAnswer).toList();
    }

    @Test
    void backsUpOncePerStudyDayAndKeepsTheNewestTen() throws Exception {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("d", List.of("q1"), T0);
            for (int day = 0; day < 12; day++) {
                Instant at = T0.plus(Duration.ofDays(day));
                answer(store, "day " + day, at);
                assertTrue(store.backupIfDue(at, ZoneOffset.UTC).isPresent(), "first open on day " + day);
                assertEquals(Optional.empty(), store.backupIfDue(at.plus(Duration.ofHours(3)), ZoneOffset.UTC),
                        "second open on day " + day);
            }
            // 03:00 the next morning is still the same study day; 04:00 is a new one.
            assertEquals(Optional.empty(), store.backupIfDue(Instant.parse("2024-01-13T03:00:00Z"), ZoneOffset.UTC));

            List<Path> backups = store.listBackups();
            assertEquals(10, backups.size());
            assertEquals(dataDir.resolve("backups").resolve("latent-20240112-120000.db").toAbsolutePath(), backups.get(0));
            assertEquals("latent-20240103-120000.db", backups.get(9).getFileName().toString());
            try (var files = Files.list(dataDir.resolve("backups"))) {
                assertEquals(10, files.count(), "older backups and temporary files are gone");
            }
            // Each backup is a complete, consistent database holding the answers up to its day.
            for (int i = 0; i < 10; i++) {
                Path backup = backups.get(i);
                assertEquals(List.of("ok"), query(backup, "PRAGMA integrity_check"));
                assertEquals(List.of(String.valueOf(12 - i)), query(backup, "SELECT count(*) FROM revlog"), backup.toString());
            }
            assertTrue(store.backupIfDue(Instant.parse("2024-01-13T04:00:00Z"), ZoneOffset.UTC).isPresent());
        }
    }

    @Test
    void studyDaysForAutomaticBackupsFollowTheGivenZone() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo"); // UTC+9: 4 AM there is 19:00 UTC the day before
        try (Store store = Store.open(dataDir)) {
            assertTrue(store.backupIfDue(Instant.parse("2024-01-01T18:00:00Z"), tokyo).isPresent()); // 03:00 Tokyo
            assertTrue(store.backupIfDue(Instant.parse("2024-01-01T19:00:00Z"), tokyo).isPresent()); // 04:00 Tokyo
            assertEquals(Optional.empty(), store.backupIfDue(Instant.parse("2024-01-02T18:59:00Z"), tokyo));
        }
    }

    @Test
    void backupsWithinOneSecondGetDistinctNames() {
        try (Store store = Store.open(dataDir)) {
            Path first = store.backup();
            Path second = store.backup();
            assertFalse(first.equals(second));
            assertEquals(List.of(second, first), store.listBackups());
        }
    }

    @Test
    void restoreReplacesTheDatabaseAfterBackingItUp() throws Exception {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("d", List.of("q1"), T0);
            answer(store, "kept", T0);
            Path good = store.backup();
            answer(store, "after the backup", T0.plusSeconds(60));
            store.syncDeck("d", List.of("q1", "q2"), T0.plusSeconds(60));

            Path safety = store.restore(good);

            assertEquals(List.of("kept"), typedAnswers(store));
            assertEquals(Optional.empty(), store.cardState(new CardKey("d", "q2")));
            assertEquals(List.of("2"), query(safety, "SELECT count(*) FROM revlog"), "the replaced data was backed up");
            assertEquals(safety, store.listBackups().get(0));
            // The restored store works normally and undo reaches into the restored history.
            answer(store, "after the restore", T0.plusSeconds(120));
            assertEquals(Optional.of(KEY), store.undoLastReview().map(UndoneReview::card));
            assertEquals(Optional.of(KEY), store.undoLastReview().map(UndoneReview::card));
            assertEquals(List.of(), typedAnswers(store));
        }
        try (Store store = Store.open(dataDir)) {
            assertEquals(List.of(), typedAnswers(store));
            assertEquals(Optional.of(CardState.newCard(T0)), store.cardState(KEY));
        }
        assertEquals(List.of("ok"), query(dataDir.resolve("latent.db"), "PRAGMA integrity_check"));
        assertFalse(Files.exists(dataDir.resolve("latent.db.restoring")));
    }

    @Test
    void restoringTheOldestBackupWorksAlthoughTheSafetyBackupRotatesItOut() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("d", List.of("q1"), T0);
            for (int day = 0; day < 10; day++) {
                answer(store, "day " + day, T0.plus(Duration.ofDays(day)));
                store.backupIfDue(T0.plus(Duration.ofDays(day)), ZoneOffset.UTC);
            }
            Path oldest = store.listBackups().get(9);
            store.restore(oldest);
            assertEquals(List.of("day 0"), typedAnswers(store));
            assertEquals(10, store.listBackups().size());
            assertFalse(Files.exists(oldest));
        }
    }

    @Test
    void restoreRefusesFilesThatAreNotIntactLatentDatabases() throws Exception {
        Path garbage = dataDir.resolve("garbage.db");
        Path foreign = dataDir.resolve("foreign.db");
        Path truncated = dataDir.resolve("truncated.db");
        Path newer = dataDir.resolve("newer.db");
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("d", List.of("q1"), T0);
            answer(store, "precious", T0);
            Files.writeString(garbage, "not a database at all ".repeat(200));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement st = c.createStatement()) {
                st.executeUpdate("CREATE TABLE notes (text TEXT)");
                st.executeUpdate("PRAGMA user_version = 1");
            }
            Path real = store.backup();
            byte[] bytes = Files.readAllBytes(real);
            Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            Files.copy(real, newer);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
                st.executeUpdate("PRAGMA user_version = " + (Store.SCHEMA_VERSION + 1));
            }
            byte[] dbBefore = Files.readAllBytes(store.databaseFile());
            int backupsBefore = store.listBackups().size();

            for (Path bad : List.of(garbage, foreign, truncated, newer, dataDir.resolve("missing.db"))) {
                StoreException e = assertThrows(StoreException.class, () -> store.restore(bad), bad.toString());
                assertTrue(e.getMessage().contains(bad.getFileName().toString()), e.getMessage());
                assertEquals(List.of("precious"), typedAnswers(store));
            }
            assertEquals(backupsBefore, store.listBackups().size(), "no safety backup for a refused restore");
            assertArrayEquals(dbBefore, Files.readAllBytes(store.databaseFile()));
            assertFalse(Files.exists(dataDir.resolve("latent.db.restoring")));
        }
    }
}
