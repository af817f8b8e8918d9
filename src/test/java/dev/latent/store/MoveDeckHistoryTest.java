package dev.latent.store;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A copy of a deck taking over the learner's history: states and reviews move, the original starts afresh. */
class MoveDeckHistoryTest {

    @TempDir
    Path dataDir;

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void theCopyKeepsTheScheduleAndReviewsAndTheOriginalStartsAgain() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("bundled", List.of("q1", "q2"), T0);
            CardKey q1 = new CardKey("bundled", "q1");
            CardState after = new CardState(CardState.State.REVIEW, null, 5.0, 5.0, T0.plus(Duration.ofDays(5)), T0);
            store.recordReview(ReviewInput.of(q1, Rating.GOOD, after, T0, 1000));
            store.syncDeck("copy", List.of("q1", "q2", "q3"), T0.plus(Duration.ofMinutes(1))); // the app synced it first

            assertEquals(2, store.moveDeckHistory("bundled", "copy"));
            CardKey moved = new CardKey("copy", "q1");
            assertEquals(after, store.cardState(moved).orElseThrow(), "the schedule goes with the copy");
            assertEquals(1, store.reviewsOf(moved).size(), "and the review log");
            assertTrue(store.cardState(new CardKey("copy", "q3")).isPresent(), "the copy's own new question stays");

            store.syncDeck("bundled", List.of("q1", "q2"), T0.plus(Duration.ofMinutes(2)));
            assertTrue(store.cardState(q1).orElseThrow().isNew(), "the original starts afresh");
            assertEquals(0, store.moveDeckHistory("copy", "copy"));
        }
    }
}
