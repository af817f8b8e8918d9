package dev.latent.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Anki's queue builder, as plain data: the day's queue from the cards gathered for it. Learning cards due now come
 * first, then today's reviews, then new cards, then learning cards due within the learn-ahead limit; the daily
 * limits cut reviews and new cards, and a limit that held cards back makes the next study day the next due time.
 */
final class QueueBuilder {

    /**
     * What the store gathered.
     *
     * @param learning (re)learning cards due within the learn-ahead limit, by due time
     * @param reviews review cards due today, by due time, at most one beyond the limit
     * @param fresh new cards in deck order, at most one beyond the limit
     * @param nextLearning when the next learning card beyond the learn-ahead limit falls due
     * @param nextReviewDay the start of the study day the next review card beyond today falls due on
     * @param nextDayStart when the next study day begins
     */
    record Gathered(List<DueCard> learning, List<DueCard> reviews, List<DueCard> fresh, Optional<Instant> nextLearning,
                    Optional<Instant> nextReviewDay, Instant nextDayStart) {
    }

    private QueueBuilder() {
    }

    static DueQueue build(Gathered gathered, Instant now, int newLeft, int reviewsLeft) {
        List<DueCard> learningNow = gathered.learning().stream().filter(d -> !d.state().due().isAfter(now)).toList();
        List<DueCard> learningAhead = gathered.learning().subList(learningNow.size(), gathered.learning().size());
        // One card beyond a limit tells that the limit held cards back until the next study day.
        boolean heldBack = gathered.reviews().size() > reviewsLeft || gathered.fresh().size() > newLeft;
        List<DueCard> reviews = gathered.reviews().subList(0, Math.min(reviewsLeft, gathered.reviews().size()));
        List<DueCard> fresh = gathered.fresh().subList(0, Math.min(newLeft, gathered.fresh().size()));

        Instant nextDue = gathered.nextLearning().orElse(null);
        if (gathered.nextReviewDay().isPresent()) nextDue = earlier(nextDue, gathered.nextReviewDay().get());
        if (heldBack) nextDue = earlier(nextDue, gathered.nextDayStart());

        List<DueCard> queue = new ArrayList<>(gathered.learning().size() + reviews.size() + fresh.size());
        queue.addAll(learningNow);
        queue.addAll(reviews);
        queue.addAll(fresh);
        queue.addAll(learningAhead);
        return new DueQueue(queue, fresh.size(), gathered.learning().size(), reviews.size(), Optional.ofNullable(nextDue));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
