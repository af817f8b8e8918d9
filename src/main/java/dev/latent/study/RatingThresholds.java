package dev.latent.study;

import dev.latent.scheduling.Rating;

/**
 * Score thresholds for the rating suggested to the scheduler: below {@code hard} is Again, below
 * {@code good} is Hard, below {@code easy} is Good, otherwise Easy.
 *
 * <p>Defaults 40/60/85: Again for an answer missing most of the idea (grade 0-1), Hard for a partial one
 * (grade 2), Good for a sound answer with a gap (grade 3), Easy only for a complete answer (grade 4).
 * They line up with the default {@link dev.latent.scoring.GradeBands} so that the rating agrees with the grade shown.
 */
public record RatingThresholds(int hard, int good, int easy) {

    public static final RatingThresholds DEFAULT = new RatingThresholds(40, 60, 85);

    public RatingThresholds {
        if (!(0 <= hard && hard <= good && good <= easy && easy <= 100)) {
            throw new IllegalArgumentException("need 0 <= hard <= good <= easy <= 100: " + hard + "/" + good + "/" + easy);
        }
    }

    /** The rating a grade on the 0-4 scale calls for: 0-1 Again, 2 Hard, 3 Good, 4 Easy. */
    public static Rating ratingForGrade(int grade) {
        if (grade <= 1) return Rating.AGAIN;
        if (grade == 2) return Rating.HARD;
        if (grade == 3) return Rating.GOOD;
        return Rating.EASY;
    }

    public Rating ratingFor(int score) {
        if (score < hard) return Rating.AGAIN;
        if (score < good) return Rating.HARD;
        if (score < easy) return Rating.GOOD;
        return Rating.EASY;
    }
}
