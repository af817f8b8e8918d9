package dev.latent.scheduling;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The memory-model functions: README formulas on chosen values, and properties FSRS guarantees. */
class FsrsTest {

    private static final FsrsParameters W = FsrsParameters.DEFAULT;

    @Test
    void forgettingCurvePassesThroughNinetyPercentAtTheStability() {
        assertEquals(1.0, Fsrs.forgettingCurve(W, 0, 5), 0.0);
        for (double s : new double[]{0.5, 3, 42, 1000}) assertEquals(0.9, Fsrs.forgettingCurve(W, s, s), 1e-12);
    }

    @Test
    void intervalRoundsHalvesToEvenLikePython() {
        // With r = 0.9 the interval is S itself, and these halves are exact in binary.
        assertEquals(2, Fsrs.nextInterval(W, 2.5, 0.9, 36500));
        assertEquals(4, Fsrs.nextInterval(W, 3.5, 0.9, 36500));
        assertEquals(4, Fsrs.nextInterval(W, 4.5, 0.9, 36500));
        assertEquals(12, Fsrs.nextInterval(W, 12.5, 0.9, 36500));
        assertEquals(1, Fsrs.nextInterval(W, 0.1, 0.9, 36500), "at least one day");
        assertEquals(100, Fsrs.nextInterval(W, 5000, 0.9, 100), "at most the maximum");
    }

    @Test
    void initialDifficultyFollowsTheReadmeFormula() {
        assertEquals(6.4133, Fsrs.initialDifficulty(W, Rating.AGAIN), 1e-12); // w4 - e^0 + 1
        assertEquals(6.4133 - Math.exp(0.8334) + 1, Fsrs.initialDifficulty(W, Rating.HARD), 1e-12);
        assertEquals(1.0, Fsrs.initialDifficulty(W, Rating.EASY), 0.0, "7.4133 - e^2.5002 < 1 is clamped");
        assertEquals(6.4133 - Math.exp(0.8334 * 3) + 1, Fsrs.initialDifficultyUnclamped(W, Rating.EASY), 1e-12);
    }

    @Test
    void elapsedDaysTruncatesLikePythonTimedelta() {
        Instant t = Instant.parse("2024-01-01T12:00:00Z");
        assertEquals(0, Fsrs.elapsedDays(t, t.plusSeconds(86_399)));
        assertEquals(1, Fsrs.elapsedDays(t, t.plusSeconds(86_400)));
        assertEquals(2, Fsrs.elapsedDays(t, t.plusSeconds(3 * 86_400 - 1)));
        assertEquals(-1, Fsrs.elapsedDays(t, t.minusSeconds(1)), "floor, as timedelta(seconds=-1).days == -1");
    }

    @Test
    void fuzzRangesMatchTheReadme() {
        // I = 3: delta = 1 + 0.15 * 0.5 = 1.075 -> round(1.925) .. round(4.075) = 2 .. 4
        assertEquals(new Fsrs.FuzzRange(2, 4), Fsrs.fuzzRange(3, 36500));
        // I = 10: delta = 1 + 0.675 + 0.3 = 1.975 -> 8 .. 12
        assertEquals(new Fsrs.FuzzRange(8, 12), Fsrs.fuzzRange(10, 36500));
        // I = 100: delta = 1 + 0.675 + 1.3 + 4 = 6.975 -> 93 .. 107, then capped by the maximum
        assertEquals(new Fsrs.FuzzRange(93, 107), Fsrs.fuzzRange(100, 36500));
        assertEquals(new Fsrs.FuzzRange(93, 100), Fsrs.fuzzRange(100, 100));
        assertEquals(2, Fsrs.fuzzedInterval(2, 36500, 12345L), "under 2.5 days: unchanged");
    }

    @Property
    void retrievabilityFallsWithTime(@ForAll @DoubleRange(min = 0.001, max = 36500) @Scale(4) double stability,
                                     @ForAll @IntRange(min = 0, max = 36500) int days) {
        double r = Fsrs.forgettingCurve(W, days, stability);
        assertTrue(r > 0 && r <= 1);
        assertTrue(Fsrs.forgettingCurve(W, days + 1, stability) < r);
    }

    @Property
    void successRaisesStabilityAndLapseLowersIt(@ForAll @DoubleRange(min = 0.001, max = 36500) @Scale(4) double stability,
                                                @ForAll @DoubleRange(min = 1, max = 10) double difficulty,
                                                @ForAll @DoubleRange(min = 0.01, max = 0.999) @Scale(4) double retrievability) {
        for (Rating g : new Rating[]{Rating.HARD, Rating.GOOD, Rating.EASY}) {
            assertTrue(Fsrs.nextStability(W, stability, difficulty, retrievability, g) >= stability, g.name());
        }
        assertTrue(Fsrs.stabilityAfterSuccess(W, stability, difficulty, retrievability, Rating.GOOD)
                < Fsrs.stabilityAfterSuccess(W, stability, difficulty, retrievability, Rating.EASY));
        double lapse = Fsrs.nextStability(W, stability, difficulty, retrievability, Rating.AGAIN);
        assertTrue(lapse <= Math.max(stability / Math.exp(W.w(17) * W.w(18)), Fsrs.MIN_STABILITY));
        assertTrue(lapse >= Fsrs.MIN_STABILITY);
    }

    @Property
    void difficultyStaysInRangeAndMovesWithTheRating(@ForAll @DoubleRange(min = 1, max = 10) double difficulty) {
        double again = Fsrs.nextDifficulty(W, difficulty, Rating.AGAIN);
        double good = Fsrs.nextDifficulty(W, difficulty, Rating.GOOD);
        double easy = Fsrs.nextDifficulty(W, difficulty, Rating.EASY);
        for (double d : new double[]{again, good, easy}) assertTrue(d >= 1 && d <= 10);
        assertTrue(easy <= good && good <= again);
        // Good changes D only by mean reversion: D'' = w7 * D0(Easy) + (1 - w7) * D.
        double expectedGood = W.w(7) * Fsrs.initialDifficultyUnclamped(W, Rating.EASY) + (1 - W.w(7)) * difficulty;
        assertEquals(Math.max(1, expectedGood), good, 1e-12);
    }

    @Property
    void fuzzedIntervalStaysInItsRange(@ForAll @IntRange(min = 3, max = 36500) int interval,
                                       @ForAll @IntRange(min = 1, max = 36500) int maximum,
                                       @ForAll long seed) {
        int capped = Math.min(interval, maximum);
        Fsrs.FuzzRange range = Fsrs.fuzzRange(capped, maximum);
        int fuzzed = Fsrs.fuzzedInterval(capped, maximum, seed);
        if (capped < 3) {
            assertEquals(capped, fuzzed);
        } else {
            assertTrue(fuzzed >= range.min() && fuzzed <= range.max(), fuzzed + " in " + range);
            assertTrue(fuzzed >= 2 && fuzzed <= maximum);
            assertEquals(fuzzed, Fsrs.fuzzedInterval(capped, maximum, seed));
        }
    }
}
