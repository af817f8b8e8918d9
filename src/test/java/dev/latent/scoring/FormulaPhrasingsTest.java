package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.Rubrics.misconceptionIds;
import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.misconception;
import static dev.latent.scoring.Rubrics.result;
import static dev.latent.scoring.Rubrics.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Formulas in a rubric are matched as written. The thirty-fourth deck (electric circuits) listed "V = IR" and "I = V/R"
 * for Ohm's law and "V = I/R" as a wrong formula: the analyzer read "V = I/R" and "I = V/R" alike as "v r", and its own
 * model answer, "V = I × R (equivalently I = V / R, R = V / I)", was flagged as stating the wrong one.
 */
class FormulaPhrasingsTest {

    private static final Rubric OHM = rubric(
            List.of(concept("formula", "V = IR", "I = V/R", "voltage equals current times resistance"),
                    concept("proportional", "current is proportional to voltage"),
                    concept("inverse", "inversely proportional to resistance")),
            List.of(misconception("wrong-formula", 1, "V = I/R", "I = VR"),
                    misconception("resistance-raises-current", 1, "current is proportional to resistance")));

    private static ScoreResult score(String answer) {
        return Grader.compile(OHM).score(answer);
    }

    @Test
    void aFormulaIsFoundWrittenAnyWayRound() {
        for (String answer : List.of("V = IR", "v=ir", "V = I x R", "V = I × R", "V = I*R", "IR = V", "so I = V / R",
                "Ohm: V=I·R")) {
            ScoreResult said = score(answer);
            assertEquals(HIT, result(said, "formula").status(), answer + ": " + said);
            assertTrue(misconceptionIds(said).isEmpty(), answer + ": " + said);
        }
    }

    @Test
    void anotherFormulaOfTheSameSymbolsIsNotIt() {
        ScoreResult wrong = score("V = I/R");
        assertEquals(MISSED, result(wrong, "formula").status(), wrong.toString());
        assertEquals(List.of("wrong-formula"), misconceptionIds(wrong), wrong.toString());
        assertEquals(MISSED, result(score("R = V * I"), "formula").status());
        assertEquals(MISSED, result(score("V = IRT"), "formula").status(), "a longer formula is another one");
    }

    @Test
    void theModelAnswerStatesNoWrongFormula() {
        ScoreResult model = score("The current through a conductor is proportional to the voltage across it. "
                + "V = I × R (equivalently I = V / R, R = V / I). For a fixed voltage, a larger resistance gives a smaller"
                + " current (current is inversely proportional to resistance).");
        assertTrue(misconceptionIds(model).isEmpty(), model.toString());
        assertEquals(HIT, result(model, "formula").status(), model.toString());
        assertEquals(HIT, result(model, "inverse").status(), model.toString());
    }

    @Test
    void inverselyMakesAnotherClaim() {
        ScoreResult inverse = score("Current is inversely proportional to voltage.");
        assertEquals(MISSED, result(inverse, "proportional").status(), inverse.toString());
        ScoreResult said = score("Current is proportional to resistance.");
        assertEquals(List.of("resistance-raises-current"), misconceptionIds(said), said.toString());
    }

    @Test
    void onlyEquationsOfSymbolsAreFormulas() {
        assertTrue(Formulas.isFormula("1/R = 1/R1 + 1/R2"));
        assertTrue(Formulas.isFormula("det(A - λI) = 0"));
        assertTrue(Formulas.isFormula("P = I^2 R"));
        assertFalse(Formulas.isFormula("voltage = current x resistance"), "words are read as words");
        assertFalse(Formulas.isFormula("c1v1 + ... + cnvn = 0 only if all c = 0"));
        assertFalse(Formulas.isFormula("V/I"), "no equation");
        assertTrue(Formulas.pattern("P = I^2 R").matcher("so P = I²R in the wire").find());
        assertTrue(Formulas.pattern("1/R = 1/R1 + 1/R2").matcher("parallel: 1/R = 1/R1+1/R2").find());
        assertFalse(Formulas.pattern("u · v = 0").matcher("u × v = 0").find(), "a dot product is no cross product");
    }

    @Test
    void aLetterInNotationIsNoBareLetter() {
        // The forty-ninth deck (reinforcement learning) credited "Q(s,a)" and "Q*" to "a Q network" and to "Q learning",
        // the question's own word: the analyzer keeps only the "Q" of them.
        Rubric q = rubric(List.of(concept("action-values", "Q(s,a)", "action values"), concept("optimal", "Q*")), List.of());
        for (String answer : List.of("Q learning is deep learning with a Q network.", "It uses a Q table.")) {
            ScoreResult bare = Grader.compile(q).score(answer);
            assertEquals(MISSED, result(bare, "action-values").status(), answer + ": " + bare);
            assertEquals(MISSED, result(bare, "optimal").status(), answer + ": " + bare);
        }
        ScoreResult written = Grader.compile(q).score("It learns Q(s, a) for every pair and converges to Q* in the end.");
        assertEquals(HIT, result(written, "action-values").status(), written.toString());
        assertEquals(HIT, result(written, "optimal").status(), written.toString());
        assertEquals(HIT, result(Grader.compile(q).score("it estimates q (s,a)"), "action-values").status());
        assertTrue(Phrasing.notation("V^π").matcher("so V ^π is").find());
        assertFalse(Phrasing.notation("p(x)").matcher("it models P(y|x)").find());
        assertEquals(null, Phrasing.notation("Q values"), "a word is read as a word");
        assertEquals(null, Phrasing.notation("Wᵀ"), "a letter with a modifier letter is a word");
        assertEquals(null, Phrasing.notation("95%"), "a number with its sign is read as the number (\"95 percent\")");
    }
}
