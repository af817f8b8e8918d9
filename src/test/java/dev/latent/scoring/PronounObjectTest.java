package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static dev.latent.scoring.Rubrics.anyOrder;
import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.misconception;
import static dev.latent.scoring.Rubrics.result;
import static dev.latent.scoring.Rubrics.rubric;
import static dev.latent.scoring.Rubrics.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pronoun in the place of a word said just before: a chemistry tester's "exothermic reactions don't absorb heat, they
 * release it" and "not the gain of electrons but the loss of them" were graded 1 and 0 by a rubric of "releases heat"
 * and "loss of electrons" (a teacher gave both 4).
 */
class PronounObjectTest {

    private static final Rubric HEAT = rubric(anyOrder("exo-releases", "releases heat", "gives off heat"),
            anyOrder("endo-absorbs", "absorbs heat", "takes in heat"));

    @Test
    void aPronounAfterAWordStandsForTheWordSaidBefore() {
        String answer = "Exothermic reactions don't absorb heat, they release it; endothermic reactions don't release heat, they absorb it.";
        ScoreResult score = Grader.compile(HEAT).score(answer);
        assertEquals(HIT, result(score, "exo-releases").status(), score.toString());
        assertEquals(HIT, result(score, "endo-absorbs").status(), score.toString());
        assertEquals("release it", result(score, "exo-releases").evidence().text(), "the evidence shows the pronoun");
        Rubric electrons = rubric(concept("ox-loss", "loss of electrons", "loses electrons"));
        assertEquals(HIT, status(electrons, "Oxidation is not the gain of electrons but the loss of them.", "ox-loss"));
        Rubric input = rubric(concept("reconstruct", "reconstructs the input"));
        assertEquals(HIT, status(input, "The encoder compresses the input and the decoder reconstructs it.", "reconstruct"));
    }

    @Test
    void onlyWhereTheWordWasSaidAndThePronounIsTheObject() {
        assertEquals(MISSED, status(HEAT, "Exothermic reactions release it.", "exo-releases"), "nothing said before");
        Rubric input = rubric(concept("reconstruct", "reconstructs the input"));
        assertEquals(MISSED, status(input, "The decoder reconstructs it. Then the input is compared.", "reconstruct"),
                "the word said after, not before");
        assertEquals(MISSED, status(input, "The input goes in. Then the code. Then the decoder reconstructs it.", "reconstruct"),
                "said two sentences before");
        assertEquals(MISSED, status(input, "Take the input, and the decoder reconstructs it is said.", "reconstruct"),
                "\"it\" opening a clause is no object");
    }

    @Test
    void thePronounIsTheNearestThingNamedAndAgreesInNumber() {
        // An adversarial tester's: each "it" here means another thing than the phrasing's word said further back.
        assertEquals(MISSED, status(HEAT, "When heat decomposes limestone it gives off carbon dioxide, and limewater absorbs it.",
                "endo-absorbs"), "it = carbon dioxide");
        Rubric denatured = rubric(concept("denatured", "changes shape"));
        assertEquals(MISSED, status(denatured, "The active site has a specific shape that fits the substrate, and the enzyme"
                + " changes it into products.", "denatured"), "it = the substrate");
        Rubric guilt = rubric(concept("war-guilt", "accept blame"));
        assertEquals(MISSED, status(guilt, "Many Germans put the blame on the Kaiser, and they hated the treaty but had to"
                + " accept it.", "war-guilt"), "it = the treaty");
        Rubric colonies = rubric(concept("freed", "freed colonies"));
        assertEquals(MISSED, status(colonies, "The war weakened the colonies and in the end freed it.", "freed"),
                "\"it\" is one thing, the colonies several");
        assertEquals(HIT, status(colonies, "The war weakened the colonies and in the end freed them.", "freed"));
    }

    @Test
    void aPronounOpeningTheAnswerStandsForTheThingTheQuestionNames() {
        // The twenty-fifth dev set's "it"-and-"them" writer: "You share them between the encoder and the decoder so
        // there are fewer of them to train" had scored 0 for "How do you tie weights ...?".
        Rubric tied = rubric(anyOrder("sharing", "share weights"), anyOrder("fewer", "fewer weights"));
        String question = "How do you tie weights in a stacked autoencoder? What is the point of doing so?";
        ScoreResult score = Rubrics.forQuestion(tied, question)
                .score("You share them between the encoder and the decoder so there are fewer of them to train.");
        assertEquals(HIT, result(score, "sharing").status(), score.toString());
        assertEquals("share them", result(score, "sharing").evidence().text());
        assertEquals(HIT, result(score, "fewer").status(), "them = the weights, not the decoder: " + score);
        // Not where the answer named something else first, nor where the number differs, nor without the question.
        ScoreResult layers = Rubrics.forQuestion(tied, question).score("The layers, you share them across the network.");
        assertEquals(MISSED, result(layers, "sharing").status(), "them = the layers: " + layers);
        ScoreResult it = Rubrics.forQuestion(tied, question).score("You share it between the encoder and the decoder.");
        assertEquals(MISSED, result(it, "sharing").status(), "\"it\" is one thing, the weights several: " + it);
        assertEquals(MISSED, status(tied, "You share them between the encoder and the decoder.", "sharing"));
    }

    @Test
    void thePronounIsTheNearestThingOfItsNumber() {
        // "them" skips the singular encoder named nearer: the weights.
        Rubric fewer = rubric(concept("fewer", "fewer weights"));
        assertEquals(HIT, status(fewer, "The decoder reuses the weights of the encoder, so there are fewer of them to"
                + " train.", "fewer"));
        assertEquals(MISSED, status(fewer, "The decoder reuses the weight of the encoder, so there are fewer of them to"
                + " train.", "fewer"), "nothing named is several");
    }

    @Test
    void aWrongClaimIsNeverMadeThroughAPronoun() {
        // A wrong claim costs two grades: it must be said in its words ("can mean it just copies" is not "means good").
        Rubric rubric = rubric(List.of(concept("copies", "copies the input")),
                List.of(misconception("perfect-is-good", 2, "means good")));
        ScoreResult score = Grader.compile(rubric).score("A good fit can mean it just copies the input.");
        assertTrue(score.misconceptions().isEmpty(), score.toString());
    }

    @Test
    void onesAfterAWordThatTellsWhichStandsForTheThingsSaidBefore() {
        // The twenty-eighth dev set: "the decoder has its own weights; with tying it reuses the encoder ones" had missed
        // "reuse encoder weights", a phrasing in any order of three words (only two-word ones took a pronoun then).
        Rubric sharing = rubric(anyOrder("weight-sharing", "reuse encoder weights", "shared weights"));
        assertEquals(HIT, status(sharing, "Without tying, the decoder has its own weights; with tying it reuses the encoder ones.",
                "weight-sharing"));
        assertEquals(HIT, status(sharing, "The decoder has weights. It reuses the encoder ones.", "weight-sharing"));
        assertEquals(MISSED, status(sharing, "The decoder has biases. It reuses the encoder ones.", "weight-sharing"),
                "the things said before are other things");
        assertEquals(MISSED, status(sharing, "The decoder has its own weight. It reuses the encoder ones.", "weight-sharing"),
                "nothing named is several");
        Rubric unlabeled = rubric(concept("unlabeled", "train on the unlabeled instances"));
        assertEquals(HIT, status(unlabeled, "Of all the instances, train on the unlabeled ones.", "unlabeled"));
    }
}
