package dev.latent.scoring;

/**
 * The tunable parts of grading. {@link #DEFAULT} is what the app and the CLI use.
 *
 * @param requiredMissingMaxGrade highest grade for an answer missing a required concept
 * @param keywordListMaxGrade highest grade for a bare list of terms
 * @param contradictionMaxGrade highest grade for an answer affirming and negating the same concept
 * @param misconceptionMaxGrade highest grade for an answer stating a misconception
 * @param phraseGap words allowed between consecutive words of a multi-word phrasing (function words
 *                  such as "the" are not counted)
 * @param negationScope how many words after a negation cue it still negates, within its clause
 */
public record ScoringPolicy(GradeBands gradeBands, RatingThresholds ratingThresholds,
                            int requiredMissingMaxGrade, int keywordListMaxGrade, int contradictionMaxGrade,
                            int misconceptionMaxGrade, int phraseGap, int negationScope,
                            AnswerAnalyzer.Stemming stemming) {

    public static final ScoringPolicy DEFAULT = new ScoringPolicy(GradeBands.DEFAULT, RatingThresholds.DEFAULT,
            2, 2, 3, 3, 3, 3, AnswerAnalyzer.Stemming.PORTER);

    public ScoringPolicy {
        if (gradeBands == null || ratingThresholds == null || stemming == null) throw new NullPointerException();
        if (phraseGap < 0 || phraseGap > 10) throw new IllegalArgumentException("phraseGap must be 0-10");
        if (negationScope < 0 || negationScope > 10) throw new IllegalArgumentException("negationScope must be 0-10");
    }

    public ScoringPolicy withGradeBands(GradeBands bands) {
        return new ScoringPolicy(bands, ratingThresholds, requiredMissingMaxGrade, keywordListMaxGrade,
                contradictionMaxGrade, misconceptionMaxGrade, phraseGap, negationScope, stemming);
    }

    public ScoringPolicy withRatingThresholds(RatingThresholds thresholds) {
        return new ScoringPolicy(gradeBands, thresholds, requiredMissingMaxGrade, keywordListMaxGrade,
                contradictionMaxGrade, misconceptionMaxGrade, phraseGap, negationScope, stemming);
    }

    public ScoringPolicy withStemming(AnswerAnalyzer.Stemming value) {
        return new ScoringPolicy(gradeBands, ratingThresholds, requiredMissingMaxGrade, keywordListMaxGrade,
                contradictionMaxGrade, misconceptionMaxGrade, phraseGap, negationScope, value);
    }
}
