package dev.latent.scoring.draft;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import dev.latent.scoring.ConceptStatus;
import dev.latent.scoring.ScoreFlag;
import dev.latent.scoring.ScoreResult;
import dev.latent.scoring.analysis.AnswerAnalyzer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RubricDrafterTest {

    private static final String SALT_PROMPT = "How did you separate the salt from the water?";
    private static final String SALT_REFERENCE = "The water was evaporated, leaving the salt.";
    private static final List<String> REFERENCES = List.of(SALT_REFERENCE,
            "Bulb A is still contained in a closed path with the battery.",
            "No. Only one circuit can be complete at a time.",
            "The clay particles are lighter or smaller and are therefore carried farther by the water.",
            "It is what it is: they were all there, and so it was.",
            "An autoencoder's decoder doesn't see the labels; it reconstructs the input from the code.");

    private static Concept concept(Rubric rubric, String id) {
        return rubric.concepts().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no concept " + id + " in " + rubric.concepts()));
    }

    @Test
    void draftingIsDeterministic() {
        for (String reference : REFERENCES) {
            assertEquals(RubricDrafter.draft(reference, SALT_PROMPT), RubricDrafter.draft(reference, SALT_PROMPT));
            assertEquals(RubricDrafter.draft(reference, null), RubricDrafter.draft(new String(reference), null));
        }
    }

    @Test
    void wordsEchoingTheQuestionWeighLess() {
        Rubric rubric = RubricDrafter.draft(SALT_REFERENCE, SALT_PROMPT);
        double evaporated = concept(rubric, "w:evapor").weight();
        double water = concept(rubric, "w:water").weight();
        double salt = concept(rubric, "w:salt").weight();
        assertEquals(RubricDrafter.WORD_WEIGHT, evaporated);
        assertTrue(water < evaporated && salt < evaporated, rubric.concepts().toString());
        // Without the question nothing is an echo.
        Rubric alone = RubricDrafter.draft(SALT_REFERENCE, null);
        assertEquals(concept(alone, "w:evapor").weight(), concept(alone, "w:water").weight());
    }

    @Test
    void stopWordsNeverBecomeConcepts() {
        for (String reference : REFERENCES) {
            for (Concept concept : RubricDrafter.draft(reference, null).concepts()) {
                for (String phrasing : concept.phrasings()) {
                    for (String word : phrasing.toLowerCase(Locale.ROOT).split(" ")) {
                        assertFalse(AnswerAnalyzer.STOP_WORDS.contains(word),
                                "stop word \"" + word + "\" in " + concept + " drafted from: " + reference);
                    }
                }
            }
        }
        assertTrue(RubricDrafter.draft("It is what it is: they were all there, and so it was.", null)
                .concepts().isEmpty());
    }

    @Test
    void draftsWordsAndAdjacentPairs() {
        Rubric rubric = RubricDrafter.draft(SALT_REFERENCE, null);
        List<String> ids = rubric.concepts().stream().map(Concept::id).toList();
        assertEquals(List.of("w:water", "w:evapor", "w:leav", "w:salt", "p:water+evapor", "p:evapor+leav",
                "p:leav+salt"), ids);
        assertTrue(concept(rubric, "p:water+evapor").anyOrder());
    }

    @Test
    void theReferenceItselfScoresFullAndAnUnrelatedAnswerZero() {
        for (String reference : REFERENCES) {
            DraftedRubric draft = RubricDrafter.prepare(reference, SALT_PROMPT);
            if (draft.rubric().concepts().isEmpty()) continue;
            assertEquals(100, draft.score(reference).score(), reference);
        }
        DraftedRubric salt = RubricDrafter.prepare(SALT_REFERENCE, SALT_PROMPT);
        assertEquals(0, salt.score("Photosynthesis happens in green plants.").score());
        assertEquals(0, salt.score("").score());
    }

    @Test
    void aParaphraseInOtherOrderStillScores() {
        DraftedRubric salt = RubricDrafter.prepare(SALT_REFERENCE, SALT_PROMPT);
        ScoreResult result = salt.score("Evaporating the water leaves the salt.");
        assertTrue(result.score() >= 60, result.toString());
    }

    @Test
    void negatingTheReferenceIsFlaggedAndScoresLow() {
        String reference = "The switch closes the circuit.";
        DraftedRubric draft = RubricDrafter.prepare(reference, null);
        ScoreResult same = draft.score(reference);
        ScoreResult negated = draft.score("The switch does not close the circuit.");
        assertEquals(ConceptStatus.NEGATED, negated.concepts().stream()
                .filter(c -> c.id().equals("w:close")).findFirst().orElseThrow().status());
        assertTrue(negated.score() < same.score() - 30, negated.toString());
        // Reversing it with an antonym states the concept's opposite.
        ScoreResult reversed = draft.score("The switch opens the circuit.");
        assertTrue(reversed.has(ScoreFlag.MISCONCEPTION), reversed.toString());
        assertTrue(reversed.score() < same.score() - 30, reversed.toString());
    }

    @Test
    void aNegatedReferenceKeepsItsPolarity() {
        DraftedRubric draft = RubricDrafter.prepare("Bulb A will not light.", null);
        Concept light = concept(draft.rubric(), "w:light");
        assertEquals(List.of("not light", "not lit"), light.phrasings());
        assertEquals(List.of("light", "lit"), light.opposites());
        assertEquals(100, draft.score("bulb A won't light").score());
        ScoreResult affirmed = draft.score("Bulb A will light.");
        assertTrue(affirmed.has(ScoreFlag.MISCONCEPTION), affirmed.toString());
        assertTrue(affirmed.score() < 60, affirmed.toString());
    }

    @Test
    void irregularFormsThatStemmingMissesStillMatch() {
        DraftedRubric draft = RubricDrafter.prepare(SALT_REFERENCE, SALT_PROMPT);
        ScoreResult past = draft.score("The water evaporated and left the salt.");
        assertEquals(ConceptStatus.HIT, past.concepts().stream()
                .filter(c -> c.id().equals("w:leav")).findFirst().orElseThrow().status(), past.toString());
        assertEquals(100, past.score());
    }

    @Test
    void aWordAndItsAntonymInTheReferenceOpposeNeither() {
        Rubric rubric = RubricDrafter.draft("The switch can be open or closed.", null);
        assertTrue(concept(rubric, "w:open").opposites().isEmpty());
        assertTrue(concept(rubric, "w:close").opposites().isEmpty());
    }
}
