package dev.latent.present;

import dev.latent.deck.Question;
import dev.latent.scoring.CompiledRubric;
import dev.latent.scoring.ConceptResult;
import dev.latent.scoring.ConceptStatus;
import dev.latent.scoring.Grader;
import dev.latent.scoring.ScoreResult;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores an answer a student called out, as the instructor types it, with the question's rubric. Nothing
 * is recorded: the result only feeds the projection's concept marks and the presenter's notes.
 */
public final class ClassAnswerScorer {

    /** Rubrics compile once per question: scoring runs on every keystroke. */
    private final Map<Question, CompiledRubric> compiled = new IdentityHashMap<>();

    /** The score of {@code answer}; empty for a question without a rubric or a blank answer. */
    public Optional<ScoreResult> score(Question question, String answer) {
        if (question.rubric() == null || answer == null || answer.isBlank()) return Optional.empty();
        return Optional.of(compiled.computeIfAbsent(question, Grader::compile).score(answer));
    }

    /** Labels of the concepts the answer hit, in rubric order: what the room sees. */
    public static List<String> hitLabels(ScoreResult result) {
        return result.concepts().stream().filter(c -> c.status() == ConceptStatus.HIT).map(ConceptResult::label).toList();
    }
}
