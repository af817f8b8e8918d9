package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static dev.latent.scoring.ConceptStatus.NEGATED;
import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.misconception;
import static dev.latent.scoring.Rubrics.result;
import static dev.latent.scoring.Rubrics.rubric;
import static dev.latent.scoring.Rubrics.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an answer claims, as an exploratory tester (answers of their own, the thirteenth round) found the grader
 * misreading it: questions and others' beliefs taken as the learner's claims, negations reaching words they do not
 * govern, "not the only" read as "not", and a typed light verb taken for a typo of a rubric word.
 */
class WhatTheAnswerClaimsTest {

    private static ScoreResult grade(String questionId, String answer) {
        return Grader.compile(TrustedGradingTest.bundled(questionId)).score(answer);
    }

    private static final Rubric EASY_TRAINING = rubric(List.of(concept("mode-collapse", "mode collapse")),
            List.of(misconception("easy", 2, "easy to train", "training easy")));

    @Test
    void aQuestionTheLearnerAsksIsNoClaim() {
        ScoreResult asked = grade("gan-training",
                "Is GAN training easy? Not at all: mode collapse, oscillations, vanishing gradients and hyperparameter sensitivity.");
        assertTrue(asked.misconceptions().isEmpty(), asked.toString());
        assertEquals(4, asked.grade(), asked.toString());
        assertTrue(Grader.compile(EASY_TRAINING).score("Is GAN training easy? Yes, it is.").misconceptions().size() == 1,
                "answered yes, the question's claim is the learner's");
        assertEquals(1, Grader.compile(EASY_TRAINING).score("GAN training is easy?").misconceptions().size(),
                "a statement with a question mark is a hedge, still a claim");
        ScoreResult echo = grade("ae-evaluation", "Is it necessarily a good autoencoder? Not necessarily.");
        assertTrue(echo.misconceptions().isEmpty(), "the question's words asked back: " + echo);
    }

    private static final Rubric SPACES_ONLY = rubric(List.of(concept("units", "split text into tokens")),
            List.of(misconception("only-spaces", 1, "just splitting on spaces", "simply split on whitespace")));

    @Test
    void aThingSaidToBeMoreThanSomethingIsNotClaimedToBeOnlyThat() {
        // The natural-language-processing deck's model answer, "more than splitting on whitespace", read as the wrong
        // claim that tokenization is simply splitting on spaces.
        for (String answer : List.of("It splits text into tokens, which is more than splitting on whitespace.",
                "Tokenization is more than just splitting on spaces.", "It goes beyond simply splitting on whitespace.",
                "Splitting text into tokens is harder than splitting on whitespace.")) {
            assertTrue(Grader.compile(SPACES_ONLY).score(answer).misconceptions().isEmpty(), answer);
        }
        assertEquals(1, Grader.compile(SPACES_ONLY).score("Tokenization is just splitting on spaces.").misconceptions().size());
        // only a claim that something is no more than a thing: "needs more than labels" still says it needs labels
        Rubric labels = rubric(List.of(concept("adversarial", "two networks compete")),
                List.of(misconception("labels", 1, "labeled data")));
        assertEquals(1, Grader.compile(labels).score("A GAN needs more than labeled data.").misconceptions().size());
    }

    private static final Rubric SUN_ENDS = rubric(List.of(concept("white-dwarf", "white dwarf")),
            List.of(misconception("black-hole", 2, "become a black hole", "turn into a black hole")));

    @Test
    void whatIsTooSmallOrTooFarToHappenIsNoClaim() {
        // Found by the fifteenth deck's author: "too small to become a black hole" rules the black hole out.
        for (String answer : List.of("The Sun is too small to become a black hole; it ends as a white dwarf.",
                "It is much too light to ever turn into a black hole.")) {
            assertTrue(Grader.compile(SUN_ENDS).score(answer).misconceptions().isEmpty(), answer);
        }
        for (String answer : List.of("The Sun will become a black hole.", "It is too big. Then it will turn into a black hole.")) {
            assertEquals(1, Grader.compile(SUN_ENDS).score(answer).misconceptions().size(), answer);
        }
    }

    private static final Rubric ECLIPSE = rubric(List.of(concept("moon-between", "moon between")),
            List.of(misconception("lunar-mixup", 3, "earth's shadow falls", "earth's shadow covers")));

    @Test
    void aWordOwnedByAnotherIsNotTheClaimsWord() {
        // The fifteenth deck's graders gave this a 4; "Earth ... the Moon's shadow falls" had cost it two grades.
        String right = "The Moon goes between the Sun and the Earth, so the Moon's shadow falls on Earth.";
        assertTrue(Grader.compile(ECLIPSE).score(right).misconceptions().isEmpty(), right);
        for (String wrong : List.of("The Earth's shadow falls on the Moon.", "It happens when Earth's shadow covers the Sun.")) {
            assertEquals(1, Grader.compile(ECLIPSE).score(wrong).misconceptions().size(), wrong);
        }
    }

    @Test
    void aBeliefTheLearnerReportsIsNoClaim() {
        for (String answer : List.of("People say GANs are easy to train, but they suffer from mode collapse.",
                "It's a myth that GANs are easy to train: mode collapse is common.",
                "Many people think GAN training is easy, but mode collapse happens a lot.")) {
            assertTrue(Grader.compile(EASY_TRAINING).score(answer).misconceptions().isEmpty(), answer);
        }
        assertEquals(1, Grader.compile(EASY_TRAINING).score("I think GANs are easy to train.").misconceptions().size(),
                "the learner's own hedge is a claim");
        assertEquals(1, Grader.compile(EASY_TRAINING).score("People say it is hard, but GANs are easy to train.")
                .misconceptions().size(), "after the \"but\" the learner speaks");
    }

    @Test
    void aWrongYesCountsOnlyAsTheOpeningVerdict() {
        ScoreResult later = grade("ae-evaluation", "Not necessarily, it could have learned the identity. To evaluate, yes, look"
                + " at the reconstruction error on a test set, but also at how useful the codings are for a downstream task.");
        assertTrue(later.misconceptions().isEmpty(), later.toString());
        ScoreResult opening = grade("ae-evaluation", "Yes, if the reconstruction is perfect it is a good autoencoder.");
        assertEquals(1, opening.misconceptions().size(), opening.toString());
    }

    @Test
    void notTheOnlyProblemAffirmsIt() {
        Rubric difficulties = rubric(concept("mode-collapse", "mode collapse"));
        assertEquals(HIT, status(difficulties, "Mode collapse isn't the only problem: training is unstable too.", "mode-collapse"));
        assertEquals(NEGATED, status(difficulties, "Mode collapse isn't a problem.", "mode-collapse"));
    }

    @Test
    void nearNegationsDeny() {
        Rubric difficulties = rubric(concept("mode-collapse", "mode collapse"));
        for (String answer : List.of("Mode collapse hardly ever happens.", "Mode collapse rarely happens.",
                "GANs seldom show mode collapse.", "GANs barely suffer from mode collapse.")) {
            assertEquals(NEGATED, status(difficulties, answer, "mode-collapse"), answer);
        }
        Rubric generation = rubric(concept("generation", "generate new data"));
        for (String answer : List.of("They are unable to generate new data.", "Plain autoencoders are incapable of generating new data.")) {
            assertEquals(NEGATED, status(generation, answer, "generation"), answer);
        }
    }

    @Test
    void becauseTypedShortIsBecause() {
        ScoreResult shortForm = grade("ae-evaluation", "no bc it might just memorize the training data");
        ScoreResult written = grade("ae-evaluation", "No because it might just memorize the training data.");
        assertEquals(written.score(), shortForm.score(), shortForm.toString());
        assertEquals(written.score(), grade("ae-evaluation", "no cuz it might just memorize the training data").score());
    }

    @Test
    void aNegationInOneOfTwoStatementsRunTogetherDeniesNeither() {
        Rubric tied = rubric(Rubrics.anyOrder("fewer-parameters", "cut parameters"));
        assertNotEquals(NEGATED, status(tied, "It does not add parameters, it cuts them in half.", "fewer-parameters"));
        assertEquals(NEGATED, status(tied, "It does not cut the parameters.", "fewer-parameters"));
        Rubric generator = rubric(Rubrics.anyOrder("generator-role", "fake images"));
        assertEquals(MISSED, status(generator, "The discriminator does not generate images, it tells real from fake.",
                "generator-role"), "\"images\" and \"fake\" are in two statements");
    }

    @Test
    void aNegationInAnAsideDeniesOnlyTheAside() {
        ScoreResult aside = grade("ae-tasks", "They reduce, without needing labels, the dimensionality of the data.");
        assertEquals(HIT, result(aside, "dimensionality-reduction").status(), aside.toString());
        ScoreResult encoder = grade("ae-pretraining", "Train an autoencoder on the unlabeled data; the encoder, trained"
                + " without labels, becomes a feature extractor for a small classifier that is trained on the labeled set.");
        assertEquals(HIT, result(encoder, "reuse-encoder").status(), encoder.toString());
        Rubric sizes = rubric(Rubrics.anyOrder("overcomplete-definition", "overcomplete more"));
        assertEquals(NEGATED, status(sizes, "An overcomplete autoencoder does not have more neurons.", "overcomplete-definition"));
    }

    @Test
    void aLightVerbIsNoTypoOfARubricWord() {
        ScoreResult making = grade("ae-tasks", "They are good for making images smaller.");
        assertEquals(MISSED, result(making, "generation").status(), "\"making\" is no typo of \"fake\": " + making);
    }

    @Test
    void aProblemDeniedIsNoNegatedPhrasingAffirmed() {
        Rubric gradients = rubric(concept("vanishing", "vanishing gradients", "no gradient"));
        assertNotEquals(HIT, status(gradients, "GANs have no gradient problems; the only issue is mode collapse.", "vanishing"));
        assertEquals(NEGATED, status(gradients, "Vanishing gradients are not an issue for GANs.", "vanishing"));
        assertEquals(HIT, status(gradients, "When the discriminator wins, the generator gets no gradient.", "vanishing"));
    }

    @Test
    void theBundledRubricsNoLongerFlagRightAnswersAsMisconceptions() {
        // "unlearnable" read as "not learn" had flagged the rubric's own idea; "overcomplete bottleneck" a right size.
        ScoreResult tied = grade("ae-tied-weights", "The decoder does not learn its own weights; they are the encoder's weights transposed.");
        assertTrue(tied.misconceptions().isEmpty(), tied.toString());
        ScoreResult sizes = grade("ae-complete", "Under = small bottleneck, over = big bottleneck. Under risks losing info, over risks overfitting.");
        assertTrue(sizes.misconceptions().isEmpty(), sizes.toString());
    }

    @Test
    void aThingThatDoesNotWorkOrIsNotPossibleIsDenied() {
        Rubric tasks = rubric(concept("anomaly", "anomaly detection"));
        assertEquals(NEGATED, status(tasks, "Anomaly detection doesn't work with autoencoders.", "anomaly"));
        assertEquals(NEGATED, status(tasks, "Anomaly detection is not possible with them.", "anomaly"));
        assertEquals(HIT, status(tasks, "Anomaly detection works because outliers reconstruct badly.", "anomaly"));
    }

    @Test
    void notANounThatDoesSomethingDeniesTheDoing() {
        Rubric generative = rubric(concept("generates", "generates new data"));
        assertEquals(NEGATED, status(generative, "It is not a model that generates new data.", "generates"));
        Rubric osmosis = rubric(concept("water", "water moves"));
        assertEquals(NEGATED, status(osmosis, "Osmosis is not a process in which water moves.", "water"));
        assertEquals(HIT, status(generative, "It is not hard: a model that generates new data.", "generates"),
                "the clause ended before the relative one");
        assertEquals(HIT, status(generative, "Not surprisingly, it is the model that generates new data.", "generates"));
        // The ninety-fourth deck (game theory): "there's no outcome where both gain" had stated "both can gain".
        Rubric mutualGain = rubric(concept("both-gain", "both gain"));
        assertEquals(NEGATED, status(mutualGain, "Cooperation doesn't help, there is no outcome where both gain.", "both-gain"));
        assertEquals(NEGATED, status(mutualGain, "There is no deal in which both gain.", "both-gain"));
        assertEquals(HIT, status(mutualGain, "No wonder: it is a game where both gain.", "both-gain"));
        Rubric gradients = rubric(concept("strong-d", "discriminator wins"));
        assertEquals(HIT, status(gradients, "The generator gets no gradient when the discriminator wins.", "strong-d"),
                "a condition, not a relative clause");
    }

    @Test
    void theEvidenceIsOneListItemRatherThanWordsPiecedTogetherFromSeveral() {
        ScoreResult list = grade("ae-tasks", "Dimension reduction, anomaly detection, de-noising.");
        assertEquals("de-noising", result(list, "denoising").evidence().text(), list.toString());
    }

    @Test
    void withoutOpeningAConditionSaysTheThingIsNeeded() {
        Rubric remedy = rubric(concept("regularize", "regularization"), concept("unlabeled", "without labels"));
        assertEquals(HIT, status(remedy, "Without regularization, an overcomplete autoencoder just learns the identity.",
                "regularize"));
        assertEquals(NEGATED, status(remedy, "It works without regularization.", "regularize"));
        assertEquals(HIT, status(remedy, "Without labels, the autoencoder still learns features.", "unlabeled"),
                "a phrasing that is itself a \"without\" still matches there");
    }

    @Test
    void aHyphenTypedAsADashEndsTheNegation() {
        Rubric pooling = rubric(concept("downsample", "reduces the size"));
        assertEquals(HIT, status(pooling, "Pooling has no weights - it just reduces the size of the feature map.", "downsample"));
        assertEquals(HIT, status(pooling, "Pooling has no weights -- it just reduces the size of the feature map.", "downsample"));
        assertEquals(NEGATED, status(pooling, "Pooling never reduces the size of the feature map.", "downsample"));
    }

    @Test
    void notThatAndNotBecauseDenyTheClauseAfterThem() {
        Rubric cooperate = rubric(List.of(concept("compete", "compete")), List.of(misconception("cooperate", 2, "networks cooperate")));
        assertTrue(Grader.compile(cooperate).score("It's not that the two networks cooperate: they compete.").misconceptions().isEmpty());
        Rubric selfish = rubric(List.of(concept("diffusion", "diffusion of responsibility")),
                List.of(misconception("selfish", 1, "people are selfish")));
        assertTrue(Grader.compile(selfish).score("Not because people are selfish, but because of diffusion of responsibility.")
                .misconceptions().isEmpty());
        assertEquals(1, Grader.compile(selfish).score("It is because people are selfish.").misconceptions().size());
    }

    @Test
    void lessStableIsNoClaimThatItIsStable() {
        Rubric instability = rubric(new dev.latent.deck.Concept("instability", "instability", 1.0, false,
                List.of("unstable training"), true, List.of("stable training"))); // any order: "training is stable"
        for (String answer : List.of("Training is less stable.", "Training is far from stable.")) {
            ScoreResult result = Grader.compile(instability).score(answer);
            assertTrue(result.misconceptions().isEmpty(), answer + ": " + result);
        }
        assertEquals(1, Grader.compile(instability).score("Training is stable.").misconceptions().size());
    }

    @Test
    void withoutOpeningASentenceIsAConditionWithOrWithoutAComma() {
        Rubric deprivation = rubric(concept("deprivation", "slower reaction time", "irritable"));
        assertEquals(HIT, status(deprivation, "Without sleep you get slower reaction times.", "deprivation"));
        assertEquals(HIT, status(deprivation, "With no sleep people are irritable.", "deprivation"));
    }

    @Test
    void aLetterOrParticleThatNamesTheKindMustBeSaid() {
        Rubric immune = rubric(concept("t-cells", "T cells"), concept("dropout", "drop out"), concept("first", "prophase I"));
        assertEquals(MISSED, status(immune, "Memory cells stay in the blood.", "t-cells"));
        assertEquals(HIT, status(immune, "T cells kill infected cells.", "t-cells"));
        assertEquals(MISSED, status(immune, "Validation accuracy drops.", "dropout"));
        assertEquals(HIT, status(immune, "Randomly drop out neurons.", "dropout"));
        assertEquals(MISSED, status(immune, "In prophase II the spindle forms.", "first"));
        assertEquals(HIT, status(immune, "Crossing over happens in prophase I.", "first"));
    }

    @Test
    void fewerIsLessAndBiggerIsLarger() {
        Rubric fewer = rubric(concept("fewer-labels", "fewer labels needed"), concept("larger", "larger code"));
        assertEquals(HIT, status(fewer, "Less labels are needed.", "fewer-labels"));
        assertEquals(HIT, status(fewer, "Overcomplete ones have a bigger code.", "larger"));
    }

    @Test
    void aRealWordIsNoTypoOfARubricWord() {
        ScoreResult measures = grade("ae-tasks", "Anomaly detection: the reconstruction error measures how unusual an input is.");
        assertEquals(MISSED, result(measures, "feature-learning").status(), measures.toString());
    }

    @Test
    void anAnswerTypedAsBulletsOnOneLineReadsEachBulletApart() {
        // A fifteenth-dev-set answer graded 4: "discriminator - tasks: generating images" read as the roles swapped.
        Rubric roles = rubric(List.of(Rubrics.anyOrder("game", "generator fool discriminator")),
                List.of(misconception("swapped", 2, "discriminator generating images")));
        ScoreResult bullets = Grader.compile(roles).score("- generator tries to fool discriminator - tasks: generating images, super resolution");
        assertTrue(bullets.misconceptions().isEmpty(), bullets.toString());
        assertEquals(HIT, result(bullets, "game").status());
        ScoreResult prose = Grader.compile(roles).score("The discriminator is generating images and the generator judges them.");
        assertEquals(1, prose.misconceptions().size(), prose.toString());
    }
}
