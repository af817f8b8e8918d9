/**
 * Rubric scoring: a typed free-text answer in, a grade and the reasons for it out.
 *
 * <pre>
 * CompiledRubric rubric = Grader.compile(question);            // once per question; thread-safe
 * ScoreResult result = rubric.score(answer);                     // 0-100, grade 0-4
 * for (ConceptResult c : result.concepts())                      // HIT / MISSED / NEGATED + evidence
 *     highlight(c.evidence().words());                           // offsets into the original answer
 * </pre>
 *
 * <p>{@link dev.latent.scoring.analysis.AnswerAnalyzer} is the Lucene analysis chain (negations kept);
 * {@link dev.latent.scoring.ScoringPolicy} holds every tunable number with its documented default;
 * {@link dev.latent.scoring.RubricHarness} checks a deck's rubrics against its instructor-graded samples
 * ({@code latent rubric-test}). No JavaFX here.
 */
package dev.latent.scoring;
