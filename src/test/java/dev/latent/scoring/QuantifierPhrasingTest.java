package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static dev.latent.scoring.ConceptStatus.NEGATED;
import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.result;
import static dev.latent.scoring.Rubrics.rubric;
import static dev.latent.scoring.Rubrics.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A phrasing that is one word once its number or quantifier is dropped ("one mode", "its own branch", "many
 * samples") needs that word beside the match: the analyzer drops it as a function word, and the bare noun would
 * match any answer that names it.
 */
class QuantifierPhrasingTest {

    private static final Rubric ENCODER = rubric(concept("bottleneck", "one vector", "fixed-size vector"));

    @Test
    void theNumberMustBeSaidBesideTheWord() {
        assertEquals(HIT, status(ENCODER, "The encoder squeezes the sentence into one vector.", "bottleneck"));
        assertEquals(MISSED, status(ENCODER, "Each word becomes a vector of numbers.", "bottleneck"),
                "a vector, not one vector for the whole input");
        assertEquals(MISSED, status(ENCODER, "One of the ideas is that words are a vector.", "bottleneck"),
                "\"one\" too far from the word");
    }

    @Test
    void aSynonymOfTheNumberCounts() {
        assertEquals(HIT, status(ENCODER, "Everything goes through a single vector.", "bottleneck"));
        Rubric branches = rubric(concept("parallel", "its own branch"));
        assertEquals(HIT, status(branches, "Each lamp sits on a separate branch.", "parallel"));
        assertEquals(MISSED, status(branches, "The current flows down a branch.", "parallel"));
    }

    @Test
    void aHedgedClaimIsNoClaimAboutAll() {
        // The sixty-eighth deck (criminology): "all crime is usually deviant but not all deviance is criminal" was read
        // as its wrong claim "all crime is deviant".
        Rubric crime = Rubrics.rubric(List.of(concept("law", "breaks the law")),
                List.of(Rubrics.misconception("always-deviant", 1, "all crime is deviant")));
        for (String answer : List.of("So all crime is usually deviant but not all deviance is criminal.",
                "All crime is mostly seen as deviant.")) {
            assertTrue(Grader.compile(crime).score(answer).misconceptions().isEmpty(), answer);
        }
        assertEquals(1, Grader.compile(crime).score("All crime is deviant.").misconceptions().size());
    }

    @Test
    void theVerbOwnIsSaidByItsForms() {
        // The sixty-second deck (personal finance): "own part of the company" asks for "own" beside "part ... company"
        // (the word is a quantifier to the analyzer), and "stock = owning part of a company" never said it.
        Rubric stock = rubric(concept("ownership", "own part of the company"));
        for (String answer : List.of("stock = owning part of a company", "A shareholder owns part of the company.",
                "you own part of the company")) {
            assertEquals(HIT, status(stock, answer, "ownership"), answer);
        }
        assertEquals(MISSED, status(stock, "A bond is lent to part of the company.", "ownership"));
    }

    @Test
    void theNumberAfterTheWordCounts() {
        Rubric relu = rubric(concept("relu", "derivative is one"));
        assertEquals(HIT, status(relu, "For positive inputs the derivative is one.", "relu"));
        assertEquals(MISSED, status(relu, "The derivative shrinks for sigmoid.", "relu"));
    }

    @Test
    void theEvidenceShowsTheNumber() {
        ScoreResult result = Grader.compile(ENCODER).score("It is all squeezed into one vector.");
        assertEquals("one vector", result(result, "bottleneck").evidence().text(), result.toString());
    }

    @Test
    void eachOtherIsNoQuantifier() {
        Rubric mirrored = rubric(concept("mirrored", "mirror each other"));
        assertEquals(HIT, status(mirrored, "The encoder and decoder layers mirror one another.", "mirrored"));
        assertEquals(HIT, status(mirrored, "The decoder is a mirror of the encoder.", "mirrored"));
    }

    @Test
    void aDenialOfTwoThingsNamedTogetherIsNotUndoneByAQuantifierPhrasing() {
        // The bundled rubric's "one mode" had read as "mode" and affirmed mode collapse inside its own denial.
        ScoreResult joined = Grader.compile(TrustedGradingTest.bundled("gan-training"))
                .score("Mode collapse and unstable training are not the main problems.");
        assertEquals(NEGATED, result(joined, "mode-collapse").status(), joined.toString());
    }

    @Test
    void anotherQuantityInPlaceOfAllOneOrBothIsAnotherClaim() {
        Rubric twins = rubric(concept("mz", "identical twins share all genes", "same DNA"));
        assertEquals(MISSED, status(twins, "Identical twins share 50% of their genes.", "mz"));
        assertEquals(MISSED, status(twins, "Identical twins share half their genes.", "mz"));
        assertEquals(HIT, status(twins, "Identical twins share all of their genes.", "mz"));
        assertEquals(HIT, status(twins, "Identical twins share every one of their 20,000 genes.", "mz"),
                "a number that is not a share says no other quantity");
        Rubric mitosis = rubric(concept("one-division", "mitosis has one single division", "divides once"));
        assertEquals(MISSED, status(mitosis, "Mitosis has two divisions.", "one-division"));
        assertEquals(HIT, status(mitosis, "Mitosis has a single division.", "one-division"));
        Rubric both = rubric(concept("both", "both networks are trained", "trained jointly"));
        assertEquals(MISSED, status(both, "Only one network is trained at a time.", "both"));
        assertEquals(HIT, status(both, "Both networks get trained at once.", "both"));
    }

    @Test
    void aWrongClaimOfPlentyIsNotMadeBySayingLittle() {
        // The computer vision deck: "useful when you have lots of data" (the analyser drops "lots") was charged to
        // "useful when you have little labelled data", the right answer.
        Rubric transfer = Rubrics.rubric(java.util.List.of(concept("small-data", "little data")),
                java.util.List.of(Rubrics.misconception("big-data", 1, "useful when you have lots of data")));
        for (String answer : java.util.List.of("It is useful when you have little data.",
                "Useful when you have little labelled data or not much compute.", "It is useful when you have data from a related task.")) {
            assertEquals(0, Grader.compile(transfer).score(answer).misconceptions().size(), answer);
        }
        for (String answer : java.util.List.of("It is only useful when you have lots of data.",
                "It is useful when you have plenty of data.", "Useful when you have a huge amount of data.")) {
            assertEquals(1, Grader.compile(transfer).score(answer).misconceptions().size(), answer);
        }
        Rubric few = Rubrics.rubric(java.util.List.of(concept("x", "x")),
                java.util.List.of(Rubrics.misconception("few-data", 1, "works with few examples")));
        assertEquals(0, Grader.compile(few).score("It works with many examples.").misconceptions().size());
        assertEquals(1, Grader.compile(few).score("It works with only a few examples.").misconceptions().size());
    }
}
