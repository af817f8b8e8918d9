package dev.latent.store;

import dev.latent.scheduling.ReviewType;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.FsrsParameters;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.ReplayMetrics;
import dev.latent.scheduling.ReviewHistory;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreReviewHistoryTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void theReviewLogFeedsTheOptimizerPerDeckOrWhole() {
        Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT.withFuzz(false));
        CardKey a = new CardKey("gans", "q1");
        CardKey b = new CardKey("gans", "q2");
        CardKey c = new CardKey("vaes", "q1");
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("gans", List.of("q1", "q2"), T0);
            store.syncDeck("vaes", List.of("q1"), T0);
            // In time order, as the app records them (a review's id is its time, never before an earlier one's).
            answer(store, scheduler, a, Rating.GOOD, T0, null);
            answer(store, scheduler, b, Rating.EASY, T0.plusSeconds(30), null);
            answer(store, scheduler, c, Rating.AGAIN, T0.plusSeconds(60), null);
            answer(store, scheduler, c, Rating.GOOD, T0.plusSeconds(660), null);
            answer(store, scheduler, a, Rating.GOOD, T0.plus(Duration.ofDays(2)), null);
            answer(store, scheduler, b, Rating.HARD, T0.plus(Duration.ofDays(6)), ReviewType.FILTERED);
            // A manual row (a due date set by hand) is no answer and is left out.
            answer(store, scheduler, b, Rating.GOOD, T0.plus(Duration.ofDays(7)), ReviewType.MANUAL);
            answer(store, scheduler, a, Rating.AGAIN, T0.plus(Duration.ofDays(9)), null);

            ReviewHistory all = store.fsrs().reviewHistory(null);
            assertEquals(3, all.cardCount());
            assertEquals(7, all.reviewCount());
            ReviewHistory gans = store.fsrs().reviewHistory("gans");
            assertEquals(2, gans.cardCount());
            assertEquals(5, gans.reviewCount());
            // Card a started first: Good, Good 2 days later, Again 7 days after that.
            assertEquals(List.of(Rating.GOOD, Rating.GOOD, Rating.AGAIN),
                    List.of(gans.rating(0, 0), gans.rating(0, 1), gans.rating(0, 2)));
            assertEquals(List.of(0, 2, 7), List.of(gans.elapsedDays(0, 0), gans.elapsedDays(0, 1), gans.elapsedDays(0, 2)));

            ReviewHistory expected = new ReviewHistory.Builder()
                    .add("a", Rating.GOOD, T0).add("a", Rating.GOOD, T0.plus(Duration.ofDays(2)))
                    .add("a", Rating.AGAIN, T0.plus(Duration.ofDays(9)))
                    .add("b", Rating.EASY, T0.plusSeconds(30)).add("b", Rating.HARD, T0.plus(Duration.ofDays(6)))
                    .build();
            assertEquals(ReplayMetrics.of(expected, FsrsParameters.DEFAULT), ReplayMetrics.of(gans, FsrsParameters.DEFAULT));
            assertEquals(3, ReplayMetrics.of(gans, FsrsParameters.DEFAULT).count());
        }
    }

    @Test
    void fittedParametersAreKeptForTheCollectionOrADeckAndGoIntoBackups() {
        FsrsParameters fitted = FsrsParameters.of(0.5, 1.5, 4.0, 12.0, 5.5, 0.6, 2.0, 0.02, 1.2, 0.2, 1.1,
                1.9, 0.08, 0.35, 2.0, 0.4, 2.4, 0.6, 0.2, 0.1, 0.35);
        FsrsParameters own = FsrsParameters.of(0.3, 1.5, 4.0, 12.0, 5.5, 0.6, 2.0, 0.02, 1.2, 0.2, 1.1,
                1.9, 0.08, 0.35, 2.0, 0.4, 2.4, 0.6, 0.2, 0.1, 0.3);
        Path backup;
        try (Store store = Store.open(dataDir)) {
            assertEquals(Optional.empty(), store.fsrs().fsrsParameters(null), "no row: FSRS-6's defaults");
            assertEquals(Optional.empty(), store.fsrs().fsrsParameters("gans"));
            store.fsrs().setFsrsParameters(null, fitted);
            assertEquals(Optional.of(fitted), store.fsrs().fsrsParameters(null));
            assertEquals(Optional.of(fitted), store.fsrs().fsrsParameters("gans"), "a deck uses the collection's");
            assertFalse(store.fsrs().hasOwnFsrsParameters("gans"));
            store.fsrs().setFsrsParameters("gans", own);
            assertTrue(store.fsrs().hasOwnFsrsParameters("gans"));
            assertFalse(store.fsrs().hasOwnFsrsParameters("vaes"));
            assertEquals(Optional.of(own), store.fsrs().fsrsParameters("gans"), "unless it has its own");
            assertEquals(Optional.of(fitted), store.fsrs().fsrsParameters("vaes"));
            assertEquals(Optional.of(fitted), store.fsrs().fsrsParameters(null));
            backup = store.backup();
            store.fsrs().setFsrsParameters(null, null);
            store.fsrs().setFsrsParameters("gans", null);
            assertEquals(Optional.empty(), store.fsrs().fsrsParameters("gans"), "reset: back to the defaults");
        }
        try (Store store = Store.open(dataDir)) {
            assertEquals(Optional.empty(), store.fsrs().fsrsParameters(null), "the reset was saved");
            store.restore(backup);
            assertEquals(Optional.of(fitted), store.fsrs().fsrsParameters(null), "the backup holds them");
            assertEquals(Optional.of(own), store.fsrs().fsrsParameters("gans"));
        }
    }

    private static void answer(Store store, Scheduler scheduler, CardKey card, Rating rating, Instant at, ReviewType type) {
        CardState before = store.cardState(card).orElseThrow();
        CardState after = scheduler.review(before, rating, at).card();
        store.recordReview(new ReviewInput(card, rating, after, at, 1_000, type, null, null, null));
    }
}
