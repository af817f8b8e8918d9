package dev.latent.scheduling;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FsrsPretrainingTest {

    private static final long DAY = 86_400_000_000L;

    @Test
    void aMissingRatingSitsBetweenItsNeighboursInLogStability() {
        double[] s = FsrsPretraining.smoothAndFill(new Double[]{null, 0.4, null, 2.3, 10.9}, new int[]{0, 1, 1, 1, 1});
        assertArrayEquals(new double[]{0.4, Math.pow(0.4, 0.6) * Math.pow(2.3, 0.4), 2.3, 10.9}, s, 1e-12);
        assertEquals(0.8052, s[1], 1e-4); // fsrs-rs's answer for the same case
    }

    @Test
    void oneKnownRatingScalesTheDefaults() {
        double[] s = FsrsPretraining.smoothAndFill(new Double[]{null, null, 0.35, null, null}, new int[]{0, 0, 1, 0, 0});
        double factor = 0.35 / FsrsParameters.DEFAULT.w(1);
        for (int i = 0; i < 4; i++) assertEquals(Math.max(0.1, FsrsParameters.DEFAULT.w(i) * factor), s[i], 1e-12, "w" + i);
        assertEquals(0.1, s[0], 0, "w0 would be 0.057: clamped to the search range");
    }

    @Test
    void twoKnownRatingsFillTheOthersSoBothRelationsHold() {
        double[] s = FsrsPretraining.smoothAndFill(new Double[]{null, 0.5, null, null, 20.0}, new int[]{0, 3, 0, 0, 3});
        assertEquals(0.5, s[0], 1e-12);
        assertEquals(20.0, s[3], 1e-12);
        double[] x = new double[4];
        for (int i = 0; i < 4; i++) x[i] = Math.log(s[i]);
        assertEquals(0.6 * x[0] + 0.4 * x[2], x[1], 1e-9);
        assertEquals(0.4 * x[1] + 0.6 * x[3], x[2], 1e-9);
        assertTrue(s[0] < s[1] && s[1] < s[2] && s[2] < s[3], java.util.Arrays.toString(s));
    }

    @Test
    void outOfOrderStabilitiesTakeTheValueSeenOnMoreCardsAndAreClamped() {
        // Again (10 cards) above Hard (5 cards): Hard is raised to Again's value.
        double[] s = FsrsPretraining.smoothAndFill(new Double[]{null, 3.0, 1.0, 4.0, 200.0}, new int[]{0, 10, 5, 8, 8});
        assertArrayEquals(new double[]{3.0, 3.0, 4.0, 100.0}, s, 1e-12);
        // Fewer cards behind Again: it is lowered to Hard's.
        double[] t = FsrsPretraining.smoothAndFill(new Double[]{null, 3.0, 1.0, 4.0, 9.0}, new int[]{0, 2, 5, 8, 8});
        assertArrayEquals(new double[]{1.0, 1.0, 4.0, 9.0}, t, 1e-12);
        assertArrayEquals(new double[]{0.1, 0.1, 0.1, 0.1},
                FsrsPretraining.smoothAndFill(new Double[]{null, 0.01, 0.02, 0.03, 0.04}, new int[]{0, 1, 1, 1, 1}), 1e-12);
        assertNull(FsrsPretraining.smoothAndFill(new Double[5], new int[5]));
    }

    @Test
    void outliersAreTheRarestFirstIntervalsAndTheFarOnes() {
        List<FsrsPretraining.Group> groups = List.of(
                new FsrsPretraining.Group(3, 1, 90, 100),
                new FsrsPretraining.Group(3, 2, 40, 50),
                new FsrsPretraining.Group(3, 3, 8, 10),
                new FsrsPretraining.Group(3, 4, 4, 5),
                new FsrsPretraining.Group(3, 150, 20, 30),
                new FsrsPretraining.Group(4, 1, 20, 25),
                new FsrsPretraining.Group(4, 200, 30, 40));
        Set<Long> removed = FsrsPretraining.outliers(groups);
        // Good: 195 cards, so the 20 rarest go first (5 + 10), then the 150-day group for being beyond 100 days.
        // Easy: its smallest group already reaches 20 cards and 200 days is within Easy's 365.
        assertEquals(Set.of(FsrsPretraining.key(3, 4), FsrsPretraining.key(3, 3), FsrsPretraining.key(3, 150)), removed);
    }

    @Test
    void theFittedInitialStabilityRecoversTheCurveThePointsCameFrom() {
        double truth = 5;
        List<FsrsPretraining.Group> groups = new ArrayList<>();
        for (int days : new int[]{1, 3, 7, 14}) {
            double r = Fsrs.forgettingCurve(FsrsParameters.DEFAULT, days, truth);
            groups.add(new FsrsPretraining.Group(3, days, (int) Math.round(r * 100_000), 100_000));
        }
        double average = groups.stream().mapToDouble(FsrsPretraining.Group::recall).average().orElseThrow();
        // Within 1 %: the smoothing and the pull towards the default (2.3065) move it a little.
        assertEquals(truth, FsrsPretraining.fitStability(groups, average, FsrsParameters.DEFAULT.w(2)), 0.05);
        // Only Good is known: the others are the defaults scaled to it, Good itself stays.
        double[] s = FsrsPretraining.initialStabilities(groups, average);
        assertEquals(FsrsPretraining.fitStability(groups, average, FsrsParameters.DEFAULT.w(2)), s[2], 1e-12);
    }

    @Test
    void theLossWeighsEachIntervalByTheRootOfItsCount() {
        List<FsrsPretraining.Group> one = List.of(new FsrsPretraining.Group(3, 2, 3, 4));
        double p = Fsrs.forgettingCurve(FsrsParameters.DEFAULT, 2, 1.5);
        double expected = -(0.75 * Math.log(p) + 0.25 * Math.log(1 - p)) * 2 + Math.abs(1.5 - 2.0) / 16;
        assertEquals(expected, FsrsPretraining.loss(one, new double[]{0.75}, 1.5, 2.0), 1e-12);
    }

    @Test
    void eachCardsFirstIntervalIsItsFirstRatingAndTheDaysToItsFirstReviewADayLater() {
        ReviewHistory.Builder b = new ReviewHistory.Builder();
        long t0 = 1_700_000_000_000_000L;
        b.add("a", Rating.GOOD, t0).add("a", Rating.AGAIN, t0 + DAY / 24).add("a", Rating.GOOD, t0 + DAY / 24 + 2 * DAY)
                .add("a", Rating.AGAIN, t0 + 9 * DAY);
        b.add("b", Rating.GOOD, t0 + 1).add("b", Rating.AGAIN, t0 + 1 + 2 * DAY);
        b.add("c", Rating.EASY, t0 + 2).add("c", Rating.GOOD, t0 + 2 + DAY / 2); // no review a day later
        ReviewHistory history = b.build();
        assertEquals(List.of(new FsrsPretraining.Group(3, 2, 1, 2)), FsrsPretraining.groups(history));
        assertArrayEquals(new int[]{3, 2}, FsrsPretraining.firstInterval(history, 0));
        assertNull(FsrsPretraining.firstInterval(history, 2));
    }
}
