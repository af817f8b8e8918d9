package dev.latent.scoring.draft;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoostedTreesTest {

    /** Positive inside a band of feature 0, with a noise feature: no linear model separates it, trees do. */
    private static double[][] band(int n) {
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) x[i] = new double[]{i / (double) n, (i * 7) % 5};
        return x;
    }

    private static int bandLabel(double[] row) {
        return row[0] >= 0.3 && row[0] < 0.7 ? 1 : 0;
    }

    @Test
    void learnsABandWhichALogisticModelCannot() {
        double[][] x = band(80);
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) y[i] = bandLabel(x[i]);
        BoostedTrees trees = BoostedTreesFit.fit(List.of("no", "yes"), x, y, null,
                new BoostedTrees.Settings(50, 2, 0.3, 1.0, 1, 100)); // 80 distinct values: every one a candidate cut
        LogisticModel logistic = LogisticModelFit.fit(List.of("no", "yes"), x, y, null, 1e-3, 30);
        int treeErrors = 0, logisticErrors = 0;
        for (int i = 0; i < x.length; i++) {
            if (trees.predict(x[i]) != y[i]) treeErrors++;
            if (logistic.predict(x[i]) != y[i]) logisticErrors++;
        }
        assertEquals(0, treeErrors);
        assertTrue(logisticErrors >= x.length / 4, "a linear model cannot cut out a band: " + logisticErrors);
        assertTrue(trees.probabilities(new double[]{0.5, 0})[1] > 0.9);
        assertTrue(trees.probabilities(new double[]{0.9, 0})[1] < 0.1);
        assertTrue(trees.probabilities(new double[]{0.1, 0})[1] < 0.1);
    }

    @Test
    void stumpsRecoverTheClassShareOnEachSideOfOneSplit() {
        // x <= 0: 1 in 4 positive; x > 0: 3 in 4. Many small rounds converge to those shares (lambda 0).
        double[][] x = {{0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}};
        int[] y = {0, 0, 0, 1, 1, 1, 1, 0};
        BoostedTrees model = BoostedTreesFit.fit(List.of("no", "yes"), x, y, null,
                new BoostedTrees.Settings(400, 1, 0.1, 0.0, 0, 16));
        assertEquals(0.25, model.probabilities(new double[]{0})[1], 1e-3);
        assertEquals(0.75, model.probabilities(new double[]{1})[1], 1e-3);
        assertEquals(0.5, model.probabilities(new double[]{0}, 0)[1], 1e-12, "no rounds: the prior");
    }

    @Test
    void threeClassesAreSeparatedDeterministicallyAndWeightsCount() {
        double[][] x = new double[60][];
        int[] y = new int[60];
        for (int i = 0; i < 60; i++) {
            y[i] = i % 3;
            x[i] = new double[]{y[i] + 0.1 * ((i * 7) % 5), (i * 13) % 4};
        }
        BoostedTrees.Settings settings = new BoostedTrees.Settings(30, 2, 0.3, 1.0, 1, 16);
        BoostedTrees a = BoostedTreesFit.fit(List.of("a", "b", "c"), x, y, null, settings);
        BoostedTrees b = BoostedTreesFit.fit(List.of("a", "b", "c"), x, y, null, settings);
        assertEquals(3, a.treesPerRound());
        assertEquals(30, a.rounds());
        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i], a.predict(x[i]));
            assertArrayEquals(a.probabilities(x[i]), b.probabilities(x[i]));
            assertEquals(1.0, a.probabilities(x[i])[0] + a.probabilities(x[i])[1] + a.probabilities(x[i])[2], 1e-12);
        }
        // Weighting class 2 heavily moves the prior (no rounds) towards it.
        double[] weights = new double[60];
        for (int i = 0; i < 60; i++) weights[i] = y[i] == 2 ? 10 : 1;
        BoostedTrees weighted = BoostedTreesFit.fit(List.of("a", "b", "c"), x, y, weights, settings);
        assertEquals(10.0 / 12, weighted.probabilities(x[0], 0)[2], 1e-9);
    }

    @Test
    void aTreeModelSurvivesTheReferenceModelTextForm() throws IOException {
        double[][] x = new double[40][];
        int[] y2 = new int[40];
        int[] y3 = new int[40];
        for (int i = 0; i < 40; i++) {
            x[i] = new double[AnswerFeatures.NAMES.size()];
            for (int j = 0; j < x[i].length; j++) x[i][j] = ((i + 1) * (j + 3)) % 7 / 7.0;
            y2[i] = x[i][0] > 0.4 ? 1 : 0;
            y3[i] = i % 3;
        }
        BoostedTrees.Settings settings = new BoostedTrees.Settings(5, 3, 0.1, 1.0, 1, 8);
        ReferenceModel model = new ReferenceModel(AnswerFeatures.NAMES,
                BoostedTreesFit.fit(ReferenceModel.BINARY_CLASSES, x, y2, null, settings), 0.5,
                BoostedTreesFit.fit(ReferenceModel.THREE_WAY_CLASSES, x, y3, null, settings));
        ModelTextForms.assertSurvivesTextForm(model, x);
    }

    @Test
    void rejectsRowsOfTheWrongWidth() {
        BoostedTrees model = BoostedTreesFit.fit(List.of("no", "yes"), new double[][]{{0}, {1}}, new int[]{0, 1}, null,
                new BoostedTrees.Settings(2, 1, 0.1, 1.0, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> model.probabilities(new double[]{0, 1}));
    }
}
