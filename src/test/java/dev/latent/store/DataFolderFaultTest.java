package dev.latent.store;

import dev.latent.scheduling.Rating;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A data folder that becomes full or read-only: the store says so in words, and everything saved before is still
 * there afterwards. A real small file system (a 2 MB tmpfs, remounted read-only for the second case), so the errors
 * are the operating system's own; needs permission to mount (root, as in CI), else the tests are skipped.
 */
@EnabledOnOs(OS.LINUX)
class DataFolderFaultTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private Path mountPoint;
    private boolean mounted;

    @BeforeEach
    void mountSmallFileSystem() throws Exception {
        mountPoint = Files.createTempDirectory("latent-small-fs");
        mounted = run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mountPoint.toString()) == 0;
        assumeTrue(mounted, "cannot mount a tmpfs here (not root?)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) run("umount", mountPoint.toString());
        Files.deleteIfExists(mountPoint);
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return p.exitValue();
    }

    private static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) ids.add("q" + i);
        return ids;
    }

    /** Five reviews, committed. */
    private static void saveFiveReviews(Store store) {
        store.syncDeck("d", ids(50), T0);
        for (int i = 0; i < 5; i++) {
            store.recordReview(ReviewInput.of(new CardKey("d", "q" + i), Rating.GOOD,
                    StoreTestSupport.review(T0, Duration.ofDays(3), 3.0, 5.0), T0.plusSeconds(i), 1000));
        }
    }

    /** Writes {@code filler} until the file system has not one byte left. */
    private static void fillTheDisk(Path filler) {
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            while (true) out.write(block);
        } catch (IOException full) {
            assertTrue(full.getMessage().contains("No space left on device"), full.getMessage());
        }
    }

    private static int reviewCount(Store store) {
        int count = 0;
        for (int i = 0; i < 50; i++) count += store.reviewsOf(new CardKey("d", "q" + i)).size();
        return count;
    }

    @Test
    void aFullDiskRefusesTheNewReviewWithAClearMessageAndKeepsTheSavedOnes() throws Exception {
        Path dataDir = mountPoint.resolve("latent");
        Path filler = mountPoint.resolve("filler");
        try (Store store = Store.open(dataDir)) {
            saveFiveReviews(store);
            fillTheDisk(filler);
            // Reviews with long typed answers, until one no longer fits.
            String longAnswer = "an answer about the encoder and the decoder ".repeat(2000);
            StoreException e = assertThrows(StoreException.class, () -> {
                for (int i = 5; i < 50; i++) {
                    store.recordReview(new ReviewInput(new CardKey("d", "q" + i), Rating.GOOD,
                            StoreTestSupport.review(T0, Duration.ofDays(3), 3.0, 5.0), T0.plusSeconds(i), 1000, null,
                            longAnswer, 80, null));
                }
            });
            assertTrue(e.getMessage().startsWith("Could not save to " + dataDir.resolve(Store.DATABASE_FILE)
                    + " (nothing was changed): "), e.getMessage());
            assertTrue(e.getMessage().contains("full"), e.getMessage());
            // What was saved before is still readable in the same session.
            assertTrue(reviewCount(store) >= 5);
        }
        Files.delete(filler);
        try (Store reopened = Store.open(dataDir)) {
            int count = reviewCount(reopened);
            assertTrue(count >= 5, "lost saved reviews: " + count);
            for (int i = 0; i < 5; i++) assertEquals(1, reopened.reviewsOf(new CardKey("d", "q" + i)).size());
            // And the store works again once there is room.
            reopened.recordReview(ReviewInput.of(new CardKey("d", "q49"), Rating.AGAIN,
                    StoreTestSupport.review(T0, Duration.ofDays(1), 1.0, 7.0), T0.plusSeconds(600), 500));
            assertEquals(count + 1, reviewCount(reopened));
        }
    }

    @Test
    void aFullDiskAtStartIsToldAsAFullDiskNeverAsDamage() throws Exception {
        Path dataDir = mountPoint.resolve("latent");
        Path filler = mountPoint.resolve("filler");
        try (Store store = Store.open(dataDir)) {
            saveFiveReviews(store);
        }
        fillTheDisk(filler);
        // What the app does at start: open, then bring the decks' cards in (a write).
        DiskFullException e = assertThrows(DiskFullException.class, () -> {
            try (Store store = Store.open(dataDir)) {
                store.syncDeck("another-deck", ids(500), T0);
            }
        });
        assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
        assertFalse(e.getMessage().toLowerCase().contains("restore"), "a full disk is no reason to restore a backup: " + e.getMessage());
        Files.delete(filler);
        try (Store reopened = Store.open(dataDir)) {
            assertEquals(5, reviewCount(reopened), "nothing was lost");
        }
    }

    @Test
    void aReadOnlyDataFolderIsRefusedWithAClearMessageAndNothingIsLost() throws Exception {
        Path dataDir = mountPoint.resolve("latent");
        try (Store store = Store.open(dataDir)) {
            saveFiveReviews(store);
        }
        byte[] before = Files.readAllBytes(dataDir.resolve(Store.DATABASE_FILE));
        assertEquals(0, run("mount", "-o", "remount,ro", mountPoint.toString()));
        try {
            StoreException e = assertThrows(StoreException.class, () -> Store.open(dataDir));
            assertEquals("Cannot lock the data folder " + dataDir + ": " + dataDir.resolve("latent.lock")
                    + ": Read-only file system", e.getMessage());
        } finally {
            assertEquals(0, run("mount", "-o", "remount,rw", mountPoint.toString()));
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dataDir.resolve(Store.DATABASE_FILE))),
                "the database changed");
        try (Store reopened = Store.open(dataDir)) {
            assertEquals(5, reviewCount(reopened));
        }
    }

}
