package dev.latent.scheduling;

import java.time.Duration;
import java.time.Instant;

/**
 * The FSRS-6 memory model as small pure functions, named as in the FSRS papers and fsrs-rs
 * (inference.rs). Numbers follow py-fsrs 6.3.1 exactly, the reference the tests are checked against.
 *
 * <p>Notation: G is the grade (Again=1 .. Easy=4), S the stability in days, D the difficulty in [1, 10],
 * R the retrievability (probability of recall), t the elapsed time in whole days.
 */
public final class Fsrs {

    public static final double MIN_DIFFICULTY = 1.0;
    public static final double MAX_DIFFICULTY = 10.0;
    public static final double MIN_STABILITY = 0.001;

    private static final long SECONDS_PER_DAY = 86_400;

    private Fsrs() {
    }

    // ---- forgetting curve ------------------------------------------------------------------

    /** DECAY = -w20. */
    public static double decay(FsrsParameters w) {
        return w.decay();
    }

    /** FACTOR = 0.9^(1/DECAY) - 1, chosen so that R(S, S) = 0.9. */
    public static double factor(FsrsParameters w) {
        return w.factor();
    }

    /** R(t, S) = (1 + FACTOR * t / S)^DECAY: the probability of recall t days after a review. */
    public static double forgettingCurve(FsrsParameters w, double elapsedDays, double stability) {
        return Math.pow(1 + factor(w) * elapsedDays / stability, decay(w));
    }

    /**
     * Whole days from {@code lastReview} to {@code now}, truncated like Python's {@code timedelta.days}
     * (floor), which py-fsrs uses; negative when {@code now} is before {@code lastReview}.
     */
    public static long elapsedDays(Instant lastReview, Instant now) {
        // Duration.getSeconds() is already the floor of the seconds, so flooring again gives timedelta.days.
        return Math.floorDiv(Duration.between(lastReview, now).getSeconds(), SECONDS_PER_DAY);
    }

    /**
     * Interval in whole days at which R falls to {@code desiredRetention}: S / FACTOR * (r^(1/DECAY) - 1),
     * rounded half to even (Python's round), at least 1 and at most {@code maximumInterval}.
     */
    public static int nextInterval(FsrsParameters w, double stability, double desiredRetention, int maximumInterval) {
        double days = stability / factor(w) * (Math.pow(desiredRetention, 1 / decay(w)) - 1);
        long rounded = (long) Math.rint(days);
        return (int) Math.min(Math.max(rounded, 1), maximumInterval);
    }

    // ---- first rating ----------------------------------------------------------------------

    /** S0(G) = w[G-1]. */
    public static double initialStability(FsrsParameters w, Rating g) {
        return clampStability(w.w(g.value() - 1));
    }

    /** D0(G) = w4 - e^(w5 * (G - 1)) + 1, clamped to [1, 10]. */
    public static double initialDifficulty(FsrsParameters w, Rating g) {
        return clampDifficulty(initialDifficultyUnclamped(w, g));
    }

    /** D0(G) without the clamp; mean reversion targets the unclamped D0(Easy). */
    public static double initialDifficultyUnclamped(FsrsParameters w, Rating g) {
        return w.w(4) - Math.exp(w.w(5) * (g.value() - 1)) + 1;
    }

    // ---- updates ---------------------------------------------------------------------------

    /**
     * D'' = w7 * D0(Easy) + (1 - w7) * (D + dD * (10 - D) / 9) with dD = -w6 * (G - 3), clamped:
     * linear damping slows D near 10, mean reversion pulls it back towards D0(Easy).
     */
    public static double nextDifficulty(FsrsParameters w, double difficulty, Rating g) {
        double deltaDifficulty = -w.w(6) * (g.value() - 3);
        double damped = difficulty + linearDamping(deltaDifficulty, difficulty);
        return clampDifficulty(meanReversion(w, initialDifficultyUnclamped(w, Rating.EASY), damped));
    }

    static double linearDamping(double deltaDifficulty, double difficulty) {
        return (10.0 - difficulty) * deltaDifficulty / 9.0;
    }

    static double meanReversion(FsrsParameters w, double init, double current) {
        return w.w(7) * init + (1 - w.w(7)) * current;
    }

    /**
     * S'r after a successful recall (Hard, Good or Easy) at least a day after the last review:
     * S * (1 + e^w8 * (11 - D) * S^-w9 * (e^((1 - R) * w10) - 1) * hard penalty w15 * easy bonus w16).
     */
    public static double stabilityAfterSuccess(FsrsParameters w, double stability, double difficulty,
                                               double retrievability, Rating g) {
        double hardPenalty = g == Rating.HARD ? w.w(15) : 1;
        double easyBonus = g == Rating.EASY ? w.w(16) : 1;
        return stability * (1
                + Math.exp(w.w(8))
                * (11 - difficulty)
                * Math.pow(stability, -w.w(9))
                * (Math.exp((1 - retrievability) * w.w(10)) - 1)
                * hardPenalty
                * easyBonus);
    }

    /**
     * S'f after a lapse (Again) at least a day after the last review:
     * min(w11 * D^-w12 * ((S + 1)^w13 - 1) * e^((1 - R) * w14), S / e^(w17 * w18)), so a lapse never raises S.
     */
    public static double stabilityAfterFailure(FsrsParameters w, double stability, double difficulty,
                                               double retrievability) {
        double longTerm = w.w(11)
                * Math.pow(difficulty, -w.w(12))
                * (Math.pow(stability + 1, w.w(13)) - 1)
                * Math.exp((1 - retrievability) * w.w(14));
        double shortTermCap = stability / Math.exp(w.w(17) * w.w(18));
        return Math.min(longTerm, shortTermCap);
    }

    /** S' for a review at least a day after the last one: success or lapse, clamped to S >= 0.001. */
    public static double nextStability(FsrsParameters w, double stability, double difficulty,
                                       double retrievability, Rating g) {
        double next = g == Rating.AGAIN
                ? stabilityAfterFailure(w, stability, difficulty, retrievability)
                : stabilityAfterSuccess(w, stability, difficulty, retrievability, g);
        return clampStability(next);
    }

    /**
     * S' for a same-day review (less than one whole day since the last):
     * S * e^(w17 * (G - 3 + w18)) * S^-w19, where Good and Easy never lower S.
     */
    public static double stabilityShortTerm(FsrsParameters w, double stability, Rating g) {
        double increase = Math.exp(w.w(17) * (g.value() - 3 + w.w(18))) * Math.pow(stability, -w.w(19));
        if (g == Rating.GOOD || g == Rating.EASY) increase = Math.max(increase, 1.0);
        return clampStability(stability * increase);
    }

    // ---- one review ------------------------------------------------------------------------

    /** For {@link #nextMemoryState}: the time since the last review is not known. */
    public static final long UNKNOWN_ELAPSED = Long.MAX_VALUE;

    /** A card's memory: stability S in days and difficulty D. */
    public record MemoryState(double stability, double difficulty) {
    }

    /**
     * The memory state after rating {@code g}: the first rating sets S0 and D0; a review less than a whole day after
     * the last one updates S by the short-term rule; a later one by recall or lapse at R after {@code elapsedDays}.
     * D is updated on every rating after the first. The card's learning state (steps) plays no part, as in py-fsrs.
     *
     * @param before the state before this review, or null for a card never rated
     * @param elapsedDays whole days since the last review ({@link #elapsedDays}); ignored for a card never rated;
     *     {@link #UNKNOWN_ELAPSED} when a card has a memory state but no time of its last review (R is then taken
     *     as 0, as py-fsrs does)
     */
    public static MemoryState nextMemoryState(FsrsParameters w, MemoryState before, long elapsedDays, Rating g) {
        if (before == null) return new MemoryState(initialStability(w, g), initialDifficulty(w, g));
        double stability;
        if (elapsedDays < 1) {
            stability = stabilityShortTerm(w, before.stability(), g);
        } else {
            double r = elapsedDays == UNKNOWN_ELAPSED ? 0 : forgettingCurve(w, elapsedDays, before.stability());
            stability = nextStability(w, before.stability(), before.difficulty(), r, g);
        }
        return new MemoryState(stability, nextDifficulty(w, before.difficulty(), g));
    }

    public static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }

    public static double clampStability(double stability) {
        return Math.max(stability, MIN_STABILITY);
    }

    // ---- fuzz ------------------------------------------------------------------------------

    /** Inclusive bounds of the fuzzed interval in days. */
    public record FuzzRange(int min, int max) {
    }

    /** Intervals below this many days are never fuzzed (py-fsrs: 2.5). */
    public static final double FUZZ_MIN_INTERVAL = 2.5;

    /**
     * The days a Review interval may be moved to, so cards learnt together spread over several days:
     * delta = 1 + 0.15 * (part of I in [2.5, 7]) + 0.10 * (part in [7, 20]) + 0.05 * (part beyond 20);
     * round(I - delta) .. round(I + delta), at least 2, at most {@code maximumInterval}.
     */
    public static FuzzRange fuzzRange(int intervalDays, int maximumInterval) {
        double delta = 1.0
                + 0.15 * Math.max(Math.min(intervalDays, 7.0) - 2.5, 0.0)
                + 0.10 * Math.max(Math.min(intervalDays, 20.0) - 7.0, 0.0)
                + 0.05 * Math.max(intervalDays - 20.0, 0.0);
        int min = (int) Math.rint(intervalDays - delta);
        int max = (int) Math.rint(intervalDays + delta);
        min = Math.max(2, min);
        max = Math.min(max, maximumInterval);
        min = Math.min(min, max);
        return new FuzzRange(min, max);
    }

    /**
     * The interval moved to a day drawn uniformly from {@link #fuzzRange}, deterministically from {@code seed};
     * intervals under 2.5 days are returned as they are.
     */
    public static int fuzzedInterval(int intervalDays, int maximumInterval, long seed) {
        if (intervalDays < FUZZ_MIN_INTERVAL) return intervalDays;
        FuzzRange range = fuzzRange(intervalDays, maximumInterval);
        int span = range.max() - range.min() + 1;
        return range.min() + (int) Math.floor(unitDouble(seed) * span);
    }

    /** A double in [0, 1) from a 64-bit seed: SplitMix64's finalizer, fixed here so fuzz never changes between JDKs. */
    static double unitDouble(long seed) {
        return unit(mix64(seed));
    }

    /** The top 53 bits of {@code bits} as a double in [0, 1). */
    static double unit(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }

    static long mix64(long z) {
        return finalizer(z + 0x9E3779B97F4A7C15L);
    }

    /** SplitMix64's finalizer: every bit of the input moves every bit of the output. */
    static long finalizer(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
