package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.required;
import static dev.latent.scoring.Rubrics.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sparse rubric's score takes a share from the model answer read as points and as much again of the rest from its
 * words; a rich rubric grades alone.
 */
class ModelAnswerBlendTest {

    static final String PROMPT = "Why do we sleep, and what happens when people are deprived of it?";
    static final String MODEL_ANSWER = """
            Restoration: sleep lets the body repair tissue and recover energy.
            Memory: sleep consolidates what was learned during the day.
            Deprivation: without sleep, concentration drops, reactions slow and people become irritable.""";

    @Test
    void aSparseRubricAlsoCreditsTheModelAnswersOwnWords() {
        Rubric sparse = rubric(concept("restoration", "restoration", "repair the body", "growth hormone"),
                concept("memory", "memory consolidation", "consolidate memories", "store memories"),
                concept("deprivation", "poor concentration", "irritable", "slower reaction time"));
        String answer = "The body can repair tissue and recover energy, and what we learned is consolidated. "
                + "Without sleep people become irritable.";
        ScoreResult alone = Grader.compile(sparse, PROMPT, null, ScoringPolicy.DEFAULT).score(answer);
        ScoreResult blended = Grader.compile(sparse, PROMPT, MODEL_ANSWER, ScoringPolicy.DEFAULT).score(answer);
        assertTrue(blended.score() > alone.score(), "the model answer's words count too: " + alone.score() + " -> " + blended);
        assertTrue(blended.uncappedScore() > ScoringPolicy.DEFAULT.forPhrasingsPerConcept(3).scoreOf(
                blended.earned() - blended.penalty(), blended.possible()), blended.toString());
        assertEquals(0.4375, blended.modelAnswer().share(), 1e-9, "what part of the score it gave is told: a quarter, and a quarter of the rest");
        assertEquals(ScoreResult.ModelAnswerPart.Reading.POINTS, blended.modelAnswer().reading());
        assertTrue(alone.modelAnswer() == null);
        assertEquals(alone.concepts().stream().map(ConceptResult::status).toList(),
                blended.concepts().stream().map(ConceptResult::status).toList(), "what the rubric found is unchanged");
    }

    @Test
    void theRubricsCapsStillApply() {
        Rubric sparse = rubric(required("restoration", "restoration", "repair the body", "growth hormone"),
                concept("memory", "memory consolidation", "consolidate memories", "store memories"),
                concept("deprivation", "poor concentration", "irritable", "slower reaction time"));
        ScoreResult result = Grader.compile(sparse, PROMPT, MODEL_ANSWER, ScoringPolicy.DEFAULT)
                .score("Sleep consolidates memories, and without it people get irritable.");
        assertTrue(result.modelAnswer().score() < Verdict.SAYS_MOST_OF_THE_MODEL_ANSWER, result.toString());
        assertTrue(result.has(ScoreFlag.REQUIRED_MISSING), result.toString());
        assertTrue(result.grade() <= ScoringPolicy.DEFAULT.requiredMissingMaxGrade(), result.toString());
    }

    @Test
    void aRequiredIdeaInOtherWordsNoLongerCapsAnAnswerThatSaysMostOfTheModelAnswer() {
        // The outside decks' short rubrics: graders gave 4 to most answers the cap held to 3 while they said most of
        // the model answer; the rubric had missed the required idea said in other words.
        Rubric sparse = rubric(required("restoration", "restoration", "repair the body", "growth hormone"),
                concept("memory", "memory consolidation", "consolidate memories", "store memories"),
                concept("deprivation", "poor concentration", "irritable", "slower reaction time"));
        ScoreResult ownWords = Grader.compile(sparse, PROMPT, MODEL_ANSWER, ScoringPolicy.DEFAULT).score("While we sleep the"
                + " body mends its tissue and gets its energy back, and sleep helps consolidate memories."
                + " Without sleep concentration drops, reactions slow and people become irritable.");
        assertEquals(ConceptStatus.MISSED, ownWords.concepts().get(0).status(), ownWords.toString());
        assertTrue(ownWords.modelAnswer().score() >= Verdict.SAYS_MOST_OF_THE_MODEL_ANSWER, ownWords.toString());
        assertTrue(!ownWords.has(ScoreFlag.REQUIRED_MISSING) && ownWords.grade() == 4, ownWords.toString());
        ScoreResult denied = Grader.compile(sparse, PROMPT, MODEL_ANSWER, ScoringPolicy.DEFAULT).score("Sleep is not"
                + " restoration; it consolidates what we learned during the day. Without sleep concentration drops,"
                + " reactions slow and people become irritable, and the body cannot repair tissue or recover energy.");
        assertEquals(ConceptStatus.NEGATED, denied.concepts().get(0).status(), denied.toString());
        assertTrue(denied.has(ScoreFlag.REQUIRED_MISSING), "a required idea the answer denies still caps: " + denied);
    }

    @Test
    void aRichRubricGradesAlone() {
        List<Concept> concepts = new ArrayList<>();
        for (String id : List.of("restoration", "memory", "deprivation")) {
            List<String> phrasings = new ArrayList<>();
            for (int i = 0; i < 20; i++) phrasings.add(id + " word" + (char) ('a' + i));
            phrasings.add(id);
            concepts.add(new Concept(id, id, Concept.DEFAULT_WEIGHT, false, phrasings, true, List.of()));
        }
        Rubric rich = new Rubric(concepts, List.of());
        String answer = "Restoration, and the body can repair tissue and recover energy.";
        ScoreResult result = Grader.compile(rich, PROMPT, MODEL_ANSWER, ScoringPolicy.DEFAULT).score(answer);
        assertEquals(ScoringPolicy.DEFAULT.forPhrasingsPerConcept(21).scoreOf(result.earned() - result.penalty(),
                result.possible()), result.uncappedScore(), "the rubric's own credit, nothing from the model answer: " + result);
        assertTrue(result.modelAnswer() == null, result.toString());
    }

    @Test
    void theShareFallsFromAQuarterToNothingAsTheRubricGetsRicher() {
        assertEquals(0.25, ModelAnswerBlend.modelAnswerShare(3), 1e-9);
        assertEquals(0.25, ModelAnswerBlend.modelAnswerShare(5), 1e-9);
        assertEquals(0.125, ModelAnswerBlend.modelAnswerShare(12.5), 1e-9);
        assertEquals(0, ModelAnswerBlend.modelAnswerShare(20), 1e-9);
        assertEquals(0, ModelAnswerBlend.modelAnswerShare(35), 1e-9);
    }
}
