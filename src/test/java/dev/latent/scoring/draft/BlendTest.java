package dev.latent.scoring.draft;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BlendTest {

    /** A logistic model with only a bias: the same probabilities for every row. */
    private static LogisticModel constant(List<String> classes, double... logits) {
        double[][] weights = new double[classes.size()][];
        for (int k = 0; k < classes.size(); k++) weights[k] = new double[]{logits[k], 0};
        return new LogisticModel(classes, new double[]{0}, new double[]{1}, weights);
    }

    @Test
    void averagesItsMembersThenAppliesTheOffsets() {
        List<String> classes = List.of("a", "b", "c");
        LogisticModel first = constant(classes, 0, 0, 0); // 1/3 each
        LogisticModel second = constant(classes, Math.log(4), 0, Math.log(1)); // 4/6, 1/6, 1/6
        double[] x = {0.7};
        Blend plain = new Blend(List.of(first, second), new double[3]);
        assertArrayEquals(new double[]{0.5, 0.25, 0.25}, plain.probabilities(x), 1e-12);
        // Offset ln 2 on "b": 0.5 : 0.5 : 0.25, normalised.
        Blend shifted = new Blend(List.of(first, second), new double[]{0, Math.log(2), 0});
        assertArrayEquals(new double[]{0.4, 0.4, 0.2}, shifted.probabilities(x), 1e-12);
        assertEquals(0, plain.predict(x));
    }

    @Test
    void membersMustAgreeOnClassesAndFeatures() {
        LogisticModel two = constant(List.of("no", "yes"), 0, 1);
        LogisticModel three = constant(List.of("a", "b", "c"), 0, 1, 2);
        assertThrows(IllegalArgumentException.class, () -> new Blend(List.of(two, three), new double[2]));
        assertThrows(IllegalArgumentException.class, () -> new Blend(List.of(two), new double[3]));
    }

    @Test
    void aBlendSurvivesTheReferenceModelTextForm() throws IOException {
        int d = AnswerFeatures.NAMES.size();
        double[][] x = new double[30][d];
        int[] y2 = new int[30];
        int[] y3 = new int[30];
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < d; j++) x[i][j] = ((i + 2) * (j + 5)) % 11 / 11.0;
            y2[i] = x[i][1] > 0.5 ? 1 : 0;
            y3[i] = i % 3;
        }
        BoostedTrees.Settings settings = new BoostedTrees.Settings(4, 2, 0.1, 1.0, 1, 8);
        Blend binary = new Blend(List.of(LogisticModelFit.fit(ReferenceModel.BINARY_CLASSES, x, y2, null, 0.1, 10),
                BoostedTreesFit.fit(ReferenceModel.BINARY_CLASSES, x, y2, null, settings)), new double[2]);
        Blend threeWay = new Blend(List.of(LogisticModelFit.fit(ReferenceModel.THREE_WAY_CLASSES, x, y3, null, 0.1, 10),
                BoostedTreesFit.fit(ReferenceModel.THREE_WAY_CLASSES, x, y3, null, settings)), new double[]{0, -0.2, 0.1});
        ReferenceModel model = new ReferenceModel(AnswerFeatures.NAMES, binary, 0.45, threeWay);
        ModelTextForms.assertSurvivesTextForm(model, x);
    }
}
