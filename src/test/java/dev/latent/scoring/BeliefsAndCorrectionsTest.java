package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.Rubrics.misconceptionIds;
import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.misconception;
import static dev.latent.scoring.Rubrics.result;
import static dev.latent.scoring.Rubrics.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How learners think aloud, as the fourteenth round's exploratory tester found the grader misreading it: corrections
 * in words of their own ("That's wrong.", "No, they don't.", "Correction:"), a belief they have given up or the reader
 * might hold ("I used to think ...", "you'd expect ..."), a question restated ("The question is whether ...", "X?
 * Definitely not"), an aside about another thing ("Unlike a VAE, which has ..."), and an alternative set aside with
 * "rather than the ...".
 */
class BeliefsAndCorrectionsTest {

    private static final Rubric NEEDS_LABELS = rubric(List.of(concept("mode-collapse", "mode collapse")),
            List.of(misconception("needs-labels", 2, "need labeled data"), misconception("easy", 2, "easy to train")));

    private static int wrongClaims(String answer) {
        return Grader.compile(NEEDS_LABELS).score(answer).misconceptions().size();
    }

    @Test
    void aCorrectionThatOpensASentenceTakesBackTheClaimBeforeIt() {
        for (String correction : List.of("That's wrong.", "No, they don't.", "Sorry, that's not true.", "Correction: they don't.",
                "Wrong, they don't.", "Actually no, they don't.", "Wait, that's incorrect.")) {
            String answer = "GANs need labeled data, because the discriminator is supervised. " + correction
                    + " They suffer from mode collapse.";
            assertEquals(0, wrongClaims(answer), answer);
            assertEquals(HIT, result(Grader.compile(NEEDS_LABELS).score(answer), "mode-collapse").status(), answer);
        }
        assertEquals(0, wrongClaims("GANs need labeled data, as D is supervised. No wait, that's wrong."),
                "the claim goes with the reason that hangs on it");
    }

    @Test
    void aCorrectionTakesBackOnlyTheLastItemOfAList() {
        for (String correction : List.of("Actually no, they don't need labels.", "That's wrong. They learn without labels.",
                "Sorry, that's not true, GANs don't need labels.", "No, they don't need labels.")) {
            String answer = "The problems are mode collapse and unstable training, and GANs need labeled data. " + correction;
            ScoreResult result = Grader.compile(NEEDS_LABELS).score(answer);
            assertTrue(result.misconceptions().isEmpty(), answer + ": " + result);
            assertEquals(HIT, result(result, "mode-collapse").status(), "the list's other items stay said: " + answer);
        }
        ScoreResult denied = Grader.compile(NEEDS_LABELS).score("Mode collapse is the main issue. That's wrong to say GANs need labels.");
        assertEquals(HIT, result(denied, "mode-collapse").status(), "\"that's wrong to say\" denies what follows: " + denied);
        ScoreResult adjective = Grader.compile(NEEDS_LABELS).score("Mode collapse is the main issue. Wrong, or badly tuned, settings hurt.");
        assertEquals(HIT, result(adjective, "mode-collapse").status(), "\"Wrong, or ...\" is no correction: " + adjective);
    }

    @Test
    void whatOnlyLooksLikeACorrectionTakesNothingBack() {
        assertEquals(1, wrongClaims("Do GANs need labeled data? No, they don't... just kidding, GANs need labeled data."),
                "the learner's last word is the claim");
        assertEquals(1, wrongClaims("GANs need labeled data and saying that's wrong misses the point."),
                "mid-sentence, \"that's wrong\" is part of a claim");
        assertEquals(1, wrongClaims("GANs need labeled data. No labels, no GAN."), "a \"no\" that opens a claim");
    }

    @Test
    void aNoThatQuantifiesAfterWaitCorrectsNothing() {
        // The sixteenth deck's author: the textbook list of deadlock conditions read "wait, no" as a self-correction.
        Rubric deadlock = rubric(concept("hold-and-wait", "hold and wait"), concept("no-preemption", "no preemption", "cannot be taken away"),
                concept("circular-wait", "circular wait"));
        for (String answer : List.of("Mutual exclusion, hold and wait, no preemption, circular wait.",
                "Mutual exclusion. Hold and wait. No preemption. Circular wait.")) {
            ScoreResult result = Grader.compile(deadlock).score(answer);
            for (String id : List.of("hold-and-wait", "no-preemption", "circular-wait")) {
                assertEquals(HIT, result(result, id).status(), id + " in: " + answer);
            }
        }
        ScoreResult corrected = Grader.compile(deadlock).score("Hold and wait, no wait, I mean circular wait.");
        assertTrue(result(corrected, "hold-and-wait").status() != HIT, "a real \"no wait\" still takes back: " + corrected);
        assertEquals(HIT, result(corrected, "circular-wait").status(), corrected.toString());
    }

    @Test
    void aCorrectedOpeningYesIsNoVerdict() {
        ScoreResult corrected = Grader.compile(TrustedGradingTest.bundled("ae-evaluation"))
                .score("Yes. No wait, not necessarily: it could just copy the input.");
        assertTrue(corrected.misconceptions().isEmpty(), corrected.toString());
        ScoreResult kept = Grader.compile(TrustedGradingTest.bundled("ae-evaluation"))
                .score("Yes, it could just copy the input.");
        assertEquals(1, kept.misconceptions().size(), "an opening yes not taken back stays the verdict: " + kept);
    }

    @Test
    void moreWaysOfCorrectingOneself() {
        for (String answer : List.of("GANs need labeled data, or rather unlabeled data.", "GANs need labeled data, oops, I mean unlabeled.",
                "GANs need labeled data (wrong, they don't).", "GANs need labeled data. Nope, they don't.",
                "GANs need labeled data. My mistake, they don't.", "GANs need labeled data. Ignore that, they don't.",
                "GANs need labeled data, sorry, I meant unlabeled data.")) {
            assertEquals(0, wrongClaims(answer), answer);
        }
    }

    @Test
    void anIdeaTheLearnerDismissesIsTakenBack() {
        // A thinking-aloud answer of the twelfth dev set: the wrong idea, asked of themselves, then dismissed.
        for (String answer : List.of("Maybe GANs need labeled data? Actually that wouldn't work, they learn without labels.",
                "I guess GANs need labeled data. But that doesn't make sense for a GAN.", "GANs need labeled data. Hmm, that can't work.")) {
            assertEquals(0, wrongClaims(answer), answer);
        }
        assertEquals(1, wrongClaims("GANs need labeled data, so that wouldn't work without labels."), "mid-sentence it is a claim");
        assertEquals(1, wrongClaims("Do they work unsupervised? No, GANs need labeled data."), "a no after a question answers it");
    }

    @Test
    void ofTwoAlternativesTheOneTheLearnerPicksIsWhatTheySay() {
        // Hedging answers of the fourteenth dev set: two ideas offered, one picked.
        for (String answer : List.of("Either GANs need labeled data or they suffer from mode collapse. Probably the second one.",
                "Maybe GANs need labeled data, or maybe mode collapse? I think it's the collapse one.",
                "Either mode collapse or GANs need labeled data, the former I think.",
                "Either GANs need labeled data or mode collapse, I'd say the latter.")) {
            assertEquals(0, wrongClaims(answer), answer);
            assertEquals(HIT, result(Grader.compile(NEEDS_LABELS).score(answer), "mode-collapse").status(), answer);
        }
        for (String answer : List.of("Either mode collapse or GANs need labeled data. Probably the second one.",
                "Maybe mode collapse, or maybe GANs need labeled data? I think it's the labeled one.")) {
            assertEquals(1, wrongClaims(answer), answer);
            assertEquals(ConceptStatus.MISSED, result(Grader.compile(NEEDS_LABELS).score(answer), "mode-collapse").status(), answer);
        }
        // Without a pick both alternatives stand, and a pick naming both sets neither aside.
        assertEquals(1, wrongClaims("Either GANs need labeled data or they suffer from mode collapse."));
        assertEquals(1, wrongClaims("Either GANs need labeled data or labeled mode collapse, the labeled one."));
    }

    @Test
    void aCorrectionAfterADashTakesBackTheClauseBeforeIt() {
        ScoreResult result = Grader.compile(TrustedGradingTest.bundled("generative-models")).score("A generative model "
                + "classifies data into categories - no, that's a discriminative model. A generative model produces new "
                + "data that looks like the training data. Example: variational autoencoder.");
        assertTrue(result.misconceptions().isEmpty(), result.toString());
    }

    @Test
    void aBeliefGivenUpOrExpectedIsNoClaim() {
        for (String frame : List.of("I used to think", "At first I thought", "I always assumed", "You'd expect",
                "You might think", "One would assume", "My first guess was that")) {
            String answer = frame + " GANs are easy to train, but mode collapse is common.";
            assertEquals(0, wrongClaims(answer), answer);
        }
        for (String answer : List.of("I used to think GANs were easy to train until I learned about mode collapse.",
                "I always assumed GANs were easy to train; then I tried one.",
                "At first I thought GANs were easy to train, but I changed my mind.")) {
            assertEquals(0, wrongClaims(answer), answer);
        }
        assertEquals(1, wrongClaims("I think GANs are easy to train and mode collapse is common."),
                "the learner's own present hedge is a claim");
        assertEquals(1, wrongClaims("I used to think GANs were hard, but GANs are easy to train."),
                "after the \"but\" the learner speaks");
    }

    @Test
    void aReadingOthersGiveIsNoClaim() {
        // The eighty-sixth deck's model answer: "'Survival of the fittest' is often taken to mean that the strongest ..
        // win" failed its own rubric's wrong claim "fittest means strongest".
        Rubric fitness = rubric(List.of(concept("offspring", "reproductive success")),
                List.of(misconception("strongest", 2, "fittest means strongest")));
        for (String answer : List.of("\"Survival of the fittest\" is often taken to mean that the strongest win.",
                "The fittest is commonly misunderstood as the strongest.", "Fittest is often confused with strongest.",
                "It is wrongly thought to mean the fittest are the strongest.",
                // the eighty-sixth deck: people named as the ones who misread it
                "People misunderstand survival of the fittest because they think it means the strongest.")) {
            ScoreResult result = Grader.compile(fitness).score(answer);
            assertTrue(result.misconceptions().isEmpty(), answer + " " + result);
        }
        // A plain "is taken to mean" defines: the learner's claim.
        ScoreResult defined = Grader.compile(fitness).score("The fittest is taken to mean the strongest.");
        assertEquals(1, defined.misconceptions().size(), defined.toString());
    }

    @Test
    void aBeliefTheLearnerAgreesWithIsTheirClaim() {
        for (String answer : List.of("People say GANs are easy to train, and they are right.",
                "People say GANs are easy to train. They're right.", "As people say, GANs are easy to train.",
                "It's true what people say: GANs are easy to train.", "I always assumed GANs were easy to train and I still do.",
                "You might think GANs are easy to train, and you'd be right.",
                "I always assumed GANs were easy to train.", "People say GANs are easy to train, which is true.",
                "People say GANs are easy to train, and rightly so.", "People say GANs are easy to train, and they aren't wrong.",
                "People say GANs are hard, but it turns out they really are easy to train.")) {
            assertEquals(1, wrongClaims(answer), answer);
        }
    }

    @Test
    void aQuestionAnsweredYesInOtherWordsIsTheLearnersClaim() {
        for (String reply : List.of("Yes they are.", "Absolutely.", "I think so.", "Of course they are.", "They are.",
                "Basically.", "Pretty much.", "True.", "That's right.")) {
            String answer = "Are GANs easy to train? " + reply + " Mode collapse is rare.";
            assertEquals(1, wrongClaims(answer), answer);
        }
        assertEquals(1, wrongClaims("The question is whether GANs are easy to train, and honestly they are."));
        assertEquals(1, wrongClaims("Whether or not you like it, GANs are easy to train."), "a concession, then the claim");
        assertEquals(1, wrongClaims("Whether or not you like it GANs are easy to train."), "its \"not\" denies nothing");
        assertEquals(1, wrongClaims("Regardless of whether you use labels, GANs are easy to train."),
                "after the question's comma the learner speaks");
    }

    @Test
    void aQuestionRestatedIsNoClaim() {
        assertEquals(0, wrongClaims("The question is whether GANs are easy to train. They are not: mode collapse is common."));
        assertEquals(0, wrongClaims("You might ask if GANs are easy to train. They are not."));
        assertEquals(0, wrongClaims("GANs are easy to train? Definitely not: mode collapse is common."));
        assertEquals(0, wrongClaims("Are GANs easy to train. No, mode collapse is common."), "a question without its mark");
        assertEquals(1, wrongClaims("GANs are easy to train? I think so."), "a hedged statement is still a claim");
        assertEquals(1, wrongClaims("Then use the labels to test it? GANs need labeled data? not sure."),
                "\"not sure\" denies nothing");
    }

    @Test
    void whatAnAsideSaysOfAnotherThingIsNoClaim() {
        ScoreResult compared = Grader.compile(TrustedGradingTest.bundled("gan-basics")).score("Unlike a VAE, which has an "
                + "encoder and a decoder, a GAN has a generator that turns noise into fake images and a discriminator that "
                + "tells real from fake; they compete. GANs shine at image generation, super-resolution and style transfer.");
        assertTrue(compared.misconceptions().isEmpty(), compared.toString());
        assertEquals(4, compared.grade(), compared.toString());
        ScoreResult claimed = Grader.compile(TrustedGradingTest.bundled("gan-basics"))
                .score("A GAN, unlike a classifier, has an encoder and a decoder.");
        assertEquals(1, claimed.misconceptions().size(), "once the aside is closed the learner speaks: " + claimed);
    }

    @Test
    void aConditionIsNoClaim() {
        ScoreResult condition = Grader.compile(TrustedGradingTest.bundled("ae-evaluation")).score("If it is perfect on the "
                + "training data only, it might be overfitting. Evaluate with the reconstruction error on a test set.");
        assertTrue(condition.misconceptions().isEmpty(), condition.toString());
        assertEquals(1, wrongClaims("If you ask me, GANs are easy to train."), "after the condition's comma the learner speaks");
        for (String hedge : List.of("If you ask me", "If I remember right", "Unless I'm mistaken")) {
            assertEquals(1, wrongClaims(hedge + " GANs are easy to train."), "a hedge, no condition, even without its comma");
        }
    }

    @Test
    void aWrongClaimNamedAsATaskAndJudgedIsNoClaim() {
        var pretraining = Grader.compile(TrustedGradingTest.bundled("ae-pretraining"));
        for (String reason : List.of("Since creating labels is expensive", "Creating labels by hand would take forever and is too"
                + " costly;", "Manually creating labels is expensive, so", "Because it is expensive to create labels,",
                "Creating labels takes a long time, so")) {
            ScoreResult result = pretraining.score(reason + " train an autoencoder on the unlabeled data, reuse its encoder"
                    + " layers in a new classifier with an output layer, and train it on the labeled data.");
            assertTrue(result.misconceptions().isEmpty(), "people labelling data, not the model: " + result);
        }
        ScoreResult claimed = pretraining.score("The autoencoder is creating labels for the unlabeled data, which is expensive.");
        assertEquals(1, claimed.misconceptions().size(), "the model doing it is the claim: " + claimed);
        ScoreResult byTheModel = pretraining.score("Creating labels with the autoencoder is slow at first, but then it works.");
        assertEquals(1, byTheModel.misconceptions().size(), "the model named as who does it: " + byTheModel);
        ScoreResult praised = pretraining.score("Generating labels is easy with an autoencoder.");
        assertEquals(1, praised.misconceptions().size(), "a task praised is claimed: " + praised);
        ScoreResult rejected = pretraining.score("Discarding the unlabeled data would be wasteful: train an autoencoder on it.");
        assertTrue(rejected.misconceptions().isEmpty(), "a task rejected is no claim: " + rejected);
        for (String judged : List.of("Reusing the decoder layers too would be wrong since those map codings back to inputs.",
                "Reusing the decoder layers would break the classifier.")) {
            ScoreResult result = pretraining.score("Train an autoencoder on all the data and reuse its encoder layers in the"
                    + " classifier. " + judged);
            assertTrue(result.misconceptions().isEmpty(), "judged wrong, or by the harm it would do: " + result);
        }
        ScoreResult endorsed = pretraining.score("Train an autoencoder on all the data. Reusing the decoder layers would help.");
        assertEquals(1, endorsed.misconceptions().size(), "a task endorsed is claimed: " + endorsed);
    }

    @Test
    void ratherThanTheAlternativeDeniesIt() {
        for (String answer : List.of("Reuse the encoder rather than the decoder.", "Reuse the encoder rather than decoder.",
                "Reuse the encoder layers rather than the decoder layers.")) {
            ScoreResult result = Grader.compile(TrustedGradingTest.bundled("ae-pretraining")).score(answer);
            assertTrue(result.misconceptions().isEmpty(), answer + ": " + result);
        }
        for (String answer : List.of("Rather than cooperating, the two networks compete.", "Instead of cooperating, they compete.")) {
            ScoreResult result = Grader.compile(TrustedGradingTest.bundled("gan-basics")).score(answer);
            assertTrue(result.misconceptions().isEmpty(), "at the answer's start too: " + answer + ": " + result);
        }
    }

    @Test
    void whatIsNeededForAThingIsNoClaimThatItLeadsToIt() {
        // The eighty-ninth deck (calculus): "continuity is necessary for differentiability" is the converse of the wrong
        // claim "if continuous then differentiable", and its model answer had been read as that claim.
        Rubric rubric = rubric(List.of(concept("stronger", "differentiable implies continuous")),
                List.of(misconception("converse", 1, "if continuous then differentiable")));
        ScoreResult need = Grader.compile(rubric).score("Differentiable implies continuous, so continuity is necessary"
                + " for differentiability, not the other way round.");
        assertTrue(need.misconceptions().isEmpty(), need.toString());
        ScoreResult claim = Grader.compile(rubric).score("If a function is continuous then it is differentiable too.");
        assertEquals(List.of("converse"), misconceptionIds(claim),
                claim.toString());
    }
}
