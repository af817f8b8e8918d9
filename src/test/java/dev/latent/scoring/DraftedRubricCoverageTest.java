package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rubric drafted from the model answer (one concept a point) grades in steps; part of its score is how many of
 * the model answer's words the answer says, which is smooth.
 */
class DraftedRubricCoverageTest {

    /** The sleep question and its three-point model answer of {@link ModelAnswerBlendTest}. */
    private static final String PROMPT = ModelAnswerBlendTest.PROMPT;
    private static final String MODEL_ANSWER = ModelAnswerBlendTest.MODEL_ANSWER;
    private static final Rubric DRAFTED = ModelAnswerPoints.rubricOf(MODEL_ANSWER, PROMPT);

    private static ScoreResult withModelAnswer(Rubric rubric, String answer) {
        return Grader.compile(rubric, PROMPT, MODEL_ANSWER, ScoringPolicy.DEFAULT).score(answer);
    }

    @Test
    void theModelAnswersWordsSaidInAnAnswersOwnSentencesCount() {
        String answer = "Your tissue gets fixed at night and energy comes back; lessons of the day stick; skip it and "
                + "you are irritable.";
        ScoreResult blended = withModelAnswer(DRAFTED, answer);
        ScoreResult alone = Grader.compile(DRAFTED, PROMPT, null, ScoringPolicy.DEFAULT).score(answer);
        assertEquals(ScoreResult.ModelAnswerPart.Reading.WORDS, blended.modelAnswer().reading(), blended.toString());
        assertEquals(ModelAnswerBlend.DRAFTED_COVERAGE_SHARE, blended.modelAnswer().share(), 1e-9);
        assertTrue(blended.modelAnswer().score() > 0, blended.toString());
        assertTrue(blended.score() > alone.score(), "the words count: " + alone.score() + " -> " + blended);
        assertEquals(alone.concepts().stream().map(ConceptResult::status).toList(),
                blended.concepts().stream().map(ConceptResult::status).toList(), "what the rubric found is unchanged");
    }

    @Test
    void aFifthOfTheModelAnswersOwnWordsEarnsTheWholeCoveragePart() {
        // The model answer's own words: 15 or so, after the question's ("sleep", "people", "deprived") and empty ones.
        ScoreResult some = withModelAnswer(DRAFTED, "Tissue repair, energy, irritable.");
        assertEquals(100, some.modelAnswer().score(), some.toString());
        ScoreResult one = withModelAnswer(DRAFTED, "Energy.");
        assertTrue(one.modelAnswer().score() > 0 && one.modelAnswer().score() < 100, one.toString());
    }

    @Test
    void aMisspeltWordOfTheModelAnswerCountsAsTheWordButAnotherRealWordDoesNot() {
        int spelt = withModelAnswer(DRAFTED, "Tissue, energy.").modelAnswer().score();
        assertEquals(spelt, withModelAnswer(DRAFTED, "Tisue, enrgy.").modelAnswer().score(), "typos of the model answer's words");
        assertTrue(withModelAnswer(DRAFTED, "Tissue, enemy.").modelAnswer().score() < spelt, "\"enemy\" is a word of its own");
    }

    @Test
    void theQuestionsOwnWordsAndNonAnswersEarnNothing() {
        ScoreResult echo = withModelAnswer(DRAFTED, "We sleep because people are deprived of sleep.");
        assertEquals(0, echo.modelAnswer().score(), echo.toString());
        assertEquals(0, echo.score(), echo.toString());
        for (String nothing : List.of("", "I don't know", "not answered")) {
            ScoreResult result = withModelAnswer(DRAFTED, nothing);
            assertEquals(0, result.score(), nothing + ": " + result);
        }
    }

    /** The draft with each concept changed by {@code edit}. */
    private static Rubric edited(java.util.function.UnaryOperator<Concept> edit) {
        List<Concept> concepts = new ArrayList<>();
        for (Concept concept : DRAFTED.concepts()) concepts.add(edit.apply(concept));
        return new Rubric(concepts, List.of());
    }

    private static Concept with(Concept c, String label, boolean required, List<String> phrasings) {
        return new Concept(c.id(), label, c.weight(), required, phrasings, c.anyOrder(), c.opposites());
    }

    private static ScoreResult.ModelAnswerPart.Reading reading(Rubric rubric) {
        ScoreResult result = withModelAnswer(rubric, "Tissue repair, energy, irritable.");
        return result.modelAnswer() == null ? null : result.modelAnswer().reading();
    }

    @Test
    void aDraftTouchedUpIsStillADraft() {
        // A teacher marks a concept required and adds a phrasing to each: the labels and most phrasings are the draft's.
        Rubric touched = edited(c -> {
            List<String> phrasings = new ArrayList<>(c.phrasings());
            phrasings.add("a phrasing of my own");
            return with(c, c.label(), c.id().equals(DRAFTED.concepts().get(0).id()), phrasings);
        });
        assertEquals(ScoreResult.ModelAnswerPart.Reading.WORDS, reading(touched));
    }

    @Test
    void aRubricWithTheTeachersOwnPhrasingsOrLabelsIsTheirs() {
        Rubric ownPhrasings = edited(c -> with(c, c.label(), c.required(), List.of(c.id() + " one", c.id() + " two")));
        assertNotEquals(ScoreResult.ModelAnswerPart.Reading.WORDS, reading(ownPhrasings), "the draft's labels, own phrasings");
        Rubric ownLabels = edited(c -> with(c, "My label for " + c.id(), c.required(), c.phrasings()));
        assertNotEquals(ScoreResult.ModelAnswerPart.Reading.WORDS, reading(ownLabels), "the draft's phrasings, own labels");
        assertNull(Grader.compile(DRAFTED, PROMPT, null, ScoringPolicy.DEFAULT).score("energy").modelAnswer(),
                "without a model answer nothing reads it");
    }
}
