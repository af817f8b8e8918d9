package dev.latent.store;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Anki's card controls in the store: suspended and buried cards leave the queues, flags, forget, set due, the rows. */
class CardControlsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final DailyLimits LIMITS = new DailyLimits(20, 200);
    private static final CardKey Q1 = new CardKey("deck", "q1");
    private static final CardKey Q2 = new CardKey("deck", "q2");
    private static final CardKey Q3 = new CardKey("deck", "q3");

    @TempDir
    Path dataDir;

    private static Set<String> queued(Store store, Instant at) {
        return store.dueQueue("deck", at, UTC, LIMITS).cards().stream().map(c -> c.key().questionId())
                .collect(Collectors.toSet());
    }

    @Test
    void suspendedCardsLeaveEveryQueueUntilUnsuspended() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("deck", List.of("q1", "q2", "q3"), T0);
            assertEquals(1, store.suspend(List.of(Q2, new CardKey("deck", "unknown")), true), "unknown cards are skipped");
            assertEquals(Set.of("q1", "q3"), queued(store, T0));
            assertEquals(2, store.dueQueue("deck", T0, UTC, LIMITS).newCount());
            assertEquals(Set.of("q1", "q3"), queued(store, T0.plus(Duration.ofDays(30))), "suspension has no end date");
            store.suspend(List.of(Q2), false);
            assertEquals(Set.of("q1", "q2", "q3"), queued(store, T0));
        }
    }

    @Test
    void buriedCardsComeBackWhenTheBurialEnds() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("deck", List.of("q1", "q2"), T0);
            Instant tomorrow = Instant.parse("2026-03-03T04:00:00Z");
            store.bury(List.of(Q1), tomorrow);
            assertEquals(Set.of("q2"), queued(store, T0));
            assertEquals(Set.of("q2"), queued(store, tomorrow.minusSeconds(1)));
            assertEquals(Set.of("q1", "q2"), queued(store, tomorrow), "back at the next study day");
            store.bury(List.of(Q1), tomorrow);
            store.bury(List.of(Q1), null);
            assertEquals(Set.of("q1", "q2"), queued(store, T0), "unburied");
        }
    }

    @Test
    void suspendedReviewCardsAreLeftOutOfReviewAheadAndForgottenCards() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("deck", List.of("q1", "q2"), T0);
            Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT);
            for (CardKey key : List.of(Q1, Q2)) {
                CardState after = scheduler.review(CardState.newCard(T0), Rating.AGAIN, T0).card();
                store.recordReview(ReviewInput.of(key, Rating.AGAIN, after, T0, 1000));
            }
            store.suspend(List.of(Q1), true);
            assertEquals(List.of(Q2), store.cardsForgottenSince("deck", T0, T0.minusSeconds(60)).stream()
                    .map(DueCard::key).toList());
        }
    }

    @Test
    void flagsAreKeptAndBounded() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("deck", List.of("q1", "q2"), T0);
            assertEquals(1, store.flag(List.of(Q1), 3));
            assertEquals(3, store.cardRow(Q1).orElseThrow().flag());
            assertEquals(0, store.cardRow(Q2).orElseThrow().flag());
            assertThrows(IllegalArgumentException.class, () -> store.flag(List.of(Q1), 5));
            assertEquals(3, store.cardRow(Q1).orElseThrow().flag(), "a refused flag changes nothing");
        }
        try (Store store = Store.open(dataDir)) {
            assertEquals(3, store.cardRow(Q1).orElseThrow().flag(), "kept across restarts");
        }
    }

    @Test
    void forgetMakesACardNewAgainAndKeepsItsHistory() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("deck", List.of("q1"), T0);
            Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT);
            CardState after = scheduler.review(CardState.newCard(T0), Rating.EASY, T0).card();
            store.recordReview(ReviewInput.of(Q1, Rating.EASY, after, T0, 1000));
            assertFalse(store.cardState(Q1).orElseThrow().isNew());

            Instant later = T0.plus(Duration.ofDays(2));
            assertEquals(1, store.forget(List.of(Q1), later));
            CardState state = store.cardState(Q1).orElseThrow();
            assertTrue(state.isNew());
            assertNull(state.stability());
            assertEquals(1, store.reviewsOf(Q1).size(), "the review log stays");
            assertEquals(Set.of("q1"), queued(store, later), "it is a new card to learn again");
        }
    }

    @Test
    void setDueMovesOnlyStudiedCards() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("deck", List.of("q1", "q2"), T0);
            Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT);
            CardState after = scheduler.review(CardState.newCard(T0), Rating.EASY, T0).card();
            store.recordReview(ReviewInput.of(Q1, Rating.EASY, after, T0, 1000));
            Instant due = Instant.parse("2026-03-04T04:00:00Z");
            assertEquals(1, store.setDue(List.of(Q1, Q2), due), "the new card has no schedule to move");
            assertEquals(due, store.cardState(Q1).orElseThrow().due());
            assertEquals(after.stability(), store.cardState(Q1).orElseThrow().stability(), "memory state unchanged");
            assertTrue(store.cardState(Q2).orElseThrow().isNew());
        }
    }

    @Test
    void rowsCountReviewsLapsesAndTheLatestScore() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("deck", List.of("q1", "q2", "q3"), T0);
            store.syncDeck("other", List.of("x"), T0);
            Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT);
            CardState s1 = scheduler.review(CardState.newCard(T0), Rating.EASY, T0).card();
            store.recordReview(new ReviewInput(Q1, Rating.EASY, s1, T0, 1000, null, "first", 80, null));
            Instant t2 = s1.due();
            CardState s2 = scheduler.review(s1, Rating.AGAIN, t2).card();
            store.recordReview(new ReviewInput(Q1, Rating.AGAIN, s2, t2, 1000, null, "second", 20, null));
            store.syncDeck("deck", List.of("q1", "q2"), T0); // q3 leaves the deck

            List<CardRow> rows = store.cardRows();
            assertEquals(List.of(Q1, Q2, new CardKey("other", "x")), rows.stream().map(CardRow::key).toList(),
                    "every deck's cards, none orphaned");
            CardRow q1 = rows.get(0);
            assertEquals(2, q1.reviews());
            assertEquals(1, q1.lapses(), "forgotten once as a review card");
            assertEquals(20, q1.lastScore());
            assertNull(rows.get(1).lastScore());
            assertEquals(0, rows.get(1).reviews());
            assertTrue(store.cardRow(Q3).isEmpty(), "an orphaned card has no row");
        }
    }
}
