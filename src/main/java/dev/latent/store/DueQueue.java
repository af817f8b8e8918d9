package dev.latent.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What to study now in one deck, in order: (re)learning cards due now, review cards due this study day, new cards
 * (review and new cards within the day's limits), then (re)learning cards due within the learn-ahead limit. The
 * counts are Anki's blue (new), red (learning) and green (due) numbers.
 *
 * @param cards the cards to show, in order
 * @param newCount new cards in the queue (already limited)
 * @param learningCount learning and relearning cards due within the learn-ahead limit
 * @param reviewCount review cards due this study day (already limited)
 * @param nextDue when the next card not in this queue becomes available, if any: a learning card later today, a
 *     review card on a later day, or the next study day when a daily limit held cards back
 */
public record DueQueue(List<DueCard> cards, int newCount, int learningCount, int reviewCount, Optional<Instant> nextDue) {

    /**
     * Anki's learn-ahead limit: a learning card due within this long counts as due now (the red count), and is shown
     * once nothing else is left, rather than making the learner wait minutes for it.
     */
    public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    public DueQueue {
        cards = List.copyOf(cards);
    }

    public boolean isEmpty() {
        return cards.isEmpty();
    }
}
