package dev.latent.scoring.draft;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerFeaturesTest {

    private static double feature(String reference, String prompt, String answer, String name) {
        return AnswerFeatures.of(RubricDrafter.prepare(reference, prompt), answer)[AnswerFeatures.NAMES.indexOf(name)];
    }

    @Test
    void oneValuePerName() {
        assertEquals(AnswerFeatures.NAMES.size(), AnswerFeatures.of(RubricDrafter.prepare("a b c", null), "x").length);
    }

    @Test
    void polarityOfYesNoAnswers() {
        String reference = "No. Only one circuit can be complete at a time.";
        assertEquals(1, feature(reference, null, "Yes, both bulbs light.", "yes_no_mismatch"));
        assertEquals(0, feature(reference, null, "Yes, both bulbs light.", "yes_no_match"));
        assertEquals(1, feature(reference, null, "No, one circuit at a time.", "yes_no_match"));
        assertEquals(0, feature("The bulb lights.", null, "No.", "yes_no_mismatch"));
    }

    @Test
    void aDifferentNumberIsAMismatch() {
        String reference = "40 meters. The change in elevation is 20 meters between A and B.";
        assertEquals(1, feature(reference, null, "45, because you can tell by the lines.", "number_mismatch"));
        assertEquals(0, feature(reference, null, "It is 40 meters.", "number_mismatch"));
        assertEquals(0, feature("The water evaporates.", null, "In 2 days the water evaporates.", "number_mismatch"));
    }

    @Test
    void echoingTheQuestionIsNotCoveringTheReference() {
        String prompt = "How did you separate the salt from the water?";
        String reference = "The water was evaporated, leaving the salt.";
        double echo = feature(reference, prompt, "I separated the salt from the water.", "core_coverage");
        double real = feature(reference, prompt, "The water evaporated and left the salt.", "core_coverage");
        assertEquals(0, echo);
        assertEquals(1, real);
        assertTrue(feature(reference, prompt, "I separated the salt from the water.", "question_coverage") > 0.5);
    }

    @Test
    void trigramCosineByHand() {
        // " ab " has trigrams " ab", "ab "; " abc " has " ab", "abc", "bc ": one shared -> 1 / sqrt(2 * 3).
        assertEquals(1 / Math.sqrt(6), AnswerFeatures.trigramCosine("ab", "abc"), 1e-12);
        assertEquals(1.0, AnswerFeatures.trigramCosine("Salt water", "salt, WATER!"), 1e-12);
        assertEquals(0, AnswerFeatures.trigramCosine("", "abc"));
    }
}
