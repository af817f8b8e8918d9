package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static dev.latent.scoring.Rubrics.anyOrder;
import static dev.latent.scoring.Rubrics.misconception;
import static dev.latent.scoring.Rubrics.rubric;
import static dev.latent.scoring.Rubrics.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which way a thing goes is in the little words the analyzer drops ("into", "out of", "from", "to"): a physiology
 * tester's "oxygen diffuses out of the blood" had earned "oxygen diffuses into blood".
 */
class DirectionsTest {

    private static final Rubric OXYGEN_IN = rubric(anyOrder("o2-in", "oxygen diffuses into blood", "oxygen enters capillaries",
            "O2 into blood"));

    @Test
    void aWordApproachedTheOtherWayIsAnotherClaim() {
        assertEquals(MISSED, status(OXYGEN_IN, "Oxygen diffuses out of the blood.", "o2-in"));
        assertEquals(HIT, status(OXYGEN_IN, "Oxygen diffuses from the alveoli into the blood.", "o2-in"));
        assertEquals(HIT, status(OXYGEN_IN, "Oxygen diffuses into the blood.", "o2-in"));
        Rubric heat = rubric(anyOrder("hot-to-cold", "heat flows from hot to cold"));
        assertEquals(MISSED, status(heat, "Heat flows from cold to hot.", "hot-to-cold"));
        assertEquals(HIT, status(heat, "Heat flows from the hot object to the cold one.", "hot-to-cold"));
    }

    @Test
    void upIsAWayNotAFunctionWord() {
        // A plant biology teacher's wrong claim "roots grow up" had come down to "roots grow" once "up" went as a
        // stop word, and matched the model answer's "roots grow down with gravity".
        Rubric rootsUp = rubric(List.of(anyOrder("gravitropism", "roots grow down")),
                List.of(misconception("roots-up", 1, "roots grow up")));
        ScoreResult down = Grader.compile(rootsUp).score("Gravitropism: the roots grow down with gravity.");
        assertTrue(down.misconceptions().isEmpty(), down.toString());
        ScoreResult up = Grader.compile(rootsUp).score("The roots grow up towards the light.");
        assertFalse(up.misconceptions().isEmpty(), up.toString());
        Rubric rises = rubric(anyOrder("price-rises", "price goes up"));
        assertEquals(MISSED, status(rises, "The price goes down when supply grows.", "price-rises"));
        assertEquals(HIT, status(rises, "When demand grows the price goes up.", "price-rises"));
    }

    @Test
    void aNearMatchIsNoMatchWhereItsLeftOutWordGoesTheOtherWayBesideIt() {
        // Three words, a short rubric: a near match may leave one out, but not to say the opposite beside it.
        assertEquals(MISSED, status(OXYGEN_IN, "Oxygen diffuses, out of the blood.", "o2-in"));
        Rubric reabsorbed = rubric(anyOrder("reabsorption", "taken back into blood", "glucose reabsorbed", "selective reabsorption"));
        assertEquals(HIT, status(reabsorbed, "Small stuff is squeezed out of the blood at the start, then the good stuff"
                + " like sugar gets taken back.", "reabsorption"), "the blood left far behind is another event");
    }

    @Test
    void aWrongClaimGoingTheOtherWayIsNotStated() {
        Rubric solute = rubric(List.of(anyOrder("bursts", "bursts")), List.of(misconception("salt-in", 2, "salt moves into the cell")));
        ScoreResult out = Grader.compile(solute).score("The cell bursts, and salt moves out of the cell.");
        assertTrue(out.misconceptions().isEmpty(), out.toString());
        ScoreResult in = Grader.compile(solute).score("The cell bursts because salt moves into the cell.");
        assertFalse(in.misconceptions().isEmpty(), in.toString());
    }

    @Test
    void theWayMovedToTheOtherWordIsTheSwappedClaim() {
        Rubric stores = rubric(anyOrder("insulin-lowers", "converts glucose to glycogen", "stored as glycogen",
                "cells take up glucose"));
        assertEquals(MISSED, status(stores, "Insulin converts glycogen to glucose.", "insulin-lowers"));
        assertEquals(HIT, status(stores, "Insulin converts glucose to glycogen.", "insulin-lowers"));
        assertEquals(HIT, status(stores, "Glucose is turned into glycogen.", "insulin-lowers"), "another verb, the same way");
    }

    @Test
    void aComparisonIsNoDirection() {
        Rubric odd = rubric(anyOrder("anomaly", "different from the rest", "outliers"));
        assertEquals(HIT, status(odd, "They spot inputs that are different to the rest.", "anomaly"));
        assertEquals(HIT, status(odd, "They spot inputs that are different from the rest.", "anomaly"));
    }
}
