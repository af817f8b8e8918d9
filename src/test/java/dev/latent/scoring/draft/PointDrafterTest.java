package dev.latent.scoring.draft;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import dev.latent.scoring.Grader;
import dev.latent.scoring.ScoringPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointDrafterTest {

    static final String PROMPT = "What are the main difficulties when training GANs?";
    static final String REFERENCE = """
            The main difficulties when training GANs include:
            a. Mode Collapse: The generator can produce limited types of data, ignoring diversity in the training data.
            b. Training Instability: GANs may suffer from oscillations or instability.
            c. Hyperparameter Sensitivity: Proper tuning of hyperparameters is crucial for GANs to work effectively.
            d. Evaluation: It can be challenging to evaluate the quality of the generated data.""";

    @Test
    void aListBecomesOneConceptAPointWithItsLabelFirst() {
        Rubric rubric = PointDrafter.draft(REFERENCE, PROMPT);
        List<String> labels = rubric.concepts().stream().map(Concept::label).toList();
        assertEquals(List.of("Mode Collapse", "Training Instability", "Hyperparameter Sensitivity", "Evaluation"), labels,
                "the introduction ending in a colon is not a point; list markers are gone");
        Concept modeCollapse = rubric.concepts().get(0);
        assertEquals("Mode Collapse", modeCollapse.phrasings().get(0));
        assertTrue(modeCollapse.phrasings().contains("produce limited"), modeCollapse.phrasings().toString());
        assertTrue(modeCollapse.phrasings().contains("diversity"), "a word of this point only: " + modeCollapse.phrasings());
        assertTrue(rubric.concepts().stream().allMatch(c -> c.weight() == Concept.DEFAULT_WEIGHT && !c.required() && c.anyOrder()));
    }

    @Test
    void wordsOfSeveralPointsOrOfTheQuestionOrEmptyAreNoPhrasingOnTheirOwn() {
        Rubric rubric = PointDrafter.draft(REFERENCE, PROMPT);
        for (Concept concept : rubric.concepts()) {
            assertFalse(concept.phrasings().contains("data"), "'data' is in two points: " + concept.phrasings());
            assertFalse(concept.phrasings().contains("training"), "a word of the question: " + concept.phrasings());
            assertFalse(concept.phrasings().contains("crucial"), "says nothing of the subject: " + concept.phrasings());
            assertFalse(concept.phrasings().contains("training data"), "both words in other points too: " + concept.phrasings());
        }
    }

    @Test
    void aCueThatNegatesNothingIsNoWordOfThePoint() {
        String reference = """
                A generative model learns to generate new data that resembles its training set.
                An example is the variational autoencoder, which not only learns to encode data but also samples new data.""";
        Rubric rubric = PointDrafter.draft(reference, "What is a generative model? Name a generative autoencoder.");
        for (Concept concept : rubric.concepts()) {
            for (String phrasing : concept.phrasings()) {
                assertFalse(phrasing.matches("(?:.* )?not(?: .*)?"), "\"not only\" negates nothing: " + concept.phrasings());
            }
        }
        assertTrue(rubric.concepts().get(1).phrasings().contains("learns encode"), rubric.concepts().get(1).phrasings().toString());
    }

    @Test
    void oneParagraphIsReadSentenceBySentence() {
        String paragraph = "To tie weights, the decoder uses the transpose of the encoder's weights. This halves the number "
                + "of parameters. It also acts as regularization, so the network overfits less.";
        assertEquals(3, dev.latent.scoring.ModelAnswerPoints.split(paragraph).size());
        Rubric rubric = PointDrafter.draft(paragraph, "How do you tie weights in a stacked autoencoder?");
        assertEquals(3, rubric.concepts().size());
        assertTrue(rubric.concepts().get(0).phrasings().contains("transpose"), rubric.concepts().get(0).phrasings().toString());
    }

    @Test
    void aShortReferenceIsNotLongAndMakesNoPointRubric() {
        String semEvalLike = "Water evaporates to form vapor. The vapor condenses to form raindrops.";
        assertFalse(PointDrafter.isLong(semEvalLike), "SemEval's references stay with the trained reference model");
        assertNull(PointDrafter.draft("The water evaporated, leaving the salt.", null), "one point is not a list");
        assertTrue(PointDrafter.isLong(REFERENCE), "several lines");
        String longParagraph = "word ".repeat(dev.latent.scoring.ModelAnswerPoints.LONG_REFERENCE_WORDS - 3) + "end. Second point here. Third point here.";
        assertTrue(PointDrafter.isLong(longParagraph), "a long paragraph of three sentences");
    }

    @Test
    void aCompleteAnswerInOwnWordsOutgradesAPartialOneAndAnEchoEarnsNothing() {
        var compiled = Grader.compile(PointDrafter.draft(REFERENCE, PROMPT), PROMPT, REFERENCE, ScoringPolicy.DEFAULT);
        int complete = compiled.score("Mode collapse, where the generator only outputs a few kinds of samples; unstable "
                + "training that oscillates; it is very sensitive to hyperparameters; and evaluating the generated "
                + "images is hard.").grade();
        int partial = compiled.score("Mode collapse is the main one.").grade();
        int echo = compiled.score("The main difficulties when training GANs are difficulties in training.").grade();
        assertTrue(complete >= 3, "complete: " + complete);
        assertTrue(partial < complete && partial >= 1, "partial: " + partial);
        assertEquals(0, echo, "repeating the question");
    }
}
