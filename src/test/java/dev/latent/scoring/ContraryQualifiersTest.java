package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static dev.latent.scoring.Rubrics.rubric;
import static dev.latent.scoring.Rubrics.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A concept its label qualifies with a privative is not said by a match that gives the plain word instead. */
class ContraryQualifiersTest {

    private static final Concept PRETRAIN = new Concept("pretrain", "Train an autoencoder on the (unlabeled) data first",
            3, true, List.of("train autoencoder first", "pretraining"), true);

    @Test
    void thePlainWordIsTheOtherData() {
        // The fourth dev set: the unlabeled data's step said of the labeled data.
        Rubric rubric = rubric(PRETRAIN);
        assertEquals(MISSED, status(rubric, "Train the autoencoder on the labeled data first, then label the rest.", "pretrain"));
        assertEquals(MISSED, status(rubric, "First train the autoencoder on the labeled data, then fine tune.", "pretrain"));
    }

    @Test
    void thePrivativeInOneWordOrInSeveralKeepsTheMatch() {
        Rubric rubric = rubric(PRETRAIN);
        assertEquals(HIT, status(rubric, "Train the autoencoder on the unlabeled data first.", "pretrain"));
        assertEquals(HIT, status(rubric, "Train the autoencoder first, on data without labels.", "pretrain"));
        assertEquals(HIT, status(rubric, "Autoencoders allow pretraining without needing any labels.", "pretrain"));
        assertEquals(HIT, status(rubric, "Train the autoencoder on the labeled and unlabeled data first.", "pretrain"));
        // Far enough from the match, the plain word is another step's.
        assertEquals(HIT, status(rubric, "Train the autoencoder first on all the images you have, then fit the classifier on the"
                + " labeled ones.", "pretrain"));
    }

    @Test
    void aLabelNamingBothQualifiesNothing() {
        Concept both = new Concept("why", "Features learned from unlabeled data transfer (fewer labeled examples needed)",
                1, false, List.of("learn features"), true);
        assertEquals(HIT, status(rubric(both), "It learns features, so you need fewer labeled examples.", "why"));
    }
}
