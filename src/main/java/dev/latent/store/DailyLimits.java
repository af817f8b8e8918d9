package dev.latent.store;

/** How many new cards and review cards a deck may show per study day (Anki's deck options). */
public record DailyLimits(int newPerDay, int reviewsPerDay) {

    public static final DailyLimits DEFAULT = new DailyLimits(20, 200);

    public DailyLimits {
        if (newPerDay < 0) throw new IllegalArgumentException("newPerDay must not be negative, was " + newPerDay);
        if (reviewsPerDay < 0) throw new IllegalArgumentException("reviewsPerDay must not be negative, was " + reviewsPerDay);
    }
}
