package dev.latent.scheduling;

import org.junit.jupiter.api.Test;

import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analytic derivatives in {@link FsrsGradient} against central finite differences of the {@link Fsrs} formulas
 * they differentiate, one formula at a time and then through whole card histories.
 */
class FsrsGradientTest {

    private static final double H = 1e-6;
    /** Some weights away from the defaults (and away from their bounds), so no term vanishes by accident. */
    private static final FsrsParameters OTHER = FsrsParameters.of(
            0.35, 1.1, 2.9, 9.5, 6.1, 0.6, 2.4, 0.08, 1.5, 0.25, 0.9,
            1.7, 0.09, 0.4, 1.9, 0.5, 2.2, 0.45, 0.3, 0.12, 0.35);

    /** d f / d w_k by central differences. */
    private static double byWeight(FsrsParameters w, int k, ToDoubleFunction<FsrsParameters> f) {
        double[] up = w.toArray();
        double[] down = w.toArray();
        up[k] += H;
        down[k] -= H;
        return (f.applyAsDouble(FsrsParameters.of(up)) - f.applyAsDouble(FsrsParameters.of(down))) / (2 * H);
    }

    private interface Scalar {
        double at(double x);
    }

    private static double numeric(Scalar f, double x) {
        return (f.at(x + H) - f.at(x - H)) / (2 * H);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-5 * Math.max(1, Math.abs(expected)), what);
    }

    private static void assertWeights(FsrsParameters w, FsrsGradient.Partials p, ToDoubleFunction<FsrsParameters> f,
                                      String what) {
        for (int k = 0; k < FsrsParameters.COUNT; k++) assertClose(byWeight(w, k, f), p.byWeight[k], what + " by w" + k);
    }

    @Test
    void forgettingCurve() {
        FsrsGradient.Partials p = new FsrsGradient.Partials();
        for (FsrsParameters w : new FsrsParameters[]{FsrsParameters.DEFAULT, OTHER}) {
            for (double t : new double[]{1, 3, 40}) {
                for (double s : new double[]{0.4, 2.3, 55}) {
                    FsrsGradient.forgettingCurve(w, t, s, p);
                    assertClose(numeric(x -> Fsrs.forgettingCurve(w, t, x), s), p.byStability, "R by S");
                    assertWeights(w, p, v -> Fsrs.forgettingCurve(v, t, s), "R");
                }
            }
        }
    }

    @Test
    void firstRating() {
        FsrsGradient.Partials p = new FsrsGradient.Partials();
        for (FsrsParameters w : new FsrsParameters[]{FsrsParameters.DEFAULT, OTHER}) {
            for (Rating g : Rating.values()) {
                FsrsGradient.initialStability(w, g, p);
                assertWeights(w, p, v -> Fsrs.initialStability(v, g), "S0(" + g + ")");
                FsrsGradient.initialDifficulty(w, g, p);
                assertWeights(w, p, v -> Fsrs.initialDifficulty(v, g), "D0(" + g + ")");
            }
        }
    }

    @Test
    void difficultyUpdate() {
        FsrsGradient.Partials p = new FsrsGradient.Partials();
        for (FsrsParameters w : new FsrsParameters[]{FsrsParameters.DEFAULT, OTHER}) {
            for (Rating g : Rating.values()) {
                for (double d : new double[]{2.5, 5.0, 8.7}) {
                    FsrsGradient.nextDifficulty(w, d, g, p);
                    assertClose(numeric(x -> Fsrs.nextDifficulty(w, x, g), d), p.byDifficulty, "D' by D (" + g + ")");
                    assertWeights(w, p, v -> Fsrs.nextDifficulty(v, d, g), "D'(" + g + ", " + d + ")");
                }
            }
        }
    }

    @Test
    void stabilityAfterReviewsADayOrMoreApart() {
        FsrsGradient.Partials p = new FsrsGradient.Partials();
        for (FsrsParameters w : new FsrsParameters[]{FsrsParameters.DEFAULT, OTHER}) {
            for (Rating g : Rating.values()) {
                for (double s : new double[]{0.7, 4.0, 30.0}) {
                    for (double d : new double[]{2.0, 6.5, 9.5}) {
                        for (double r : new double[]{0.35, 0.8, 0.97}) {
                            String what = "S'(" + g + ", S=" + s + ", D=" + d + ", R=" + r + ")";
                            FsrsGradient.nextStability(w, s, d, r, g, p);
                            assertClose(numeric(x -> Fsrs.nextStability(w, x, d, r, g), s), p.byStability, what + " by S");
                            assertClose(numeric(x -> Fsrs.nextStability(w, s, x, r, g), d), p.byDifficulty, what + " by D");
                            assertClose(numeric(x -> Fsrs.nextStability(w, s, d, x, g), r), p.byRetrievability, what + " by R");
                            assertWeights(w, p, v -> Fsrs.nextStability(v, s, d, r, g), what);
                        }
                    }
                }
            }
        }
    }

    @Test
    void sameDayStability() {
        FsrsGradient.Partials p = new FsrsGradient.Partials();
        for (FsrsParameters w : new FsrsParameters[]{FsrsParameters.DEFAULT, OTHER}) {
            for (Rating g : Rating.values()) {
                for (double s : new double[]{0.2, 1.5, 12.0}) {
                    FsrsGradient.stabilityShortTerm(w, s, g, p);
                    assertClose(numeric(x -> Fsrs.stabilityShortTerm(w, x, g), s), p.byStability, "short-term S by S");
                    assertWeights(w, p, v -> Fsrs.stabilityShortTerm(v, s, g), "short-term S'(" + g + ", " + s + ")");
                }
            }
        }
    }

    @Test
    void anActiveClampPassesNoGradient() {
        FsrsGradient.Partials p = new FsrsGradient.Partials();
        // Easy on a card already at D = 1 stays clamped at 1: nothing moves it.
        FsrsParameters easyFloor = FsrsParameters.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.0,
                1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);
        assertEquals(Fsrs.MIN_DIFFICULTY, Fsrs.nextDifficulty(easyFloor, 1.0, Rating.EASY));
        FsrsGradient.nextDifficulty(easyFloor, 1.0, Rating.EASY, p);
        assertEquals(0, p.byDifficulty);
        for (double x : p.byWeight) assertEquals(0, x);
        // A lapse that would take S below 0.001 is clamped there.
        FsrsParameters tiny = FsrsParameters.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
                1.8722, 0.1666, 0.796, 0.0001, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);
        assertEquals(Fsrs.MIN_STABILITY, Fsrs.nextStability(tiny, 0.002, 9, 0.9, Rating.AGAIN));
        FsrsGradient.nextStability(tiny, 0.002, 9, 0.9, Rating.AGAIN, p);
        assertEquals(0, p.byStability);
        for (double x : p.byWeight) assertEquals(0, x);
    }

    /** Cards with first ratings of every kind, same-day steps, lapses, long gaps. */
    static ReviewHistory smallHistory() {
        ReviewHistory.Builder b = new ReviewHistory.Builder();
        long day = 86_400_000_000L;
        long t0 = 1_700_000_000_000_000L;
        int[][] cards = {
                // {rating, minutes after start}... pairs: rating, offset in hours
                {1, 0, 3, 1, 3, 30, 1, 24 * 4, 3, 24 * 4 + 1, 3, 24 * 9, 2, 24 * 30},
                {3, 0, 3, 24 * 2, 3, 24 * 9, 1, 24 * 40, 3, 24 * 41, 4, 24 * 60},
                {4, 0, 3, 24 * 12, 2, 24 * 50},
                {2, 0, 3, 2, 1, 24 * 3, 1, 24 * 4, 3, 24 * 6, 3, 24 * 20},
        };
        for (int c = 0; c < cards.length; c++) {
            for (int i = 0; i < cards[c].length; i += 2) {
                b.add("card" + c, Rating.of(cards[c][i]), t0 + cards[c][i + 1] * (day / 24) + c * 1000);
            }
        }
        return b.build();
    }

    @Test
    void gradientOfTheWholeLossMatchesFiniteDifferences() {
        ReviewHistory history = smallHistory();
        for (FsrsParameters w : new FsrsParameters[]{FsrsParameters.DEFAULT, OTHER}) {
            double[] gradient = new double[FsrsParameters.COUNT];
            double sum = FsrsGradient.lossAndGradient(history, w, 64, gradient);
            ReplayMetrics m = ReplayMetrics.firstReviews(history, w, 64);
            assertEquals(m.logLoss() * m.count(), sum, 1e-9, "the replay's loss is the metric's");
            assertTrue(m.count() >= 12, "the history has reviews to score: " + m.count());
            for (int k = 0; k < FsrsParameters.COUNT; k++) {
                double numeric = byWeight(w, k, v -> {
                    ReplayMetrics mv = ReplayMetrics.firstReviews(history, v, 64);
                    return mv.logLoss() * mv.count();
                });
                assertEquals(numeric, gradient[k], 1e-5 * Math.max(1, Math.abs(numeric)), "d loss / d w" + k);
            }
        }
    }

    static FsrsParameters otherParameters() {
        return OTHER;
    }

    @Test
    void aWeightedReviewAddsItsGradientThatManyTimes() {
        ReviewHistory history = smallHistory();
        double[] plain = new double[FsrsParameters.COUNT];
        double[] weighted = new double[FsrsParameters.COUNT];
        FsrsGradient.CardReplay once = new FsrsGradient.CardReplay();
        FsrsGradient.CardReplay scaled = new FsrsGradient.CardReplay();
        int scored = 0;
        for (int card = 0; card < history.cardCount(); card++) {
            once.startCard();
            scaled.startCard();
            for (int j = 0; j < history.reviewCount(card); j++) {
                double a = once.review(OTHER, history.rating(card, j), history.elapsedDays(card, j), plain);
                double b = scaled.review(OTHER, history.rating(card, j), history.elapsedDays(card, j), weighted, 0.3);
                assertEquals(a, b, 0, "the loss itself is not weighted");
                if (!Double.isNaN(a)) scored++;
            }
        }
        assertTrue(scored > 0);
        for (int k = 0; k < FsrsParameters.COUNT; k++) assertEquals(0.3 * plain[k], weighted[k], 1e-12, "w" + k);
    }
}
