package dev.latent.stats;

/** The calendar heatmap's shades: 0 for a day without reviews, then four equal steps up to the busiest day. */
public final class HeatLevel {

    public static final int MAX = 4;

    private HeatLevel() {
    }

    /** The shade of a day with {@code reviews} reviews when the busiest day had {@code max}. */
    public static int of(int reviews, int max) {
        if (reviews <= 0) return 0;
        return Math.min(MAX, 1 + (int) (4.0 * (reviews - 1) / Math.max(1, max)));
    }
}
