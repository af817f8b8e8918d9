package dev.latent.scoring;

import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.Question;
import dev.latent.deck.Rubric;
import dev.latent.scoring.draft.ReferenceGrader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static dev.latent.scoring.Rubrics.anyOrder;
import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.result;
import static dev.latent.scoring.Rubrics.rubric;
import static dev.latent.scoring.Rubrics.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grading failures a new user met first, each reproduced: lists capped, the question's own words credited,
 * model answers failing their own rubrics, negation reaching too far, evidence picking the wrong words, words run
 * together or hyphenated, and non-answers scoring in reference mode.
 */
class TrustedGradingTest {

    private static final Deck DECK = load();

    private static Deck load() {
        try {
            return DeckLoader.load(BundledDeckAgreementTest.bundledDeck());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Question bundled(String questionId) {
        return DECK.question(questionId).orElseThrow();
    }

    private static ScoreResult grade(String questionId, String answer) {
        return Grader.compile(bundled(questionId)).score(answer);
    }

    // ---------------------------------------------------------------- lists

    @Test
    void aListOfTheMainTasksIsACompleteAnswerNotACappedOne() {
        ScoreResult list = grade("ae-tasks", "Dimensionality reduction, anomaly detection, denoising and feature learning.");
        ScoreResult sentence = grade("ae-tasks", "They are used for dimensionality reduction, anomaly detection, denoising and feature learning.");
        assertFalse(list.has(ScoreFlag.KEYWORD_LIST), list.flags().toString());
        assertEquals(4, list.grade(), "four main tasks named: " + list);
        assertEquals(sentence.grade(), list.grade(), "a list grades as the same words in a sentence");
    }

    @Test
    void threeOfTheMainTasksAreAFullAnswerAndTwoAGoodOne() {
        // Five dev sets' graders gave 4 for three main tasks and 3 for two, where the rubric had given 3 and 2: the
        // four main tasks now weigh the same (3 each), super-resolution, a rarer use, 1.
        assertEquals(4, grade("ae-tasks", "compressing data, denoising images and detecting outliers").grade());
        assertEquals(4, grade("ae-tasks", "Feature extraction, anomaly detection and removing noise from photos.").grade());
        assertEquals(3, grade("ae-tasks", "reduce dimensions & remove noise from images").grade());
        ScoreResult rarerUse = grade("ae-tasks", "Mostly image super-resolution.");
        assertTrue(rarerUse.score() > 0 && rarerUse.score() < 15, rarerUse.toString());
    }

    @Test
    void aGenerativeModelThatGeneratesLabelsIsTheDiscriminativeConfusion() {
        // Four dev sets' writers: "generates labels / predictions for new data" had earned "generates new data".
        for (String answer : List.of("A generative model generates labels for new data. A sparse autoencoder is one.",
                "It generates predictions for new data, like any classifier.")) {
            ScoreResult result = grade("generative-models", answer);
            assertTrue(result.misconceptions().stream().anyMatch(m -> m.id().equals("discriminative")), result.toString());
            assertTrue(result.grade() <= 1, result.toString());
        }
        assertEquals(4, grade("generative-models", "A generative model learns the data distribution and generates new "
                + "samples, unlike a classifier, which generates labels. A VAE is one.").grade());
    }

    @Test
    void anAutoencoderTrainedOnTheLabeledDataToLabelTheRestIsTheConfusionTheRubricLists() {
        // The fourth and fifth dev sets: pseudo-labelling with an autoencoder trained on the labeled data had earned
        // "train an autoencoder on the (unlabeled) data first".
        for (String answer : List.of("Train the autoencoder on the labeled data first so it learns the classes, then use it"
                        + " to put labels on all the unlabeled data and train the classifier on everything.",
                "Train the autoencoder on the labeled data first to get a strong encoder, then use it to pseudo-label all "
                        + "the unlabeled data and train the classifier on the whole set.")) {
            ScoreResult result = grade("ae-pretraining", answer);
            assertFalse(result.misconceptions().isEmpty(), result.toString());
            assertTrue(result.grade() <= 1, result.toString());
        }
    }

    @Test
    void theLaterDevSetsPlainWordsAndNotesMeetTheRubric() {
        // Their writers described the parts instead of naming them and wrote terse notes: each of these had lost a grade.
        assertEquals(3, grade("gan-training", "Mode failure: the generator only makes one kind of output. Also training is"
                + " unstable.").grade());
        assertEquals(4, grade("gan-basics", "A GAN has a forger network that makes fakes from random noise and a detective"
                + " network that labels them real or fake, and they train against each other. They shine at super-resolution"
                + " and data augmentation.").grade());
        // the twenty-fourth: terms translated word for word, and the judge that cannot tell the fakes apart (its aim)
        assertEquals(3, grade("gan-basics", "Generative adversarial network: forger net and judge net play a game, the forger"
                + " tries to make fake images that the judge cannot distinguish from real ones. GANs are good for generating"
                + " faces and art.").grade());
        assertEquals(4, grade("ae-evaluation", "Not necessarily, it might just copy the input. Check the rebuild error on"
                + " data it hasn't seen, and how useful the codings are for the actual job.").grade());
        // the eighth dev set
        assertEquals(4, grade("ae-complete", "In an undercomplete autoencoder the codings have fewer dimensions than the"
                + " inputs. If it's excessively undercomplete it will not be able to reconstruct the inputs. An overcomplete"
                + " autoencoder has at least as many codings as inputs and the danger is it just learns to copy the input to"
                + " the output.").grade());
        assertEquals(3, grade("gan-training", "1. Balance the two networks so neither one wins. 2. Avoid mode collapse, where"
                + " the generator always outputs the same thing.").grade());
        assertEquals(4, grade("ae-pretraining", "Train the autoencoder on the big pile of unlabeled data, then use its middle"
                + " output as the input for a separate classifier that you train on the labeled part.").grade());
        assertEquals(3, grade("gan-training", "If one side gets much stronger than the other, the weaker one can't learn."
                + " Also you have to tune lots of hyperparameters.").grade());
        assertEquals(3, grade("ae-evaluation", "no -> overfitting. check val recon err").grade());
        ScoreResult needsLabels = grade("gan-basics", "A GAN has a generator and discriminator, and the discriminator needs"
                + " labeled data for each class, that's why GANs need labels to train. Tasks: image generation, super-resolution.");
        assertTrue(needsLabels.misconceptions().stream().anyMatch(m -> m.id().equals("needs-labels")), needsLabels.toString());
        assertEquals(4, grade("gan-basics", "A GAN has a generator and a discriminator competing; it does not need labels."
                + " Used for image generation and super-resolution.").grade());
    }

    @Test
    void aLossNamedWithoutWhichOneIsNoReconstructionError() {
        // Five dev sets' graders gave "no, check the loss" a 1: a bare "no" and a loss, which one left unsaid. The rubric
        // had read "check the loss" as measuring the reconstruction error, for a 3.
        ScoreResult vague = grade("ae-evaluation", "no, check the loss");
        assertTrue(vague.grade() <= 1, vague.toString());
        ScoreResult named = grade("ae-evaluation", "no, check the reconstruction loss on a validation set");
        assertEquals(ConceptStatus.HIT, Rubrics.result(named, "reconstruction-error").status(), named.toString());
        assertTrue(named.grade() >= 2, named.toString());
    }

    @Test
    void theDevSetsFluentWrongMechanismsAreTheirListedConfusions() {
        // Graded 2 or less by the dev sets' graders, 4 by the rubric: each states a wrong mechanism beside right terms.
        assertConfusion("ae-evaluation", "perfect-means-underfitting", "No. Perfect reconstruction usually means the coding"
                + " layer is too small, so it was forced to memorize. Check the reconstruction error on a validation set"
                + " and how useful the codings are for your task.");
        assertConfusion("gan-training", "collapse-misdefined", "Mode collapse, where the discriminator ends up only"
                + " outputting one class, and the training is unstable and sensitive to hyperparameters.");
        assertConfusion("ae-tied-weights", "every-layer-same", "You tie weights by making all the layers have the same"
                + " weights so the network is symmetric. This makes it train faster.");
        assertConfusion("ae-tied-weights", "cnn-sharing", "You share the weights between layers, like in a CNN where the"
                + " same filter is applied across the image, so there are far fewer parameters.");
        // Said right, none of them is claimed.
        for (String[] right : new String[][] {
                {"ae-evaluation", "No: perfect reconstruction can mean it just copies the input; an undercomplete one"
                        + " cannot copy. Check the reconstruction error on a validation set and whether the codings help"
                        + " a downstream task."},
                {"ae-tied-weights", "You set each decoder layer's weights to the transpose of the matching encoder"
                        + " layer's weights, so every layer pair shares one matrix: half the parameters."}}) {
            ScoreResult result = grade(right[0], right[1]);
            assertTrue(result.misconceptions().isEmpty(), result.toString());
            assertEquals(4, result.grade(), result.toString());
        }
    }

    private static void assertConfusion(String question, String misconception, String answer) {
        ScoreResult result = grade(question, answer);
        assertTrue(result.misconceptions().stream().anyMatch(m -> m.id().equals(misconception)), result.toString());
        assertTrue(result.grade() <= 2, result.toString());
    }

    @Test
    void swappedRolesAndRisksInShortFormsAreTheListedConfusions() {
        // The sixth dev set's notes: "D generates, G classifies" and the two risks swapped had earned full marks.
        ScoreResult roles = grade("gan-basics", "D generates imgs, G classifies real/fake. image synthesis");
        assertTrue(roles.misconceptions().stream().anyMatch(m -> m.id().equals("roles-swapped")), roles.toString());
        assertEquals(4, grade("gan-basics", "G generates imgs from noise, D classifies real/fake. image synthesis, "
                + "super-resolution").grade());
        String definitions = "Under = bottleneck smaller than input, over = bigger than input. ";
        ScoreResult risks = grade("ae-complete", definitions + "Risk of too small: it just memorises the training set. Risk"
                + " of too big: it won't be able to rebuild the data.");
        assertTrue(risks.misconceptions().stream().anyMatch(m -> m.id().equals("risks-swapped")), risks.toString());
        assertEquals(4, grade("ae-complete", definitions + "Risk of too small: it won't be able to rebuild the data. Risk"
                + " of too big: it just memorises the training set.").grade());
    }

    @Test
    void theNinthDevSetsSubtlyWrongDirectionsAreListedConfusions() {
        // Its hurried writer slipped one wrong direction into right answers: anomalies as the best reconstructed,
        // mode collapse as too much variety. Both had earned a 4.
        ScoreResult anomalies = grade("ae-tasks", "Mainly dimensionality reduction and feature extraction. They're also used"
                + " for anomaly detection, where the anomalies are the inputs the autoencoder reconstructs best.");
        assertTrue(anomalies.misconceptions().stream().anyMatch(m -> m.id().equals("anomaly-reversed")), anomalies.toString());
        assertEquals(4, grade("ae-tasks", "Dimensionality reduction, feature extraction and anomaly detection: anomalies are"
                + " the inputs it reconstructs worst, with the highest reconstruction error.").grade());
        ScoreResult variety = grade("gan-training", "Mode collapse, where the generator produces too much variety so the"
                + " discriminator can't keep up. Also the training is unstable.");
        assertTrue(variety.misconceptions().stream().anyMatch(m -> m.id().equals("collapse-misdefined")), variety.toString());
        ScoreResult backfill = grade("ae-pretraining", "The autoencoder can fill in the labels for the unlabeled rows, like a"
                + " backfill job, and then you train the classifier on the full table.");
        assertTrue(backfill.misconceptions().stream().anyMatch(m -> m.id().equals("autoencoder-labels")), backfill.toString());
    }

    @Test
    void thePretrainingWrongClaimsOfTheDevSetsAreListed() {
        // Dev sets 22 to 33: labels the autoencoder "produces" or "makes up", the decoder kept or its half taken, and the
        // autoencoder trained on the few labeled instances had earned 2 to 4 where their graders gave 0 to 2.
        for (String[] wrong : new String[][] {
                {"autoencoder-labels", "Run the autoencoder on the unlabeled data to produce labels for it, then train the classifier on all of it."},
                {"autoencoder-labels", "The network can look at the unlabeled examples and make up labels for them, then train on all of it."},
                {"reuse-decoder", "Pretrain an autoencoder on the unlabeled data, then keep the decoder, put a softmax layer after it and train it."},
                {"reuse-decoder", "Train an autoencoder on the unlabeled data, then take the decoder half and stack a softmax layer on top."},
                {"ae-on-labeled-only", "Train an autoencoder on your few thousand labeled instances, then reuse the encoder's layers in the classifier."}}) {
            ScoreResult result = grade("ae-pretraining", wrong[1]);
            assertTrue(result.misconceptions().stream().anyMatch(m -> m.id().equals(wrong[0])), result.toString());
        }
        // Throwing the decoder half away and training the new output layer are right, as before.
        assertEquals(4, grade("ae-pretraining", "Train an autoencoder on all the data, labeled and unlabeled. Then throw away the"
                + " decoder half, keep the encoder's layers as the classifier's lower layers, freeze them, and train only the new"
                + " output layer on the labeled data.").grade());
    }

    @Test
    void theTenthDevSetsClassifierMetricsAndBalanceAreRead() {
        // Its phone and statistics writers: accuracy "like for a classifier" had earned the downstream-task concept
        // (grade 2 where graders gave 0); the balance of G and D and latent factors had earned nothing.
        for (String answer : List.of("You evaluate it with accuracy, like how many inputs it classifies right.",
                "You evaluate it using accuracy on the reconstructed images, like for a classifier.")) {
            ScoreResult accuracy = grade("ae-evaluation", answer);
            assertTrue(accuracy.misconceptions().stream().anyMatch(m -> m.id().equals("classifier-metrics")), accuracy.toString());
            assertEquals(0, accuracy.grade(), accuracy.toString());
        }
        ScoreResult probe = grade("ae-evaluation", "Not necessarily, it may just copy its inputs. Measure the reconstruction"
                + " error on a test set and the accuracy of a classifier trained on the codings.");
        assertTrue(probe.misconceptions().isEmpty(), "a classifier on the codings is the downstream task: " + probe);
        ScoreResult balance = grade("gan-training", "G and D have to be balanced. if one wins the other cant learn. also mode"
                + " collapse -> less diversity");
        for (String concept : List.of("instability", "vanishing-gradients", "mode-collapse")) {
            assertEquals(ConceptStatus.HIT, result(balance, concept).status(), concept + ": " + balance);
        }
        ScoreResult factors = grade("ae-tasks", "Compression of data and finding latent factors, similar to factor analysis.");
        assertEquals(ConceptStatus.HIT, result(factors, "feature-learning").status(), factors.toString());
    }

    @Test
    void theEleventhDevSetsSlowTrainingAndReuseAreRead() {
        // Graders of six dev sets gave a GAN's slow, GPU-hungry training a 1 (a fragment of truth); it had earned 0.
        ScoreResult slow = grade("gan-training", "It takes really long to train and needs a big GPU.");
        assertEquals(1, slow.grade(), slow.toString());
        ConceptResult cost = result(slow, "compute-cost");
        assertTrue(cost.status() == ConceptStatus.HIT && cost.alsoAccepted(), "a bonus, never missed: " + cost);
        assertEquals(0, grade("gan-training", "The main difficulty is that the reconstruction loss is hard to compute.").grade());
        // "reuse it for the classifier" reuses the autoencoder; "can't tell the difference" is no verdict on the question.
        ScoreResult reuse = grade("ae-pretraining", "You let the autoencoder learn on unlabeled data first and then reuse it for"
                + " the classifier.");
        assertEquals(ConceptStatus.HIT, result(reuse, "reuse-encoder").status(), reuse.toString());
        ScoreResult tell = grade("ae-evaluation", "A good autoencoder is one where you can't tell the difference between the"
                + " reconstruction and the original, so compare them side by side.");
        assertEquals(ConceptStatus.MISSED, result(tell, "not-necessarily").status(), tell.toString());
    }

    @Test
    void theTwelfthDevSetsOrderOfStepsAndNotationAreRead() {
        // "train autoencoder first", in any order, had found the autoencoder's pretraining across two steps that train
        // the classifier first; said in its order it is still the pretraining.
        ScoreResult classifierFirst = grade("ae-pretraining", "I would train the classifier first on the labeled data and then"
                + " use an autoencoder to clean up its predictions.");
        assertEquals(ConceptStatus.MISSED, result(classifierFirst, "pretrain-unlabeled").status(), classifierFirst.toString());
        ScoreResult inOrder = grade("ae-pretraining", "Train the autoencoder on the unlabeled data first and then train the classifier.");
        assertEquals(ConceptStatus.HIT, result(inOrder, "pretrain-unlabeled").status(), inOrder.toString());
        // Math writers: the joint distribution p(x,y), a classifier trained on the codings z.
        assertEquals(ConceptStatus.HIT, result(grade("generative-models", "It learns p(x,y) instead of p(y|x)."),
                "models-distribution").status());
        assertEquals(ConceptStatus.HIT, result(grade("ae-pretraining", "compress x into z = f(x), then train a classifier on z"),
                "reuse-encoder").status());
    }

    @Test
    void theThirteenthDevSetsFlippedWeightsAndSwappedDefinitionsAreRead() {
        // Weights "flipped around" are the transpose in the learner's own words (graded 4; scored 2).
        ScoreResult flipped = grade("ae-tied-weights", "Make the weights of the second half equal to the first half's weights"
                + " flipped around, so you only store one set. Fewer things to learn means less overfitting.");
        assertEquals(ConceptStatus.HIT, result(flipped, "transpose").status(), flipped.toString());
        // Swapped definitions beside both risks right keep a little of the risks' credit (graded 2; scored 0).
        ScoreResult swapped = grade("ae-complete", "An undercomplete autoencoder has a coding layer that is larger than the input,"
                + " and an overcomplete one has a smaller coding layer. If it's too undercomplete it can't reconstruct the inputs"
                + " well, and an overcomplete one may just copy the input to the output.");
        assertEquals(1, swapped.grade(), swapped.toString());
        // The twenty-eighth dev set: the size first, the name after it (graded 4; scored 2).
        ScoreResult sizeFirst = grade("ae-complete", "With fewer coding units you get undercomplete, with more you get"
                + " overcomplete. Too undercomplete means it fails to reconstruct. Overcomplete risks overfitting.");
        assertEquals(ConceptStatus.HIT, result(sizeFirst, "undercomplete-definition").status(), sizeFirst.toString());
    }

    @Test
    void theTwentySeventhDevSetsNumbersAreTheWeights() {
        // Without technical terms: "numbers" for weights, "flipped over" for transposed (graded 3-4; scored 1).
        ScoreResult borrowed = grade("ae-tied-weights", "the back half borrows the front half's numbers, saves memory");
        assertEquals(ConceptStatus.HIT, result(borrowed, "weight-sharing").status(), borrowed.toString());
        ScoreResult flipped = grade("ae-tied-weights", "You make the second half use the same connection numbers as the first"
                + " half but flipped over, so the rebuilding half doesn't have its own.");
        assertEquals(ConceptStatus.HIT, result(flipped, "transpose").status(), flipped.toString());
    }

    @Test
    void theCodingsAsTheClassifiersSmallerInputAreTheEncoderReused() {
        // Eight dev answers reduce the dimensionality with the autoencoder and then train the classifier (graded 2-3;
        // scored 0-1 with the reused encoder missed).
        for (String answer : List.of("Reduce the dimensions of the data with the autoencoder so the classifier trains faster."
                + " Then train the classifier on the labeled data only.", "You could use the squeezed version of each example as"
                + " the input to the classifier instead of the raw data, so the classifier has less to deal with.")) {
            ScoreResult score = grade("ae-pretraining", answer);
            assertEquals(ConceptStatus.HIT, result(score, "reuse-encoder").status(), score.toString());
        }
    }

    @Test
    void theTwentyEighthDevSetsGeneratorThatClassifiesHasTheRolesSwapped() {
        // Graded 2; scored 4 with the discriminator's role credited.
        ScoreResult swapped = grade("gan-basics", "A GAN is a generator and a discriminator; the generator is trained to"
                + " classify real vs fake. Used for image generation and data augmentation.");
        assertTrue(swapped.misconceptions().stream().anyMatch(m -> m.id().equals("roles-swapped")), swapped.toString());
        ScoreResult right = grade("gan-basics", "The generator makes fake images from noise and the discriminator classifies"
                + " them as real or fake. Used for image generation and data augmentation.");
        assertTrue(right.misconceptions().isEmpty(), right.toString());
    }

    @Test
    void aBarePretrainingIsAFragmentOfTheAnswerAndImageNetTransferIsNot() {
        // Thirteen answers of the dev sets say only "pretraining", every one graded 1; they had scored 0.
        for (String answer : List.of("pretraining", "Pretraining.")) assertEquals(1, grade("ae-pretraining", answer).grade(), answer);
        // A model pretrained on ImageNet is not the autoencoder pretrained on the unlabeled data (graded 1).
        ScoreResult imagenet = grade("ae-pretraining", "Transfer learning: take a model pretrained on ImageNet like ResNet, remove"
                + " the top layer and retrain it on your labeled data.");
        assertTrue(imagenet.grade() <= 1, imagenet.toString());
        assertTrue(imagenet.misconceptions().stream().anyMatch(m -> m.id().equals("imagenet-instead")), imagenet.toString());
    }

    @Test
    void wrongClaimsSeveralDevSetsShareAreRead() {
        // Each said by writers of two or more dev sets, graded 0 to 2, and scored 2 to 4 for the right words beside them.
        ScoreResult every = grade("generative-models", "A generative model makes new data. So any autoencoder is generative since"
                + " the decoder generates the image.");
        assertTrue(every.misconceptions().stream().anyMatch(m -> m.id().equals("every-autoencoder-generative")), every.toString());
        assertTrue(grade("generative-models", "Not every autoencoder is generative, but a VAE generates new samples.")
                .misconceptions().isEmpty());
        ScoreResult shared = grade("gan-basics", "A generator and a discriminator trained at the same time on one shared loss that"
                + " they both try to minimize.");
        assertTrue(shared.misconceptions().stream().anyMatch(m -> m.id().equals("cooperate")), shared.toString());
        ScoreResult sees = grade("gan-basics", "The generator gets its gradients by looking directly at the real training images.");
        assertTrue(sees.misconceptions().stream().anyMatch(m -> m.id().equals("generator-sees-data")), sees.toString());
        assertTrue(grade("gan-basics", "The generator never sees the real images: it only gets gradients through the discriminator.")
                .misconceptions().isEmpty());
    }

    @Test
    void wrongClaimsOfTheSixteenthDevSetAreRead() {
        // Each graded 0 to 2 and scored 3 or 4 for the right words beside it.
        ScoreResult high = grade("ae-evaluation", "No, a perfect reconstruction is never a good sign, a good autoencoder should"
                + " always have a high reconstruction error. You evaluate it by looking at the codings.");
        assertTrue(high.misconceptions().stream().anyMatch(m -> m.id().equals("high-error-good")), high.toString());
        assertTrue(high.grade() <= 2, high.toString());
        ScoreResult useless = grade("ae-complete", "Undercomplete: coding size < input size, overcomplete: coding size > input size."
                + " Too undercomplete means it can't reconstruct. Overcomplete means it just copies the input, so an overcomplete"
                + " autoencoder can never be useful, no regularization can fix that.");
        assertTrue(useless.misconceptions().stream().anyMatch(m -> m.id().equals("overcomplete-useless")), useless.toString());
        ScoreResult gan = grade("ae-tied-weights", "You share the weights between the generator and the discriminator so they"
                + " learn at the same speed.");
        assertTrue(gan.misconceptions().stream().anyMatch(m -> m.id().equals("gan-weights")), gan.toString());
        assertTrue(grade("ae-tied-weights", "The decoder shares the encoder's weights, transposed, so there are fewer parameters.")
                .misconceptions().isEmpty());
    }

    @Test
    void theTwoNetworksNamedByTheirLettersAreTheTwoNetworks() {
        // The eighteenth dev set: "G makes fakes, D detects" had earned nothing of the two networks.
        ScoreResult letters = grade("gan-basics", "G makes fakes, D detects. tasks?");
        assertEquals(HIT, Rubrics.result(letters, "generator-discriminator").status(), letters.toString());
        assertEquals(HIT, Rubrics.result(letters, "generator-role").status(), letters.toString());
        assertEquals(HIT, Rubrics.result(grade("gan-basics", "G and D compete"), "generator-discriminator").status());
    }

    @Test
    void aModelOfTheDataDistributionIsAGenerativeModel() {
        // Graded 4 in the dev sets, capped at 3: "learns p(x)" had not said that a generative model makes new data.
        for (String answer : List.of("A model of p(x), the distribution of the data, rather than just p(y|x). Example: variational"
                + " autoencoder.", "It's a model that learns the distribution of the data. You can use a variational autoencoder.")) {
            ScoreResult result = grade("generative-models", answer);
            assertEquals(HIT, Rubrics.result(result, "generates-new-samples").status(), result.toString());
            assertEquals(4, result.grade(), result.toString());
        }
    }

    @Test
    void copyingThePretrainedLayersIsReusingTheEncoder() {
        // The calibration and sixteenth dev sets: "copy its layers into the classifier" had not reused the encoder.
        for (String answer : List.of("Autoencoders let you do pretraining without labels. Train one on the unlabeled images, then"
                + " copy its layers into the classifier and train the whole thing on the labeled examples.",
                "Use the autoencoder to reduce the dimension of all data, then train the classifier on the codings of the labeled"
                        + " data.")) {
            ScoreResult result = grade("ae-pretraining", answer);
            assertEquals(HIT, Rubrics.result(result, "reuse-encoder").status(), result.toString());
        }
    }

    @Test
    void pretrainingOnTheUnlabeledDataSaidInFewWordsIsThePretraining() {
        // The fifth dev set and the calibration set: these had missed "train the autoencoder on the unlabeled data".
        for (String answer : List.of("pretrain on unlabeled then fine tune on labeled",
                "Autoencoders learn a low-dimensional representation of the data without labels, so they let you exploit"
                        + " the unlabeled data.")) {
            ScoreResult result = grade("ae-pretraining", answer);
            assertEquals(ConceptStatus.HIT, result(result, "pretrain-unlabeled").status(), result.toString());
        }
    }

    @Test
    void allFiveGanDifficultiesAsAListAreComplete() {
        ScoreResult result = grade("gan-training", "mode collapse, training instability, hyperparameter sensitivity, "
                + "hard to evaluate, convergence problems");
        assertEquals(4, result.grade(), result.toString());
    }

    // ---------------------------------------------------------------- echoes of the question

    @Test
    void theQuestionsOwnWordsEarnNothing() {
        ScoreResult echo = grade("ae-evaluation", "It depends on how well it reconstructs the inputs.");
        assertEquals(MISSED, result(echo, "reconstruction-error").status(), "\"reconstructs\" is the question's word");
        assertTrue(echo.grade() <= 1, echo.toString());
        CompiledRubric evaluation = Grader.compile(DECK.question("ae-evaluation").orElseThrow());
        Rubric withEcho = new Rubric(List.of(anyOrder("reconstruction", "how well reconstructs", "reconstruction error")), List.of());
        CompiledRubric warned = Grader.compile(withEcho, "If an autoencoder perfectly reconstructs the inputs, is it good?",
                null, ScoringPolicy.DEFAULT);
        assertTrue(warned.warnings().stream().anyMatch(w -> w.contains("how well reconstructs")), warned.warnings().toString());
        assertTrue(evaluation.warnings().isEmpty(), "the bundled rubric has no such phrasing: " + evaluation.warnings());
    }

    @Test
    void theQuestionsInstructionsAreNotItsSubject() {
        // "Give an example" tells the student what to do: "what you give up" is no echo of it.
        Rubric cost = new Rubric(List.of(anyOrder("foregone", "what you give up", "next best alternative")), List.of());
        String prompt = "What is opportunity cost? Give an example.";
        CompiledRubric compiled = Grader.compile(cost, prompt, null, ScoringPolicy.DEFAULT);
        assertEquals(List.of(), compiled.warnings());
        assertEquals(ConceptStatus.HIT, Rubrics.result(compiled.score("It is what you give up when you choose."), "foregone").status());
        // The same verb as the question's subject still echoes ("sacrifice" is what the question asks about). ("what you
        // give up" is matched as written since a particle says part of a verb's meaning: no echo of "give up things".)
        Rubric sacrifice = new Rubric(List.of(anyOrder("foregone", "what you sacrifice", "next best alternative")), List.of());
        CompiledRubric subject = Grader.compile(sacrifice, "Why do people sacrifice things they like?", null, ScoringPolicy.DEFAULT);
        assertTrue(subject.warnings().stream().anyMatch(w -> w.contains("what you sacrifice")), subject.warnings().toString());
        // "Can you name ..." and "... and say why" are instructions too; the rest of the sentence is still the subject.
        assertEquals("What is a GAN? Can you      a few tasks where GANs can shine?",
                PromptInstructions.withoutInstructions("What is a GAN? Can you name a few tasks where GANs can shine?"));
        assertEquals("What is data augmentation?               for images, and     why it helps.",
                PromptInstructions.withoutInstructions("What is data augmentation? Give examples for images, and say why it helps."));
    }

    @Test
    void aGlossInTheQuestionsBracketsIsNotItsSubject() {
        // The hundred-and-third deck (batteries): "a primary and a secondary (rechargeable) battery" gives the student
        // the word; "secondary ones you can recharge" states the idea (its graders gave 3), it does not echo the question.
        Rubric batteries = new Rubric(List.of(anyOrder("secondary-rechargeable", "rechargeable", "can be recharged"),
                anyOrder("primary-single-use", "single use", "disposable")), List.of());
        String prompt = "What is the difference between a primary and a secondary (rechargeable) battery?";
        CompiledRubric compiled = Grader.compile(batteries, prompt, null, ScoringPolicy.DEFAULT);
        assertEquals(List.of(), compiled.warnings());
        ScoreResult result = compiled.score("Primary ones are single use, secondary ones you can recharge.");
        assertEquals(HIT, Rubrics.result(result, "secondary-rechargeable").status(), result.toString());
        // Outside the brackets the question's words still echo.
        CompiledRubric unbracketed = Grader.compile(batteries,
                "What is the difference between a primary battery and a rechargeable battery?", null, ScoringPolicy.DEFAULT);
        assertTrue(unbracketed.warnings().stream().anyMatch(w -> w.contains("\"rechargeable\"")), unbracketed.warnings().toString());
        assertEquals("What is a secondary                battery?",
                PromptInstructions.withoutGlosses("What is a secondary (rechargeable) battery?"));
    }

    @Test
    void aYesOrNoPhrasingIsTheVerdictTheAnswerOpensWith() {
        Rubric verdict = rubric(concept("not-necessarily", "no", "not necessarily"), concept("copy", "copy inputs"));
        CompiledRubric compiled = Grader.compile(verdict);
        assertEquals(List.of(), compiled.warnings(), "a verdict phrasing is not a phrasing without content words");
        for (String answer : List.of("No, it may just copy its inputs.", "no - it could copy inputs", "Nope. It may copy inputs",
                "No because it may copy its inputs", "\"No\" - it may copy inputs")) {
            ScoreResult result = compiled.score(answer);
            ConceptResult concept = Rubrics.result(result, "not-necessarily");
            assertEquals(ConceptStatus.HIT, concept.status(), answer);
            assertEquals("no", concept.evidence().phrasing(), answer);
            assertEquals(answer.indexOf(concept.evidence().text()), concept.evidence().start(), answer);
            assertTrue(concept.evidence().text().equalsIgnoreCase("no") || concept.evidence().text().equalsIgnoreCase("nope"), answer);
        }
        // "no" anywhere else, or opening something other than a verdict, is not an answer to the question
        for (String answer : List.of("No idea, maybe copy inputs?", "No autoencoder can copy inputs perfectly",
                "It could copy inputs, so no guarantee", "Yes, it copies inputs")) {
            assertEquals(ConceptStatus.MISSED, Rubrics.result(compiled.score(answer), "not-necessarily").status(), answer);
        }
        // A no said with "not": opening the answer, before punctuation; "Not really sure" is no verdict.
        Rubric noOnly = rubric(concept("not-necessarily", "no"), concept("copy", "copy inputs"));
        for (String answer : List.of("Not really. It may copy inputs", "Absolutely not, it may copy inputs", "Of course not.",
                "Not at all - it may copy inputs", "Not on its own: it may copy inputs", "Not by itself; it may copy inputs")) {
            assertEquals(ConceptStatus.HIT, status(noOnly, answer, "not-necessarily"), answer);
        }
        for (String answer : List.of("1. No. 2. It may copy inputs", "a) Absolutely not. b) It may copy inputs",
                "Part 1: not really. Part 2: it may copy inputs", "Well, no. It may copy inputs", "Not exactly, it may copy inputs",
                "Probably not: it may copy inputs")) {
            assertEquals(ConceptStatus.HIT, status(noOnly, answer, "not-necessarily"), answer);
        }
        assertEquals(ConceptStatus.MISSED, status(noOnly, "Not really sure, it may copy inputs", "not-necessarily"));
        assertEquals(ConceptStatus.MISSED, status(noOnly, "1. No idea. 2. It may copy inputs", "not-necessarily"));
        assertEquals(ConceptStatus.MISSED, status(noOnly, "It does not really copy inputs.", "not-necessarily"));
        Rubric yes = rubric(concept("yes-verdict", "yes"), concept("copy", "copy inputs"));
        assertEquals(ConceptStatus.HIT, status(yes, "Yes, it copies inputs", "yes-verdict"));
        assertEquals(ConceptStatus.MISSED, status(yes, "No, it copies inputs", "yes-verdict"));
        // A yes qualified on a phone is still a yes (the sixth and tenth dev sets); a qualifier before other words is not.
        for (String answer : List.of("yes mostly. it copies inputs", "yeah pretty much, it copies inputs", "Yes basically.")) {
            assertEquals(ConceptStatus.HIT, status(yes, answer, "yes-verdict"), answer);
        }
        assertEquals(ConceptStatus.MISSED, status(yes, "Yes mostly copies inputs", "yes-verdict"));
        // A bare verdict answers the question (the tenth dev set's "no", graded 1, had been read as no answer); a wrong
        // bare verdict is a wrong claim, and "I don't know" after it is still no answer.
        for (String answer : List.of("no", "No.", "Not necessarily.", "no, not necessarily")) {
            ScoreResult bare = Grader.compile(noOnly, "Is it necessarily good?", null, ScoringPolicy.DEFAULT).score(answer);
            assertFalse(bare.has(ScoreFlag.EMPTY_ANSWER), answer);
            assertEquals(ConceptStatus.HIT, Rubrics.result(bare, "not-necessarily").status(), answer);
        }
        Rubric wrongNo = new Rubric(List.of(concept("yes-verdict", "yes"), concept("copy", "copy inputs")),
                List.of(new dev.latent.deck.Misconception("says-no", "Says no", 1, List.of("no"), false)));
        ScoreResult wrong = Grader.compile(wrongNo, "Is it a good autoencoder?", null, ScoringPolicy.DEFAULT).score("No.");
        assertFalse(wrong.has(ScoreFlag.EMPTY_ANSWER));
        assertTrue(wrong.has(ScoreFlag.MISCONCEPTION));
        assertTrue(compiled.score("No. I don't know.").has(ScoreFlag.EMPTY_ANSWER));
        for (String unknowing : List.of("Nope, no idea", "Nope, not sure", "nah, no clue")) {
            assertTrue(compiled.score(unknowing).has(ScoreFlag.EMPTY_ANSWER), unknowing);
        }
        assertEquals(ConceptStatus.HIT, status(noOnly, "Nope.", "not-necessarily"));
        // ... and a verdict on a line of its own is as much the opening verdict as one before a comma.
        assertEquals(ConceptStatus.HIT, status(noOnly, "No\nIt may copy inputs", "not-necessarily"));
        // the learner's own claim still works beside it
        ScoreResult claimed = compiled.score("It might copy its inputs", java.util.Map.of("not-necessarily", new Span(0, 8)));
        assertEquals("It might", Rubrics.result(claimed, "not-necessarily").evidence().text());
    }

    @Test
    void theQuestionsLongWordsCutShortAsLabelsAreReadInFull() {
        Rubric rubric = rubric(anyOrder("under-small", "undercomplete smaller"), anyOrder("over-copies", "overcomplete copy"));
        CompiledRubric compiled = Grader.compile(rubric, "What are undercomplete and overcomplete autoencoders?", null,
                ScoringPolicy.DEFAULT);
        for (String answer : List.of("Under: smaller code. Over: may copy the input.", "under = smaller code, over -> copy input",
                "Under : smaller code; Over → copy", "Under- has a smaller code, over- may copy the input")) {
            ScoreResult result = compiled.score(answer);
            assertEquals(HIT, Rubrics.result(result, "under-small").status(), answer);
            assertEquals(HIT, Rubrics.result(result, "over-copies").status(), answer);
            assertTrue(Rubrics.result(result, "under-small").evidence().text().toLowerCase().startsWith("under"), "evidence in the answer's own words");
        }
        // only as a label: "over" and "under" keep their own meaning elsewhere
        for (String answer : List.of("It goes under a smaller code and over time it may copy", "Under the hood smaller, over it copy")) {
            ScoreResult result = compiled.score(answer);
            assertEquals(MISSED, Rubrics.result(result, "under-small").status(), answer);
            assertEquals(MISSED, Rubrics.result(result, "over-copies").status(), answer);
        }
        // a short form that begins two of the question's words is left alone; so is one without a question
        CompiledRubric twoWords = Grader.compile(rubric(anyOrder("gen", "generator fake")),
                "What do the generator and the generalisation term do?", null, ScoringPolicy.DEFAULT);
        assertEquals(MISSED, Rubrics.result(twoWords.score("Gen: makes fake samples"), "gen").status());
        assertEquals(MISSED, Rubrics.result(Grader.compile(rubric).score("Under: smaller code"), "under-small").status());
    }

    @Test
    void aConceptWrittenAsALabelAlsoMatchesTheWordsOfTheModelAnswerPointThatStatesIt() {
        String prompt = "What are the main difficulties when training GANs?";
        String model = "The main difficulties include:\nMode collapse: the generator produces only a few kinds of samples.\n"
                + "Training instability: the losses oscillate instead of converging.";
        Rubric labels = rubric(anyOrder("mode-collapse", "Mode collapse"), anyOrder("instability", "Training instability"));
        CompiledRubric withModel = Grader.compile(labels, prompt, model, ScoringPolicy.DEFAULT);
        String answer = "The generator produces the same outputs again and again, and the losses oscillate.";
        ScoreResult result = withModel.score(answer);
        assertEquals(HIT, Rubrics.result(result, "mode-collapse").status(), "'generator produces' from its point");
        assertEquals(HIT, Rubrics.result(result, "instability").status(), "'losses oscillate' from its point");
        assertEquals(List.of(), withModel.warnings(), "no warning about phrasings the author did not write");
        // without a model answer, or for a concept written with three phrasings or more, nothing is borrowed
        assertEquals(MISSED, Rubrics.result(Grader.compile(labels, prompt, null, ScoringPolicy.DEFAULT).score(answer),
                "mode-collapse").status());
        Rubric two = rubric(anyOrder("mode-collapse", "Mode collapse", "same samples"), anyOrder("instability", "Training instability"));
        assertEquals(HIT, Rubrics.result(Grader.compile(two, prompt, model, ScoringPolicy.DEFAULT).score(answer),
                "mode-collapse").status(), "two phrasings borrow too");
        Rubric written = rubric(anyOrder("mode-collapse", "Mode collapse", "same samples", "little diversity"),
                anyOrder("instability", "Training instability"));
        assertEquals(MISSED, Rubrics.result(Grader.compile(written, prompt, model, ScoringPolicy.DEFAULT).score(answer),
                "mode-collapse").status());
        // a label two points state does not say which point's words to borrow
        String twice = "Mode collapse: the generator produces few samples.\nAlso mode collapse: the losses oscillate.";
        ScoreResult ambiguous = Grader.compile(rubric(anyOrder("mode-collapse", "Mode collapse"), anyOrder("other", "convergence")),
                prompt, twice, ScoringPolicy.DEFAULT).score("the losses oscillate");
        assertEquals(MISSED, Rubrics.result(ambiguous, "mode-collapse").status());
        // a borrowed phrasing that only repeats the question is dropped without a warning: the author did not write it
        String echoing = "Training GANs: the losses oscillate.\nMode collapse: few kinds of samples.";
        CompiledRubric quiet = Grader.compile(rubric(anyOrder("instability", "losses oscillate"), anyOrder("mode-collapse", "Mode collapse")),
                prompt, echoing, ScoringPolicy.DEFAULT);
        assertEquals(List.of(), quiet.warnings());
        assertEquals(MISSED, Rubrics.result(quiet.score("Training GANs is hard."), "instability").status(), "the echo earns nothing");
        // a model answer of one point: its words would say every concept at once, so none is borrowed
        String onePoint = "Mode collapse happens when the generator produces few samples and the losses oscillate.";
        ScoreResult whole = Grader.compile(labels, prompt, onePoint, ScoringPolicy.DEFAULT).score("the losses oscillate");
        assertEquals(MISSED, Rubrics.result(whole, "mode-collapse").status());
        assertEquals(MISSED, Rubrics.result(whole, "instability").status());
    }

    @Test
    void aBundledAnswerWrittenWithUnderAndOverIsGradedForWhatItSays() {
        ScoreResult result = grade("ae-complete", "Under: small coding. Over: big coding. Risk of overcomplete is just copy the input.");
        assertEquals(HIT, Rubrics.result(result, "undercomplete-definition").status());
        assertEquals(HIT, Rubrics.result(result, "overcomplete-definition").status());
        // the twenty-sixth dev set's tables typed on one line: a bar after the label
        ScoreResult table = grade("ae-complete",
                "under | small bottleneck | bad reconstruction >> over | big bottleneck | overfitting");
        assertEquals(HIT, Rubrics.result(table, "undercomplete-definition").status(), table.toString());
        assertEquals(HIT, Rubrics.result(table, "overcomplete-definition").status(), table.toString());
    }

    @Test
    void anOpeningNoAnswersTheBundledYesNoQuestion() {
        ConceptResult verdict = Rubrics.result(grade("ae-evaluation", "No, it might just be copying its inputs to its outputs."),
                "not-necessarily");
        assertEquals(ConceptStatus.HIT, verdict.status());
        assertEquals("No", verdict.evidence().text());
    }

    @Test
    void aPhrasingOfOnlyStopWordsIsWarnedAbout() {
        CompiledRubric compiled = Grader.compile(rubric(concept("empty", "how well", "encoder")));
        assertTrue(compiled.warnings().stream().anyMatch(w -> w.contains("\"how well\"")), compiled.warnings().toString());
    }

    // ---------------------------------------------------------------- model answers

    @Test
    void everyModelAnswerReachesTheTopGradeByItsOwnRubric() {
        for (RubricHarness.ModelAnswerGrade model : RubricHarness.modelAnswers(DECK)) {
            assertTrue(model.passes(), model.questionId() + ": " + model.problem());
        }
    }

    @Test
    void conceptsTheModelAnswerDoesNotStateAreAlsoAcceptedNeverMissing() {
        Question tied = DECK.question("ae-tied-weights").orElseThrow();
        ScoreResult model = Grader.compile(tied).score(tied.answer().fullText());
        assertEquals(100, model.score(), model.toString());
        List<ConceptResult> notStated = model.concepts().stream().filter(c -> c.status() != HIT).toList();
        assertFalse(notStated.isEmpty(), "the tied-weights model answer does not state every rubric concept");
        for (ConceptResult concept : notStated) {
            assertTrue(concept.alsoAccepted(), concept.id() + " is not in the model answer, so it cannot be missing");
            assertFalse(concept.isMissing());
        }
        ScoreResult withBonus = Grader.compile(tied).score(tied.answer().fullText()
                + " The decoder's weight matrix is the transpose of the encoder's, which halves the number of parameters.");
        assertTrue(withBonus.earned() > model.earned(), "hitting an also-accepted concept adds credit");
    }

    @Test
    void aRequiredConceptTheModelAnswerDoesNotStateIsWarnedAbout() {
        Rubric rubric = rubric(Rubrics.required("transpose", "transpose"), Rubrics.required("fewer-parameters", "fewer parameters"));
        CompiledRubric compiled = Grader.compile(rubric, "How do you tie weights?",
                "The decoder uses the transpose of the encoder's weights.", ScoringPolicy.DEFAULT);
        assertTrue(compiled.warnings().stream().anyMatch(w -> w.startsWith("fewer-parameters: required, but the model answer"
                + " does not state it")), compiled.warnings().toString());
        assertTrue(compiled.warnings().stream().noneMatch(w -> w.startsWith("transpose:")), compiled.warnings().toString());
        for (Question question : DECK.questions()) {
            assertTrue(Grader.compile(question).warnings().stream().noneMatch(w -> w.contains("required, but")),
                    question.id() + ": the bundled deck marks required only what its model answer states");
        }
    }

    // ---------------------------------------------------------------- evidence

    @Test
    void aNearMatchThatIsAnotherConceptsPhrasingIsNoEvidence() {
        // "light-independent reactions" without "independent" is the other stage's "light reactions"
        Rubric stages = rubric(concept("light-stage", "light-dependent reactions", "light reactions", "thylakoid"),
                concept("calvin-stage", "Calvin cycle", "light-independent reactions", "dark reactions", "stroma"));
        ScoreResult result = Grader.compile(stages).score("The light reactions happen in the thylakoid.");
        assertEquals(HIT, result(result, "light-stage").status());
        assertEquals(MISSED, result(result, "calvin-stage").status(), result.toString());
        // a near match no other concept has still counts
        assertEquals(HIT, status(stages, "The light-independent part of the reactions happens in the stroma.", "calvin-stage"));
        assertEquals(HIT, status(stages, "The independent reactions come after.", "calvin-stage"));
    }

    @Test
    void theExactLongestMatchIsTheEvidence() {
        Rubric features = rubric(anyOrder("features", "code downstream", "feature learning"));
        ScoreResult result = Grader.compile(features).score("The code can be reused for feature learning in downstream tasks.");
        assertEquals("feature learning", result(result, "features").evidence().phrasing(),
                "a tight exact phrase beats words scattered over the sentence");
        Rubric freeze = rubric(anyOrder("freeze", "freeze fine-tune"));
        ScoreResult tight = Grader.compile(freeze).score("Freeze the layers at first. Later you freeze them, then fine-tune them.");
        Evidence evidence = result(tight, "freeze").evidence();
        assertTrue(evidence.text().length() <= "freeze them, then fine-tune".length(), evidence.text());
    }

    @Test
    void tighterMeansFewerWordsApartNotFewerCharacters() {
        Rubric rubric = rubric(concept("reduce", "dimensionality reduction", "visualize data"));
        ScoreResult result = Grader.compile(rubric).score(
                "They are used for dimensionality reduction (for example to visualize data) and for denoising.");
        assertEquals("dimensionality reduction", result(result, "reduce").evidence().text(),
                "two adjacent words either way: the earlier, as written, is shown, not the one with shorter words");
    }

    @Test
    void ofOnePhrasingsOccurrencesTheOneInItsOrderAndWithoutWordsBetweenIsTheEvidence() {
        Rubric fewer = rubric(anyOrder("fewer", "fewer parameters"));
        assertEquals("fewer parameters", result(Grader.compile(fewer).score(
                "It halves the parameters, so fewer parameters to fit."), "fewer").evidence().text(),
                "the phrase as written beats its words reversed across a comma");
        Rubric features = rubric(anyOrder("features", "feature learning"));
        assertEquals("feature learning", result(Grader.compile(features).score(
                "Features are learned, and feature learning helps later tasks."), "features").evidence().text(),
                "the phrase as written beats the same words with a word between them");
    }

    @Test
    void anExactMatchBeatsATypo() {
        Rubric rubric = rubric(concept("recon", "reconstruction error"));
        ScoreResult result = Grader.compile(rubric).score("The reconstrction eror is low. The reconstruction error is what we measure.");
        assertFalse(result(result, "recon").evidence().typo(), "the exactly spelled occurrence is shown");
    }

    // ---------------------------------------------------------------- tokenising

    @Test
    void aSentenceWithoutASpaceAfterItsStopKeepsItsFirstWord() {
        Rubric transport = rubric(concept("active", "active transport"));
        assertEquals(HIT, status(transport, "It crosses the membrane.Active transport needs energy.", "active"));
    }

    @Test
    void hyphenatedAndJoinedSpellingsMatch() {
        Rubric rna = rubric(concept("trna", "tRNA carries amino acids"));
        assertEquals(HIT, status(rna, "t-RNA carries the amino acids", "trna"));
        Rubric hyphenated = rubric(concept("trna", "t-RNA"));
        assertEquals(HIT, status(hyphenated, "the tRNA", "trna"));
    }

    @Test
    void aPrefixLeftHangingTakesItsPairsStem() {
        Rubric under = rubric(concept("under", "undercomplete"), concept("pre", "preprocessing"));
        assertEquals(HIT, status(under, "under- and overcomplete autoencoders differ in code size", "under"));
        assertEquals(HIT, status(under, "Under- vs overcomplete: smaller vs larger code", "under"));
        assertEquals(HIT, status(under, "pre- or post-processing of the images", "pre"));
        assertEquals(MISSED, status(under, "under- and over-fitting", "under"));
    }

    @Test
    void aTransposeWrittenAsMathIsATranspose() {
        Rubric transpose = rubric(anyOrder("transpose", "decoder transpose encoder"));
        for (String answer : new String[]{"W_decoder = W_encoder^T", "decoder weights are W_encoder^{T}", "decoder uses encoder Wᵀ",
                "decoder = encoder.T in numpy"}) {
            String text = answer.replace("W_decoder", "decoder W").replace("W_encoder", "encoder W");
            assertEquals(HIT, status(transpose, text, "transpose"), text);
        }
    }

    // ---------------------------------------------------------------- non-answers

    @ParameterizedTest
    @ValueSource(strings = {"", "I don't know", "not answered", "no idea", "?", "idk, sorry"})
    void nonAnswersScoreZeroInReferenceMode(String answer) {
        var grade = ReferenceGrader.bundled().grade("The salt stays behind when the water evaporates.",
                "How can you get salt back from salt water?", answer);
        assertEquals(0, grade.score(), answer);
        assertEquals(0, grade.grade(), answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don't know", "not answered", "no idea"})
    void nonAnswersScoreZeroWithARubric(String answer) {
        ScoreResult result = grade("ae-evaluation", answer);
        assertEquals(0, result.score());
        assertTrue(result.has(ScoreFlag.EMPTY_ANSWER), result.flags().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"idk, something about the reconstruction error", "Not sure, maybe regularization?",
            "I don't know, something with the latent space"})
    void aGuessAfterIDontKnowIsNoAnswer(String answer) {
        ScoreResult result = grade("ae-evaluation", answer);
        assertEquals(0, result.score(), result.toString());
        assertTrue(result.has(ScoreFlag.EMPTY_ANSWER), result.flags().toString());
    }

    @Test
    void anAnswerAfterIDontKnowIsStillAnAnswer() {
        ScoreResult result = grade("ae-evaluation", "Not sure, but no: it could just copy the input. You measure the "
                + "reconstruction error and check whether the codings are useful for another task.");
        assertTrue(result.grade() >= 3, result.toString());
    }

    // ---------------------------------------------------------------- paraphrase

    @ParameterizedTest
    @ValueSource(strings = {
            "They squeeze the data into a few numbers so you can plot it, pull out features for another model, "
                    + "spot weird samples that they rebuild badly, and clean up noisy pictures.",
            "You pretrain an autoencoder on all the unlabeled data, then keep its encoder as the first layers of the "
                    + "classifier, add an output layer and train on the labeled instances."})
    void correctAnswersInOwnWordsGetAGoodGrade(String answer) {
        String question = answer.startsWith("They") ? "ae-tasks" : "ae-pretraining";
        ScoreResult result = grade(question, answer);
        assertTrue(result.grade() >= 3, result.toString());
    }
}
