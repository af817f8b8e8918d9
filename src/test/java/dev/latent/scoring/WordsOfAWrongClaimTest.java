package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static dev.latent.scoring.Rubrics.anyOrder;
import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.misconception;
import static dev.latent.scoring.Rubrics.required;
import static dev.latent.scoring.Rubrics.result;
import static dev.latent.scoring.Rubrics.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Words that state a misconception earn no concept: "DNS gives every computer its IP address" names "IP address",
 * but to say the wrong thing (a networks teacher gave it 0; it was credited the required idea and graded 2). The
 * same words said rightly elsewhere in the answer still earn it.
 */
class WordsOfAWrongClaimTest {

    private static final Rubric DNS = rubric(
            List.of(required("name-to-ip", "name to IP address", "IP address", "domain name"),
                    anyOrder("caching", "cached", "caches answers")),
            List.of(misconception("assigns-ip", 2, "gives every computer its IP address", "assigns IP addresses")));

    @Test
    void theWordsOfAStatedMisconceptionEarnNothing() {
        ScoreResult score = Grader.compile(DNS).score("DNS gives every computer its IP address when it joins the network.");
        assertEquals(1, score.misconceptions().size(), score.toString());
        assertEquals(MISSED, result(score, "name-to-ip").status(), score.toString());
        assertTrue(score.grade() <= 1, score.toString());
    }

    @Test
    void saidRightlyElsewhereTheyStillDo() {
        String answer = "DNS gives every computer its IP address. No wait: it looks up a domain name and returns its IP address.";
        ScoreResult score = Grader.compile(DNS).score(answer);
        assertEquals(HIT, result(score, "name-to-ip").status(), score.toString());
        assertTrue(result(score, "name-to-ip").evidence().start() > answer.indexOf("No wait"),
                "the evidence is outside the wrong claim: " + result(score, "name-to-ip").evidence());
    }

    @Test
    void withoutTheMisconceptionTheWordsEarnTheConcept() {
        ScoreResult score = Grader.compile(DNS).score("DNS gives back the IP address of the server you named.");
        assertTrue(score.misconceptions().isEmpty(), score.toString());
        assertEquals(HIT, result(score, "name-to-ip").status(), score.toString());
    }

    @Test
    void aComparisonThatStatesTheWrongClaimEarnsNothingElse() {
        // The sixteenth to nineteenth dev sets: "an undercomplete autoencoder has fewer layers" stated the wrong claim
        // "fewer layers", and its "fewer" had earned "undercomplete: fewer units than the input" beside it.
        Rubric sizes = rubric(List.of(concept("under", "undercomplete fewer"), concept("over", "overcomplete more")),
                List.of(misconception("layers", 1, "fewer layers", "more layers")));
        ScoreResult layers = Grader.compile(sizes).score("An undercomplete autoencoder has fewer layers than the input.");
        assertEquals(1, layers.misconceptions().size(), layers.toString());
        assertEquals(MISSED, result(layers, "under").status(), layers.toString());
        ScoreResult units = Grader.compile(sizes).score("An undercomplete autoencoder has fewer units, and more layers do not help.");
        assertEquals(HIT, result(units, "under").status(), units.toString());
    }
}
