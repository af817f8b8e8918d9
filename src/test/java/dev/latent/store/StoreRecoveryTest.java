package dev.latent.store;

import dev.latent.scheduling.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database that does not open (or opens with damaged pages) can still be restored; a full disk is told as a full
 * disk, never as damage; leftovers of interrupted backups and restores are removed at the next start.
 */
class StoreRecoveryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final CardKey KEY = new CardKey("d", "q0");

    @TempDir
    Path dataDir;

    private static void answer(Store store, int i) {
        store.recordReview(ReviewInput.of(KEY, Rating.GOOD, StoreTestSupport.review(T0, Duration.ofDays(3), 3.0, 5.0),
                T0.plusSeconds(i), 1000));
    }

    /** One review saved in a backup, a second one after it; returns the backup. */
    private Path historyWithABackup() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("d", List.of("q0", "q1"), T0);
            answer(store, 1);
            Path backup = store.backup();
            answer(store, 2);
            return backup;
        }
    }

    private Path db() {
        return dataDir.resolve(Store.DATABASE_FILE);
    }

    private static void overwrite(Path file, long from, long length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long end = length < 0 ? raf.length() : Math.min(raf.length(), from + length);
            raf.seek(from);
            byte[] junk = new byte[(int) (end - from)];
            for (int i = 0; i < junk.length; i++) junk[i] = (byte) (0xA5 ^ i);
            raf.write(junk);
        }
    }

    @Test
    void aDatabaseThatDoesNotOpenIsRestoredAndTheDamagedFileKept() throws Exception {
        Path backup = historyWithABackup();
        overwrite(db(), 0, 100); // the header: SQLite no longer sees a database
        byte[] damaged = Files.readAllBytes(db());
        StoreDamagedException refused = assertThrows(StoreDamagedException.class, () -> Store.open(dataDir));
        assertTrue(refused.getMessage().contains("Restore one of the backups"), refused.getMessage());

        Store.Restored restored = Store.restore(dataDir, backup);
        assertTrue(restored.damaged());
        assertArrayEquals(damaged, Files.readAllBytes(restored.keptAs()), "the damaged file is kept, as it was");
        assertTrue(restored.keptAs().getFileName().toString().startsWith("latent-damaged-"), restored.keptAs().toString());
        assertFalse(Store.listBackups(dataDir).contains(restored.keptAs()), "the damaged file is not offered as a backup");
        try (Store store = Store.open(dataDir)) {
            assertEquals(1, store.reviewsOf(KEY).size(), "the backup's history is back");
        }
    }

    @Test
    void onlyTheNewestDamagedDatabasesAreKept() throws Exception {
        Path backup = historyWithABackup();
        Path backups = dataDir.resolve(Backups.DIR_NAME);
        // Set aside by earlier restores, oldest first; the oldest kept its write-ahead log beside it.
        List<String> earlier = List.of("latent-damaged-20250101-090000.db", "latent-damaged-20250102-090000.db",
                "latent-damaged-20250102-090000-2.db", "latent-damaged-20250103-090000.db");
        for (String name : earlier) Files.writeString(backups.resolve(name), "damaged");
        Files.writeString(backups.resolve(earlier.get(0) + "-wal"), "log");
        List<Path> ordinary = Store.listBackups(dataDir);

        List<Path> kept = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            overwrite(db(), 0, 100);
            Store.Restored restored = Store.restore(dataDir, backup);
            assertTrue(restored.damaged());
            kept.add(restored.keptAs());
        }
        try (var files = Files.list(backups)) {
            assertEquals(java.util.stream.Stream.of("latent-damaged-20250103-090000.db", kept.get(0).getFileName().toString(),
                            kept.get(1).getFileName().toString()).sorted().toList(),
                    files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("latent-damaged-")).sorted().toList(),
                    "the newest " + Backups.KEEP_DAMAGED + " damaged files, the older ones and their logs removed");
        }
        assertEquals(ordinary, Store.listBackups(dataDir), "ordinary backups are not touched");
        try (Store store = Store.open(dataDir)) {
            assertEquals(1, store.reviewsOf(KEY).size());
        }
    }

    @Test
    void damagedPagesBehindAnIntactHeaderAreReportedAsDamageAndRestoreStillWorks() throws Exception {
        Path backup = historyWithABackup();
        // Everything but the first page (the header and the schema): every table is unreadable.
        int pageSize = Integer.parseInt(StoreTestSupport.query(db(), "PRAGMA page_size").get(0));
        overwrite(db(), pageSize, -1);
        try (Store store = Store.open(dataDir)) {
            assertThrows(StoreDamagedException.class, () -> store.syncDeck("d", List.of("q0", "q1"), T0));
        } catch (StoreDamagedException atOpen) {
            // as good: told at once
        }
        Store.Restored restored = Store.restore(dataDir, backup);
        assertTrue(restored.damaged(), "no safety backup can be taken of damaged pages: the file itself is kept");
        try (Store store = Store.open(dataDir)) {
            assertEquals(1, store.reviewsOf(KEY).size());
        }
    }

    @Test
    void restoringOverADatabaseThatOpensStillTakesASafetyBackup() {
        Path backup = historyWithABackup();
        Store.Restored restored = Store.restore(dataDir, backup);
        assertFalse(restored.damaged());
        assertTrue(Store.listBackups(dataDir).contains(restored.keptAs()));
        try (Store store = Store.open(dataDir)) {
            assertEquals(1, store.reviewsOf(KEY).size());
        }
    }

    @Test
    void aFullDiskIsToldAsAFullDiskAndTheCardKeepsItsState() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("d", List.of("q0", "q1"), T0);
            answer(store, 1);
            var before = store.cardState(KEY);
            store.simulateFullDisk();
            String longAnswer = "the encoder maps the input to a latent code ".repeat(500);
            DiskFullException e = assertThrows(DiskFullException.class, () -> {
                for (int i = 0; i < 20; i++) {
                    store.recordReview(new ReviewInput(KEY, Rating.EASY, StoreTestSupport.review(T0, Duration.ofDays(9), 9.0, 4.0),
                            T0.plusSeconds(10 + i), 1000, null, longAnswer, 90, null));
                }
            });
            assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
            assertFalse(e.getMessage().toLowerCase().contains("restore"), "a full disk is no reason to restore: " + e.getMessage());
            assertTrue(store.reviewsOf(KEY).size() >= 1);
            assertTrue(before.isPresent());
        }
        try (Store store = Store.open(dataDir)) {
            assertTrue(store.reviewsOf(KEY).size() >= 1, "what was saved is kept");
        }
    }

    @Test
    void leftoversOfInterruptedBackupsAndRestoresAreRemovedAtTheNextStart() throws Exception {
        historyWithABackup();
        Path partialBackup = Files.write(dataDir.resolve("backups").resolve("latent-20260301-100000.db.partial"), new byte[4096]);
        Path restoring = Files.write(dataDir.resolve("latent.db.restoring"), new byte[4096]);
        Path settingsTemp = Files.write(dataDir.resolve(".latent-123.tmp"), new byte[10]);
        Path kept = Files.write(dataDir.resolve("notes.txt"), new byte[10]);
        try (Store store = Store.open(dataDir)) {
            assertEquals(2, store.reviewsOf(KEY).size());
        }
        assertFalse(Files.exists(partialBackup));
        assertFalse(Files.exists(restoring));
        assertFalse(Files.exists(settingsTemp));
        assertTrue(Files.exists(kept), "only Latent's own leftovers go");
        assertEquals(1, Store.listBackups(dataDir).size());
    }
}
