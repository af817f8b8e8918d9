package dev.latent.scoring.draft;

import dev.latent.scoring.ScoreResult;

/**
 * The verdict of {@link ReferenceGrader} on one answer.
 *
 * @param score 0-100; {@code score >= 60} exactly when {@code correct}
 * @param grade 0-4 by the default grade bands; 3 or 4 exactly when {@code correct}
 * @param correct the binary (2-way) decision
 * @param verdict the three-way decision; it comes from its own model, so it may disagree with {@code correct}
 * @param pCorrect the binary model's probability of "correct"
 * @param rubricResult the drafted rubric's result, with the concepts hit, negated and reversed as evidence
 */
public record ReferenceGrade(int score, int grade, boolean correct, Verdict verdict,
                             double pCorrect, double pThreeWayCorrect, double pContradictory, double pIncorrect,
                             ScoreResult rubricResult) {

    /**
     * This verdict in the engine's result type, for callers that handle {@link ScoreResult}s (batch
     * grading, the UI): the model's score and grade, with the drafted rubric's concepts,
     * misconceptions (stated opposites) and flags as the evidence. {@code uncappedScore} is the model's
     * score too; {@code earned}, {@code penalty} and {@code possible} stay the rubric's.
     */
    public ScoreResult asScoreResult() {
        ScoreResult r = rubricResult;
        return new ScoreResult(score, grade, score, r.earned(), r.penalty(), r.possible(),
                r.concepts(), r.misconceptions(), r.flags());
    }

    /** The SemEval-2013 three-way labels. */
    public enum Verdict { CORRECT, CONTRADICTORY, INCORRECT }
}
