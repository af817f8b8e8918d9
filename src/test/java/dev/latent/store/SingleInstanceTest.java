package dev.latent.store;

import static dev.latent.store.StoreTestSupport.javaBinary;
import static dev.latent.store.StoreTestSupport.testClasspath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path dataDir;

    private String expectedMessage() {
        return "Latent is already open on this data folder (" + dataDir.toAbsolutePath().normalize()
                + "). Close the other window first.";
    }

    @Test
    void secondStoreInTheSameProcessIsRefusedAndTheFirstKeepsWorking() {
        CardKey key = new CardKey("d", "q");
        try (Store first = Store.open(dataDir)) {
            first.syncDeck("d", List.of("q"), T0);
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> Store.open(dataDir));
            assertEquals(expectedMessage(), e.getMessage());
            // Also through another spelling of the same folder.
            assertThrows(StoreLockedException.class, () -> Store.open(dataDir.resolve("sub").resolve("..")));
            CardState after = new CardState(CardState.State.REVIEW, null, 2.0, 5.0, T0.plus(Duration.ofDays(2)), T0);
            first.recordReview(ReviewInput.of(key, Rating.GOOD, after, T0, 100));
            assertEquals(Optional.of(after), first.cardState(key));
        }
        try (Store reopened = Store.open(dataDir)) {
            assertEquals(1, reopened.reviewsOf(key).size());
        }
    }

    @Test
    void storeHeldByAnotherProcessIsRefused() throws Exception {
        Process child = new ProcessBuilder(javaBinary(), "-cp", testClasspath(), LockHolderMain.class.getName(),
                dataDir.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", out.readLine());

            StoreLockedException e = assertThrows(StoreLockedException.class, () -> Store.open(dataDir));
            assertEquals(expectedMessage(), e.getMessage());
            // Our failed attempt must not have released the other process's lock.
            assertThrows(StoreLockedException.class, () -> Store.open(dataDir));

            try (OutputStream in = child.getOutputStream()) {
                in.write("bye\n".getBytes(StandardCharsets.UTF_8));
            }
            assertEquals("closed", out.readLine());
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, child.exitValue());
        } finally {
            child.destroyForcibly();
        }
        Store.open(dataDir).close(); // free again once the other process has closed it
    }

    @Test
    void deletingTheLockFileDoesNotLetASecondLatentShareTheDatabase() throws Exception {
        Process child = new ProcessBuilder(javaBinary(), "-cp", testClasspath(), LockHolderMain.class.getName(),
                dataDir.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", out.readLine());
            java.nio.file.Files.delete(dataDir.resolve("latent.lock"));

            StoreLockedException e = assertThrows(StoreLockedException.class, () -> Store.open(dataDir));
            assertEquals(expectedMessage(), e.getMessage());

            try (OutputStream in = child.getOutputStream()) {
                in.write("bye\n".getBytes(StandardCharsets.UTF_8));
            }
            assertEquals("closed", out.readLine());
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        Store.open(dataDir).close();
    }
}
