package dev.latent.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.latent.scoring.Rubrics.result;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Everyday words for the bundled deck's ideas and wrong claims, from answers exploratory testers wrote to its
 * questions and from the tuning sets (never from a measuring set): the rubric must find each.
 */
class BundledRubricWordsTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "ae-tasks          | dimensionality-reduction | Mapping the data to 2D to see the clusters.",
            "ae-tasks          | dimensionality-reduction | Squeeze the input into a small code so you can store it in less space.",
            "ae-tasks          | anomaly-detection        | Flagging ECGs that come back with a big error.",
            "ae-tasks          | super-resolution         | Making blurry low-res photos bigger and sharper.",
            "ae-tasks          | denoising                | Filling in corrupted pixels.",
            "ae-tasks          | denoising                | Clean up grainy photos.",
            "ae-tasks          | denoising                | Taking noise out of images.",
            "gan-basics        | generator-discriminator  | Like a counterfeiter and a cop.",
            "gan-training      | mode-collapse            | The generator may only produce a few kinds of images.",
            "gan-training      | mode-collapse            | The generator outputs only a narrow range of samples.",
            "gan-training      | evaluation               | It is hard to say how good the results are.",
            "generative-models | generates-new-samples    | It can paint new cats that never existed.",
            "ae-pretraining    | reuse-encoder            | Chop off the decoder and bolt a classifier onto the encoder.",
            "ae-pretraining    | add-classifier           | Chop off the decoder and bolt a classifier onto the encoder.",
            "ae-pretraining    | reuse-encoder            | Build the classifier from the encoder net plus a dense softmax.",
            "ae-tasks          | denoising                | Give it scratched old photos and get clean ones back.",
            "generative-models | vae                      | A variable autoencoder, with a mean and a sigma.",
            "ae-tasks          | dimensionality-reduction | People use it for cutting down dimensions before plotting.",
            "ae-complete       | overcomplete-risk        | Overcomplete is risky: it can just pass the data through.",
            "ae-complete       | overcomplete-risk        | Too wide and it can just learn to pass values through.",
            "ae-complete       | undercomplete-risk       | Too narrow and it throws away too much to recreate the input.",
            "ae-complete       | undercomplete-risk       | Make it too small and it can't rebuild the input well.",
            "gan-training      | instability              | Training often blows up.",
            "gan-training      | convergence              | The two networks can go round in circles forever.",
            "ae-evaluation     | codings-useful           | Check whether the compressed version is useful for something else.",
            "generative-models | generates-new-samples    | It generates outputs from random inputs instead of predicting labels.",
            "gan-basics        | image-generation         | Making faces of people that don't exist.",
            "gan-basics        | image-to-image           | Colorizing black and white pictures.",
            "ae-tied-weights   | fewer-parameters         | This cuts the model size in half.",
            "ae-tied-weights   | fewer-parameters         | There is half as much to learn.",
            "ae-tied-weights   | fewer-parameters         | It reduces the model complexity.",
            "ae-evaluation     | identity-overfit         | It could simply be reproducing its inputs.",
            "ae-evaluation     | reconstruction-error     | Compare its outputs to the inputs on a test set.",
            "ae-complete       | undercomplete-risk       | Too small and it cannot recover the original.",
            "ae-complete       | overcomplete-risk        | Too big and it hands the input to the output unchanged.",
            "generative-models | vae                      | A beta-VAE.",
            "gan-basics        | image-to-image           | Turning day photos to night photos.",
            "gan-basics        | other-tasks              | Making extra training examples for small datasets.",
            "generative-models | generates-new-samples    | Like an artist who studied many paintings and can paint new ones.",
            "gan-basics        | image-generation         | Producing high-quality images.",
            "gan-basics        | generator-discriminator  | The generator makes samples the discriminator can't distinguish from real data.",
            "ae-evaluation     | codings-useful           | See how well the learned representation helps another task.",
            "gan-basics        | discriminator-role       | The generator makes pictures the discriminator can't tell from real ones.",
            "gan-basics        | generator-discriminator  | One network forges images and a network tries to catch the fakes.",
            "gan-basics        | generator-discriminator  | There is a maker and a checker.",
            "ae-complete       | overcomplete-definition  | Over: the coding part has more units than the input.",
            "ae-tasks          | anomaly-detection        | Spotting things that don't fit the pattern.",
            "ae-tasks          | pretraining              | Learning from unlabeled data before the real training starts.",
            "ae-pretraining    | reuse-encoder            | Then use it inside the classifier and train on the labels.",
            "generative-models | vae                      | The vibrational autoencoder, I think.",
    })
    void theRubricFindsTheIdea(String question, String concept, String answer) {
        ScoreResult graded = Grader.compile(TrustedGradingTest.bundled(question)).score(answer);
        assertEquals(ConceptStatus.HIT, result(graded, concept).status(), graded.toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "true  | The discriminator tries to fool the generator, and the generator tries to catch the fakes.",
            "true  | The generator tries to tell real from fake while the discriminator makes images.",
            "false | The generator makes fake images from noise and the discriminator tries to spot the fakes.",
    })
    void swappedRolesAreTheMisconception(boolean swapped, String answer) {
        assertEquals(swapped, states("gan-basics", answer, "roles-swapped"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "true  | The point is to double the capacity of the model.",
            "false | The point is to halve the number of parameters.",
    })
    void doublingTheCapacityIsTheMisconception(boolean wrong, String answer) {
        assertEquals(wrong, states("ae-tied-weights", answer, "more-capacity"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "true  | more-parameters | The point is to add parameters so the network can fit more.",
            "false | more-parameters | The decoder reuses the encoder's weights, so you don't add parameters.",
            "true  | more-capacity   | Tying them gives the network more freedom.",
    })
    void addingParametersOrFreedomIsTheMisconception(boolean wrong, String misconception, String answer) {
        assertEquals(wrong, states("ae-tied-weights", answer, misconception));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "ae-tasks       | autoencoder-classifies | They're also good for supervised classification directly, the decoder outputs the class label.",
            "ae-pretraining | reuse-decoder          | Train an autoencoder, then take the decoder part and put a classification layer on top.",
            "ae-pretraining | reuse-decoder          | Then copy its decoder layers into the classifier as its first layers.",
            "gan-training   | collapse-misdefined    | Mode collapse is when the discriminator only recognizes one class.",
    })
    void theDevSetsWrongClaimsAreFound(String question, String misconception, String answer) {
        assertEquals(true, states(question, answer, misconception));
    }

    @org.junit.jupiter.api.Test
    void theDiscriminatorNotTellingTheFakesApartIsNoContradiction() {
        // The generator's goal, said through the discriminator: it tells real from fake, and these fakes beat it.
        ScoreResult graded = Grader.compile(TrustedGradingTest.bundled("gan-basics")).score(
                "A generator and a discriminator. The generator makes images the discriminator can't tell from real ones.");
        assertEquals(false, graded.flags().contains(ScoreFlag.CONTRADICTION), graded.toString());
        assertEquals(ConceptStatus.HIT, result(graded, "discriminator-role").status(), graded.toString());
    }

    @org.junit.jupiter.api.Test
    void anAnomalyExampleAboutPasswordsIsNoEncryptionClaim() {
        assertEquals(false, states("ae-tasks", "Anomaly detection, e.g. spotting password-guessing attacks.", "encryption"));
        assertEquals(true, states("ae-tasks", "Autoencoders encrypt data so nobody can read it.", "encryption"));
    }

    private static boolean states(String question, String answer, String misconception) {
        ScoreResult graded = Grader.compile(TrustedGradingTest.bundled(question)).score(answer);
        return graded.misconceptions().stream().anyMatch(m -> m.id().equals(misconception));
    }
}
