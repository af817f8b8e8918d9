package dev.latent.scheduling;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayMetricsTest {

    private static final long DAY = 86_400_000_000L;
    private static final long T0 = 1_700_000_000_000_000L;

    @Test
    void rmseBinsGroupsByElapsedDaysReviewNumberAndLapses() {
        // Card a: Good, then Good 2 days later, then Again 5 days later. Card b: Good, then Again 2 days later.
        // The second reviews of a and b share a bin (2 days, review 2, no lapse); a's third review is alone in
        // (5 days, review 3, no lapse: its own Again is not counted before it).
        ReviewHistory history = new ReviewHistory.Builder()
                .add("a", Rating.GOOD, T0)
                .add("a", Rating.GOOD, T0 + 2 * DAY)
                .add("a", Rating.AGAIN, T0 + 7 * DAY)
                .add("b", Rating.GOOD, T0 + 1)
                .add("b", Rating.AGAIN, T0 + 1 + 2 * DAY)
                .build();
        FsrsParameters w = FsrsParameters.DEFAULT;
        double s0 = Fsrs.initialStability(w, Rating.GOOD);
        double d0 = Fsrs.initialDifficulty(w, Rating.GOOD);
        double p1 = Fsrs.forgettingCurve(w, 2, s0); // a's and b's second reviews
        double s1 = Fsrs.nextStability(w, s0, d0, p1, Rating.GOOD);
        double p2 = Fsrs.forgettingCurve(w, 5, s1); // a's third review

        ReplayMetrics m = ReplayMetrics.of(history, w);
        assertEquals(3, m.count());
        double sharedGap = 0.5 - (p1 + p1) / 2;    // observed 1 of 2, both predicted p1
        double aloneGap = 0 - p2;
        assertEquals(Math.sqrt((2 * sharedGap * sharedGap + aloneGap * aloneGap) / 3), m.rmseBins(), 1e-12);
        assertEquals((-Math.log(p1) - Math.log(1 - p1) - Math.log(1 - p2)) / 3, m.logLoss(), 1e-12);
    }

    @Test
    void binsFollowSrsBenchmarksGeometricScales() {
        // delta_t bins: 3.62^k, review-number bins 1.89^k, lapse bins 1.73^k, no lapse on its own.
        assertEquals(ReplayMetrics.binKey(1, 2, 0), ReplayMetrics.binKey(3, 2, 0));
        assertNotEquals(ReplayMetrics.binKey(3, 2, 0), ReplayMetrics.binKey(4, 2, 0));
        assertEquals(ReplayMetrics.binKey(4, 2, 0), ReplayMetrics.binKey(13, 3, 0));
        assertNotEquals(ReplayMetrics.binKey(4, 3, 0), ReplayMetrics.binKey(4, 4, 0));
        assertNotEquals(ReplayMetrics.binKey(4, 4, 0), ReplayMetrics.binKey(4, 4, 1));
        assertNotEquals(ReplayMetrics.binKey(4, 4, 2), ReplayMetrics.binKey(4, 4, 1));
        assertNotEquals(ReplayMetrics.binKey(4, 4, 2), ReplayMetrics.binKey(4, 4, 3));
        assertEquals(ReplayMetrics.binKey(4, 4, 3), ReplayMetrics.binKey(4, 4, 4));
        assertEquals(ReplayMetrics.binKey(4, 2, 0), ReplayMetrics.binKey(4, 3, 0), "review numbers 2 and 3 share a bin");
    }

    @Test
    void cardsHeldOutWholeAreAFixedShareChosenByTheirOwnHistoryNotByRowOrder() {
        ReviewHistory.Builder forward = new ReviewHistory.Builder();
        ReviewHistory.Builder backward = new ReviewHistory.Builder();
        int cards = 2000;
        for (int c = 0; c < cards; c++) {
            forward.add("card" + c, Rating.GOOD, T0 + c * 1_000_003L).add("card" + c, Rating.AGAIN, T0 + c * 1_000_003L + 3 * DAY);
        }
        for (int c = cards - 1; c >= 0; c--) {
            backward.add("k" + c, Rating.AGAIN, T0 + c * 1_000_003L + 3 * DAY).add("k" + c, Rating.GOOD, T0 + c * 1_000_003L);
        }
        ReviewHistory a = forward.build();
        ReviewHistory b = backward.build();
        boolean[] heldA = a.heldOutCards(0.8);
        boolean[] heldB = b.heldOutCards(0.8);
        int heldOut = 0;
        java.util.Map<Long, Boolean> byFirstReview = new java.util.HashMap<>();
        for (int c = 0; c < cards; c++) {
            if (heldA[c]) heldOut++;
            byFirstReview.put(a.epochMicros(c, 0), heldA[c]);
        }
        for (int c = 0; c < cards; c++) assertEquals(byFirstReview.get(b.epochMicros(c, 0)), heldB[c], "the same card, whatever the row order");
        assertTrue(heldOut > 0.15 * cards && heldOut < 0.25 * cards, "about a fifth held out: " + heldOut);

        ReviewHistory kept = a.cards(heldA);
        assertEquals(heldOut, kept.cardCount());
        assertEquals(2 * heldOut, kept.reviewCount(), "held-out cards keep all their reviews");
        boolean[] none = new boolean[cards];
        assertEquals(0, a.cards(none).cardCount());
    }

    @Test
    void historyOrderIgnoresTheOrderReviewsArriveIn() {
        ReviewHistory inOrder = new ReviewHistory.Builder()
                .add("x", Rating.AGAIN, T0).add("x", Rating.GOOD, T0 + 600_000_000L).add("x", Rating.GOOD, T0 + 3 * DAY + 5)
                .add("y", Rating.EASY, T0 - DAY).add("y", Rating.HARD, T0 + 10 * DAY)
                .build();
        ReviewHistory shuffled = new ReviewHistory.Builder()
                .add("x", Rating.GOOD, T0 + 3 * DAY + 5).add("y", Rating.HARD, T0 + 10 * DAY).add("x", Rating.AGAIN, T0)
                .add("y", Rating.EASY, T0 - DAY).add("x", Rating.GOOD, T0 + 600_000_000L)
                .build();
        for (ReviewHistory h : new ReviewHistory[]{inOrder, shuffled}) {
            assertEquals(2, h.cardCount());
            assertEquals(5, h.reviewCount());
            // y starts first, so it is card 0.
            assertEquals(Rating.EASY, h.rating(0, 0));
            assertEquals(11, h.elapsedDays(0, 1));
            assertEquals(Rating.AGAIN, h.rating(1, 0));
            assertEquals(0, h.elapsedDays(1, 1), "ten minutes later");
            assertEquals(2, h.elapsedDays(1, 2), "2 days 23 h 50 min later is 2 whole days");
        }
        assertEquals(ReplayMetrics.of(inOrder, FsrsParameters.DEFAULT), ReplayMetrics.of(shuffled, FsrsParameters.DEFAULT));
        assertTrue(ReplayMetrics.of(inOrder, FsrsParameters.DEFAULT).count() == 2);
    }

    @Test
    void nothingToScoreIsNaN() {
        ReplayMetrics m = ReplayMetrics.of(new ReviewHistory.Builder().add("a", Rating.GOOD, T0).build(), FsrsParameters.DEFAULT);
        assertEquals(0, m.count());
        assertTrue(Double.isNaN(m.logLoss()) && Double.isNaN(m.rmseBins()));
    }
}
