package dev.latent.scheduling;

import java.util.Arrays;

/**
 * The 21 FSRS-6 model weights w[0..20].
 *
 * <p>Immutable; {@link #DEFAULT} holds the FSRS-6 defaults (py-fsrs 6.3.1, fsrs-rs), which an
 * optimizer run on the learner's own review log could later replace.
 */
public final class FsrsParameters {

    public static final int COUNT = 21;

    public static final FsrsParameters DEFAULT = of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    /**
     * The range the optimizer keeps each weight in (py-fsrs 6.3.1's bounds): initial stabilities 0.001-100 days,
     * the decay w20 0.1-0.8, and so on. Parameters outside them are still accepted by {@link #of}.
     */
    private static final double[] LOWER_BOUNDS = {
            0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
            0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1};
    private static final double[] UPPER_BOUNDS = {
            100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
            5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8};

    private final double[] w;
    // The forgetting curve's constants, needed on every prediction; computed once (two pow calls).
    private final double decay;
    private final double factor;

    private FsrsParameters(double[] w) {
        this.w = w;
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** @throws IllegalArgumentException unless there are exactly 21 finite weights and w20 (the decay) is positive */
    public static FsrsParameters of(double... weights) {
        if (weights == null || weights.length != COUNT) {
            throw new IllegalArgumentException("FSRS-6 needs " + COUNT + " parameters, got "
                    + (weights == null ? 0 : weights.length));
        }
        for (int i = 0; i < COUNT; i++) {
            if (!Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("parameter w" + i + " is not a finite number: " + weights[i]);
            }
        }
        // The forgetting curve divides by w20; zero or negative would make R undefined or increasing.
        if (weights[20] <= 0) throw new IllegalArgumentException("parameter w20 (decay) must be > 0, was " + weights[20]);
        return new FsrsParameters(weights.clone());
    }

    /**
     * Parses 21 comma-separated numbers, as {@link #toString(FsrsParameters)} writes them (spaces allowed).
     *
     * @throws IllegalArgumentException naming the first entry that is not a number, or the wrong count
     */
    public static FsrsParameters parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != COUNT) {
            throw new IllegalArgumentException("FSRS-6 needs " + COUNT + " comma-separated parameters, got " + parts.length);
        }
        double[] weights = new double[COUNT];
        for (int i = 0; i < COUNT; i++) {
            try {
                weights[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("parameter w" + i + " is not a number: \"" + parts[i].strip() + "\"");
            }
        }
        return of(weights);
    }

    /**
     * {@link #parse}, refusing a weight outside FSRS-6's bounds (the ones the optimizer keeps to): for weights typed
     * by hand, where 1e308 or a negative initial stability would only give meaningless figures.
     *
     * @throws IllegalArgumentException naming the first weight out of its range, and the range
     */
    public static FsrsParameters parseWithinBounds(String text) {
        FsrsParameters parsed = parse(text);
        for (int i = 0; i < COUNT; i++) {
            double w = parsed.w[i];
            if (w < LOWER_BOUNDS[i] || w > UPPER_BOUNDS[i]) {
                throw new IllegalArgumentException("parameter w" + i + " must be between " + LOWER_BOUNDS[i] + " and "
                        + UPPER_BOUNDS[i] + ", was " + w);
            }
        }
        return parsed;
    }

    /** The weights as 21 comma-separated numbers (shortest exact form), for the command line and settings. */
    public static String toString(FsrsParameters parameters) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < COUNT; i++) {
            if (i > 0) text.append(',');
            text.append(parameters.w[i]);
        }
        return text.toString();
    }

    /** Lowest value the optimizer lets w[i] take. */
    public static double lowerBound(int i) {
        return LOWER_BOUNDS[i];
    }

    /** Highest value the optimizer lets w[i] take. */
    public static double upperBound(int i) {
        return UPPER_BOUNDS[i];
    }

    /** Clamps each weight into its bounds in place (the optimizer does this after every step). */
    public static void clampToBounds(double[] weights) {
        for (int i = 0; i < COUNT; i++) weights[i] = Math.min(Math.max(weights[i], LOWER_BOUNDS[i]), UPPER_BOUNDS[i]);
    }

    /** Weight w[i]. */
    public double w(int i) {
        return w[i];
    }

    /** DECAY = -w20. */
    public double decay() {
        return decay;
    }

    /** FACTOR = 0.9^(1/DECAY) - 1, chosen so that R(S, S) = 0.9. */
    public double factor() {
        return factor;
    }

    public double[] toArray() {
        return w.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FsrsParameters other && Arrays.equals(w, other.w);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w);
    }

    @Override
    public String toString() {
        return "FsrsParameters" + Arrays.toString(w);
    }
}
