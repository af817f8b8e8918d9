package dev.latent.scoring.analysis;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import dev.latent.scoring.ConceptResult;
import dev.latent.scoring.ConceptStatus;
import dev.latent.scoring.Grader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AbbreviationsTest {

    private static final AnswerAnalyzer GRADER = new AnswerAnalyzer(AnswerAnalyzer.Stemming.PORTER);
    private static final AnswerAnalyzer PORTER_ALONE = new AnswerAnalyzer(AnswerAnalyzer.Stemming.PORTER_ALONE);

    @ParameterizedTest
    @CsvSource({"params,parameters", "grads,gradients", "recon,reconstruction", "prob,probability",
            "aug,augmentation", "max,maximum", "enc,encoder", "imgs,images", "hyperparams,hyperparameters", "Params,parameter",
            "dim,dimensionality", "conc,concentration", "thru,through", "adding,adds", "added,add", "0,zero", "2,two", "4,four", "10,ten", "twice,two",
            "belief,believe", "beliefs,believes", "err,error", "errs,errors", "viz,visualization", "govt,government", "ppl,people", "yrs,years", "hr,hour", "temp,temperature", "H2O,water"})
    void aShortFormIsReadAsItsFullWord(String shortForm, String fullWord) {
        assertEquals(AnalyzedTerms.of(GRADER, fullWord), AnalyzedTerms.of(GRADER, shortForm));
    }

    @Test
    void notesInShortFormsMeetTheRubricsWords() {
        // the sixth dev set's terse notes: "check val recon err" had missed "reconstruction error"
        Rubric rubric = new Rubric(List.of(new Concept("reconstruction-error", "Reconstruction error", 1, false,
                List.of("reconstruction error"), true)), List.of());
        assertEquals(ConceptStatus.HIT, Grader.compile(rubric).score("no -> overfitting. check val recon err").concepts().get(0).status());
    }

    @Test
    void withAndWithoutInShortAreReadInFull() {
        assertEquals(AnalyzedTerms.of(GRADER, "trained without labels"), AnalyzedTerms.of(GRADER, "trained w/o labels"));
        assertEquals(AnalyzedTerms.of(GRADER, "train with labels"), AnalyzedTerms.of(GRADER, "train w/ labels"));
        assertEquals(AnalyzedTerms.of(GRADER, "train with labels"), AnalyzedTerms.of(GRADER, "train w/labels"));
        assertEquals(AnalyzedTerms.of(GRADER, "read write"), AnalyzedTerms.of(GRADER, "read/write"));
        // the sixth dev set: "train w/ labeled" had near-matched "trained w/o labels" (the lone "o" left out)
        Rubric rubric = new Rubric(List.of(new Concept("unlabeled", "Train on the unlabeled data", 1, false,
                List.of("trained w/o labels"), true)), List.of());
        assertEquals(ConceptStatus.MISSED, Grader.compile(rubric).score("put softmax on top and train w/ labeled").concepts().get(0).status());
        assertEquals(ConceptStatus.HIT, Grader.compile(rubric).score("the AE is trained without labels").concepts().get(0).status());
    }

    @Test
    void aUnitTypedOntoItsNumberIsReadAsTheUnit() {
        // an adversarial tester's "within 24hrs" missed "hours"
        assertEquals(AnalyzedTerms.of(GRADER, "24 hours"), AnalyzedTerms.of(GRADER, "24hrs"));
        assertEquals(AnalyzedTerms.of(GRADER, "over 30 years"), AnalyzedTerms.of(GRADER, "over 30yrs"));
        assertEquals(List.of("30yr"), AnalyzedTerms.of(PORTER_ALONE, "30yrs"), "the reference model reads as it was trained");
    }

    @Test
    void aNounInMentMeetsAVerbTooShortForPorterToReach() {
        // the game design deck: "you enjoy it" had said nothing of "enjoyment of playing"
        assertEquals(AnalyzedTerms.of(GRADER, "enjoy playing"), AnalyzedTerms.of(GRADER, "enjoyment of playing"));
        assertEquals(AnalyzedTerms.of(GRADER, "late pays"), AnalyzedTerms.of(GRADER, "late payments"));
        // Porter reaches the longer verbs itself
        assertEquals(AnalyzedTerms.of(GRADER, "develop"), AnalyzedTerms.of(GRADER, "development"));
        assertEquals(List.of("enjoy"), AnalyzedTerms.of(PORTER_ALONE, "enjoyment"), "the reference model reads as it was trained");
    }

    @Test
    void whetherIsAFunctionWordLikeIf() {
        // the entrepreneurship deck: "release it to see if they want it" missed "whether customers want it"
        assertEquals(AnalyzedTerms.of(GRADER, "see if customers want it"), AnalyzedTerms.of(GRADER, "see whether customers want it"));
        assertEquals(List.of("whether", "custom", "want"), AnalyzedTerms.of(PORTER_ALONE, "whether customers want it"),
                "the reference model reads as it was trained");
    }

    @Test
    void goingUpOrDownIsARiseOrAFallButGoingUpAPlaceIsNot() {
        // the urban planning deck: "rent goes up" had said nothing of its rubric's "rising rents"
        assertEquals(AnalyzedTerms.of(GRADER, "rent rises"), AnalyzedTerms.of(GRADER, "rent goes up"));
        assertEquals(AnalyzedTerms.of(GRADER, "rents rise a lot"), AnalyzedTerms.of(GRADER, "rents went up a lot"));
        assertEquals(AnalyzedTerms.of(GRADER, "prices rise to 500"), AnalyzedTerms.of(GRADER, "prices go up to 500"));
        assertEquals(AnalyzedTerms.of(GRADER, "the error falls"), AnalyzedTerms.of(GRADER, "the error goes down"));
        // a way to go, and a movement both ways, stay as written
        assertEquals(List.of("order", "go", "up", "suppli", "chain"), AnalyzedTerms.of(GRADER, "orders go up the supply chain"));
        assertEquals(List.of("go", "up", "manag"), AnalyzedTerms.of(GRADER, "went up to the manager"));
        assertEquals(List.of("ac", "goe", "up", "down", "wave"), AnalyzedTerms.of(GRADER, "AC goes up and down like a wave"));
        assertEquals(List.of("rent", "goe"), AnalyzedTerms.of(PORTER_ALONE, "rent goes up"), "the reference model reads as it was trained");
        // and a rise is a thing's too: "the water goes up" says "the water rises"
        assertEquals(AnalyzedTerms.of(GRADER, "the water rises"), AnalyzedTerms.of(GRADER, "the water goes up"));
        // the other way after "and", its verb left out (the hydrology deck's "it goes up in winter ... and down in summer")
        assertEquals(AnalyzedTerms.of(GRADER, "it rises in winter when it rains and falls in summer"),
                AnalyzedTerms.of(GRADER, "it goes up in winter when it rains and down in summer"));
        assertEquals(AnalyzedTerms.of(GRADER, "it falls in summer and rises in winter"),
                AnalyzedTerms.of(GRADER, "it goes down in summer and up in winter"));
        assertEquals(List.of("rise", "fill", "down", "drain"), AnalyzedTerms.of(GRADER, "it goes up when you fill it and down the drain"),
                "a place after \"down\" is no fall");
    }

    @Test
    void goingIntoSomethingEntersIt() {
        // the cell biology deck: "water goes into the red blood cell" had said nothing of its rubric's "water enters the cell"
        assertEquals(AnalyzedTerms.of(GRADER, "water enters the cell"), AnalyzedTerms.of(GRADER, "water goes into the cell"));
        assertEquals(AnalyzedTerms.of(GRADER, "light bends entering water"), AnalyzedTerms.of(GRADER, "light bends going into water"));
        assertEquals(AnalyzedTerms.of(GRADER, "the cold air enters and"), AnalyzedTerms.of(GRADER, "the cold air moves in and"));
        // "inside" stays, and one word stands for one, so a denial reaches as far as before
        assertEquals(List.of("enter", "insid", "host", "cell"), AnalyzedTerms.of(GRADER, "they get inside host cells"));
        assertEquals(AnalyzedTerms.of(GRADER, "go debt").size(), AnalyzedTerms.of(GRADER, "go into debt").size());
        // idioms and a bare "in" before its object stay as written
        assertEquals(List.of("go", "detail"), AnalyzedTerms.of(GRADER, "he went into detail"));
        assertEquals(List.of("monei", "come", "bank"), AnalyzedTerms.of(GRADER, "money comes into the bank"));
        assertEquals(List.of("goe", "cycl"), AnalyzedTerms.of(GRADER, "it goes in cycles"));
        assertEquals(List.of("water", "goe"), AnalyzedTerms.of(PORTER_ALONE, "water goes into"), "the reference model reads as it was trained");
    }

    @Test
    void aSmallNumberMeetsItsWordEitherWay() {
        Rubric rubric = new Rubric(List.of(new Concept("two-divisions", "Two divisions", 1, false,
                List.of("divides twice", "two rounds of division"), true)), List.of());
        for (String answer : List.of("meiosis has 2 rounds of division", "it divides two times", "it divides twice")) {
            assertEquals(ConceptStatus.HIT, Grader.compile(rubric).score(answer).concepts().get(0).status(), answer);
        }
        assertEquals(ConceptStatus.MISSED, Grader.compile(rubric).score("it divides 3 times").concepts().get(0).status());
    }

    @Test
    void zeroAsADigitIsZero() {
        // The linear algebra deck: "when the determinant isn't 0" had missed "determinant is not zero".
        Rubric rubric = new Rubric(List.of(new Concept("det-nonzero", "Non-zero determinant", 1, false,
                List.of("determinant is not zero", "nonzero determinant"), true)), List.of());
        assertEquals(ConceptStatus.HIT, Grader.compile(rubric).score("When the determinant isn't 0.").concepts().get(0).status());
        assertEquals(ConceptStatus.MISSED, Grader.compile(rubric).score("When the determinant is 0.").concepts().get(0).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gen", "dist", "val", "main", "over"})
    void shortFormsWithSeveralMeaningsAndRealWordsAreLeftAsTyped(String word) {
        assertEquals(AnalyzedTerms.of(PORTER_ALONE, word), AnalyzedTerms.of(GRADER, word));
    }

    @Test
    void aRubricWithTheFullWordsCreditsTheShortFormsAndShowsThemAsTyped() {
        Rubric rubric = new Rubric(List.of(new Concept("fewer-parameters", "Fewer parameters to learn", 1, false,
                List.of("fewer parameters"), true)), List.of());
        String answer = "tying halves the weights, so fewer params to fit";
        ConceptResult result = Grader.compile(rubric).score(answer).concepts().get(0);
        assertEquals(ConceptStatus.HIT, result.status());
        assertEquals("fewer params", result.evidence().text());
        assertEquals(ConceptStatus.MISSED, Grader.compile(rubric, dev.latent.scoring.ScoringPolicy.DEFAULT
                .withStemming(AnswerAnalyzer.Stemming.PORTER_ALONE)).score(answer).concepts().get(0).status());
    }
}
