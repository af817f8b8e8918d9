package dev.latent.scoring;

import org.junit.jupiter.api.Test;

import static dev.latent.scoring.Rubrics.anyOrder;
import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.result;
import static dev.latent.scoring.Rubrics.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which misspellings count as the rubric's word, and which are another word. */
class TyposTest {

    @Test
    void aLongWordsTyposAreTolerated() {
        assertTrue(Typos.isTypo("matcihng", "matching", true), "two letters swapped");
        assertTrue(Typos.isTypo("machting", "matching", true));
        assertTrue(Typos.isTypo("anomlay", "anomaly", true));
        assertTrue(Typos.isTypo("naomaly", "anomaly", true), "the first two letters swapped");
    }

    @Test
    void anotherFirstLetterMakesAnotherWordAtAnyLength() {
        assertFalse(Typos.isTypo("light", "right", true));
        assertFalse(Typos.isTypo("fetching", "matching", true), "two edits, the first letter among them");
        assertTrue(Typos.isTypo("fetching", "matching", false), "the reference model's reading keeps its tolerance");
    }

    @Test
    void fetchingTablesIsNoMatchingRows() {
        var joins = Grader.compile(rubric(concept("inner-matching", "rows that match in both tables")));
        ScoreResult fetched = joins.score("The outer join is done in the application after fetching both tables.");
        assertEquals(ConceptStatus.MISSED, result(fetched, "inner-matching").status(), fetched.toString());
    }

    @Test
    void aCommonWordIsWrittenOnPurposeAMisspellingIsNot() {
        // The accounting and political-science decks: "pick" had been read as "pack", "select" as "elect".
        var districts = Grader.compile(rubric(concept("packing", "pack voters into one district")));
        ScoreResult pick = districts.score("They pick voters for one district.");
        assertEquals(ConceptStatus.MISSED, result(pick, "packing").status(), pick.toString());
        ScoreResult misspelt = districts.score("They pakc the voters into one district.");
        assertEquals(ConceptStatus.HIT, result(misspelt, "packing").status(), "a misspelling is still read: " + misspelt);
        // The security deck: "don't show up as identical hashes" had been a denied "slow hash".
        var hashing = Grader.compile(rubric(concept("slow-hash", "slow hash")));
        ScoreResult show = hashing.score("Identical passwords don't show up as identical hashes.");
        assertEquals(ConceptStatus.MISSED, result(show, "slow-hash").status(), show.toString());
    }

    @Test
    void aFunctionWordTheDictionaryLeavesOutIsNoTypo() {
        // The twenty-fifth dev set: "train the classifier on those plus the labeled ones" had plugged the encoder in.
        var reuse = Grader.compile(rubric(anyOrder("plug-in", "plug into classifier")));
        ScoreResult plus = reuse.score("You generate extra ones and train the classifier on those plus the real labeled ones.");
        assertEquals(ConceptStatus.MISSED, result(plus, "plug-in").status(), plus.toString());
        ScoreResult misspelt = reuse.score("You plgu the encoder into the classifier.");
        assertEquals(ConceptStatus.HIT, result(misspelt, "plug-in").status(), "a misspelling is still read: " + misspelt);
    }

    @Test
    void aShortFormNoDictionaryKnowsIsTheOneRubricWordItBegins() {
        var registers = Grader.compile(rubric(concept("assign", "assigns variables to registers")));
        ScoreResult shortened = registers.score("it assigns vars to regs");
        assertEquals(ConceptStatus.HIT, result(shortened, "assign").status(), shortened.toString());
        // A word of the dictionary that begins a rubric word means itself ("main" is no "maintenance").
        var upkeep = Grader.compile(rubric(concept("maintenance", "maintenance costs")));
        ScoreResult main = upkeep.score("the main costs");
        assertEquals(ConceptStatus.MISSED, result(main, "maintenance").status(), main.toString());
        // Two rubric words it could begin: no guess.
        var spread = Grader.compile(rubric(concept("variance", "variance"), concept("variable", "random variable")));
        ScoreResult vars = spread.score("the vars");
        assertEquals(ConceptStatus.MISSED, result(vars, "variance").status(), vars.toString());
    }
}
