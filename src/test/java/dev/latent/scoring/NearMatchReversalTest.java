package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static dev.latent.scoring.Rubrics.anyOrder;
import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.rubric;
import static dev.latent.scoring.Rubrics.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A near match (a long phrasing found with one word left out) is no match where the answer says the opposite of the
 * left-out word in its place: a direction word's antonym ("less" for "more", "adds" for "removed") or its privative
 * ("unpleasant" for "pleasant"). Without an opposite, the near match still counts.
 */
class NearMatchReversalTest {

    private static final Rubric STRENGTHENS = rubric(concept("strengthens",
            "behaviour more likely to be repeated", "strengthens the behaviour", "reinforces the response"));

    @Test
    void anAntonymInPlaceOfTheLeftOutWordReversesTheMatch() {
        assertEquals(MISSED, status(STRENGTHENS, "It makes the behaviour less likely to be repeated.", "strengthens"));
        assertEquals(MISSED, status(STRENGTHENS, "The behaviour becomes likely to be repeated less.", "strengthens"),
                "the antonym just after the match");
    }

    @Test
    void withoutAnOppositeTheNearMatchStillCounts() {
        assertEquals(HIT, status(STRENGTHENS, "It makes the behaviour likely to be repeated.", "strengthens"));
        assertEquals(HIT, status(STRENGTHENS, "The behaviour is more likely to be repeated.", "strengthens"));
    }

    @Test
    void aPrivativeOfTheLeftOutWordReversesTheMatch() {
        Rubric adds = rubric(anyOrder("adds", "pleasant stimulus added afterwards", "adds a reward", "gives a treat"));
        assertEquals(MISSED, status(adds, "An unpleasant stimulus is added afterwards.", "adds"));
        assertEquals(HIT, status(adds, "A stimulus is added afterwards.", "adds"));
    }

    @Test
    void theOtherWayOrKeepingOnReversesTheMatch() {
        // An adversarial tester's: "towards each other" earned "plates move apart", "keeps rising" "stops rising".
        Rubric divergent = rubric(anyOrder("divergent", "plates move apart", "plates drift apart", "plates pull apart",
                "plates separate", "plates diverge"));
        assertEquals(MISSED, status(divergent, "The plates move towards each other and magma rises.", "divergent"));
        assertEquals(HIT, status(divergent, "The two plates move apart.", "divergent"));
        Rubric stops = rubric(anyOrder("stops", "temperature stays the same", "temperature stays constant",
                "temperature does not change", "temperature stops rising"));
        assertEquals(MISSED, status(stops, "The temperature keeps rising.", "stops"));
        assertEquals(HIT, status(stops, "Then the temperature stops rising.", "stops"));
    }

    @Test
    void aVerbsAntonymReversesTheMatch() {
        Rubric removes = rubric(anyOrder("removes", "unpleasant stimulus removed afterwards", "takes away a chore",
                "stops the nagging"));
        assertEquals(MISSED, status(removes, "Punishment adds an unpleasant stimulus afterwards.", "removes"));
        assertEquals(HIT, status(removes, "An unpleasant stimulus goes away afterwards.", "removes"));
    }

    @Test
    void aVerbOfChangeReversesTheMatch() {
        Rubric fewerHelp = rubric(anyOrder("reduces", "presence of others reduces helping", "diffusion of help",
                "nobody steps in"));
        assertEquals(MISSED, status(fewerHelp, "The presence of others increases helping.", "reduces"));
        assertEquals(HIT, status(fewerHelp, "The presence of others means less helping.", "reduces"));
    }

    @Test
    void agreeingInPlaceOfConflictingReversesTheMatch() {
        Rubric conflict = rubric(anyOrder("conflict", "behaviour conflicts with beliefs", "contradictory beliefs",
                "inconsistent thoughts"));
        assertEquals(MISSED, status(conflict, "It is the pleasant feeling when your beliefs match your behaviour.", "conflict"));
        assertEquals(HIT, status(conflict, "It is the tension when your behaviour goes against your beliefs.", "conflict"));
        assertEquals(HIT, status(conflict, "It is the tension when your behaviour does not match your beliefs.", "conflict"),
                "the opposite denied is the idea again");
    }

    @Test
    void anOppositeIsNeitherANearMatchNorATypo() {
        Rubric lowers = rubric(anyOrder("insulin-lowers", "insulin decreases blood sugar", "cells take up glucose",
                "stored as glycogen"));
        assertEquals(MISSED, status(lowers, "Insulin raises blood sugar.", "insulin-lowers"));
        assertEquals(MISSED, status(lowers, "Insulin increases blood sugar.", "insulin-lowers"), "\"increases\" is two letters from \"decreases\", no typo");
        assertEquals(HIT, status(lowers, "Insulin lowers blood sugar.", "insulin-lowers"), "a synonym in its place");
        assertEquals(MISSED, status(lowers, "Insulin increses blood sugar.", "insulin-lowers"), "a misspelt opposite");
    }
    @Test
    void aLeftOutWordThatAParallelClaimTookIsNoNearMatch() {
        // The linear algebra deck: "dot gives a vector ..., cross gives a scalar" had earned both concepts as near
        // matches without their "scalar" and "vector".
        Rubric products = rubric(anyOrder("dot-scalar", "dot product gives a scalar", "dot product is a number",
                        "scalar product", "dot gives a scalar"),
                anyOrder("cross-vector", "cross product gives a vector", "cross product is a vector", "vector product",
                        "cross gives a vector"));
        CompiledRubric question = Rubrics.forQuestion(products,
                "What is the difference between the dot product and the cross product of two vectors?");
        ScoreResult swapped = question.score("dot gives a vector perpendicular to both, cross gives a scalar");
        assertEquals(MISSED, Rubrics.result(swapped, "dot-scalar").status(), swapped.toString());
        assertEquals(MISSED, Rubrics.result(swapped, "cross-vector").status(), swapped.toString());
        ScoreResult right = question.score("dot gives a scalar, cross gives a vector");
        assertEquals(HIT, Rubrics.result(right, "dot-scalar").status(), right.toString());
        assertEquals(HIT, Rubrics.result(right, "cross-vector").status(), right.toString());
        // A left-out word in another clause that says none of the match's words is another event, not a parallel claim.
        Rubric reabsorbed = rubric(anyOrder("reabsorption", "taken back into blood", "glucose reabsorbed", "selective reabsorption"));
        assertEquals(HIT, status(reabsorbed, "Small stuff is squeezed out of the blood at the start, then the good stuff"
                + " like sugar gets taken back.", "reabsorption"));
    }

    @Test
    void anOppositeBetweenTwoWordsOfAMatchTakesTheSecond() {
        // The hundredth deck (structural engineering): "concrete is good in compression and bad in tension" had made the
        // wrong claim "concrete good in tension"; the tenth (computer networks) "High bandwidth means low latency" had
        // said "high latency".
        Rubric concrete = rubric(List.of(anyOrder("steel-tension", "steel strong in tension", "steel carries tension")),
                List.of(Rubrics.misconception("swapped", 2, "concrete good in tension", "concrete strong in tension")));
        CompiledRubric question = Rubrics.forQuestion(concrete, "Why is steel combined with concrete?");
        for (String answer : List.of("Concrete is good in compression and bad in tension, so steel carries it.",
                "Concrete is strong in compression, weak in tension; steel is strong in tension.")) {
            assertEquals(List.of(), Rubrics.misconceptionIds(question.score(answer)), answer);
        }
        assertEquals(List.of("swapped"), Rubrics.misconceptionIds(question.score("Concrete is good in tension.")));
        assertEquals(MISSED, status(concrete, "Steel is strong in compression but weak in tension.", "steel-tension"));
        assertEquals(HIT, status(concrete, "Steel is strong in tension.", "steel-tension"));
        // Right after the word, an opposite joins it: "before and after experience" says both of it.
        Rubric before = rubric(anyOrder("a-priori", "before experience", "independent of experience"));
        assertEquals(HIT, status(before, "Known before and after experience.", "a-priori"));
    }
}
