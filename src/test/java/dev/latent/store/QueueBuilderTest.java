package dev.latent.store;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The day's queue from gathered cards, without a database: order, limits and the next due time. */
class QueueBuilderTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant NEXT_DAY = Instant.parse("2026-03-03T04:00:00Z");

    private static DueCard card(String id, CardState state) {
        return new DueCard(new CardKey("deck", id), state);
    }

    private static DueCard learningDueIn(String id, Duration in) {
        CardState learning = new Scheduler(SchedulerConfig.DEFAULT).review(CardState.newCard(NOW.minusSeconds(600)), Rating.GOOD,
                NOW.minusSeconds(600)).card();
        return card(id, new CardState(learning.state(), learning.step(), learning.stability(), learning.difficulty(),
                NOW.plus(in), learning.lastReview()));
    }

    private static List<String> ids(DueQueue queue) {
        return queue.cards().stream().map(c -> c.key().questionId()).toList();
    }

    @Test
    void learningDueNowComesFirstAndLearnAheadLast() {
        var gathered = new QueueBuilder.Gathered(
                List.of(learningDueIn("l-now", Duration.ofMinutes(-1)), learningDueIn("l-soon", Duration.ofMinutes(5))),
                List.of(card("r1", CardState.newCard(NOW))), List.of(card("n1", CardState.newCard(NOW))),
                Optional.empty(), Optional.empty(), NEXT_DAY);
        DueQueue queue = QueueBuilder.build(gathered, NOW, 20, 200);
        assertEquals(List.of("l-now", "r1", "n1", "l-soon"), ids(queue));
        assertEquals(2, queue.learningCount(), "learning cards within the learn-ahead limit count, as in Anki");
    }

    @Test
    void aLimitCutsTheQueueAndMakesTheNextStudyDayTheNextDueTime() {
        var gathered = new QueueBuilder.Gathered(List.of(),
                List.of(card("r1", CardState.newCard(NOW)), card("r2", CardState.newCard(NOW)), card("r3", CardState.newCard(NOW))),
                List.of(), Optional.of(NEXT_DAY.plusSeconds(3600)), Optional.empty(), NEXT_DAY);
        DueQueue queue = QueueBuilder.build(gathered, NOW, 20, 2);
        assertEquals(List.of("r1", "r2"), ids(queue));
        assertEquals(2, queue.reviewCount());
        assertEquals(Optional.of(NEXT_DAY), queue.nextDue(), "held back until the next study day");
    }

    @Test
    void withinTheLimitsTheNextDueTimeIsTheEarliestCardBeyondToday() {
        Instant nextLearning = NOW.plus(Duration.ofHours(3));
        var gathered = new QueueBuilder.Gathered(List.of(), List.of(), List.of(card("n1", CardState.newCard(NOW))),
                Optional.of(nextLearning), Optional.of(NEXT_DAY.plus(Duration.ofDays(2))), NEXT_DAY);
        DueQueue queue = QueueBuilder.build(gathered, NOW, 1, 200);
        assertEquals(List.of("n1"), ids(queue));
        assertEquals(Optional.of(nextLearning), queue.nextDue());
    }
}
