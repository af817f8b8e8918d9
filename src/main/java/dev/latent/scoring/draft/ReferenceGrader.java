package dev.latent.scoring.draft;

import dev.latent.scoring.GradeBands;
import dev.latent.scoring.ScoreFlag;
import dev.latent.scoring.ScoreResult;

/**
 * Grades an answer against a reference answer alone: drafts a rubric ({@link RubricDrafter}), scores the
 * answer with it, and reads the result through the trained {@link ReferenceModel}.
 *
 * <p>The score is the binary model's probability of "correct", mapped piecewise-linearly so that the
 * model's decision threshold lands on the lowest score of grade 3 of the default {@link GradeBands}
 * (60): an answer the model calls correct gets grade 3 or 4 and a Good or Easy rating; one it calls
 * incorrect gets grade 0-2. Thread-safe.
 */
public final class ReferenceGrader {

    private final ReferenceModel model;
    private final GradeBands bands;

    public ReferenceGrader(ReferenceModel model) {
        this(model, GradeBands.DEFAULT);
    }

    public ReferenceGrader(ReferenceModel model, GradeBands bands) {
        if (!model.features().equals(AnswerFeatures.NAMES)) {
            throw new IllegalArgumentException("the model reads other features than AnswerFeatures.NAMES");
        }
        this.model = model;
        this.bands = bands;
    }

    /** A grader with the model bundled in the jar. */
    public static ReferenceGrader bundled() {
        return new ReferenceGrader(ReferenceModel.bundled());
    }

    public ReferenceModel model() {
        return model;
    }

    /** Grades one answer; {@code promptOrNull} is the question, if known. */
    public ReferenceGrade grade(String reference, String promptOrNull, String answer) {
        return grade(RubricDrafter.prepare(reference, promptOrNull), answer);
    }

    /** Grades one answer with a rubric drafted once for many answers to the same question. */
    public ReferenceGrade grade(DraftedRubric draft, String answer) {
        ScoreResult rubricResult = draft.score(answer);
        if (rubricResult.has(ScoreFlag.EMPTY_ANSWER)) {
            // Nothing said ("", "I don't know", "not answered"): no model is asked to guess a grade for it.
            return new ReferenceGrade(0, 0, false, ReferenceGrade.Verdict.INCORRECT, 0, 0, 0, 1, rubricResult);
        }
        double[] features = AnswerFeatures.of(draft, answer, rubricResult);
        double pCorrect = model.binary().probabilities(features)[1];
        double[] threeWay = model.threeWay().probabilities(features);
        int label = 0;
        for (int k = 1; k < threeWay.length; k++) if (threeWay[k] > threeWay[label]) label = k;
        int score = scoreOf(pCorrect);
        return new ReferenceGrade(score, bands.gradeOf(score), pCorrect >= model.threshold(),
                ReferenceGrade.Verdict.values()[label], pCorrect, threeWay[0], threeWay[1], threeWay[2], rubricResult);
    }

    /** 0-100, monotone in p, with p == threshold at the first score of grade 3. */
    int scoreOf(double pCorrect) {
        double threshold = model.threshold();
        int pass = bands.grade3();
        if (pCorrect >= threshold) {
            return (int) Math.ceil(pass + (100 - pass) * (pCorrect - threshold) / (1 - threshold) - 1e-9);
        }
        return Math.min(pass - 1, (int) Math.floor(pass * pCorrect / threshold));
    }
}
