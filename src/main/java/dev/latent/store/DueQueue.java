package dev.latent.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What to study now in one deck, in order: (re)learning cards due now, review cards due this study day, then new
 * cards, all within the day's limits. The counts are Anki's blue (new), red (learning) and green (due) numbers.
 *
 * @param cards the cards to show, in order
 * @param newCount new cards in the queue (already limited)
 * @param learningCount learning and relearning cards due now
 * @param reviewCount review cards due this study day (already limited)
 * @param nextDue when the next card not in this queue becomes available, if any: a learning card later today, a
 *     review card on a later day, or the next study day when a daily limit held cards back
 */
public record DueQueue(List<DueCard> cards, int newCount, int learningCount, int reviewCount, Optional<Instant> nextDue) {

    public DueQueue {
        cards = List.copyOf(cards);
    }

    public boolean isEmpty() {
        return cards.isEmpty();
    }
}
