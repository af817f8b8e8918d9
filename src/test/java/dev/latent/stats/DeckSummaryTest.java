package dev.latent.stats;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.store.CardKey;
import dev.latent.store.DueCard;
import dev.latent.store.Review;
import dev.latent.store.ReviewStats;
import dev.latent.scheduling.ReviewType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One deck's summary over a small log worked out by hand (UTC: study days start at 04:00 UTC). */
class DeckSummaryTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z"); // study day 10 March
    private static final String DECK = "t";

    private static CardKey card(String q) {
        return new CardKey(DECK, q);
    }

    private static CardState state(CardState.State state, String lastReview) {
        return new CardState(state, state == CardState.State.REVIEW ? null : 0, 3.0, 5.0, NOW,
                lastReview == null ? null : Instant.parse(lastReview));
    }

    private static Review review(String q, String at, Rating rating, ReviewType type, Integer score, String previous) {
        return new Review(Instant.parse(at).toEpochMilli(), card(q), rating, 1, 0, 1000, type, "typed", score, null,
                state(CardState.State.REVIEW, previous));
    }

    @Test
    void countsCardsReviewsRetentionScoresAndMissedConcepts() {
        List<DueCard> cards = List.of(
                new DueCard(card("q1"), state(CardState.State.LEARNING, null)),          // new
                new DueCard(card("q2"), state(CardState.State.LEARNING, "2026-03-10T10:00:00Z")),
                new DueCard(card("q3"), state(CardState.State.REVIEW, "2026-03-07T10:00:00Z")),
                new DueCard(card("q4"), state(CardState.State.RELEARNING, "2026-03-09T08:00:00Z")));
        List<Review> log = List.of(
                // 1 Feb: 37 days ago, outside every window, but its score counts
                review("q3", "2026-02-01T10:00:00Z", Rating.GOOD, ReviewType.LEARN, 50, null),
                // 2 Mar: a manual reschedule 29 days after the last answer: a review row, not a recall check
                review("q3", "2026-03-02T10:00:00Z", Rating.GOOD, ReviewType.MANUAL, null, "2026-02-01T10:00:00Z"),
                // 7 Mar: 34 days after the last answer: a check, recalled
                review("q3", "2026-03-07T10:00:00Z", Rating.GOOD, ReviewType.REVIEW, 90, "2026-02-01T10:00:00Z"),
                // 9 Mar: 29.5 hours after the last answer: a check, forgotten
                review("q4", "2026-03-09T08:00:00Z", Rating.AGAIN, ReviewType.REVIEW, null, "2026-03-08T02:30:00Z"),
                // 10 Mar 03:10 UTC is still study day 9 March; 7 hours after the last answer: no check
                review("q2", "2026-03-10T03:10:00Z", Rating.HARD, ReviewType.LEARN, 40, "2026-03-09T20:00:00Z"),
                // today
                review("q2", "2026-03-10T10:00:00Z", Rating.GOOD, ReviewType.LEARN, null, "2026-03-10T03:10:00Z"));
        List<ReviewStats.ConceptTally> tallies = List.of(
                new ReviewStats.ConceptTally(card("q3"), "k1", "Latent space", 2, 1, 1, 1),
                new ReviewStats.ConceptTally(card("q2"), "k2", "Never missed", 1, 0, 2, 0),
                new ReviewStats.ConceptTally(new CardKey("other", "q1"), "k9", "Another deck", 5, 5, 0, 0),
                new ReviewStats.ConceptTally(card("q4"), "k3", "Decoder", 0, 0, 1, 1));

        DeckSummary s = DeckSummary.of(DECK, "Tiny", cards, log, tallies, NOW, ZoneOffset.UTC);

        assertEquals(1, s.newCards());
        assertEquals(2, s.learning());
        assertEquals(1, s.review());
        assertEquals(1, s.reviewsToday());
        assertEquals(4, s.reviewsLast7());   // 7, 9, 9 (03:10 on the 10th) and 10 March
        assertEquals(5, s.reviewsLast30());  // and the manual row of 2 March
        assertEquals(2, s.lastMonth().checks());
        assertEquals(1, s.lastMonth().recalled());
        assertEquals(0.5, s.lastMonth().rate().getAsDouble(), 1e-12);
        assertEquals(3, s.graded());
        assertEquals(60.0, s.meanScore().getAsDouble(), 1e-12); // (50 + 90 + 40) / 3
        assertEquals(List.of("Latent space", "Decoder"), s.mostMissed().stream().map(ConceptMastery::label).toList());
        assertEquals(2, s.mostMissed().get(0).missed());
        assertEquals(3, s.mostMissed().get(0).seen());
    }

    @Test
    void emptyLogHasNoRetentionAndNoScore() {
        DeckSummary s = DeckSummary.of(DECK, "Tiny", List.of(new DueCard(card("q1"), state(CardState.State.LEARNING, null))),
                List.of(), List.of(), NOW, ZoneOffset.UTC);
        assertEquals(1, s.newCards());
        assertEquals(0, s.reviewsLast30());
        assertTrue(s.lastMonth().rate().isEmpty());
        assertTrue(s.meanScore().isEmpty());
        assertTrue(s.mostMissed().isEmpty());
    }
}
