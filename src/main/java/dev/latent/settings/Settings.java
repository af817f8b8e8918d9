package dev.latent.settings;

import dev.latent.study.RatingThresholds;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The learner's preferences. Immutable; change one with the {@code with...} methods and save it with
 * {@link SettingsStore}. Every value is validated here, so a Settings object is always usable.
 *
 * @param desiredRetention the recall probability FSRS aims for when it picks intervals, 0.70-0.99
 * @param newPerDay new cards introduced per study day
 * @param reviewsPerDay review cards shown per study day
 * @param learningSteps short steps before a new card graduates (e.g. 1 min, 10 min)
 * @param relearningSteps short steps after a lapse
 * @param theme light, dark, or follow the system
 * @param fontZoomPercent text size, 80-300 %
 * @param autoAdvance after rating, go straight to the next card instead of waiting for a key
 * @param keys the key bound to each reviewer action, as JavaFX key-combination names ("Ctrl+Z", "U", "1")
 * @param ratingThresholds the scores from which Hard, Good and Easy are suggested after grading
 */
public record Settings(double desiredRetention, int newPerDay, int reviewsPerDay, List<Duration> learningSteps,
                       List<Duration> relearningSteps, Theme theme, int fontZoomPercent, boolean autoAdvance,
                       Map<KeyAction, List<String>> keys, RatingThresholds ratingThresholds) {

    public enum Theme { LIGHT, DARK, SYSTEM }

    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.99;
    public static final int MIN_ZOOM = 80;
    public static final int MAX_ZOOM = 300;
    public static final int MAX_PER_DAY = 9999;

    public static final Settings DEFAULT = new Settings(0.90, 20, 200,
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)),
            Theme.SYSTEM, 100, false, KeyAction.defaults(), RatingThresholds.DEFAULT);

    public Settings {
        if (!(desiredRetention >= MIN_RETENTION && desiredRetention <= MAX_RETENTION)) {
            throw new IllegalArgumentException("desired retention must be between 0.70 and 0.99, was " + desiredRetention);
        }
        requireRange("new cards per day", newPerDay, 0, MAX_PER_DAY);
        requireRange("reviews per day", reviewsPerDay, 0, MAX_PER_DAY);
        requireRange("font zoom", fontZoomPercent, MIN_ZOOM, MAX_ZOOM);
        learningSteps = steps("learning steps", learningSteps);
        relearningSteps = steps("relearning steps", relearningSteps);
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(ratingThresholds, "ratingThresholds");
        Map<KeyAction, List<String>> bound = new EnumMap<>(KeyAction.class);
        bound.putAll(KeyAction.defaults());
        if (keys != null) keys.forEach((action, combos) -> bound.put(action, List.copyOf(combos)));
        keys = Map.copyOf(bound);
    }

    private static void requireRange(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + "-" + max + ", was " + value);
        }
    }

    private static List<Duration> steps(String what, List<Duration> steps) {
        Objects.requireNonNull(steps, what);
        for (Duration step : steps) {
            if (step == null || step.isNegative() || step.isZero() || step.compareTo(Duration.ofDays(1)) >= 0) {
                throw new IllegalArgumentException(what + " must each be longer than 0 and shorter than a day, was " + step);
            }
        }
        return List.copyOf(steps);
    }

    public Settings withDesiredRetention(double value) {
        return new Settings(value, newPerDay, reviewsPerDay, learningSteps, relearningSteps, theme, fontZoomPercent, autoAdvance, keys, ratingThresholds);
    }

    public Settings withDailyLimits(int newCards, int reviews) {
        return new Settings(desiredRetention, newCards, reviews, learningSteps, relearningSteps, theme, fontZoomPercent, autoAdvance, keys, ratingThresholds);
    }

    public Settings withSteps(List<Duration> learning, List<Duration> relearning) {
        return new Settings(desiredRetention, newPerDay, reviewsPerDay, learning, relearning, theme, fontZoomPercent, autoAdvance, keys, ratingThresholds);
    }

    public Settings withTheme(Theme value) {
        return new Settings(desiredRetention, newPerDay, reviewsPerDay, learningSteps, relearningSteps, value, fontZoomPercent, autoAdvance, keys, ratingThresholds);
    }

    public Settings withFontZoom(int percent) {
        return new Settings(desiredRetention, newPerDay, reviewsPerDay, learningSteps, relearningSteps, theme, percent, autoAdvance, keys, ratingThresholds);
    }

    public Settings withAutoAdvance(boolean value) {
        return new Settings(desiredRetention, newPerDay, reviewsPerDay, learningSteps, relearningSteps, theme, fontZoomPercent, value, keys, ratingThresholds);
    }

    public Settings withRatingThresholds(RatingThresholds value) {
        return new Settings(desiredRetention, newPerDay, reviewsPerDay, learningSteps, relearningSteps, theme, fontZoomPercent, autoAdvance, keys, value);
    }

    public Settings withKeys(KeyAction action, List<String> combinations) {
        Map<KeyAction, List<String>> changed = new EnumMap<>(keys);
        changed.put(action, combinations);
        return new Settings(desiredRetention, newPerDay, reviewsPerDay, learningSteps, relearningSteps, theme, fontZoomPercent, autoAdvance, changed, ratingThresholds);
    }
}
