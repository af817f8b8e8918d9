package dev.latent.scheduling;

import java.util.Arrays;

/**
 * Derivatives of the FSRS-6 formulas in {@link Fsrs} with respect to their inputs and the 21 weights, and a
 * forward-mode replay that carries d(S)/dw and d(D)/dw through a card's reviews: the gradient of the log loss that
 * {@link FsrsOptimizer} descends.
 *
 * <p>Every method here is the analytic derivative of the {@link Fsrs} method of the same name (the values
 * themselves always come from {@link Fsrs}); FsrsGradientTest checks each against finite differences of it.
 * A clamp that is active passes no gradient, as in PyTorch's clamp.
 */
final class FsrsGradient {

    private static final int N = FsrsParameters.COUNT;
    private static final double LN_09 = Math.log(0.9);

    private FsrsGradient() {
    }

    /** Local partial derivatives of one formula: by its state inputs S, D, R and by each weight. */
    static final class Partials {
        double byStability;
        double byDifficulty;
        double byRetrievability;
        final double[] byWeight = new double[N];

        Partials reset() {
            byStability = 0;
            byDifficulty = 0;
            byRetrievability = 0;
            Arrays.fill(byWeight, 0);
            return this;
        }
    }

    /** Of {@link Fsrs#forgettingCurve}: R = (1 + F t / S)^D with D = -w20, F = 0.9^(1/D) - 1. */
    static void forgettingCurve(FsrsParameters w, double t, double s, Partials out) {
        out.reset();
        double decay = w.decay();
        double factor = w.factor();
        double base = 1 + factor * t / s;
        double r = Math.pow(base, decay);
        out.byStability = r * decay * (-factor * t / (s * s)) / base;
        double dFactorDDecay = Math.pow(0.9, 1 / decay) * LN_09 * (-1 / (decay * decay));
        double dRDDecay = r * (Math.log(base) + decay * (t / s) * dFactorDDecay / base);
        out.byWeight[20] = -dRDDecay; // decay = -w20
    }

    /** Of {@link Fsrs#initialStability}: S0 = w[G-1], clamped. */
    static void initialStability(FsrsParameters w, Rating g, Partials out) {
        out.reset();
        if (w.w(g.value() - 1) >= Fsrs.MIN_STABILITY) out.byWeight[g.value() - 1] = 1;
    }

    /** Of {@link Fsrs#initialDifficulty}: D0 = w4 - e^(w5 (G - 1)) + 1, clamped. */
    static void initialDifficulty(FsrsParameters w, Rating g, Partials out) {
        out.reset();
        if (clampActive(Fsrs.initialDifficultyUnclamped(w, g), Fsrs.MIN_DIFFICULTY, Fsrs.MAX_DIFFICULTY)) return;
        out.byWeight[4] = 1;
        out.byWeight[5] = -(g.value() - 1) * Math.exp(w.w(5) * (g.value() - 1));
    }

    /** Of {@link Fsrs#nextDifficulty}: D'' = w7 D0(Easy) + (1 - w7) (D + dD (10 - D) / 9), dD = -w6 (G - 3), clamped. */
    static void nextDifficulty(FsrsParameters w, double d, Rating g, Partials out) {
        out.reset();
        double initEasy = Fsrs.initialDifficultyUnclamped(w, Rating.EASY);
        double delta = -w.w(6) * (g.value() - 3);
        double damped = d + Fsrs.linearDamping(delta, d);
        if (clampActive(Fsrs.meanReversion(w, initEasy, damped), Fsrs.MIN_DIFFICULTY, Fsrs.MAX_DIFFICULTY)) return;
        double w7 = w.w(7);
        out.byDifficulty = (1 - w7) * (1 - delta / 9);
        out.byWeight[4] = w7;
        out.byWeight[5] = w7 * -3 * Math.exp(3 * w.w(5));
        out.byWeight[6] = (1 - w7) * (10 - d) / 9 * -(g.value() - 3);
        out.byWeight[7] = initEasy - damped;
    }

    /** Of {@link Fsrs#stabilityAfterSuccess}: S (1 + e^w8 (11 - D) S^-w9 (e^((1 - R) w10) - 1) hard easy). */
    static void stabilityAfterSuccess(FsrsParameters w, double s, double d, double r, Rating g, Partials out) {
        out.reset();
        double hardPenalty = g == Rating.HARD ? w.w(15) : 1;
        double easyBonus = g == Rating.EASY ? w.w(16) : 1;
        double e = Math.exp((1 - r) * w.w(10));
        double scale = Math.exp(w.w(8)) * Math.pow(s, -w.w(9)); // e^w8 S^-w9
        double core = scale * (11 - d) * (e - 1);                // the increase before the rating's factors
        double increase = core * hardPenalty * easyBonus;
        out.byStability = 1 + increase * (1 - w.w(9));
        out.byDifficulty = -s * scale * (e - 1) * hardPenalty * easyBonus;
        out.byRetrievability = s * scale * (11 - d) * hardPenalty * easyBonus * e * -w.w(10);
        out.byWeight[8] = s * increase;
        out.byWeight[9] = s * increase * -Math.log(s);
        out.byWeight[10] = s * scale * (11 - d) * hardPenalty * easyBonus * e * (1 - r);
        if (g == Rating.HARD) out.byWeight[15] = s * core;
        if (g == Rating.EASY) out.byWeight[16] = s * core;
    }

    /** Of {@link Fsrs#stabilityAfterFailure}: min(w11 D^-w12 ((S + 1)^w13 - 1) e^((1 - R) w14), S / e^(w17 w18)). */
    static void stabilityAfterFailure(FsrsParameters w, double s, double d, double r, Partials out) {
        out.reset();
        double difficultyTerm = Math.pow(d, -w.w(12));
        double stabilityTerm = Math.pow(s + 1, w.w(13)) - 1;
        double recallTerm = Math.exp((1 - r) * w.w(14));
        double longTerm = w.w(11) * difficultyTerm * stabilityTerm * recallTerm;
        double shortTermCap = s / Math.exp(w.w(17) * w.w(18));
        if (longTerm <= shortTermCap) { // Math.min keeps the long-term value on a tie
            out.byStability = w.w(11) * difficultyTerm * recallTerm * w.w(13) * Math.pow(s + 1, w.w(13) - 1);
            out.byDifficulty = longTerm * -w.w(12) / d;
            out.byRetrievability = longTerm * -w.w(14);
            out.byWeight[11] = difficultyTerm * stabilityTerm * recallTerm;
            out.byWeight[12] = longTerm * -Math.log(d);
            out.byWeight[13] = w.w(11) * difficultyTerm * recallTerm * Math.pow(s + 1, w.w(13)) * Math.log(s + 1);
            out.byWeight[14] = longTerm * (1 - r);
        } else {
            out.byStability = 1 / Math.exp(w.w(17) * w.w(18));
            out.byWeight[17] = -w.w(18) * shortTermCap;
            out.byWeight[18] = -w.w(17) * shortTermCap;
        }
    }

    /** Of {@link Fsrs#nextStability}: success or lapse, clamped to S >= 0.001. */
    static void nextStability(FsrsParameters w, double s, double d, double r, Rating g, Partials out) {
        double next = g == Rating.AGAIN
                ? Fsrs.stabilityAfterFailure(w, s, d, r)
                : Fsrs.stabilityAfterSuccess(w, s, d, r, g);
        if (next < Fsrs.MIN_STABILITY) {
            out.reset();
        } else if (g == Rating.AGAIN) {
            stabilityAfterFailure(w, s, d, r, out);
        } else {
            stabilityAfterSuccess(w, s, d, r, g, out);
        }
    }

    /** Of {@link Fsrs#stabilityShortTerm}: S e^(w17 (G - 3 + w18)) S^-w19, never lower for Good and Easy, clamped. */
    static void stabilityShortTerm(FsrsParameters w, double s, Rating g, Partials out) {
        out.reset();
        double increase = Math.exp(w.w(17) * (g.value() - 3 + w.w(18))) * Math.pow(s, -w.w(19));
        boolean floored = (g == Rating.GOOD || g == Rating.EASY) && increase < 1.0;
        if (floored) {
            if (s >= Fsrs.MIN_STABILITY) out.byStability = 1;
            return;
        }
        if (s * increase < Fsrs.MIN_STABILITY) return;
        out.byStability = increase * (1 - w.w(19));
        out.byWeight[17] = s * increase * (g.value() - 3 + w.w(18));
        out.byWeight[18] = s * increase * w.w(17);
        out.byWeight[19] = s * increase * -Math.log(s);
    }

    private static boolean clampActive(double value, double min, double max) {
        return value < min || value > max;
    }

    /**
     * One card replayed with d(S)/dw and d(D)/dw carried along (forward-mode differentiation). Reused from card to
     * card: {@link #startCard()} clears it.
     */
    static final class CardReplay {
        private Fsrs.MemoryState memory;
        private double[] stabilityByWeight = new double[N];
        private double[] difficultyByWeight = new double[N];
        private double[] nextStabilityByWeight = new double[N];
        private double[] nextDifficultyByWeight = new double[N];
        private final double[] retrievabilityByWeight = new double[N];
        private final Partials stabilityPartials = new Partials();
        private final Partials difficultyPartials = new Partials();
        private final Partials curvePartials = new Partials();

        void startCard() {
            memory = null;
        }

        /**
         * Forgets how the current state depends on the weights (PyTorch's detach): after a gradient step the card
         * goes on from its state, which the new weights no longer produced.
         */
        void detach() {
            Arrays.fill(stabilityByWeight, 0);
            Arrays.fill(difficultyByWeight, 0);
        }

        /**
         * Replays one review. When the review is scored (at least a day after the previous one), adds the gradient
         * of its log loss to {@code gradient} and returns the loss; otherwise returns NaN.
         */
        double review(FsrsParameters w, Rating g, int elapsedDays, double[] gradient) {
            return review(w, g, elapsedDays, gradient, 1);
        }

        /** As {@link #review(FsrsParameters, Rating, int, double[])}, the loss's gradient counted {@code weight} times. */
        double review(FsrsParameters w, Rating g, int elapsedDays, double[] gradient, double weight) {
            if (memory == null) {
                initialStability(w, g, stabilityPartials);
                initialDifficulty(w, g, difficultyPartials);
                System.arraycopy(stabilityPartials.byWeight, 0, stabilityByWeight, 0, N);
                System.arraycopy(difficultyPartials.byWeight, 0, difficultyByWeight, 0, N);
                memory = Fsrs.nextMemoryState(w, null, elapsedDays, g);
                return Double.NaN;
            }
            double s = memory.stability();
            double d = memory.difficulty();
            double loss = Double.NaN;
            if (elapsedDays >= 1) {
                double r = Fsrs.forgettingCurve(w, elapsedDays, s);
                forgettingCurve(w, elapsedDays, s, curvePartials);
                for (int k = 0; k < N; k++) {
                    retrievabilityByWeight[k] = curvePartials.byStability * stabilityByWeight[k] + curvePartials.byWeight[k];
                }
                boolean recalled = g.recalled();
                double p = ReplayMetrics.clip(r);
                loss = recalled ? -Math.log(p) : -Math.log(1 - p);
                if (p == r) {
                    double lossByR = weight * (recalled ? -1 / r : 1 / (1 - r));
                    for (int k = 0; k < N; k++) gradient[k] += lossByR * retrievabilityByWeight[k];
                }
                nextStability(w, s, d, r, g, stabilityPartials);
                for (int k = 0; k < N; k++) {
                    nextStabilityByWeight[k] = stabilityPartials.byStability * stabilityByWeight[k]
                            + stabilityPartials.byDifficulty * difficultyByWeight[k]
                            + stabilityPartials.byRetrievability * retrievabilityByWeight[k]
                            + stabilityPartials.byWeight[k];
                }
            } else {
                stabilityShortTerm(w, s, g, stabilityPartials);
                for (int k = 0; k < N; k++) {
                    nextStabilityByWeight[k] = stabilityPartials.byStability * stabilityByWeight[k] + stabilityPartials.byWeight[k];
                }
            }
            nextDifficulty(w, d, g, difficultyPartials);
            for (int k = 0; k < N; k++) {
                nextDifficultyByWeight[k] = difficultyPartials.byDifficulty * difficultyByWeight[k] + difficultyPartials.byWeight[k];
            }
            double[] swap = stabilityByWeight;
            stabilityByWeight = nextStabilityByWeight;
            nextStabilityByWeight = swap;
            swap = difficultyByWeight;
            difficultyByWeight = nextDifficultyByWeight;
            nextDifficultyByWeight = swap;
            memory = Fsrs.nextMemoryState(w, memory, elapsedDays, g);
            return loss;
        }
    }

    /**
     * The summed log loss of each card's first {@code maxReviewsPerCard} reviews and its gradient (into
     * {@code gradient}, which is overwritten): the optimizer's objective over the whole history, for tests.
     */
    static double lossAndGradient(ReviewHistory history, FsrsParameters w, int maxReviewsPerCard, double[] gradient) {
        Arrays.fill(gradient, 0);
        CardReplay replay = new CardReplay();
        double sum = 0;
        for (int card = 0; card < history.cardCount(); card++) {
            replay.startCard();
            int n = Math.min(history.reviewCount(card), maxReviewsPerCard);
            for (int j = 0; j < n; j++) {
                double loss = replay.review(w, history.rating(card, j), history.elapsedDays(card, j), gradient);
                if (!Double.isNaN(loss)) sum += loss;
            }
        }
        return sum;
    }
}
