package dev.latent.scheduling;

import java.time.Duration;
import java.util.List;

/**
 * The learner's scheduling settings (Anki's deck options for FSRS).
 *
 * @param desiredRetention the probability of recall at which a Review card falls due, 0 &lt; r &lt; 1
 * @param learningSteps short intervals for a card being learnt (may be empty: straight to Review)
 * @param relearningSteps short intervals after a lapse (may be empty: stay in Review)
 * @param maximumInterval the longest Review interval in days, at least 1
 * @param fuzz whether Review intervals of 3 days or more are moved by a few days so cards spread out
 * @param orderedIntervals as in Anki, each passing rating waits at least a day longer than the one below it (Good
 *     and Easy never both "1d"); off reproduces py-fsrs exactly
 */
public record SchedulerConfig(double desiredRetention, List<Duration> learningSteps, List<Duration> relearningSteps,
                              int maximumInterval, boolean fuzz, boolean orderedIntervals) {

    public static final double DEFAULT_DESIRED_RETENTION = 0.90;
    public static final List<Duration> DEFAULT_LEARNING_STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
    public static final List<Duration> DEFAULT_RELEARNING_STEPS = List.of(Duration.ofMinutes(10));
    public static final int DEFAULT_MAXIMUM_INTERVAL = 36_500;

    /** The app's defaults: retention 0.90, steps 1m 10m, relearning 10m, maximum 100 years, fuzz on, ordered. */
    public static final SchedulerConfig DEFAULT = new SchedulerConfig(DEFAULT_DESIRED_RETENTION,
            DEFAULT_LEARNING_STEPS, DEFAULT_RELEARNING_STEPS, DEFAULT_MAXIMUM_INTERVAL, true);

    /** Intervals ordered as in Anki. */
    public SchedulerConfig(double desiredRetention, List<Duration> learningSteps, List<Duration> relearningSteps,
                           int maximumInterval, boolean fuzz) {
        this(desiredRetention, learningSteps, relearningSteps, maximumInterval, fuzz, true);
    }

    public SchedulerConfig {
        // NaN fails both comparisons, so it is rejected too.
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1 (exclusive), was " + desiredRetention);
        }
        learningSteps = checkedSteps("learning", learningSteps);
        relearningSteps = checkedSteps("relearning", relearningSteps);
        if (maximumInterval < 1) throw new IllegalArgumentException("maximum interval must be at least 1 day, was " + maximumInterval);
    }

    private static List<Duration> checkedSteps(String name, List<Duration> steps) {
        if (steps == null) throw new IllegalArgumentException(name + " steps must not be null (use an empty list)");
        for (Duration step : steps) {
            if (step == null || step.isNegative() || step.isZero()) {
                throw new IllegalArgumentException(name + " steps must be positive durations, got " + steps);
            }
        }
        return List.copyOf(steps);
    }

    public SchedulerConfig withDesiredRetention(double retention) {
        return new SchedulerConfig(retention, learningSteps, relearningSteps, maximumInterval, fuzz, orderedIntervals);
    }

    public SchedulerConfig withLearningSteps(List<Duration> steps) {
        return new SchedulerConfig(desiredRetention, steps, relearningSteps, maximumInterval, fuzz, orderedIntervals);
    }

    public SchedulerConfig withRelearningSteps(List<Duration> steps) {
        return new SchedulerConfig(desiredRetention, learningSteps, steps, maximumInterval, fuzz, orderedIntervals);
    }

    public SchedulerConfig withMaximumInterval(int days) {
        return new SchedulerConfig(desiredRetention, learningSteps, relearningSteps, days, fuzz, orderedIntervals);
    }

    public SchedulerConfig withFuzz(boolean on) {
        return new SchedulerConfig(desiredRetention, learningSteps, relearningSteps, maximumInterval, on, orderedIntervals);
    }
}
