package dev.latent.interchange;

import dev.latent.deck.Deck;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.ReviewOutcome;
import dev.latent.scheduling.Scheduler;
import dev.latent.store.CardKey;
import dev.latent.store.ReviewInput;
import dev.latent.store.Store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Brings Anki's review log along with an imported package: each card's answers are replayed, oldest first,
 * through Latent's own FSRS scheduler and recorded as reviews, so the card starts from what the learner
 * already knows (its stability, difficulty and due date follow from the history) and the statistics show it.
 * A card that already has reviews in Latent is left alone, so importing twice never doubles a history.
 */
public final class HistoryImport {

    /** What was recorded: reviews and the cards they belong to, and cards left alone because they had history. */
    public record Summary(int reviews, int cards, int cardsWithHistoryAlready) {
        public String line() {
            String text = "Review history from Anki: " + reviews + (reviews == 1 ? " review" : " reviews") + " of " + cards
                    + (cards == 1 ? " card" : " cards") + " recorded";
            if (cardsWithHistoryAlready > 0) {
                text += "; " + cardsWithHistoryAlready + (cardsWithHistoryAlready == 1 ? " card" : " cards")
                        + " already had reviews in Latent and kept them";
            }
            return text + ".";
        }
    }

    private HistoryImport() {
    }

    /** Syncs the decks into the store (their cards are created), then records the history card by card. */
    public static Summary record(Store store, Scheduler scheduler, List<Deck> decks, List<ApkgImport.PastReview> history,
                                 Instant now) {
        for (Deck deck : decks) store.syncDeck(deck.id(), deck.questionIds(), now);
        Map<CardKey, List<ApkgImport.PastReview>> byCard = new LinkedHashMap<>();
        for (ApkgImport.PastReview review : history) {
            if (review.reviewedAt().isAfter(now)) continue; // a clock that was wrong in Anki: not a review yet
            byCard.computeIfAbsent(new CardKey(review.deckId(), review.questionId()), k -> new ArrayList<>()).add(review);
        }
        List<ReviewInput> recorded = new ArrayList<>();
        int cards = 0;
        int skipped = 0;
        for (var entry : byCard.entrySet()) {
            CardKey key = entry.getKey();
            if (!store.reviewsOf(key).isEmpty()) {
                skipped++;
                continue;
            }
            CardState state = store.cardState(key).orElse(null);
            if (state == null) continue;
            long count = 0;
            for (ApkgImport.PastReview review : entry.getValue()) {
                Rating rating = Rating.of(review.rating());
                ReviewOutcome outcome = scheduler.review(state, rating, review.reviewedAt(), Scheduler.fuzzSeed(key.toString(), count++));
                recorded.add(ReviewInput.of(key, rating, outcome.card(), review.reviewedAt(), review.timeTakenMs()));
                state = outcome.card();
            }
            cards++;
        }
        int reviews = recorded.isEmpty() ? 0 : store.recordHistory(recorded); // one transaction: all or nothing
        return new Summary(reviews, cards, skipped);
    }
}
