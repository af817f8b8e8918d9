package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One side of a compared pair told as the other reversed: "Oxidation is losing electrons, reduction is the opposite"
 * (the eleventh deck), "Undercomplete is the other way" (the twelfth dev set), "Ethnocentrism is the opposite" (the
 * forty-ninth deck) state the second side's counterpart of what the first side's words state.
 */
class MirroredSidesTest {

    private static final String PROMPT = "What is the difference between oxidation and reduction?";
    private static final Rubric REDOX = new Rubric(List.of(
            concept("ox-loss", "Oxidation is loss of electrons", "loses electrons", "loss of electrons"),
            concept("red-gain", "Reduction is gain of electrons", "gains electrons", "gain of electrons"),
            concept("together", "Both happen together (redox)", "happen together")), List.of());

    private static Concept concept(String id, String label, String... phrasings) {
        return new Concept(id, label, 1, false, List.of(phrasings), false);
    }

    private static ConceptStatus status(String answer, String concept) {
        return Rubrics.result(Rubrics.forQuestion(REDOX, PROMPT).score(answer), concept).status();
    }

    @Test
    void theOtherSideCalledTheOppositeStatesItsCounterpart() {
        for (String answer : List.of("Oxidation is losing electrons, reduction is the opposite.",
                "Oxidation loses electrons. Reduction is kind of the other way around.",
                "oxidation = loss of electrons and reduction is just the reverse")) {
            assertEquals(HIT, status(answer, "red-gain"), answer);
        }
    }

    @Test
    void onlyTheCounterpartOfWhatWasSaidAndOnlyOfASide() {
        // Nothing said of oxidation: nothing to reverse.
        assertEquals(MISSED, status("Reduction is the opposite of oxidation, they happen together.", "red-gain"));
        // The concept that has no counterpart on the other side is not credited.
        assertEquals(MISSED, status("Oxidation is losing electrons, reduction is the opposite.", "together"));
        // "It is the opposite" names no side.
        assertEquals(MISSED, status("Oxidation is losing electrons. It is the opposite of what people think.", "red-gain"));
    }

    @Test
    void theOppositeIsHeardInAnyCaseAndSpacing() {
        // The quick check before the pattern once looked for lower-case words only, and skipped these.
        for (String answer : List.of("Oxidation is losing electrons, Reduction is the Opposite.",
                "OXIDATION = LOSS OF ELECTRONS. REDUCTION IS THE REVERSE.",
                "Oxidation loses electrons. Reduction is the other  way round.")) {
            assertEquals(HIT, status(answer, "red-gain"), answer);
        }
    }
}
