package dev.latent.store;

import dev.latent.scheduling.ReviewType;
import static dev.latent.store.StoreTestSupport.learning;
import static dev.latent.store.StoreTestSupport.query;
import static dev.latent.store.StoreTestSupport.relearning;
import static dev.latent.store.StoreTestSupport.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final CardKey Q1 = new CardKey("gans", "q1");
    private static final CardKey Q2 = new CardKey("gans", "q2");

    @TempDir
    Path dataDir;

    @Test
    void createsTheDatabaseWithDurableSettings() throws Exception {
        try (Store store = Store.open(dataDir)) {
            assertEquals(dataDir.resolve("latent.db").toAbsolutePath(), store.databaseFile());
        }
        assertEquals(List.of("wal"), query(dataDir.resolve("latent.db"), "PRAGMA journal_mode"));
        assertEquals(List.of(String.valueOf(Store.SCHEMA_VERSION)), query(dataDir.resolve("latent.db"), "PRAGMA user_version"));
    }

    @Test
    void reviewsRoundTripWithEveryField() {
        String concepts = "{\"adversarial loss\":{\"hit\":true,\"quote\":\"the \\\"min-max\\\" game\"},\"mode collapse\":null,\"ü\":\"✓\"}";
        Instant answered1 = T0.plusSeconds(60);
        CardState afterFirst = learning(answered1, 1, Duration.ofMinutes(10));
        Instant answered2 = answered1.plus(Duration.ofMinutes(10));
        CardState afterSecond = review(answered2, Duration.ofDays(3), 3.2, 5.1);
        Instant answered3 = answered2.plus(Duration.ofDays(3));
        CardState afterThird = review(answered3, Duration.ofDays(9), 9.4, 4.9);
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("gans", List.of("q1", "q2"), T0);
            assertEquals(Optional.of(CardState.newCard(T0)), store.cardState(Q1));
            store.recordReview(new ReviewInput(Q1, Rating.HARD, afterFirst, answered1, 12_345, null,
                    "G and D play a game", 55, concepts));
            store.recordReview(new ReviewInput(Q1, Rating.GOOD, afterSecond, answered2, 4_000, null, null, null, null));
            store.recordReview(new ReviewInput(Q1, Rating.EASY, afterThird, answered3, 2_500, ReviewType.FILTERED,
                    "", 100, "[]"));
        }
        try (Store store = Store.open(dataDir)) { // read back from disk, not from anything cached
            assertEquals(Optional.of(afterThird), store.cardState(Q1));
            assertEquals(Optional.of(CardState.newCard(T0)), store.cardState(Q2));
            assertEquals(Optional.empty(), store.cardState(new CardKey("gans", "nope")));
            List<Review> reviews = store.reviewsOf(Q1);
            assertEquals(List.of(
                    // new card: learn type, 10-minute step as -600 s, no previous interval
                    new Review(answered1.toEpochMilli(), Q1, Rating.HARD, -600, 0, 12_345, ReviewType.LEARN,
                            "G and D play a game", 55, concepts, CardState.newCard(T0)),
                    // graduating: 3 days; the previous interval was the 10-minute step
                    new Review(answered2.toEpochMilli(), Q1, Rating.GOOD, 3, -600, 4_000, ReviewType.LEARN,
                            null, null, null, afterFirst),
                    // a review card answered in a cram session: type given by the caller, 9 days after 3
                    new Review(answered3.toEpochMilli(), Q1, Rating.EASY, 9, 3, 2_500, ReviewType.FILTERED,
                            "", 100, "[]", afterSecond)),
                    reviews);
            assertEquals(answered3, reviews.get(2).reviewedAt());
            assertEquals(List.of(), store.reviewsOf(Q2));
        }
    }

    @Test
    void reviewTypeFollowsThePriorState() {
        Instant t = T0;
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("gans", List.of("q1"), T0);
            CardState graduated = review(t, Duration.ofDays(2), 2, 5);
            assertEquals(ReviewType.LEARN, store.recordReview(ReviewInput.of(Q1, Rating.EASY, graduated, t, 1)).type());
            t = t.plus(Duration.ofDays(2));
            CardState lapsed = relearning(t, Duration.ofMinutes(10));
            Review lapse = store.recordReview(ReviewInput.of(Q1, Rating.AGAIN, lapsed, t, 1));
            assertEquals(ReviewType.REVIEW, lapse.type());
            assertEquals(2, lapse.lastInterval());
            assertEquals(-600, lapse.interval());
            t = t.plus(Duration.ofMinutes(10));
            assertEquals(ReviewType.RELEARN,
                    store.recordReview(ReviewInput.of(Q1, Rating.GOOD, review(t, Duration.ofDays(1), 1, 6), t, 1)).type());
        }
    }

    @Test
    void reviewIdsStayUniqueWithinOneMillisecond() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("gans", List.of("q1", "q2"), T0);
            Review a = store.recordReview(ReviewInput.of(Q1, Rating.GOOD, learning(T0, 1, Duration.ofMinutes(1)), T0, 10));
            Review b = store.recordReview(ReviewInput.of(Q2, Rating.GOOD, learning(T0, 1, Duration.ofMinutes(1)), T0, 10));
            assertEquals(T0.toEpochMilli(), a.id());
            assertEquals(T0.toEpochMilli() + 1, b.id());
            assertEquals(List.of(b), store.reviewsOf(Q2));
        }
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() throws Exception {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("gans", List.of("q1"), T0);
            CardState after = learning(T0, 1, Duration.ofMinutes(1));
            StoreException missing = assertThrows(StoreException.class, () ->
                    store.recordReview(ReviewInput.of(new CardKey("gans", "ghost"), Rating.GOOD, after, T0, 1)));
            assertTrue(missing.getMessage().contains("gans/ghost"), missing.getMessage());
            assertThrows(IllegalArgumentException.class, () ->
                    new ReviewInput(Q1, Rating.GOOD, after, T0, 1, null, "x", 101, null));
            assertThrows(IllegalArgumentException.class, () -> ReviewInput.of(Q1, Rating.GOOD, after, T0, -1));
            assertThrows(IllegalArgumentException.class, () -> new CardKey("gans", " "));
            assertThrows(IllegalArgumentException.class, () -> store.syncDeck("gans", List.of("q1", ""), T0));
            assertThrows(IllegalArgumentException.class, () -> new DailyLimits(-1, 10));
            assertEquals(Optional.of(CardState.newCard(T0)), store.cardState(Q1));
        }
        assertEquals(List.of("0"), query(dataDir.resolve("latent.db"), "SELECT count(*) FROM revlog"));
        assertEquals(List.of("1"), query(dataDir.resolve("latent.db"), "SELECT count(*) FROM cards"));
    }

    @Test
    void closedStoreRefusesWork() {
        Store store = Store.open(dataDir);
        store.close();
        store.close(); // twice is fine
        assertThrows(IllegalStateException.class, () -> store.cardState(Q1));
    }

    @Test
    void undoGoesBackThirtyOneStepsAcrossRestarts() {
        List<String> ids = List.of("a", "b", "c", "d", "e");
        Random random = new Random(7);
        Deque<CardKey> cards = new ArrayDeque<>();
        Deque<CardState> priorStates = new ArrayDeque<>();
        Instant t = T0;
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("ae", ids, T0);
            for (int i = 0; i < 35; i++) {
                CardKey key = new CardKey("ae", ids.get(random.nextInt(ids.size())));
                t = t.plusSeconds(30 + random.nextInt(600));
                CardState after = switch (random.nextInt(3)) {
                    case 0 -> learning(t, random.nextInt(3), Duration.ofMinutes(1 + random.nextInt(10)));
                    case 1 -> relearning(t, Duration.ofMinutes(5));
                    default -> review(t, Duration.ofDays(1 + random.nextInt(30)), 1 + random.nextInt(50), 1 + random.nextInt(9));
                };
                priorStates.push(store.cardState(key).orElseThrow());
                cards.push(key);
                store.recordReview(new ReviewInput(key, Rating.of(1 + random.nextInt(4)), after, t, 1000, null,
                        "answer " + i, random.nextInt(101), null));
            }
        }
        for (int step = 1; step <= 31; step++) {
            // Reopen every few steps: undo must survive a restart.
            try (Store store = Store.open(dataDir)) {
                for (int k = 0; k < 4 && step <= 31; k++, step++) {
                    CardKey expectedCard = cards.pop();
                    assertEquals(Optional.of(expectedCard), store.undoLastReview().map(UndoneReview::card), "undo step " + step);
                    assertEquals(Optional.of(priorStates.pop()), store.cardState(expectedCard), "state after undo " + step);
                }
                step--;
            }
        }
        try (Store store = Store.open(dataDir)) {
            int left = 0;
            for (String id : ids) left += store.reviewsOf(new CardKey("ae", id)).size();
            assertEquals(35 - 31, left);
            while (!cards.isEmpty()) {
                CardKey expectedCard = cards.pop();
                assertEquals(Optional.of(expectedCard), store.undoLastReview().map(UndoneReview::card));
                assertEquals(Optional.of(priorStates.pop()), store.cardState(expectedCard));
            }
            for (String id : ids) assertEquals(Optional.of(CardState.newCard(T0)), store.cardState(new CardKey("ae", id)));
            assertEquals(Optional.empty(), store.undoLastReview().map(UndoneReview::card));
        }
    }

    @Test
    void syncKeepsHistoryOrphansRemovedQuestionsAndRestoresReturningOnes() {
        try (Store store = Store.open(dataDir)) {
            DeckSync first = store.syncDeck("gans", List.of("q1", "q2", "q3"), T0);
            assertEquals(new DeckSync(List.of("q1", "q2", "q3"), List.of(), List.of()), first);
            CardState q1After = review(T0, Duration.ofDays(2), 2, 5);
            CardState q2After = review(T0.plusSeconds(5), Duration.ofDays(4), 4, 5);
            store.recordReview(ReviewInput.of(Q1, Rating.GOOD, q1After, T0, 1));
            store.recordReview(ReviewInput.of(Q2, Rating.EASY, q2After, T0.plusSeconds(5), 1));

            // q1 reworded (same id), q2 removed, q4 added.
            Instant later = T0.plus(Duration.ofDays(1));
            DeckSync second = store.syncDeck("gans", List.of("q1", "q3", "q4"), later);
            assertEquals(new DeckSync(List.of("q4"), List.of("q2"), List.of()), second);
            assertEquals(Optional.of(q1After), store.cardState(Q1));
            assertEquals(1, store.reviewsOf(Q1).size());
            assertEquals(List.of(Q2), store.orphanedCards("gans"));
            assertEquals(Optional.of(CardState.newCard(later)), store.cardState(new CardKey("gans", "q4")));
            Instant inAWeek = T0.plus(Duration.ofDays(7));
            assertTrue(store.dueQueue("gans", inAWeek, java.time.ZoneOffset.UTC, DailyLimits.DEFAULT).cards().stream()
                    .noneMatch(card -> card.key().equals(Q2)), "an orphan is not studied");

            // q2 returns with its history.
            DeckSync third = store.syncDeck("gans", List.of("q1", "q2", "q3", "q4"), inAWeek);
            assertEquals(new DeckSync(List.of(), List.of(), List.of("q2")), third);
            assertEquals(List.of(), store.orphanedCards("gans"));
            assertEquals(Optional.of(q2After), store.cardState(Q2));
            assertEquals(1, store.reviewsOf(Q2).size());
            assertTrue(store.dueQueue("gans", inAWeek, java.time.ZoneOffset.UTC, DailyLimits.DEFAULT).cards().stream()
                    .anyMatch(card -> card.key().equals(Q2)), "a returned question is studied again");

            // Same question ids in another deck are other cards.
            store.syncDeck("autoencoders", List.of("q1"), T0);
            assertEquals(Optional.of(CardState.newCard(T0)), store.cardState(new CardKey("autoencoders", "q1")));
            assertEquals(Optional.of(q1After), store.cardState(Q1));
        }
    }

    @Test
    void cardsOfADeckThatLostEveryQuestionAreAllOrphaned() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("gans", List.of("q1", "q2"), T0);
            assertEquals(new DeckSync(List.of(), List.of("q1", "q2"), List.of()), store.syncDeck("gans", List.of(), T0));
            assertEquals(List.of(Q1, Q2), store.orphanedCards("gans"));
        }
    }
}
