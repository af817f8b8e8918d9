package dev.latent.scoring;

/**
 * Lowest score for each grade 1-4 on the 0-4 scale (grade 0 is anything below {@code grade1}).
 * Defaults 15/40/60/85, set against the bundled deck's instructor grades with {@code rubric-test}.
 */
public record GradeBands(int grade1, int grade2, int grade3, int grade4) {

    public static final GradeBands DEFAULT = new GradeBands(15, 40, 60, 85);

    public GradeBands {
        if (!(0 < grade1 && grade1 <= grade2 && grade2 <= grade3 && grade3 <= grade4 && grade4 <= 100)) {
            throw new IllegalArgumentException("need 0 < grade1 <= ... <= grade4 <= 100");
        }
    }

    public int gradeOf(int score) {
        if (score >= grade4) return 4;
        if (score >= grade3) return 3;
        if (score >= grade2) return 2;
        if (score >= grade1) return 1;
        return 0;
    }

    /** The highest score that still has at most the given grade. */
    public int maxScoreFor(int grade) {
        return switch (grade) {
            case 0 -> grade1 - 1;
            case 1 -> grade2 - 1;
            case 2 -> grade3 - 1;
            case 3 -> grade4 - 1;
            default -> 100;
        };
    }
}
