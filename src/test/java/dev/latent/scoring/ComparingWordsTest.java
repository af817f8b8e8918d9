package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Misconception;
import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static dev.latent.scoring.Rubrics.anyOrder;
import static dev.latent.scoring.Rubrics.rubric;
import static dev.latent.scoring.Rubrics.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A comparing word ("different", "same", "more") describes the word right after it: "same protons different neutrons"
 * said "different neutrons", never "different protons" read backwards (a chemistry answer a teacher gave 4 was charged
 * that wrong claim and graded 2).
 */
class ComparingWordsTest {

    private static final List<Concept> ISOTOPE = List.of(anyOrder("same-element", "same protons", "same number of protons"),
            anyOrder("diff-neutrons", "different neutrons", "different number of neutrons"));
    private static final Misconception DIFFERENT_PROTONS = new Misconception("diff-protons", "diff-protons", 2,
            List.of("different protons", "more protons"), true);

    @Test
    void aComparingWordDescribesTheWordRightAfterIt() {
        ScoreResult score = Grader.compile(rubric(ISOTOPE, List.of(DIFFERENT_PROTONS))).score("same protons different neutrons");
        assertTrue(score.misconceptions().isEmpty(), score.toString());
        assertEquals(4, score.grade(), score.toString());
        Rubric sharing = rubric(anyOrder("sharing", "same weights", "weights reused"));
        assertEquals(MISSED, status(sharing, "It needs fewer weights, the same small window slides everywhere", "sharing"),
                "\"same\" describes the window");
    }

    @Test
    void readBackwardsItStillCountsWhereItDescribesNothingElse() {
        Rubric protons = rubric(List.of(), List.of(DIFFERENT_PROTONS));
        assertEquals(1, Grader.compile(protons).score("In isotopes the protons are different.").misconceptions().size());
        assertEquals(1, Grader.compile(protons).score("protons different, neutrons the same").misconceptions().size());
        Rubric sharing = rubric(anyOrder("sharing", "same weights"));
        assertEquals(HIT, status(sharing, "every position uses weights that are the same", "sharing"));
        assertEquals(HIT, status(sharing, "the same weights everywhere", "sharing"), "in order, as written");
    }

    @Test
    void anAdverbDescribesNoWordAfterIt() {
        // The hundred-and-first deck (behavioural economics): "treating them differently even though it's all the same
        // money" had read "differently" as describing "even".
        Rubric accounts = rubric(anyOrder("violates", "treated differently", "spent differently", "not interchangeable"));
        assertEquals(HIT, status(accounts, "Treating them differently even though it's all the same money.", "violates"));
        assertEquals(MISSED, status(accounts, "Each pot is treated as a different account.", "violates"),
                "an adjective still describes its noun");
    }
}
