package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static dev.latent.scoring.Rubrics.anyOrder;
import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.result;
import static dev.latent.scoring.Rubrics.rubric;
import static dev.latent.scoring.Rubrics.status;
import static dev.latent.scoring.Rubrics.withOpposites;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The negation failures of {@link TrustedGradingTest}, each reproduced: negation bound to its clause and subject,
 * things denied as a thing, privatives, and what the learner takes back or says they do not know.
 */
class TrustedNegationTest {

    private static ScoreResult grade(String questionId, String answer) {
        return Grader.compile(TrustedGradingTest.bundled(questionId)).score(answer);
    }

    // ---------------------------------------------------------------- negation

    @Test
    void noGoodMetricToEvaluateStatesThatEvaluatingIsHard() {
        ScoreResult result = grade("gan-training", "Mode collapse, unstable training and no good metric to evaluate the samples.");
        assertEquals(HIT, result(result, "evaluation").status(), result.toString());
        Rubric evaluate = rubric(concept("evaluation", "evaluate"));
        assertEquals(HIT, status(evaluate, "there is no good metric to evaluate the samples", "evaluation"));
        assertEquals(ConceptStatus.NEGATED, status(evaluate, "you do not evaluate the samples", "evaluation"));
    }

    @Test
    void statingTheOppositeIsNotAContradictionOfItself() {
        ScoreResult result = grade("gan-training", "Mode collapse is not a real problem and training is stable.");
        assertFalse(result.has(ScoreFlag.CONTRADICTION), "one side only is stated: " + result);
        Rubric stability = rubric(withOpposites("unstable", List.of("training is unstable"), List.of("training is stable")));
        ScoreResult opposite = Grader.compile(stability).score("Training is stable.");
        assertFalse(opposite.has(ScoreFlag.CONTRADICTION));
        assertTrue(opposite.misconceptions().stream().anyMatch(m -> "unstable".equals(m.oppositeOf())),
                "told as the opposite of a key idea");
        ScoreResult both = Grader.compile(stability).score("Training is unstable. Training is stable.");
        assertTrue(both.has(ScoreFlag.CONTRADICTION), "both sides stated: a contradiction");
    }

    @Test
    void aPredicateLeftOutForTheNextSubjectIsSaidOfIt() {
        // The cryptography deck: "hashes can't be reversed but encryption can" had denied that encryption is reversible.
        Rubric storage = rubric(anyOrder("encryption-reversible", "reversible"), anyOrder("one-way", "cannot be reversed"));
        ScoreResult affirmed = Grader.compile(storage).score("Hashes can't be reversed but encryption can if someone gets the key.");
        assertEquals(HIT, result(affirmed, "encryption-reversible").status(), affirmed.toString());
        assertEquals("encryption can", result(affirmed, "encryption-reversible").evidence().text(), "the words before it show");
        assertEquals(HIT, result(affirmed, "one-way").status());
        ScoreResult denied = Grader.compile(storage).score("Encryption can be reversed, but hashes can't.");
        assertEquals(HIT, result(denied, "one-way").status(), denied.toString());
        assertFalse(result(denied, "encryption-reversible").contradicted(), "hashes are another subject");
        // Two subjects that open with the same word are told apart by the next: no contradiction.
        Rubric intelligible = rubric(anyOrder("intelligibility", "understand each other"));
        ScoreResult dialects = Grader.compile(intelligible).score("Different dialects can understand each other but different"
                + " languages can't.");
        assertFalse(dialects.has(ScoreFlag.CONTRADICTION), dialects.toString());
        assertTrue(Grader.compile(intelligible).score("Dialects understand each other. Dialects don't understand each other.")
                .has(ScoreFlag.CONTRADICTION));
    }

    @Test
    void aNegationAboutAnotherSubjectDoesNotNegateTheConcept() {
        Rubric energy = rubric(anyOrder("active-needs-energy", "needs energy"));
        ScoreResult result = Grader.compile(energy).score("Active transport needs energy, while passive transport does not need energy.");
        ConceptResult concept = result(result, "active-needs-energy");
        assertEquals(HIT, concept.status());
        assertFalse(concept.contradicted(), "passive transport is another subject");
        Rubric fooling = rubric(anyOrder("fool", "fool discriminator"));
        ScoreResult gan = Grader.compile(fooling).score("The generator tries to fool the discriminator, the discriminator tries not to be fooled.");
        assertFalse(result(gan, "fool").contradicted());
    }

    @Test
    void aNegationEndsAtUnless() {
        Rubric remedy = rubric(concept("regularize", "sparsity"), concept("copies", "copy the input"));
        ScoreResult result = Grader.compile(remedy).score(
                "It can simply copy the input and learn nothing unless you add sparsity.");
        ConceptResult sparsity = result(result, "regularize");
        assertEquals(HIT, sparsity.status());
        assertFalse(sparsity.contradicted(), "\"nothing\" is said of what it learns, not of the sparsity: " + result);
        assertFalse(result.has(ScoreFlag.CONTRADICTION), result.toString());
        assertEquals(ConceptStatus.NEGATED, status(remedy, "you add no sparsity", "regularize"));
        Rubric inertia = rubric(concept("inertia", "unless a force acts"));
        assertEquals(HIT, status(inertia, "A moving object keeps moving unless a force acts on it.", "inertia"),
                "\"unless\" stays a word a phrasing may hold");
    }

    @Test
    void aNegationEndsAtAWordOfSequence() {
        // The eighty-fifth deck (agriculture): "the soil is not ploughed before crops are planted" had said "no crops
        // are planted"; "before", "after" and "until" open another event, in sequence with the one denied.
        Rubric planting = rubric(concept("planted", "crops are planted"), concept("pretrained", "pretrain the encoder"));
        assertEquals(HIT, status(planting, "In no-till the soil is not ploughed before crops are planted.", "planted"));
        assertEquals(HIT, status(planting, "The weights are not touched until you pretrain the encoder.", "pretrained"));
        assertEquals(HIT, status(planting, "You don't fine-tune after you pretrain the encoder.", "pretrained"));
        assertEquals(ConceptStatus.NEGATED, status(planting, "In no-till the crops are not planted.", "planted"));
        assertEquals(ConceptStatus.NEGATED, status(planting, "No crops are planted before spring.", "planted"));
    }

    @Test
    void noRightAfterTheVerbDeniesItsObjectAndWhatFollows() {
        // The hundred-and-ninth deck (spaceflight): "it carries its own oxidizer, so it needs no air to push against"
        // read the wrong claim "needs air to push" (the infinitive ended the determiner's scope), a 4 graded 2.
        Rubric thrust = rubric(List.of(concept("oxidiser", "carries its own oxidizer")),
                List.of(Rubrics.misconception("air", 3, "needs air to push")));
        ScoreResult right = Grader.compile(thrust).score("It carries its own oxidizer, so it needs no air to push against.");
        assertTrue(right.misconceptions().isEmpty(), right.toString());
        assertEquals(1, Grader.compile(thrust).score("It needs air to push against.").misconceptions().size());
        assertEquals(1, Grader.compile(thrust).score("It needs the air to push, no doubt.").misconceptions().size());
    }

    @Test
    void withoutAPronounNegatesNothingAfterIt() {
        Rubric deprivation = rubric(concept("irritable", "irritable", "poor concentration"));
        assertEquals(HIT, status(deprivation, "Without it people get irritable.", "irritable"));
        assertEquals(HIT, status(deprivation, "Without them you get irritable and cannot focus.", "irritable"));
        assertEquals(ConceptStatus.NEGATED, status(deprivation, "Sleep leaves you without irritability or poor concentration.",
                "irritable"), "a noun after the cue is still its object");
        assertEquals(ConceptStatus.NEGATED, status(deprivation, "People are not irritable without it.", "irritable"));
    }

    @Test
    void aSentenceTypedOnWithoutItsSpaceEndsTheNegation() {
        Rubric generates = rubric(concept("generates", "generate new data"));
        assertEquals(HIT, status(generates, "A generative model is not a classifier.it can generate new data.", "generates"));
        assertEquals(HIT, status(generates, "It is not a classifier.the decoder can generate new data.", "generates"));
    }

    @Test
    void idiomsThatOpenWithANegationDenyNothing() {
        Rubric risk = rubric(concept("overfits", "overfits the training data"), concept("capacity", "large network"));
        ScoreResult result = Grader.compile(risk).score("No matter how large the network is, it overfits the training data.");
        assertEquals(HIT, result(result, "capacity").status(), result.toString());
        assertEquals(HIT, status(risk, "No doubt it overfits the training data.", "overfits"));
        assertEquals(HIT, status(risk, "It is slow, not to mention it overfits the training data.", "overfits"));
        assertEquals(ConceptStatus.NEGATED, status(risk, "It does not overfit the training data.", "overfits"));
    }

    @Test
    void aThingNamedAndThenDeniedAsAProblemIsNegated() {
        Rubric difficulties = rubric(concept("mode-collapse", "mode collapse"), concept("instability", "unstable training"));
        assertEquals(ConceptStatus.NEGATED, status(difficulties, "Mode collapse isn't an issue anymore.", "mode-collapse"));
        assertEquals(ConceptStatus.NEGATED, status(difficulties, "Mode collapse doesn't really happen in practice.", "mode-collapse"));
        assertEquals(ConceptStatus.NEGATED, status(difficulties, "Mode collapse is not a real problem.", "mode-collapse"));
        ScoreResult both = Grader.compile(difficulties).score("Mode collapse is not a problem, but unstable training is.");
        assertEquals(ConceptStatus.NEGATED, result(both, "mode-collapse").status(), both.toString());
        assertEquals(HIT, result(both, "instability").status(), "the denial ends with its clause");
        assertEquals(HIT, status(difficulties, "Mode collapse, where the generator does not produce variety.", "mode-collapse"),
                "a negation after the words that denies something else");
        assertEquals(HIT, status(difficulties, "Mode collapse: the generator does not exist to copy; it covers one mode.",
                "mode-collapse"), "the denial speaks of the thing just named, in its own clause");
        ScoreResult joined = Grader.compile(difficulties).score("Mode collapse and unstable training are not the main problems.");
        assertEquals(ConceptStatus.NEGATED, result(joined, "mode-collapse").status(), "said of both things named together: " + joined);
        assertEquals(ConceptStatus.NEGATED, result(joined, "instability").status(), joined.toString());
        assertEquals(HIT, status(difficulties, "Mode collapse, and a generator that does not converge.", "mode-collapse"),
                "a denial of something else after the joined item");
    }

    @Test
    void aNegationThatDeniesAnotherWordDoesNotAffirmANegatedPhrasing() {
        Rubric pretraining = rubric(anyOrder("unlabeled", "use unlabeled data"), anyOrder("extinction", "bell without food"));
        assertEquals(ConceptStatus.MISSED, status(pretraining,
                "You can't use autoencoders here because you need labels for everything.", "unlabeled"),
                "\"can't\" denies the using; the labels after \"because\" are another clause");
        assertEquals(HIT, status(pretraining, "Use the data without labels first.", "unlabeled"));
        assertEquals(HIT, status(pretraining, "Use the unlabeled data first.", "unlabeled"));
        assertEquals(ConceptStatus.MISSED, status(pretraining,
                "Pavlov paired a bell (which meant nothing to them at first) with the food.", "extinction"),
                "the bracket's \"nothing\" does not reach the food");
        assertEquals(HIT, status(pretraining, "Then the bell rang without food, again and again.", "extinction"));
    }

    @Test
    void theLearnersOwnIgnoranceDeniesNothingAboutTheSubject() {
        Rubric separate = rubric(concept("no-separate", "not separate weights"), concept("weights", "decoder weights"));
        for (String answer : List.of("I don't know what the separate weights do.", "I do not know what separate weights are.",
                "Im not sure what the separate weights do.", "i dont know the separate weights", "No idea, separate weights?")) {
            assertEquals(MISSED, status(separate, answer, "no-separate"), answer);
        }
        assertEquals(HIT, status(separate, "The decoder does not have separate weights.", "no-separate"));
        assertEquals(ConceptStatus.NEGATED, status(separate, "The model doesn't know the decoder weights.", "weights"),
                "only the learner's own \"I don't know\" is neutral");
        for (String answer : List.of("I don't know what the weights do.", "I have no idea what tied weights are.",
                "You can't tie weights in an autoencoder.")) {
            ScoreResult result = grade("ae-tied-weights", answer);
            assertEquals(0, result.score(), answer + ": " + result);
        }
    }

    @Test
    void theAlternativeAfterRatherThanOrInsteadOfIsDenied() {
        Rubric features = rubric(concept("features", "learn useful features"), concept("memorise", "memorised data"),
                concept("converge", "converging"));
        ScoreResult rather = Grader.compile(features).score("It just memorised the data rather than learning useful features.");
        assertEquals(HIT, result(rather, "memorise").status(), rather.toString());
        assertEquals(ConceptStatus.NEGATED, result(rather, "features").status(), rather.toString());
        assertEquals(ConceptStatus.NEGATED, status(features, "The networks oscillate instead of converging.", "converge"));
        assertEquals(HIT, status(features, "Instead, the networks keep converging.", "converge"),
                "\"instead\" alone opens a contrast and denies nothing");
        ScoreResult evaluation = grade("ae-evaluation",
                "No. A perfect reconstruction could mean it just memorized the data rather than learning useful features.");
        assertTrue(evaluation.misconceptions().isEmpty(), "\"means useful features\" is denied here: " + evaluation);
    }

    @Test
    void theReferenceModelsReadingKeepsTheNegationItWasTrainedWith() {
        Rubric difficulties = rubric(concept("mode-collapse", "mode collapse"), concept("features", "learn useful features"));
        String answer = "Mode collapse isn't an issue anymore. It memorised the data rather than learning useful features.";
        ScoreResult trained = Grader.compile(difficulties, ScoringPolicy.DRAFTED).score(answer);
        assertEquals(HIT, result(trained, "mode-collapse").status(), "its features come from the reading it was trained on");
        assertEquals(HIT, result(trained, "features").status(), trained.toString());
        ScoreResult now = Grader.compile(difficulties).score(answer);
        assertEquals(ConceptStatus.NEGATED, result(now, "mode-collapse").status(), now.toString());
        assertEquals(ConceptStatus.NEGATED, result(now, "features").status(), now.toString());
    }

    @Test
    void withoutLabelsIsUnlabeled() {
        Rubric unlabeled = rubric(anyOrder("unlabeled", "train on unlabeled data"), anyOrder("labeled", "labeled data"));
        ScoreResult result = Grader.compile(unlabeled).score("First train on the data without labels, then fine-tune on the labeled data.");
        assertEquals(HIT, result(result, "unlabeled").status(), "\"without labels\" is what \"unlabeled\" says");
        assertFalse(result(result, "labeled").contradicted(), "\"unlabeled data\" does not deny \"labeled data\"");
        ScoreResult plain = Grader.compile(unlabeled).score("Pretrain on unlabeled data, then train on the labeled data.");
        assertEquals(HIT, result(plain, "labeled").status());
        assertFalse(result(plain, "labeled").contradicted());
    }

    @Test
    void unlabeledDataWithoutAnyLabelsSaysItTwice() {
        Rubric pretraining = rubric(anyOrder("pretrain", "train autoencoder labeled and unlabeled",
                "train autoencoder on unlabeled data"));
        ScoreResult twice = Grader.compile(pretraining).score("Train the autoencoder on the unlabeled data without any labels.");
        assertEquals(HIT, result(twice, "pretrain").status(), twice.toString());
        assertFalse(result(twice, "pretrain").contradicted(), "the later \"without\" does not deny the privative: " + twice);
        ScoreResult denied = Grader.compile(pretraining).score("Do not train the autoencoder on unlabeled data.");
        assertEquals(ConceptStatus.NEGATED, result(denied, "pretrain").status(), denied.toString());
    }

    @Test
    void unlabeledDataThatCannotBeUsedIsNotUsed() {
        Rubric pretraining = rubric(anyOrder("pretrain", "use unlabeled"));
        ScoreResult cannot = Grader.compile(pretraining).score("Unlabeled data cannot be used, so drop it.");
        assertEquals(ConceptStatus.NEGATED, result(cannot, "pretrain").status(),
                "the negation after the privative denies the using, not the labels: " + cannot);
        ScoreResult used = Grader.compile(pretraining).score("Unlabeled data can be used.");
        assertEquals(HIT, result(used, "pretrain").status(), used.toString());
    }

    @Test
    void notEasyToDoSaysItIsHard() {
        Rubric tuning = rubric(List.of(anyOrder("hyperparameters", "tune hyperparameters", "hyperparameter sensitivity")),
                List.of(Rubrics.misconception("easy", 2, "easy to train")));
        ScoreResult hard = Grader.compile(tuning).score("It is not easy to tune the hyperparameters.");
        assertEquals(HIT, result(hard, "hyperparameters").status(), hard.toString());
        ScoreResult notEasy = Grader.compile(tuning).score("GANs are not easy to train.");
        assertTrue(notEasy.misconceptions().isEmpty(), "the cue still denies the ease: " + notEasy);
        assertEquals(ConceptStatus.NEGATED, status(tuning, "You do not need to tune the hyperparameters.", "hyperparameters"),
                "other negations still reach through \"to\"");
    }

    @Test
    void lessStableSaysUnstable() {
        Rubric unstable = rubric(anyOrder("instability", "unstable training", "oscillates"));
        assertEquals(HIT, status(unstable, "Training is less stable than for other models.", "instability"));
        assertEquals(MISSED, status(unstable, "Training is stable.", "instability"));
        assertEquals(MISSED, status(unstable, "Training is less, but stable.", "instability"), "\"less\" must be the word's own");
    }

    // ---------------------------------------------------------------- thinking aloud

    @Test
    void whatTheLearnerTakesBackCountsNeitherForNorAgainstThem() {
        Rubric risks = rubric(List.of(concept("cannot-reconstruct", "cannot reconstruct the inputs")),
                List.of(Rubrics.misconception("undercomplete-overfits", 3, "undercomplete overfitting")));
        ScoreResult corrected = Grader.compile(risks).score(
                "The risk of a too undercomplete one is overfitting, no wait, I mean it cannot reconstruct the inputs.");
        assertTrue(corrected.misconceptions().isEmpty(), "the misconception was taken back: " + corrected);
        assertEquals(HIT, result(corrected, "cannot-reconstruct").status(), "the correction's own \"no\" negates nothing after it");

        Rubric tasks = rubric(concept("generation", "generating new data"), concept("reduction", "dimensionality reduction"));
        ScoreResult retracted = Grader.compile(tasks).score(
                "Dimensionality reduction, and generating new data, wait, no, that is GANs.");
        assertEquals(MISSED, result(retracted, "generation").status(), "taken back, so not credited");
        assertEquals(HIT, result(retracted, "reduction").status(), "only the clause before the correction is taken back");
    }

    @Test
    void aPlainIMeanExplainsRatherThanRetracts() {
        Rubric identity = rubric(concept("identity", "learns the identity"));
        assertEquals(HIT, status(identity, "It learns the identity, I mean it just copies its input.", "identity"));
        assertEquals(MISSED, status(identity, "It learns the identity, scratch that, it compresses.", "identity"));
    }

    @Test
    void otherWaysOfTakingSomethingBack() {
        Rubric identity = rubric(concept("identity", "learns the identity"), concept("compresses", "compresses the input"));
        for (String answer : List.of(
                "It learns the identity, never mind, it compresses the input.",
                "It learns the identity. I take that back: it compresses the input.",
                "It learns the identity. No, that's wrong, it compresses the input.")) {
            ScoreResult result = Grader.compile(identity).score(answer);
            assertEquals(MISSED, result(result, "identity").status(), answer + " -> " + result);
            assertEquals(HIT, result(result, "compresses").status(), "the correction negates nothing after it: " + result);
        }
        assertEquals(HIT, status(identity, "Never mind the labels: it learns the identity.", "identity"),
                "\"never mind\" before its object is no retraction");
        assertEquals(HIT, status(identity, "Actually no, it learns the identity.", "identity"));
    }

    @Test
    void whatLackingSomethingBringsSaysWhatItDoes() {
        // The twenty-second deck (algorithms): "without a base case it never terminates" says what the base case does.
        Rubric base = rubric(concept("base-stops", "stop the recursion", "terminate"));
        for (String answer : List.of("Without a base case the recursion would never terminate.",
                "If there is no base case it never terminates.", "You need one, otherwise it would never terminate.")) {
            assertEquals(HIT, status(base, answer, "base-stops"), answer);
        }
        assertEquals(ConceptStatus.NEGATED, status(base, "The base case never stops the recursion.", "base-stops"));
        assertEquals(ConceptStatus.NEGATED, status(base, "Without a doubt it is hard. The recursion does not terminate.", "base-stops"),
                "\"without\" in another sentence");
    }

    @Test
    void aDeniedReasonAndACleftSayWhatTheyDeny() {
        // The twenty-fifth deck (ecology).
        Rubric heat = rubric(anyOrder("heat", "heat loss", "lost as heat"));
        assertEquals(ConceptStatus.NEGATED, status(heat, "It isn't because of heat loss, heat has nothing to do with it.", "heat"));
        assertEquals(HIT, status(heat, "Most of it is gone because of heat loss.", "heat"));
        Rubric nutrients = rubric(List.of(concept("excess", "too many nutrients")),
                List.of(Rubrics.misconception("too-few", 1, "lack of nutrients")));
        ScoreResult cleft = Grader.compile(nutrients).score("It's not the nutrients themselves that kill the fish though.");
        assertTrue(cleft.misconceptions().isEmpty(), "says which thing kills, not that nutrients lack: " + cleft);
        ScoreResult lacking = Grader.compile(nutrients).score("The lake has no nutrients left.");
        assertEquals(1, lacking.misconceptions().size(), lacking.toString());
    }

    @Test
    void anExampleOfTheThingNamedAfterANegationIsNotDenied() {
        // The twenty-sixth deck (sociology): "something you can't control like your ethnicity".
        Rubric ascribed = rubric(concept("examples", "ethnicity", "sex", "age"));
        assertEquals(HIT, status(ascribed, "Ascribed is something you cant control like your ethnicity.", "examples"));
        assertEquals(HIT, status(ascribed, "A status you do not choose, such as your age.", "examples"));
        assertEquals(ConceptStatus.NEGATED, status(ascribed, "It is not your ethnicity.", "examples"));
    }

    @Test
    void aDeniedVerbDeniesEveryItemOfItsList() {
        // The sixty-third deck (first aid): its model answer "Do not apply ice, iced water, butter, oils, creams or
        // toothpaste" was read as advising iced water.
        Rubric burns = rubric(List.of(concept("cool", "running water")),
                List.of(Rubrics.misconception("ice", 1, "apply ice", "ice water", "butter")));
        for (String answer : List.of("Cool it under running water. Do not apply ice, iced water, butter or toothpaste.",
                "Cool it under running water, never use creams, iced water or butter.")) {
            ScoreResult score = Grader.compile(burns).score(answer);
            assertTrue(score.misconceptions().isEmpty(), answer + " -> " + score);
        }
        // A list the denial does not open, or one that never closes with "or"/"and", is not denied item by item.
        for (String answer : List.of("Cool it under running water, not too long, then put iced water on it.",
                "Do not panic, iced water, and so on.")) {
            assertEquals(1, Grader.compile(burns).score(answer).misconceptions().size(), answer);
        }
        // "no" denies the noun after it, not a list: "no jobs, war, drought or low wages" names war as a push factor.
        Rubric push = rubric(concept("war", "war"));
        assertEquals(HIT, status(push, "Push factors could be no jobs, war, drought, poor schools or low wages.", "war"));
        assertEquals(ConceptStatus.NEGATED, status(push, "It does not cause hunger, war or drought.", "war"));
    }

    @Test
    void aDeniedLesseningIsNoDenialOfTheThingLessened() {
        // The twenty-seventh dev set: "It doesn't reduce overfitting or anything like that" had said "not overfit much".
        Rubric tied = rubric(concept("less-overfitting", "not overfit much"));
        assertEquals(MISSED, status(tied, "It doesn't reduce overfitting or anything like that.", "less-overfitting"));
        assertEquals(MISSED, status(tied, "Tying them does not prevent overfitting.", "less-overfitting"));
        assertEquals(HIT, status(tied, "It does not overfit as much.", "less-overfitting"));
        assertEquals(HIT, status(tied, "With fewer weights it doesn't really overfit.", "less-overfitting"));
        // A phrasing that names the lessening itself is denied as before.
        Rubric named = rubric(concept("less-overfitting", "reduce overfitting"));
        assertEquals(ConceptStatus.NEGATED, status(named, "It doesn't reduce overfitting.", "less-overfitting"));
    }

    @Test
    void withoutAfterADenialSaysWhatIsNeeded() {
        // The twenty-first deck (security): "the attacker still can't log in without the second factor" had denied it.
        Rubric factors = rubric(concept("two-factors", "second factor"));
        for (String answer : List.of("The attacker still can't log in without the second factor.",
                "Nobody gets in without a second factor.")) {
            assertEquals(HIT, status(factors, answer, "two-factors"), answer);
        }
        assertEquals(ConceptStatus.NEGATED, status(factors, "It works without a second factor.", "two-factors"));
        assertEquals(ConceptStatus.NEGATED, status(factors, "You can't log in. It works without a second factor.", "two-factors"));
    }

    @Test
    void whatALeftOutVerbOfLesseningWouldLessenMustBeDenied() {
        // The eighty-fifth deck (agriculture): "the soil doesn't blow or wash away as much" had denied "prevents soil
        // being washed away", matched without its "prevents"; "the soil washes away" had said it.
        Rubric noTill = rubric(anyOrder("erosion", "prevents soil being washed away", "less erosion", "soil stays covered"));
        assertEquals(HIT, status(noTill, "The soil doesn't blow or wash away as much.", "erosion"));
        assertEquals(HIT, status(noTill, "The soil is not washed away.", "erosion"));
        assertEquals(MISSED, status(noTill, "The soil washes away.", "erosion"), "the harm itself says the opposite");
        assertEquals(HIT, status(noTill, "It prevents the soil being washed away.", "erosion"), "the whole phrasing as before");
    }

    @Test
    void keepingOrStoppingAThingFromDoingSomethingPreventsIt() {
        // The twenty-fourth dev set: "halves the parameters and keeps it from overfitting" missed "prevent overfitting".
        Rubric overfitting = rubric(concept("less-overfitting", "prevent overfitting"));
        for (String answer : List.of("Tying halves the parameters, which keeps it from overfitting.",
                "Tying the weights kept the network from overfitting.", "It stops the model from overfitting.",
                "Fewer parameters, stopping the network from overfitting.")) {
            assertEquals(HIT, status(overfitting, answer, "less-overfitting"), answer);
        }
        assertEquals(ConceptStatus.NEGATED, status(overfitting, "It doesn't keep the network from overfitting.", "less-overfitting"));
        assertEquals(ConceptStatus.NEGATED, status(overfitting, "It doesn't stop the network from overfitting.", "less-overfitting"));
        Rubric encoder = rubric(concept("keep-encoder", "keep the encoder"));
        assertEquals(HIT, status(encoder, "Keep the encoder from pretraining and add a softmax layer.", "keep-encoder"),
                "where the weights came from, not what they are kept from doing");
        // A label that keeps a harm from happening is said by the harm denied, as "prevents" is.
        Rubric erosion = rubric(new Concept("erosion", "Keeps the soil from eroding", 1.0, false, List.of("soil erodes"), false));
        assertEquals(HIT, status(erosion, "With roots the soil does not erode.", "erosion"));
    }

    @Test
    void aLeftOutWordOfDifficultyAsksForTheThingDenied() {
        // The ninety-seventh deck (sleep science): "when you can't fall asleep or stay asleep" had denied "trouble falling
        // asleep", matched without its "trouble"; "you fall asleep easily" had said "hard to fall asleep".
        // A short rubric's concept (five to nine phrasings) matches a phrasing of three words with one left out.
        Rubric insomnia = rubric(anyOrder("definition", "trouble falling asleep", "hard to fall asleep", "waking too early",
                "staying asleep", "unable to sleep", "daytime tiredness"));
        assertEquals(HIT, status(insomnia, "Insomnia is when you can't fall asleep at night.", "definition"));
        assertEquals(HIT, status(insomnia, "Insomnia is trouble falling asleep.", "definition"));
        assertEquals(MISSED, status(insomnia, "Insomnia is when you fall asleep easily.", "definition"));
        Rubric drive = rubric(anyOrder("storage", "hard disk drive", "solid state", "saved to storage", "flash memory",
                "persistent memory", "non-volatile"));
        assertEquals(HIT, status(drive, "It is saved on the disk drive.", "storage"), "'hard' names a thing: no difficulty");
    }

    @Test
    void aLeftOutWordOfAbsenceAsksForTheThingDenied() {
        // The ninety-seventh deck (sleep science): "you don't get enough sleep over several nights and it adds up" had
        // contradicted "missed sleep adds up", matched without its "missed"; "a lack of sleep that adds up" likewise.
        Rubric debt = rubric(anyOrder("definition", "missed sleep adds up", "accumulated lack of sleep", "sleep deficit",
                "cumulative sleep loss", "sleep you owe"));
        assertEquals(HIT, status(debt, "It's when you don't get enough sleep over several nights and it adds up.", "definition"));
        assertEquals(HIT, status(debt, "Sleep debt is a lack of sleep that adds up night after night.", "definition"));
        assertEquals(HIT, status(debt, "Missed sleep adds up.", "definition"));
        assertEquals(MISSED, status(debt, "It's when your sleep adds up to eight hours.", "definition"));
    }

    @Test
    void aVerbOfFallingAfterTheThingSaysItIsLowered() {
        // The twelfth deck (human physiology) and the eighty-first (journalism): "blood sugar goes down", "trust in the outlet
        // goes down".
        Rubric insulin = rubric(anyOrder("lowers", "insulin decreases blood sugar", "cells take up glucose", "stored as glycogen"));
        assertEquals(HIT, status(insulin, "Insulin makes your blood sugar go down.", "lowers"));
        assertEquals(HIT, status(insulin, "With insulin the blood sugar will drop.", "lowers"));
        assertEquals(MISSED, status(insulin, "Insulin makes your blood sugar go up.", "lowers"));
        Rubric trust = rubric(anyOrder("erodes-trust", "readers stop trusting", "damages credibility", "distrust"));
        assertEquals(HIT, status(trust, "Readers feel tricked and their trust in the outlet goes down.", "erodes-trust"));
        assertEquals(MISSED, status(trust, "Readers trust the outlet more.", "erodes-trust"));
    }

    @Test
    void aDeniedConditionOfAConsequenceSaysWhatIsNeeded() {
        // The fifty-eighth deck (developmental psychology): "if a child isn't exposed to language before five they will
        // never speak" had denied that experience is needed; the sixty-ninth (project management) "if they're not kept
        // informed they can block things".
        Rubric exposure = rubric(concept("experience-needed", "exposed to language"));
        assertEquals(HIT, status(exposure, "If a child isn't exposed to language before 5 they will never be able to speak.",
                "experience-needed"));
        assertEquals(HIT, status(exposure, "It matters because if children are not exposed to language, then they don't learn it.",
                "experience-needed"));
        assertEquals(ConceptStatus.NEGATED, status(exposure, "The child is not exposed to language.", "experience-needed"));
        assertEquals(ConceptStatus.NEGATED, status(exposure, "If a child isn't exposed to language.", "experience-needed"),
                "no consequence follows");
        Rubric informed = rubric(concept("engage", "kept informed"));
        assertEquals(HIT, status(informed, "Because if they're not kept informed they can block things.", "engage"));
    }

    @Test
    void theAlternativeSetAsideIsTheConceptWhereTheConceptIsAContrast() {
        // The sixty-fourth deck (memory and learning): "testing yourself instead of rereading" had denied its rubric's
        // "better than re-reading" concept, whose phrasings include "re-reading".
        Rubric restudy = rubric(concept("vs-restudy", "better than re-reading", "re-reading", "rather than reviewing notes"),
                concept("recall", "recall from memory"));
        assertEquals(HIT, status(restudy, "Retrieval practice means testing yourself instead of rereading.", "vs-restudy"));
        assertEquals(HIT, status(restudy, "It is recalling from memory rather than re-reading.", "vs-restudy"));
        assertEquals(ConceptStatus.NEGATED, status(restudy, "You should not re-read.", "vs-restudy"), "other cues still deny it");
        // The fiftieth deck (reinforcement learning): "learning from rewards not labels" had denied "rewards instead of
        // labels", the cue standing between the contrast's words.
        Rubric feedback = rubric(anyOrder("reward-feedback", "rewards instead of labels", "reward signal", "scalar reward",
                "evaluative feedback"));
        assertEquals(HIT, status(feedback, "RL = learning from rewards not labels.", "reward-feedback"));
        assertEquals(ConceptStatus.NEGATED, status(feedback, "RL learns from labels, not rewards.", "reward-feedback"));
        // A concept that is no contrast keeps the alternative denied.
        Rubric plain = rubric(concept("converge", "converging"));
        assertEquals(ConceptStatus.NEGATED, status(plain, "The networks oscillate instead of converging.", "converge"));
    }

    @Test
    void aDeniedLossKeepsWhatWouldBeLost() {
        // The eighty-fifth deck (agriculture): "so soil doesnt run out of nutrients" had denied "soil nutrients".
        Rubric fertility = rubric(concept("soil-fertility", "soil nutrients", "maintain soil fertility"));
        assertEquals(HIT, status(fertility, "Rotating crops, so the soil doesn't run out of nutrients.", "soil-fertility"));
        assertEquals(HIT, status(fertility, "The soil never loses its nutrients.", "soil-fertility"));
        assertEquals(ConceptStatus.NEGATED, status(fertility, "The soil does not have nutrients.", "soil-fertility"));
        // A loss the phrasing names itself is denied as before.
        Rubric loss = rubric(concept("loses-information", "loses information"));
        assertEquals(ConceptStatus.NEGATED, status(loss, "It doesn't lose information.", "loses-information"));
    }

    @Test
    void aDeniedInferenceDeniesTheFollowingNotTheThing() {
        // The fourth dev set: "perfect reconstruction doesnt mean the codings r meaningful" had denied that the codings'
        // use matters; the ethics deck's "doesn't mean it should be that way" had denied the "should".
        Rubric useful = rubric(concept("codings-useful", "codings meaningful", "useful codings"));
        assertEquals(HIT, status(useful, "Perfect reconstruction doesnt mean the codings r meaningful.", "codings-useful"));
        assertEquals(HIT, status(useful, "A low error does not necessarily imply useful codings.", "codings-useful"));
        assertEquals(ConceptStatus.NEGATED, status(useful, "The codings are not meaningful.", "codings-useful"));
    }
}
