package dev.latent.scoring;

import dev.latent.scoring.analysis.AnswerAnalyzer;

/**
 * The tunable parts of grading. {@link #DEFAULT} is what the app and the CLI use:
 * <ul>
 * <li>score = 100 × (weights hit − penalties) / (share × total weight), clamped to 0-100, linear (curve 1), where the
 *     share is 0.75 for a rubric with many phrasings a concept and 0.55 for one with few
 *     ({@link #forPhrasingsPerConcept}); a rubric with fewer than 20 phrasings a concept also takes up to a quarter of
 *     the score from the model answer read as points ({@code ModelAnswerBlend.modelAnswerShare});</li>
 * <li>grades by {@link GradeBands#DEFAULT} (15/40/60/85);</li>
 * <li>caps: a missing required concept → grade 3 at most; a stated misconception → 2; none for a bare list of
 *     terms or a contradiction (each cap measured on and off on the first blind set, README);</li>
 * <li>up to 3 words between the words of a phrasing; a negation reaches over up to 2 words; Porter stemming.</li>
 * </ul>
 * These were set with {@code latent rubric-test} on the bundled deck's 119 instructor-graded answers
 * (quadratic weighted kappa 0.92); nearby values (full credit at 70-80%, curve 0.8-1, bands ±5) score
 * within 0.01, so the choice is not fitted to a few answers.
 *
 * @param requiredMissingMaxGrade highest grade for an answer missing a required concept
 * @param keywordListMaxGrade highest grade for a bare list of terms
 * @param contradictionMaxGrade highest grade for an answer affirming and negating the same concept
 * @param misconceptionMaxGrade highest grade for an answer stating a misconception
 * @param phraseGap words allowed between consecutive words of a multi-word phrasing (function words
 *                  such as "the" are not counted)
 * @param negationScope how many words may stand between a negation cue and what it negates, within its clause
 * @param fullCreditShare share of the total concept weight that earns a score of 100: instructors give
 *                        full marks to an answer that makes most, not all, of the rubric's points
 * @param sparseRubricShare the full-credit share for a rubric with {@link #SPARSE_PHRASINGS} phrasings a concept or
 *                          fewer (equal to {@code fullCreditShare}: the same for every rubric)
 * @param curve exponent applied to the credit share (1 = linear; below 1 rewards the first points more,
 *              as instructors do when an answer gets the main idea across)
 */
public record ScoringPolicy(GradeBands gradeBands,
                            int requiredMissingMaxGrade, int keywordListMaxGrade, int contradictionMaxGrade,
                            int misconceptionMaxGrade, int phraseGap, int negationScope,
                            double fullCreditShare, double curve, AnswerAnalyzer.Stemming stemming,
                            double sparseRubricShare) {

    /** Phrasings per concept (on average over a rubric) at or below which full credit comes at {@code sparseRubricShare}. */
    public static final double SPARSE_PHRASINGS = 5;
    /** Phrasings per concept at or above which it comes at {@code fullCreditShare}; in between, in proportion. */
    public static final double RICH_PHRASINGS = 12;

    public static final ScoringPolicy DEFAULT = new ScoringPolicy(GradeBands.DEFAULT,
            3, 4, 4, 2, 3, 2, 0.75, 1.0, AnswerAnalyzer.Stemming.PORTER, 0.55);

    /** A policy whose full-credit share does not depend on how many phrasings the rubric has. */
    public ScoringPolicy(GradeBands gradeBands, int requiredMissingMaxGrade, int keywordListMaxGrade, int contradictionMaxGrade,
                         int misconceptionMaxGrade, int phraseGap, int negationScope, double fullCreditShare, double curve,
                         AnswerAnalyzer.Stemming stemming) {
        this(gradeBands, requiredMissingMaxGrade, keywordListMaxGrade, contradictionMaxGrade, misconceptionMaxGrade,
                phraseGap, negationScope, fullCreditShare, curve, stemming, fullCreditShare);
    }

    /**
     * This policy for a rubric with the given number of phrasings per concept. A rubric with few phrasings finds
     * fewer of the ideas a correct answer states in its own words, so full credit comes at a smaller share of them.
     */
    public ScoringPolicy forPhrasingsPerConcept(double perConcept) {
        if (sparseRubricShare == fullCreditShare) return this;
        double richness = Math.max(0, Math.min(1, (perConcept - SPARSE_PHRASINGS) / (RICH_PHRASINGS - SPARSE_PHRASINGS)));
        double share = sparseRubricShare + richness * (fullCreditShare - sparseRubricShare);
        return new ScoringPolicy(gradeBands, requiredMissingMaxGrade, keywordListMaxGrade, contradictionMaxGrade,
                misconceptionMaxGrade, phraseGap, negationScope, share, curve, stemming, share);
    }

    /**
     * The caps and analysis the reference grader's model was trained with ({@code grade --batch} with a
     * {@code reference} column): its rubric result is a feature, so its policy is part of the model, and stays as it
     * was trained (Porter alone, without short forms written out or adverbs read as adjectives).
     */
    public static final ScoringPolicy DRAFTED = new ScoringPolicy(GradeBands.DEFAULT,
            2, 1, 2, 2, 3, 2, 0.75, 1.0, AnswerAnalyzer.Stemming.PORTER_ALONE);

    public ScoringPolicy {
        if (gradeBands == null || stemming == null) throw new NullPointerException();
        if (phraseGap < 0 || phraseGap > 10) throw new IllegalArgumentException("phraseGap must be 0-10");
        if (negationScope < 0 || negationScope > 10) throw new IllegalArgumentException("negationScope must be 0-10");
        if (!(fullCreditShare > 0 && fullCreditShare <= 1)) throw new IllegalArgumentException("fullCreditShare must be in (0, 1]");
        if (!(curve > 0 && curve <= 4)) throw new IllegalArgumentException("curve must be in (0, 4]");
        if (!(sparseRubricShare > 0 && sparseRubricShare <= 1)) throw new IllegalArgumentException("sparseRubricShare must be in (0, 1]");
    }

    public ScoringPolicy withGradeBands(GradeBands bands) {
        return new ScoringPolicy(bands, requiredMissingMaxGrade, keywordListMaxGrade,
                contradictionMaxGrade, misconceptionMaxGrade, phraseGap, negationScope, fullCreditShare, curve, stemming,
                sparseRubricShare);
    }

    public ScoringPolicy withStemming(AnswerAnalyzer.Stemming value) {
        return new ScoringPolicy(gradeBands, requiredMissingMaxGrade, keywordListMaxGrade,
                contradictionMaxGrade, misconceptionMaxGrade, phraseGap, negationScope, fullCreditShare, curve, value,
                sparseRubricShare);
    }

    /**
     * Highest grade for an answer that leaves a part of the question unanswered (the rubric names the parts): the
     * grading scale's 2, "a main part of the question is unanswered". Not tunable: it is the scale's definition.
     */
    public int partUnansweredMaxGrade() {
        return 2;
    }

    /**
     * Highest grade for an answer whose only wrong claims are details beside the main ideas ("the biases are tied
     * too"): graders gave such otherwise complete answers a 3 (thirteen dev and calibration answers), where a wrong idea
     * gets a 2. Not tunable: it follows the wrong idea's cap, one grade up.
     */
    public int wrongDetailMaxGrade() {
        return Math.min(4, misconceptionMaxGrade + 1);
    }

    /** The score 0-100 for a net credit (weights earned minus penalties) out of the total weight. */
    public int scoreOf(double netCredit, double possible) {
        if (!(possible > 0) || !(netCredit > 0)) return 0;
        double share = Math.min(1, netCredit / (possible * fullCreditShare));
        return (int) Math.round(100 * Math.pow(share, curve));
    }
}
