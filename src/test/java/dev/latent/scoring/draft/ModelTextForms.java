package dev.latent.scoring.draft;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks shared by the model tests: a {@link ReferenceModel} written as JSON reads back as the same model. */
final class ModelTextForms {

    private ModelTextForms() {
    }

    /** Writes, reads back, and checks the copy predicts the same on {@code rows} and writes the same text; returns it. */
    static ReferenceModel assertSurvivesTextForm(ReferenceModel model, double[]... rows) throws IOException {
        ReferenceModel copy = ReferenceModel.read(new ByteArrayInputStream(
                model.toJson("test").getBytes(StandardCharsets.UTF_8)));
        for (double[] row : rows) {
            assertArrayEquals(model.binary().probabilities(row), copy.binary().probabilities(row));
            assertArrayEquals(model.threeWay().probabilities(row), copy.threeWay().probabilities(row));
        }
        assertEquals(model.toJson("test"), copy.toJson("test"));
        return copy;
    }
}
