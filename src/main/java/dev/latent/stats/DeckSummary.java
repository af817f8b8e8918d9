package dev.latent.stats;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.StudyDay;
import dev.latent.store.CardKey;
import dev.latent.store.DueCard;
import dev.latent.store.Review;
import dev.latent.store.ReviewStats;
import dev.latent.scheduling.ReviewType;
import dev.latent.store.Store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One deck's figures for a plain-text summary ({@code latent stats}) or a per-deck panel: card counts, recent
 * reviews, true retention, mean score and the most missed concepts. True retention and concept mastery follow
 * {@link StatisticsCalculator}'s definitions, restricted to one deck.
 *
 * @param learning cards in learning or relearning (not new)
 * @param reviewsToday answers given this study day (4 AM boundary)
 * @param lastMonth true retention over the last {@value #RECENT_DAYS} study days
 * @param graded graded answers ever given in the deck
 * @param meanScore their mean score 0-100, empty when none
 * @param mostMissed up to {@value #MOST_MISSED} concepts missed in the last {@value #RECENT_DAYS} days, most missed first
 */
public record DeckSummary(String deckId, String title, int newCards, int learning, int review,
                          int reviewsToday, int reviewsLast7, int reviewsLast30, Retention lastMonth,
                          int graded, OptionalDouble meanScore, List<ConceptMastery> mostMissed) {

    public static final int RECENT_DAYS = 30;
    public static final int MOST_MISSED = 5;
    private static final long DAY_MS = Duration.ofDays(1).toMillis();

    public DeckSummary {
        mostMissed = List.copyOf(mostMissed);
    }

    /** Reads the deck's cards and log from the store and sums them up. */
    public static DeckSummary compute(Store store, Deck deck, Instant now, ZoneId zone) {
        List<Review> reviews = new ArrayList<>();
        for (Question question : deck.questions()) reviews.addAll(store.reviewsOf(new CardKey(deck.id(), question.id())));
        LocalDate today = StudyDay.of(now, zone);
        LocalDate from = today.minusDays(RECENT_DAYS - 1);
        List<ReviewStats.ConceptTally> tallies = store.statistics().conceptTallies(StudyDay.start(from, zone),
                StudyDay.start(from.plusDays(RECENT_DAYS / 2), zone), StudyDay.start(today.plusDays(1), zone));
        return of(deck.id(), deck.title(), store.examDates().cards(deck.id()), reviews, tallies, now, zone);
    }

    /**
     * The summary of one deck from its current cards, its review log (any order) and the concept tallies of the
     * last {@value #RECENT_DAYS} days (of any deck: others are skipped).
     */
    public static DeckSummary of(String deckId, String title, List<DueCard> cards, List<Review> reviews,
                                 List<ReviewStats.ConceptTally> tallies, Instant now, ZoneId zone) {
        int fresh = 0;
        int learning = 0;
        int review = 0;
        for (DueCard card : cards) {
            CardState state = card.state();
            if (state.isNew()) fresh++;
            else if (state.state() == CardState.State.REVIEW) review++;
            else learning++;
        }
        LocalDate today = StudyDay.of(now, zone);
        int today1 = 0;
        int last7 = 0;
        int last30 = 0;
        int checks = 0;
        int recalled = 0;
        int graded = 0;
        long scoreSum = 0;
        for (Review r : reviews) {
            if (r.score() != null) {
                graded++;
                scoreSum += r.score();
            }
            LocalDate day = StudyDay.of(r.reviewedAt(), zone);
            if (day.isAfter(today)) continue;
            long ago = today.toEpochDay() - day.toEpochDay();
            if (ago == 0) today1++;
            if (ago < 7) last7++;
            if (ago >= RECENT_DAYS) continue;
            last30++;
            if (isRecallCheck(r)) {
                checks++;
                if (r.rating().recalled()) recalled++;
            }
        }
        List<ReviewStats.ConceptTally> ours = tallies.stream().filter(t -> t.card().deckId().equals(deckId)).toList();
        List<ConceptMastery> missed = StatisticsCalculator.mastery(ours).stream()
                .filter(m -> m.missed() > 0).limit(MOST_MISSED).toList();
        return new DeckSummary(deckId, title, fresh, learning, review, today1, last7, last30,
                new Retention(today.minusDays(RECENT_DAYS - 1), checks, recalled), graded,
                graded == 0 ? OptionalDouble.empty() : OptionalDouble.of(scoreSum / (double) graded), missed);
    }

    /** An answer to a card last rated at least a day before; manual reschedules are not answers. */
    static boolean isRecallCheck(Review r) {
        Instant previous = r.before().lastReview();
        return r.type() != ReviewType.MANUAL && previous != null && r.id() - previous.toEpochMilli() >= DAY_MS;
    }
}
