package dev.latent.scoring.draft;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlignmentTest {

    private static double feature(String reference, String answer, String name) {
        return AnswerFeatures.of(RubricDrafter.prepare(reference, null), answer)[AnswerFeatures.NAMES.indexOf(name)];
    }

    @Test
    void misspellingsAndListedSynonymsAlignButOtherWordsDoNot() {
        assertTrue(Alignment.aligned(Words.termOf("circuit"), Words.termOf("circut")));
        assertTrue(Alignment.aligned(Words.termOf("separated"), Words.termOf("seperated")));
        assertTrue(Alignment.aligned(Words.termOf("damaged"), Words.termOf("burned")));
        assertTrue(Alignment.aligned(Words.termOf("gap"), Words.termOf("incomplete")));
        assertFalse(Alignment.aligned(Words.termOf("gap"), Words.termOf("cap")), "words under four letters match exactly");
        assertFalse(Alignment.aligned(Words.termOf("bulb"), Words.termOf("bell")), "four to six letters: one edit");
        assertFalse(Alignment.aligned(Words.termOf("terminal"), Words.termOf("battery")));
        assertFalse(Alignment.aligned("4", "5"));
    }

    @Test
    void editDistanceByHand() {
        assertEquals(0, Alignment.editDistance("path", "path", 2));
        assertEquals(1, Alignment.editDistance("circuit", "circut", 2));
        assertEquals(1, Alignment.editDistance("batteyr", "battery", 2), "an adjacent swap counts once");
        assertEquals(3, Alignment.editDistance("abc", "xyz", 2), "cut short above the limit");
    }

    @Test
    void alignedCoverageForgivesMisspellingsTheRubricMisses() {
        String reference = "The circuit is separated by a gap.";
        String answer = "the circut is seperated by a gap";
        assertEquals(1.0, feature(reference, answer, "aligned_coverage"), 1e-12);
        // circuit ~ loop; separated and gap ~ incomplete (one group): the rubric's exact stems find none of them.
        assertEquals(1.0, feature(reference, "an incomplete loop", "aligned_coverage"), 1e-12);
        assertEquals(0.0, feature(reference, "an incomplete loop", "word_coverage"), 1e-12);
    }

    @Test
    void theCircuitStateANegationFlips() {
        String reference = "Bulb C is no longer in a closed path with the battery.";
        assertEquals(1, feature(reference, "there is a gap in the path of bulb C", "state_match"));
        assertEquals(1, feature(reference, "bulb C is still in a closed path", "state_mismatch"));
        assertEquals(1, feature(reference, "bulb C is still in a closed path", "any_negation_flip"));
        assertEquals(0, feature(reference, "bulb C is not in a closed path", "any_negation_flip"));
        assertEquals(0, feature(reference, "bulb C is not in a closed path", "state_mismatch"));
    }

    @Test
    void namedPartsOfACircuit() {
        assertEquals(Set.of("a", "c"), Alignment.parts("Bulbs A and C are still in closed paths"));
        assertEquals(Set.of("4", "5", "6"), Alignment.parts("Terminals 4, 5 and 6 are not connected"));
        assertEquals(Set.of("x"), Alignment.parts("a battery and switch X"));
        assertArrayEquals(new double[]{0.5, 1}, Alignment.entities("Bulbs A and C are in a path", "bulb a and bulb b"));
        assertArrayEquals(new double[]{1, 0}, Alignment.entities("Bulbs A and C are in a path", "bulbs A and C"));
    }
}
