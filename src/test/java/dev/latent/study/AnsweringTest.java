package dev.latent.study;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.ReviewType;
import dev.latent.scheduling.RevlogEntry;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.store.CardKey;
import dev.latent.store.Review;
import dev.latent.store.StaleReviewException;
import dev.latent.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** One path from a rating to the review log: scheduled from the state shown, refused if the card moved since. */
class AnsweringTest {

    private static final Scheduler SCHEDULER = new Scheduler(SchedulerConfig.DEFAULT);
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final CardKey CARD = new CardKey("deck", "q1");

    @TempDir
    Path dataDir;

    @Test
    void theReviewRecordsWhatTheSchedulerDecidedFromTheStateShown() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("deck", List.of("q1"), T0);
            CardState shown = store.cardState(CARD).orElseThrow();
            Review first = Answering.answer(store, SCHEDULER, CARD, shown, Rating.GOOD, T0, Duration.ofSeconds(12),
                    null, "an answer", Optional.empty());
            CardState after = store.cardState(CARD).orElseThrow();
            RevlogEntry expected = RevlogEntry.of(shown, after, T0);
            assertEquals(expected.interval(), first.interval());
            assertEquals(0, first.lastInterval(), "a new card had no interval");
            assertEquals(ReviewType.LEARN, first.type());
            assertEquals(shown, first.before());
            assertEquals(12_000, first.timeTakenMs());
            // The interval a button previewed is the one the rating gets: the same fuzz seed on both sides.
            Instant later = after.due();
            long seed = Scheduler.fuzzSeed(CARD.toString(), store.reviewCount(CARD));
            CardState previewed = SCHEDULER.preview(after, later, seed).get(Rating.EASY).card();
            Answering.answer(store, SCHEDULER, CARD, after, Rating.EASY, later, Duration.ZERO, null, null, Optional.empty());
            assertEquals(previewed, store.cardState(CARD).orElseThrow());
        }
    }

    @Test
    void anAnswerToACardThatMovedSinceItWasShownIsRefused() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("deck", List.of("q1"), T0);
            CardState shown = store.cardState(CARD).orElseThrow();
            Answering.answer(store, SCHEDULER, CARD, shown, Rating.GOOD, T0, Duration.ZERO, null, null, Optional.empty());
            // A second window still showing the card as it was: its rating must not schedule from a state now gone.
            assertThrows(StaleReviewException.class, () -> Answering.answer(store, SCHEDULER, CARD, shown, Rating.AGAIN,
                    T0.plusSeconds(5), Duration.ZERO, null, null, Optional.empty()));
            assertEquals(1, store.reviewCount(CARD), "nothing was recorded");
        }
    }

    @Test
    void revlogIntervalsFollowAnkisConvention() {
        CardState fresh = CardState.newCard(T0);
        CardState learning = SCHEDULER.review(fresh, Rating.GOOD, T0).card();
        RevlogEntry learn = RevlogEntry.of(fresh, learning, T0);
        assertEquals(-Duration.between(T0, learning.due()).toSeconds(), learn.interval(), "negative seconds while learning");
        assertEquals(ReviewType.LEARN, learn.type());
        CardState review = SCHEDULER.review(learning, Rating.EASY, learning.due()).card();
        RevlogEntry graduated = RevlogEntry.of(learning, review, learning.due());
        assertEquals(Math.round(Duration.between(learning.due(), review.due()).toHours() / 24.0), graduated.interval(),
                "whole days for a review card");
    }

    @Test
    void aSessionWhoseCardMovedShowsItAgainAsItNowIs() {
        dev.latent.deck.Deck deck = new dev.latent.deck.Deck("deck", "Deck", "", List.of(
                new dev.latent.deck.Question("q1", "Capital of France?", new dev.latent.deck.ModelAnswer("Paris.", List.of(), ""),
                        List.of(), null, List.of())), null);
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("deck", List.of("q1"), T0);
            dev.latent.testing.MutableClock clock = new dev.latent.testing.MutableClock(T0, java.time.ZoneId.of("UTC"));
            StudySession session = new StudySession(store, deck, SCHEDULER, new dev.latent.store.DailyLimits(20, 200), clock);
            session.submit("Paris");
            // Meanwhile the card is answered elsewhere (the CLI's history import, a second path): the shown state is gone.
            Answering.answer(store, SCHEDULER, CARD, store.cardState(CARD).orElseThrow(), Rating.AGAIN, T0, Duration.ZERO,
                    null, null, Optional.empty());
            clock.advance(Duration.ofMinutes(2));
            assertThrows(StaleReviewException.class, () -> session.rate(Rating.EASY));
            assertEquals(1, store.reviewCount(CARD));
            assertEquals(store.cardState(CARD).orElseThrow(), session.current().orElseThrow().state(),
                    "the card is shown again in the state it is now in");
        }
    }
}
