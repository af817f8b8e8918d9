package dev.latent.scoring;

import dev.latent.deck.Rubric;

/**
 * Entry point of the scoring engine: compile a rubric once, then score answers with it.
 * <pre>
 * CompiledRubric rubric = Grader.compile(question.rubric());
 * ScoreResult result = rubric.score(typedAnswer);
 * </pre>
 */
public final class Grader {

    private static final AnswerAnalyzer PORTER = new AnswerAnalyzer(AnswerAnalyzer.Stemming.PORTER);
    private static final AnswerAnalyzer MINIMAL = new AnswerAnalyzer(AnswerAnalyzer.Stemming.MINIMAL);

    private Grader() {
    }

    /** Compiles with {@link ScoringPolicy#DEFAULT}. */
    public static CompiledRubric compile(Rubric rubric) {
        return compile(rubric, ScoringPolicy.DEFAULT);
    }

    public static CompiledRubric compile(Rubric rubric, ScoringPolicy policy) {
        if (rubric == null) throw new IllegalArgumentException("no rubric to compile");
        AnswerAnalyzer analyzer = policy.stemming() == AnswerAnalyzer.Stemming.PORTER ? PORTER : MINIMAL;
        return new CompiledRubric(rubric, policy, analyzer);
    }
}
