package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.NEGATED;
import static dev.latent.scoring.Rubrics.anyOrder;
import static dev.latent.scoring.Rubrics.misconception;
import static dev.latent.scoring.Rubrics.result;
import static dev.latent.scoring.Rubrics.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Statements an answer marks true or false itself: the twenty-sixth dev set's writer who marked every statement
 * ("True: ...; False: ...", "✓ ... ✗ ...") had been read as claiming what they marked false.
 */
class TruthMarksTest {

    private static final Rubric TASKS = rubric(List.of(anyOrder("denoising", "denoising"),
            anyOrder("anomalies", "anomaly detection"), anyOrder("reduction", "dimensionality reduction")),
            List.of(misconception("needs-labels", 2, "need labeled data")));

    private static ScoreResult score(String answer) {
        return Grader.compile(TASKS).score(answer);
    }

    @Test
    void aStatementMarkedFalseBeforeItIsDenied() {
        for (String answer : List.of("True: denoising. True: anomaly detection. False: they need labeled data.",
                "✓ denoising ✓ anomaly detection ✗ they need labeled data", "[F] they need labeled data. [T] denoising.")) {
            ScoreResult result = score(answer);
            assertTrue(result.misconceptions().isEmpty(), answer + ": " + result);
            assertEquals(HIT, result(result, "denoising").status(), answer + ": " + result);
        }
        ScoreResult claimed = score("True: they need labeled data. True: denoising.");
        assertEquals(1, claimed.misconceptions().size(), "marked true, it is claimed: " + claimed);
        ScoreResult denied = score("True: dimensionality reduction. False: denoising. True: anomaly detection");
        assertEquals(NEGATED, result(denied, "denoising").status(), denied.toString());
        assertEquals(HIT, result(denied, "anomalies").status(), denied.toString());
    }

    @Test
    void aStatementMarkedFalseAfterItIsDenied() {
        for (String answer : List.of("denoising - true, they need labeled data - false", "denoising (true), they need"
                + " labeled data (false)", "denoising ✓, they need labeled data ✗", "denoising ✓ they need labeled data ✗")) {
            ScoreResult result = score(answer);
            assertTrue(result.misconceptions().isEmpty(), answer + ": " + result);
            assertEquals(HIT, result(result, "denoising").status(), answer + ": " + result);
        }
        ScoreResult denied = score("dimensionality reduction - true, denoising - true, anomaly detection - false");
        assertEquals(NEGATED, result(denied, "anomalies").status(), denied.toString());
        assertEquals(HIT, result(denied, "denoising").status(), denied.toString());
    }

    @Test
    void trueAndFalseAsWordsAreNoMarks() {
        Rubric outputs = rubric(anyOrder("real-fake", "outputs true or false"), anyOrder("labels", "true labels"));
        ScoreResult result = Grader.compile(outputs).score("The discriminator outputs true or false for each image, "
                + "trained on the true labels.");
        assertEquals(HIT, result(result, "real-fake").status(), result.toString());
        assertEquals(HIT, result(result, "labels").status(), result.toString());
    }
}
