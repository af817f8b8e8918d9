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

    @Test
    void moreNewCardsGrantedTodayGoWithTheHistory() {
        java.time.ZoneId utc = java.time.ZoneId.of("UTC");
        java.time.LocalDate today = dev.latent.scheduling.StudyDay.of(T0, utc);
        DailyLimits onePerDay = new DailyLimits(1, 200);
        List<String> questions = List.of("q1", "q2", "q3", "q4", "q5");
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("bundled", questions, T0);
            store.extendNewCards("bundled", today, 2);
            store.extendNewCards("copy", today, 1); // granted on the copy too: they add up
            store.extendNewCards("bundled", today.minusDays(1), 4); // another day: moves, and counts on no other
            assertEquals(3, store.dueQueue("bundled", T0, utc, onePerDay).newCount());

            store.syncDeck("copy", questions, T0.plus(Duration.ofMinutes(1)));
            store.moveDeckHistory("bundled", "copy");
            store.syncDeck("bundled", questions, T0.plus(Duration.ofMinutes(2)));
            assertEquals(4, store.dueQueue("copy", T0, utc, onePerDay).newCount(), "1 a day, 2 granted on the original, 1 on the copy");
            assertEquals(1, store.dueQueue("bundled", T0, utc, onePerDay).newCount(), "the original starts afresh");
        }
    }
}
