package dev.latent.scoring.draft;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceGraderTest {

    private static final String PROMPT = "How did you separate the salt from the water?";
    private static final String REFERENCE = "The water was evaporated, leaving the salt.";

    @Test
    void theBundledModelPassesTheReferenceAndFailsUnrelatedOrNegatedAnswers() {
        ReferenceGrader grader = ReferenceGrader.bundled();
        ReferenceGrade same = grader.grade(REFERENCE, PROMPT, REFERENCE);
        assertTrue(same.correct(), same.toString());
        assertTrue(same.grade() >= 3 && same.score() >= 60, same.toString());

        ReferenceGrade unrelated = grader.grade(REFERENCE, PROMPT, "Plants need sunlight to grow.");
        assertFalse(unrelated.correct(), unrelated.toString());
        assertTrue(unrelated.grade() <= 2, unrelated.toString());
        assertTrue(unrelated.verdict() != ReferenceGrade.Verdict.CORRECT, unrelated.toString());

        ReferenceGrade negated = grader.grade("The switch closes the circuit.", "What does the switch do?",
                "The switch does not close the circuit.");
        assertFalse(negated.correct(), negated.toString());
    }

    @Test
    void scoreGradeAndRatingAgreeWithTheBinaryDecision() {
        ReferenceGrader grader = ReferenceGrader.bundled();
        double threshold = grader.model().threshold();
        assertEquals(60, grader.scoreOf(threshold));
        assertEquals(59, grader.scoreOf(Math.nextDown(threshold)), "just below the threshold stays under grade 3");
        assertEquals(0, grader.scoreOf(0));
        assertEquals(100, grader.scoreOf(1));
        for (String answer : List.of(REFERENCE, "salt", "The water evaporated", "I do not know", "boil it")) {
            ReferenceGrade grade = grader.grade(REFERENCE, PROMPT, answer);
            assertEquals(grade.correct(), grade.grade() >= 3, grade.toString());
        }
    }

    @Test
    void asScoreResultCarriesTheModelVerdictAndTheRubricEvidence() {
        ReferenceGrade grade = ReferenceGrader.bundled().grade(REFERENCE, PROMPT, "The water evaporated.");
        var result = grade.asScoreResult();
        assertEquals(grade.score(), result.score());
        assertEquals(grade.grade(), result.grade());
        assertEquals(grade.rubricResult().concepts(), result.concepts());
    }

    @Test
    void aModelSurvivesItsTextForm() throws IOException {
        ReferenceModel model = ReferenceModel.bundled();
        double[] features = AnswerFeatures.of(RubricDrafter.prepare(REFERENCE, PROMPT), "the water evaporates");
        ReferenceModel copy = ModelTextForms.assertSurvivesTextForm(model, features);
        assertEquals(model.threshold(), copy.threshold());
    }
}
