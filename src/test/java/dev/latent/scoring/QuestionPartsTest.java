package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.deck.Rubric;
import dev.latent.deck.json.DeckLoader;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A question asked in parts ("How do you tie weights? What is the point?"): an answer that says something for one
 * part and nothing for another has left a main part unanswered, grade 2 at most (the grading scale's 2).
 */
class QuestionPartsTest {

    private static Concept inPart(int part, String id, String... phrasings) {
        return new Concept(id, id, 1.0, false, List.of(phrasings), true, List.of(), part);
    }

    /** How (part 1) and why (part 2), with a concept of no part. */
    private static Rubric tiedWeights(boolean withParts) {
        return new Rubric(List.of(
                inPart(withParts ? 1 : Concept.NO_PART, "transpose", "transpose"),
                inPart(withParts ? 1 : Concept.NO_PART, "mirrored", "mirror"),
                inPart(withParts ? 2 : Concept.NO_PART, "fewer-parameters", "fewer parameters", "halves parameters"),
                inPart(Concept.NO_PART, "regularization", "regularization")), List.of());
    }

    private static ScoreResult score(Rubric rubric, String answer) {
        return Grader.compile(rubric).score(answer);
    }

    @Test
    void anAnswerToOnePartOnlyIsGradedTwoAtMost() {
        String howOnly = "Each decoder layer uses the transpose of the weights of the encoder layer it mirrors.";
        ScoreResult withParts = score(tiedWeights(true), howOnly);
        assertTrue(withParts.has(ScoreFlag.PART_UNANSWERED), withParts.toString());
        assertTrue(withParts.grade() <= 2, withParts.toString());
        // The same rubric without parts: the cap comes from the parts, not from the words found.
        ScoreResult withoutParts = score(tiedWeights(false), howOnly);
        assertFalse(withoutParts.has(ScoreFlag.PART_UNANSWERED));
        assertTrue(withoutParts.grade() > 2, withoutParts.toString());
        // The other part alone is capped the same way.
        ScoreResult whyOnly = score(tiedWeights(true), "It halves the parameters, so it trains faster.");
        assertTrue(whyOnly.has(ScoreFlag.PART_UNANSWERED), whyOnly.toString());
    }

    @Test
    void anAnswerToEveryPartIsNotCapped() {
        ScoreResult both = score(tiedWeights(true), "The decoder uses the transpose of the encoder's weights; the point is "
                + "fewer parameters.");
        assertFalse(both.has(ScoreFlag.PART_UNANSWERED), both.toString());
        assertEquals(4, both.grade(), both.toString());
    }

    @Test
    void anAnswerThatSaysNothingForAnyPartIsNotFlagged() {
        ScoreResult nothing = score(tiedWeights(true), "You make the network deeper and train it longer.");
        assertFalse(nothing.has(ScoreFlag.PART_UNANSWERED), nothing.toString());
        // A concept of no part answers no part: regularization alone leaves both parts open, and flags nothing.
        assertFalse(score(tiedWeights(true), "It is a kind of regularization.").has(ScoreFlag.PART_UNANSWERED));
    }

    @Test
    void aNegatedConceptDoesNotAnswerItsPart() {
        ScoreResult denied = score(tiedWeights(true), "The decoder uses the transpose of the encoder weights, "
                + "but it does not give fewer parameters.");
        assertTrue(denied.has(ScoreFlag.PART_UNANSWERED), denied.toString());
    }

    @Test
    void theBundledTwoPartQuestionsCapAnAnswerToOnePart() throws Exception {
        Deck deck = DeckLoader.load(Path.of("questions/autoencoders-gans.json"));
        Question tied = deck.questions().stream().filter(q -> q.id().equals("ae-tied-weights")).findFirst().orElseThrow();
        CompiledRubric rubric = Grader.compile(tied);
        ScoreResult howOnly = rubric.score("The decoder uses the transpose of the encoder matrices, so the whole model is "
                + "symmetric around the bottleneck.");
        assertEquals(2, howOnly.grade(), howOnly.toString());
        assertTrue(howOnly.has(ScoreFlag.PART_UNANSWERED));
        ScoreResult both = rubric.score("The decoder uses the transpose of the encoder matrices, so the model is symmetric; "
                + "the point is half the parameters, so it trains faster and overfits less.");
        assertEquals(4, both.grade(), both.toString());
        Question gan = deck.questions().stream().filter(q -> q.id().equals("gan-basics")).findFirst().orElseThrow();
        ScoreResult tasksOnly = Grader.compile(gan).score("They're great for super-resolution, colorizing black and white "
                + "photos, turning sketches into realistic images, and data augmentation.");
        assertTrue(tasksOnly.has(ScoreFlag.PART_UNANSWERED), tasksOnly.toString());
        // Sampling is what any generative model does: it answers the first part, not "name a generative autoencoder".
        Question generative = deck.questions().stream().filter(q -> q.id().equals("generative-models")).findFirst().orElseThrow();
        ScoreResult definitionOnly = Grader.compile(generative).score("A model that learns the data distribution and can "
                + "sample new data points from it.");
        assertTrue(definitionOnly.has(ScoreFlag.PART_UNANSWERED), definitionOnly.toString());
        assertTrue(definitionOnly.grade() <= 2, definitionOnly.toString());
    }

    @Test
    void aRubricThatNamesOnePartIsWarnedThatPartsTakeEffectFromTwo() {
        Rubric onePart = new Rubric(List.of(inPart(1, "transpose", "transpose"), inPart(Concept.NO_PART, "fewer", "fewer parameters")),
                List.of());
        assertTrue(Grader.compile(onePart).warnings().stream().anyMatch(w -> w.startsWith("only part 1 is named")),
                Grader.compile(onePart).warnings().toString());
        assertTrue(Grader.compile(tiedWeights(true)).warnings().stream().noneMatch(w -> w.contains("part")));
        assertFalse(score(onePart, "It uses the transpose.").has(ScoreFlag.PART_UNANSWERED));
    }

    @Test
    void theQuestionsSentencesAreItsPartsOnlyWhenTheyAreAsMany() {
        assertEquals(List.of("How do you tie weights in a stacked autoencoder?", "What is the point of doing so?"),
                QuestionParts.of("How do you tie weights in a stacked autoencoder? What is the point of doing so?", 2));
        assertEquals(List.of("What is data augmentation?", "Give examples for images."),
                QuestionParts.of("What is data augmentation? Give examples for images.", 2));
        assertEquals(List.of(), QuestionParts.of("What are under- and overcomplete autoencoders? What is the risk of each?"
                + " Which is used more?", 2), "three sentences for two parts");
        assertEquals(List.of(), QuestionParts.of("What does a router do?", 2));
        assertEquals(List.of(), QuestionParts.of("How? Why?", 1), "one part is no parts");
        ScoreResult howOnly = Grader.compile(new Rubric(List.of(inPart(1, "transpose", "transpose"),
                        inPart(2, "fewer", "fewer parameters")), List.of()), "How do you tie weights? What is the point?", null,
                ScoringPolicy.DEFAULT).score("It uses the transpose.");
        assertEquals(List.of("What is the point?"), howOnly.unansweredParts(), howOnly.toString());
        assertTrue(score(tiedWeights(true), "It uses the transpose and fewer parameters.").unansweredParts().isEmpty());
    }
}
