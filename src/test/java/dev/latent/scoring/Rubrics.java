package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Misconception;
import dev.latent.deck.Rubric;

import java.util.List;

/** Small rubrics built in tests. */
final class Rubrics {

    private Rubrics() {
    }

    static Concept concept(String id, String... phrasings) {
        return new Concept(id, id, 1.0, false, List.of(phrasings), false);
    }

    static Concept anyOrder(String id, String... phrasings) {
        return new Concept(id, id, 1.0, false, List.of(phrasings), true);
    }

    static Concept required(String id, String... phrasings) {
        return new Concept(id, id, 1.0, true, List.of(phrasings), false);
    }

    static Concept withOpposites(String id, List<String> phrasings, List<String> opposites) {
        return new Concept(id, id, 1.0, false, phrasings, false, opposites);
    }

    static Misconception misconception(String id, double penalty, String... phrasings) {
        return new Misconception(id, id, penalty, List.of(phrasings), false);
    }

    static Rubric rubric(Concept... concepts) {
        return new Rubric(List.of(concepts), List.of());
    }

    static Rubric rubric(List<Concept> concepts, List<Misconception> misconceptions) {
        return new Rubric(concepts, misconceptions);
    }

    /** The rubric compiled as a question's, with its prompt and no model answer. */
    static CompiledRubric forQuestion(Rubric rubric, String prompt) {
        return Grader.compile(rubric, prompt, null, ScoringPolicy.DEFAULT);
    }

    static ConceptResult result(ScoreResult score, String conceptId) {
        return score.concepts().stream().filter(c -> c.id().equals(conceptId)).findFirst().orElseThrow();
    }

    /** The ids of the wrong claims the answer was found to make, in the rubric's order. */
    static List<String> misconceptionIds(ScoreResult score) {
        return score.misconceptions().stream().map(MisconceptionResult::id).toList();
    }

    static ConceptStatus status(Rubric rubric, String answer, String conceptId) {
        return status(Grader.compile(rubric), answer, conceptId);
    }

    /** The concept's status in the answer, graded by a rubric compiled already (a question's, with its prompt). */
    static ConceptStatus status(CompiledRubric compiled, String answer, String conceptId) {
        return result(compiled.score(answer), conceptId).status();
    }
}
