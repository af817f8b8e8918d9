package dev.latent.scheduling;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FsrsOptimizerTest {

    private static List<ReviewLogReplay.Review> josh;
    private static ReviewHistory joshHistory;

    @BeforeAll
    static void readTheSharedLog() throws Exception {
        try (InputStream in = FsrsOptimizerTest.class.getResourceAsStream("/fsrs/review_logs_josh_1711744352250_to_1728234780857.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            josh = ReviewLogReplay.readCsv(reader);
        }
        joshHistory = ReviewHistory.of(josh);
    }

    @Test
    void fitsTheSharedLogAtLeastAsWellAsPyFsrs() {
        FsrsOptimizer.Result result = FsrsOptimizer.fit(joshHistory);
        assertTrue(result.fitted());

        ReplayMetrics before = ReplayMetrics.of(joshHistory, FsrsParameters.DEFAULT);
        ReplayMetrics after = ReplayMetrics.of(joshHistory, result.parameters());
        assertEquals(5_329, after.count(), "the same reviews as the reference figures");
        assertEquals(0.4587, before.logLoss(), 0.00005);
        // py-fsrs 6.3.1's optimizer reaches 0.4387 on this log.
        assertTrue(after.logLoss() <= 0.4387, "fitted log loss " + after.logLoss());
        assertTrue(after.rmseBins() < before.rmseBins(), after.rmseBins() + " vs " + before.rmseBins());
        assertEquals(after.logLoss(), result.fittedLoss(), 1e-12, "no card of this log has more than 64 reviews");
        assertEquals(before.logLoss(), result.defaultLoss(), 1e-12);
    }

    @Test
    void theSameLogGivesTheSameParametersWhateverItsRowOrder() {
        FsrsParameters first = FsrsOptimizer.fit(joshHistory).parameters();
        FsrsParameters again = FsrsOptimizer.fit(joshHistory).parameters();
        assertEquals(first, again);

        List<ReviewLogReplay.Review> shuffled = new ArrayList<>(josh);
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(first, FsrsOptimizer.fit(ReviewHistory.of(shuffled)).parameters());
    }

    @Test
    void fittedParametersStayWithinFsrs6Bounds() {
        // Without the pull towards the defaults, the fit drives w9 against its lower bound on this log.
        FsrsOptimizer.Settings plain = new FsrsOptimizer.Settings(5, 512, 0.04, 64, 512, 42, 0);
        double[] w = FsrsOptimizer.fit(joshHistory, plain, FsrsOptimizer.Progress.NONE, () -> false).parameters().toArray();
        for (int i = 0; i < FsrsParameters.COUNT; i++) {
            assertTrue(w[i] >= FsrsParameters.lowerBound(i) && w[i] <= FsrsParameters.upperBound(i), "w" + i + " = " + w[i]);
        }
        assertEquals(FsrsParameters.lowerBound(9), w[9], "w9 held at its bound");
    }

    @Test
    void eachStepClampsIntoTheBounds() {
        double[] weights = FsrsParameters.DEFAULT.toArray();
        double[] gradient = new double[FsrsParameters.COUNT];
        for (int i = 0; i < gradient.length; i++) gradient[i] = i % 2 == 0 ? 1e6 : -1e6;
        double[] m = new double[FsrsParameters.COUNT];
        double[] v = new double[FsrsParameters.COUNT];
        // A rate so large that every weight overshoots its bound in the direction of its step.
        FsrsOptimizer.adamStep(weights, gradient, m, v, 1, 1000);
        for (int i = 0; i < FsrsParameters.COUNT; i++) {
            double expected = i % 2 == 0 ? FsrsParameters.lowerBound(i) : FsrsParameters.upperBound(i);
            assertEquals(expected, weights[i], "w" + i);
            assertEquals(0, gradient[i], "the gradient is cleared for the next batch");
        }
    }

    @Test
    void learningRateFollowsAHalfCosine() {
        assertEquals(0.04, FsrsOptimizer.learningRate(0.04, 0, 100), 1e-15);
        assertEquals(0.02, FsrsOptimizer.learningRate(0.04, 50, 100), 1e-15);
        assertEquals(0.04 * (1 + Math.cos(Math.PI * 99 / 100)) / 2, FsrsOptimizer.learningRate(0.04, 99, 100), 1e-15);
    }

    @Test
    void tooSmallALogKeepsTheDefaults() {
        // py-fsrs's test: the first 500 rows of the log hold fewer than 512 reviews to score.
        ReviewHistory few = ReviewHistory.of(josh.subList(0, 500));
        FsrsOptimizer.Result result = FsrsOptimizer.fit(few);
        assertFalse(result.fitted());
        assertEquals(FsrsParameters.DEFAULT, result.parameters());
        assertTrue(result.scoredReviews() < 512, "scored " + result.scoredReviews());

        FsrsOptimizer.Result empty = FsrsOptimizer.fit(new ReviewHistory.Builder().build());
        assertFalse(empty.fitted());
        assertEquals(0, empty.scoredReviews());
        assertEquals(FsrsParameters.DEFAULT, empty.parameters());

        // Cards reviewed once only: nothing to score at all.
        ReviewHistory.Builder once = new ReviewHistory.Builder();
        for (int i = 0; i < 2000; i++) once.add("c" + i, Rating.GOOD, 1_700_000_000_000_000L + i);
        assertFalse(FsrsOptimizer.fit(once.build()).fitted());
    }

    @Test
    void cancellingStopsTheFitAndProgressCountsUp() {
        AtomicInteger reports = new AtomicInteger();
        AtomicInteger lastDone = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        AtomicInteger asked = new AtomicInteger();
        FsrsOptimizer.Settings settings = FsrsOptimizer.Settings.DEFAULT.withMinimumReviews(10);
        ReviewHistory history = ReviewHistory.of(josh.subList(0, 3000));
        assertThrows(CancellationException.class, () -> FsrsOptimizer.fit(history, settings, (done, of) -> {
            assertEquals(lastDone.get() + 1, done);
            lastDone.set(done);
            total.set(of);
            reports.incrementAndGet();
        }, () -> asked.incrementAndGet() == 3));
        assertEquals(3, asked.get(), "the fit stops at the first check that says cancel");
        assertEquals(3, reports.get());
        assertTrue(total.get() > 3, "total " + total.get());

        // Not cancelled: progress reaches its total.
        lastDone.set(0);
        FsrsOptimizer.fit(history, settings, (done, of) -> {
            assertEquals(lastDone.get() + 1, done);
            lastDone.set(done);
            total.set(of);
        }, () -> false);
        assertEquals(total.get(), lastDone.get());
    }

    @Test
    void holdingOutTheLastFifthOfEachCardShowsTheFitGeneralisesOnAModelledLearner() {
        // A learner who behaves as FSRS with other weights than the defaults: fitting on the first 80 % of each
        // card's reviews must predict the last 20 % better than the defaults do.
        FsrsParameters learner = FsrsParameters.of(0.5, 1.5, 4.0, 12.0, 5.5, 0.6, 2.0, 0.02, 1.2, 0.2, 1.1,
                1.9, 0.08, 0.35, 2.0, 0.4, 2.4, 0.6, 0.2, 0.1, 0.35);
        ReviewHistory history = SimulatedLearner.history(learner, 400, 30, 11);
        ReviewHistory training = history.firstPart(0.8);
        FsrsOptimizer.Result result = FsrsOptimizer.fit(training);
        assertTrue(result.fitted());
        double fitted = ReplayMetrics.heldOut(history, result.parameters(), 0.8).logLoss();
        double defaults = ReplayMetrics.heldOut(history, FsrsParameters.DEFAULT, 0.8).logLoss();
        double truth = ReplayMetrics.heldOut(history, learner, 0.8).logLoss();
        assertTrue(fitted < defaults, "held out: fitted " + fitted + ", defaults " + defaults + ", truth " + truth);
        assertNotEquals(FsrsParameters.DEFAULT, result.parameters());
    }

    @Test
    void firstPartKeepsTheFirstReviewsOfEachCard() {
        ReviewHistory history = FsrsGradientTest.smallHistory();
        ReviewHistory part = history.firstPart(0.8);
        assertEquals(history.cardCount(), part.cardCount());
        for (int c = 0; c < history.cardCount(); c++) {
            int n = history.reviewCount(c);
            assertEquals((int) Math.floor(0.8 * n), part.reviewCount(c));
            for (int j = 0; j < part.reviewCount(c); j++) {
                assertEquals(history.rating(c, j), part.rating(c, j));
                assertEquals(history.elapsedDays(c, j), part.elapsedDays(c, j));
            }
        }
        // The held-out metric scores only what the first part left out.
        ReplayMetrics all = ReplayMetrics.of(history, FsrsParameters.DEFAULT);
        ReplayMetrics trained = ReplayMetrics.of(part, FsrsParameters.DEFAULT);
        ReplayMetrics heldOut = ReplayMetrics.heldOut(history, FsrsParameters.DEFAULT, 0.8);
        assertEquals(all.count(), trained.count() + heldOut.count());
        assertEquals(all.logLoss() * all.count(), trained.logLoss() * trained.count() + heldOut.logLoss() * heldOut.count(), 1e-9);
    }

    @Test
    void settingsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> FsrsOptimizer.Settings.DEFAULT.withEpochs(0));
        assertThrows(IllegalArgumentException.class, () -> FsrsOptimizer.Settings.DEFAULT.withMinimumReviews(0));
    }

    @Test
    void onlyTheFirst64ReviewsOfACardAreFitted() {
        assertEquals(64, FsrsOptimizer.Settings.DEFAULT.maxReviewsPerCard());
        // A card with 100 daily Good reviews: only its first 64 count towards the objective.
        ReviewHistory.Builder b = new ReviewHistory.Builder();
        for (int i = 0; i < 100; i++) b.add("long", Rating.GOOD, 1_700_000_000_000_000L + i * 86_400_000_000L);
        ReviewHistory history = b.build();
        assertEquals(63, ReplayMetrics.firstReviews(history, FsrsParameters.DEFAULT, 64).count());
        assertEquals(99, ReplayMetrics.of(history, FsrsParameters.DEFAULT).count());
        assertEquals(63, FsrsOptimizer.fit(history, FsrsOptimizer.Settings.DEFAULT.withMinimumReviews(10),
                FsrsOptimizer.Progress.NONE, () -> false).scoredReviews());
    }

    @Test
    void thePenaltyIsTheSquaredDistanceFromTheStartInSpreadsAndItsGradientMatchesFiniteDifferences() {
        double[] start = FsrsParameters.DEFAULT.toArray();
        double[] w = start.clone();
        assertEquals(0, FsrsOptimizer.penalty(w, start));
        w[0] += 6.43;  // one spread of w0
        w[20] -= 0.54; // two spreads of w20 (0.27)
        assertEquals(1 + 4, FsrsOptimizer.penalty(w, start), 1e-9);

        double[] other = FsrsGradientTest.otherParameters().toArray();
        double[] gradient = new double[FsrsParameters.COUNT];
        FsrsOptimizer.addPenaltyGradient(other, start, 0.5, gradient);
        for (int k = 0; k < FsrsParameters.COUNT; k++) {
            double h = 1e-6;
            double[] up = other.clone();
            double[] down = other.clone();
            up[k] += h;
            down[k] -= h;
            double numeric = 0.5 * (FsrsOptimizer.penalty(up, start) - FsrsOptimizer.penalty(down, start)) / (2 * h);
            assertEquals(numeric, gradient[k], 1e-6 * Math.max(1, Math.abs(numeric)), "d penalty / d w" + k);
        }
    }

    @Test
    void recentReviewsWeighMoreAsInFsrsRs() {
        // Three cards, each reviewed daily; the scored reviews in time order weigh 0.25 + 0.75 (rank / last)^3.
        ReviewHistory.Builder b = new ReviewHistory.Builder();
        long t0 = 1_700_000_000_000_000L;
        long day = 86_400_000_000L;
        b.add("a", Rating.GOOD, t0).add("a", Rating.GOOD, t0 + day).add("a", Rating.GOOD, t0 + 3 * day);
        b.add("b", Rating.GOOD, t0 + 1).add("b", Rating.AGAIN, t0 + 2 * day + 1);
        b.add("c", Rating.GOOD, t0 + 2).add("c", Rating.GOOD, t0 + 2 + day / 2); // same day: not scored
        ReviewHistory history = b.build();
        float[] weights = FsrsOptimizer.recencyWeights(history, new boolean[]{true, true, true}, 64);
        // Scored: a1 (day 1, rank 0), b1 (day 2, rank 1), a2 (day 3, rank 2).
        assertArrayEquals(new float[]{0, 0.25f, 1f, 0, (float) (0.25 + 0.75 / 8), 0, 0}, weights, 1e-7f);
        // A card left out of the fit neither weighs nor takes a rank.
        float[] withoutB = FsrsOptimizer.recencyWeights(history, new boolean[]{true, false, true}, 64);
        assertArrayEquals(new float[]{0, 0.25f, 1f, 0, 0, 0, 0}, withoutB, 1e-7f);
    }

    @Test
    void preTrainingStartsFromTheCardsFirstIntervalsAndNarrowsTheHeldOutGap() {
        FsrsOptimizer.Settings plain = FsrsOptimizer.Settings.DEFAULT.withPretraining(false);
        assertTrue(FsrsOptimizer.Settings.DEFAULT.pretraining());
        FsrsParameters fitted = FsrsOptimizer.fit(joshHistory).parameters();
        for (int i = 0; i < 3; i++) assertTrue(fitted.w(i) <= fitted.w(i + 1), "initial stabilities grow with the rating: " + fitted);
        // This learner forgets most cards at their first interval: pre-training starts Hard and Easy far lower.
        assertTrue(fitted.w(1) < 0.5 && fitted.w(3) < 7, fitted.toString());

        int[] lengths = joshHistory.trainingLengths(0.8);
        ReviewHistory training = joshHistory.firstPart(lengths);
        double with = ReplayMetrics.heldOut(joshHistory, FsrsOptimizer.fit(training).parameters(), lengths).logLoss();
        double without = ReplayMetrics.heldOut(joshHistory,
                FsrsOptimizer.fit(training, plain, FsrsOptimizer.Progress.NONE, () -> false).parameters(), lengths).logLoss();
        assertTrue(with < without - 0.02, "held out per card: " + with + " with pre-training, " + without + " without");
    }

    @Test
    void aSplitAtOneMomentHoldsOutWhatCameAfterItForEveryCard() {
        ReviewHistory history = FsrsGradientTest.smallHistory();
        long moment = history.momentAt(0.5);
        int[] before = history.reviewsBefore(moment);
        int total = 0;
        for (int c = 0; c < history.cardCount(); c++) {
            for (int j = 0; j < history.reviewCount(c); j++) {
                assertEquals(j < before[c], history.epochMicros(c, j) < moment, "card " + c + " review " + j);
            }
            total += before[c];
        }
        assertEquals(history.reviewCount() / 2, total, "half the reviews lie before the moment (no equal times here)");
        ReviewHistory part = history.firstPart(before);
        assertEquals(total, part.reviewCount());
        ReplayMetrics all = ReplayMetrics.of(history, FsrsParameters.DEFAULT);
        ReplayMetrics trained = ReplayMetrics.of(part, FsrsParameters.DEFAULT);
        ReplayMetrics heldOut = ReplayMetrics.heldOut(history, FsrsParameters.DEFAULT, before);
        assertEquals(all.count(), trained.count() + heldOut.count());
        assertEquals(all.logLoss() * all.count(), trained.logLoss() * trained.count() + heldOut.logLoss() * heldOut.count(), 1e-9);
        int[] perCard = history.trainingLengths(0.8);
        for (int c = 0; c < history.cardCount(); c++) assertEquals((int) Math.floor(0.8 * history.reviewCount(c)), perCard[c]);
        assertThrows(IllegalArgumentException.class, () -> history.firstPart(new int[history.cardCount() + 1]));
    }
}
