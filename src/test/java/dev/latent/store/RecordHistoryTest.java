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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A history brought from Anki: recorded at its own times, in one transaction. */
class RecordHistoryTest {

    private static final Scheduler SCHEDULER = new Scheduler(SchedulerConfig.DEFAULT);
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final CardKey OLD = new CardKey("deck", "old");
    private static final CardKey RECENT = new CardKey("deck", "recent");

    @TempDir
    Path dataDir;

    private static List<ReviewInput> history(CardKey key, Instant first, int reviews) {
        List<ReviewInput> inputs = new ArrayList<>();
        CardState state = CardState.newCard(first);
        Instant at = first;
        for (int i = 0; i < reviews; i++) {
            state = SCHEDULER.review(state, Rating.GOOD, at).card();
            inputs.add(ReviewInput.of(key, Rating.GOOD, state, at, 2000));
            at = state.due();
        }
        return inputs;
    }

    @Test
    void oldReviewsKeepTheirTimesEvenAfterNewerOnes() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("deck", List.of("old", "recent"), NOW.minus(Duration.ofDays(400)));
            store.recordReview(ReviewInput.of(RECENT, Rating.GOOD,
                    SCHEDULER.review(CardState.newCard(NOW), Rating.GOOD, NOW).card(), NOW, 1000));
            Instant start = NOW.minus(Duration.ofDays(365));
            List<ReviewInput> past = history(OLD, start, 5);
            assertEquals(5, store.recordHistory(past));
            List<Review> recorded = store.reviewsOf(OLD);
            assertEquals(past.stream().map(ReviewInput::reviewedAt).toList(),
                    recorded.stream().map(Review::reviewedAt).toList(), "each review at its own time, a year ago");
            assertEquals(past.get(4).after(), store.cardState(OLD).orElseThrow());
            assertEquals(RECENT, store.undoLastReview().orElseThrow().card(), "undo still takes back the newest review");
        }
    }

    @Test
    void aHistoryIsRecordedWhollyOrNotAtAll() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("deck", List.of("old"), NOW);
            List<ReviewInput> inputs = new ArrayList<>(history(OLD, NOW.minus(Duration.ofDays(30)), 3));
            inputs.add(ReviewInput.of(new CardKey("deck", "missing"), Rating.GOOD,
                    SCHEDULER.review(CardState.newCard(NOW), Rating.GOOD, NOW).card(), NOW, 1000));
            assertThrows(StoreException.class, () -> store.recordHistory(inputs));
            assertTrue(store.reviewsOf(OLD).isEmpty(), "the reviews before the bad one were rolled back");
        }
    }
}
