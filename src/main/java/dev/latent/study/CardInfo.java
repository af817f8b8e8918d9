package dev.latent.study;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Scheduler;
import dev.latent.store.CardKey;
import dev.latent.store.CardRow;
import dev.latent.store.Review;
import dev.latent.store.Store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Anki's card info: what the card is, its FSRS memory state now and every answer it had, newest first.
 *
 * @param retrievability the predicted chance of recalling it at {@code at}, empty for a new card
 * @param meanScore the mean of its graded answers' scores
 * @param history its reviews, newest first
 */
public record CardInfo(CardKey key, String prompt, String deckTitle, CardRow card, Instant at,
                       OptionalDouble retrievability, OptionalDouble meanScore, Duration totalTime, List<Review> history) {

    /** The card's info at {@code now}, or empty when the store has no card for it in the deck. */
    public static Optional<CardInfo> of(Store store, Scheduler scheduler, Deck deck, String questionId, Instant now) {
        CardKey key = new CardKey(deck.id(), questionId);
        Optional<CardRow> row = store.cardRow(key);
        if (row.isEmpty()) return Optional.empty();
        CardState state = row.get().state();
        List<Review> history = new java.util.ArrayList<>(store.reviewsOf(key));
        history.sort(java.util.Comparator.comparingLong(Review::id).reversed());
        OptionalDouble retrievability = state.isNew() || state.stability() == null
                ? OptionalDouble.empty() : OptionalDouble.of(scheduler.retrievability(state, now));
        OptionalDouble mean = history.stream().filter(r -> r.score() != null).mapToInt(Review::score).average();
        Duration total = Duration.ofMillis(history.stream().mapToLong(Review::timeTakenMs).sum());
        String prompt = deck.question(questionId).map(Question::prompt).orElse(questionId);
        return Optional.of(new CardInfo(key, prompt, deck.title(), row.get(), now, retrievability, mean, total,
                List.copyOf(history)));
    }

    /** The first answer the card had, if any. */
    public Optional<Instant> firstReview() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).reviewedAt());
    }

    /** Days between the last review and the due date: the interval the scheduler chose, empty while new. */
    public Optional<Duration> interval() {
        CardState state = card.state();
        if (state.isNew() || state.lastReview() == null) return Optional.empty();
        return Optional.of(Duration.between(state.lastReview(), state.due()));
    }
}
