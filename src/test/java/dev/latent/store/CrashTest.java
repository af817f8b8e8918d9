package dev.latent.store;

import static dev.latent.store.StoreTestSupport.javaBinary;
import static dev.latent.store.StoreTestSupport.query;
import static dev.latent.store.StoreTestSupport.testClasspath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.latent.scheduling.CardState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL at random moments and checks that every review it acknowledged survived, that
 * review rows and card updates stayed together, and that the database is intact.
 */
class CrashTest {

    @TempDir
    Path dataDir;

    @Test
    void acknowledgedReviewsSurviveSigkill() throws Exception {
        crashRepeatedly(Integer.getInteger("latent.crash.iterations", 3), new Random().nextLong());
    }

    @Test
    @Tag("soak")
    void soakAcknowledgedReviewsSurviveSigkill() throws Exception {
        crashRepeatedly(Integer.getInteger("latent.soak.iterations", 100), new Random().nextLong());
    }

    private void crashRepeatedly(int iterations, long seed) throws Exception {
        Random random = new Random(seed);
        Set<String> acknowledged = new HashSet<>();
        for (int run = 0; run < iterations; run++) {
            List<String> acks = killWhileWriting("r" + run, random.nextInt(600), seed);
            acknowledged.addAll(acks);
            verify(acknowledged, "run " + run + " (seed " + seed + ", " + acks.size() + " acks this run)");
        }
    }

    /** Starts a writer, lets it acknowledge at least one review, waits {@code delayMs} more, then SIGKILLs it. */
    private List<String> killWhileWriting(String run, int delayMs, long seed) throws Exception {
        Path stderr = dataDir.resolveSibling(dataDir.getFileName() + "-" + run + ".err");
        Process writer = new ProcessBuilder(javaBinary(), "-cp", testClasspath(), CrashWriterMain.class.getName(),
                dataDir.toString(), run).redirectError(stderr.toFile()).start();
        List<String> acks = new ArrayList<>();
        CountDownLatch firstAck = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (!line.startsWith("ack ")) continue;
                    synchronized (acks) {
                        acks.add(line.substring(4));
                    }
                    firstAck.countDown();
                }
            } catch (IOException e) {
                // the pipe breaks when the process is killed; what was read is what was acknowledged
            }
        });
        reader.start();
        try {
            if (!firstAck.await(60, TimeUnit.SECONDS)) {
                fail("writer " + run + " acknowledged nothing; stderr: " + Files.readString(stderr) + " (seed " + seed + ")");
            }
            Thread.sleep(delayMs);
            assertTrue(writer.isAlive(), "writer must still be writing when killed; stderr: " + Files.readString(stderr));
        } finally {
            writer.destroyForcibly(); // SIGKILL on Linux and macOS
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
            reader.join(30_000);
        }
        assertFalse(reader.isAlive());
        synchronized (acks) {
            return List.copyOf(acks);
        }
    }

    private void verify(Set<String> acknowledged, String context) throws Exception {
        Set<String> stored = new HashSet<>();
        try (Store store = Store.open(dataDir)) {
            for (String id : CrashWriterMain.questionIds()) {
                CardKey key = new CardKey(CrashWriterMain.DECK, id);
                List<Review> reviews = store.reviewsOf(key);
                reviews.forEach(review -> stored.add(review.typedAnswer()));
                CardState state = store.cardState(key).orElseThrow();
                double expectedStability = reviews.size();
                assertEquals(reviews.isEmpty() ? null : expectedStability, state.stability(),
                        "card " + id + " state and review log committed together, " + context);
                if (!reviews.isEmpty()) {
                    assertEquals(reviews.get(reviews.size() - 1).before().stability() == null ? 1.0
                            : reviews.get(reviews.size() - 1).before().stability() + 1, state.stability(), context);
                }
            }
        }
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        assertEquals(Set.of(), lost, "acknowledged reviews missing after SIGKILL, " + context);
        assertEquals(List.of("ok"), query(dataDir.resolve("latent.db"), "PRAGMA integrity_check"), context);
    }
}
