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
 * A busy teacher writes one everyday word and a learner another: "adding something pleasant" and "adding something
 * nice", "given a reward" and "give a reward"... the psychology deck's complete answers lost a grade to these.
 */
class EverydaySynonymsTest {

    @Test
    void anEverydayWordStandsForItsSynonymInTheRubric() {
        Rubric reinforcement = rubric(concept("positive-adds", "adding something pleasant", "given a reward"));
        assertEquals(HIT, status(reinforcement, "Positive reinforcement is adding something nice.", "positive-adds"));
        assertEquals(HIT, status(reinforcement, "You provide a reward after the behaviour.", "positive-adds"));
        Rubric photos = rubric(concept("inpainting", "fill in missing parts of images"));
        assertEquals(HIT, status(photos, "It can fill in missing parts of old photos.", "inpainting"));
        // The thirty-first deck (microbiology): a germ is what a rubric calls a pathogen.
        Rubric vaccine = rubric(concept("antigen", "dead pathogen"));
        assertEquals(HIT, status(vaccine, "It gives you a weak or dead version of the germ.", "antigen"));
        // The twelfth deck (modern history): "building dams and roads" is the rubric's public works construction.
        Rubric newDeal = rubric(concept("public-works", "construct roads"));
        assertEquals(HIT, status(newDeal, "It gave people jobs building dams and roads.", "public-works"));
        assertEquals(HIT, status(newDeal, "They created new roads.", "public-works"));
        // Developmental psychology: the zone of proximal development said of a kid.
        Rubric zpd = rubric(concept("zpd", "what a child can do with help"));
        assertEquals(HIT, status(zpd, "ZPD = what a kid can do with help but not alone.", "zpd"));
        // Behavioural economics and batteries: "equivalent" is "equal", "stuck" is "trapped".
        Rubric loss = rubric(concept("looms-larger", "than an equal gain"), concept("lithium", "lithium gets trapped"));
        assertEquals(HIT, status(loss, "Losses feel worse than equivalent gains.", "looms-larger"));
        assertEquals(HIT, status(loss, "Some of the lithium gets stuck and can't move.", "lithium"));
        // The human resources deck: "staff quit" is its rubric's "employees leaving".
        Rubric turnover = rubric(concept("leaving", "employees leave"));
        assertEquals(HIT, status(turnover, "It is when staff leave and have to be replaced.", "leaving"));
        assertEquals(HIT, status(turnover, "Workers leave the company.", "leaving"));
        // Media studies: "less variety in opinions" is its rubric's "less diversity"; a GAN's outputs lose it alike.
        Rubric ownership = rubric(concept("diversity", "less diversity"));
        assertEquals(HIT, status(ownership, "a few companies own most media, so there is less variety in opinions", "diversity"));
        Rubric collapse = rubric(concept("mode-collapse", "outputs lose diversity"));
        assertEquals(HIT, status(collapse, "the outputs lose all their variety", "mode-collapse"));
    }

    @Test
    void aSmallerAmountIsALesserOne() {
        // A chemistry tester's "pH<7": the symbol reads as "smaller than", the rubric says "less than 7".
        Rubric acids = rubric(concept("below-7", "less than 7"));
        for (String answer : List.of("Acids have a pH<7.", "Acids have a pH lower than 7.", "An acid's pH is smaller than 7.")) {
            assertEquals(HIT, status(acids, answer, "below-7"), answer);
        }
        assertEquals(MISSED, status(acids, "Acids have a pH greater than 7.", "below-7"));
    }

    @Test
    void notWhereTheRubricUsesTheAnswersWordItself() {
        // "nice" is the rubric's own word for another idea: the answer's "nice" means that one.
        Rubric rubric = rubric(concept("feeling", "pleasant feeling"), concept("weather", "nice weather"));
        assertEquals(MISSED, status(rubric, "A nice feeling.", "feeling"));
        assertEquals(HIT, status(rubric, "A nice day, nice weather.", "weather"));
    }

    @Test
    void wordsWithASecondSenseAreNoSynonyms() {
        // An adversarial tester's idioms and second senses.
        Rubric versailles = rubric(concept("land", "give up land"), concept("revenue", "revenue increases"));
        assertEquals(MISSED, status(versailles, "On the other hand, Germany kept its land.", "land"));
        assertEquals(MISSED, status(versailles, "Farmers grow wheat for revenue.", "revenue"));
        Rubric training = rubric(concept("difficult", "difficult to train"));
        assertEquals(MISSED, status(training, "A hard drive is needed to train the model.", "difficult"));
    }

    @Test
    void aBorderIsNoBoundary() {
        // "bordering" is "next to": an adversarial tester's "the land bordering the river" earned a watershed's boundary.
        Rubric watershed = rubric(anyOrder("divide", "basin boundary"));
        assertEquals(MISSED, status(watershed, "It is the land bordering the river in its basin.", "divide"));
    }

    @Test
    void aHedgeIsNoBelief() {
        // "think" for "believe" made the hedge "I think" state beliefs: not a synonym group.
        Rubric dissonance = rubric(anyOrder("change-belief", "change belief"));
        assertEquals(MISSED, status(dissonance, "I think people change their behaviour to reduce it.", "change-belief"));
    }

    @Test
    void aSubjectsTechnicalWordsAreNobodysSynonyms() {
        Rubric rubric = rubric(concept("good-result", "good result"), concept("compress", "reduce dimensions"));
        assertEquals(MISSED, status(rubric, "A positive result.", "good-result"), "\"positive\" is a technical word");
        assertEquals(MISSED, status(rubric, "It makes the dimensions small.", "compress"));
    }

    @Test
    void aComparativeSaysItsAdjective() {
        // The ecology deck: "a much bigger effect than its numbers" is the rubric's "large effect".
        Rubric keystone = rubric(concept("large-impact", "big impact", "large effect"), concept("simpler", "simpler model"));
        assertEquals(HIT, status(keystone, "It has a much bigger impact on its ecosystem than you'd expect.", "large-impact"));
        assertEquals(HIT, status(keystone, "It has a larger effect on its ecosystem than you'd expect.", "large-impact"));
        assertEquals(HIT, status(keystone, "It has the biggest impact of all.", "large-impact"));
        // One way only: "too simple a model" is no "simpler model".
        assertEquals(MISSED, status(keystone, "Overfitting is when the model is too simple.", "simpler"));
    }
    @Test
    void aBritishSpellingSaysTheAmericanOne() {
        // The graphics deck: "blending the colours of edge pixels" had missed the rubric's "blend colors".
        Rubric antiAliasing = rubric(concept("blend", "blend colors"), concept("fertiliser", "fertiliser runoff"));
        assertEquals(HIT, status(antiAliasing, "It works by blending the colours of the edge pixels.", "blend"));
        assertEquals(HIT, status(antiAliasing, "Fertilizer runoff from the farms.", "fertiliser"));
        assertEquals(MISSED, status(antiAliasing, "It sharpens the edges.", "blend"));
    }
    @Test
    void shouldSaysWhatOughtToBe() {
        // The linguistics deck: "prescriptive says what they should do" had missed its rubric's "should" (a phrasing
        // of stop words only, which never matched) and "how people should speak" came down to "people speak".
        Rubric grammar = rubric(concept("presc-should", "how people should speak", "should", "rules of correct usage"),
                concept("desc-actual", "how people actually speak", "real usage"));
        assertEquals(HIT, status(grammar, "Descriptive says what people do, prescriptive says what they should do.", "presc-should"));
        assertEquals(MISSED, status(grammar, "It records how people speak.", "presc-should"));
    }

    @Test
    void aTagIsALabel() {
        // The twenty-third dev set: "tune using the scarce tagged samples" had missed "labeled samples".
        Rubric labeled = rubric(concept("train-labeled", "labeled samples", "labeled set"));
        assertEquals(HIT, status(labeled, "Then tune using the scarce tagged samples.", "train-labeled"));
        assertEquals(MISSED, status(labeled, "Then tune using the scarce samples.", "train-labeled"));
    }
}
