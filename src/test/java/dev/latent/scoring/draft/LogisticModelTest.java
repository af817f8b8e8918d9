package dev.latent.scoring.draft;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogisticModelTest {

    @Test
    void recoversTheLogOddsOfASingleBinaryFeature() {
        // Feature 0: half the x=0 rows are positive (log-odds 0), 3 in 4 of the x=1 rows (log-odds ln 3).
        double[][] x = {{0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}};
        int[] y = {0, 1, 0, 1, 1, 1, 1, 0};
        LogisticModel model = LogisticModelFit.fit(List.of("no", "yes"), x, y, null, 0, 50);
        assertEquals(0.5, model.probabilities(new double[]{0})[1], 1e-6);
        assertEquals(0.75, model.probabilities(new double[]{1})[1], 1e-6);
    }

    @Test
    void separatesThreeClassesAndIsDeterministic() {
        double[][] x = new double[30][];
        int[] y = new int[30];
        for (int i = 0; i < 30; i++) {
            y[i] = i % 3;
            x[i] = new double[]{y[i] + 0.1 * ((i * 7) % 5), (i * 13) % 4};
        }
        LogisticModel a = LogisticModelFit.fit(List.of("a", "b", "c"), x, y, null, 1e-3, 30);
        LogisticModel b = LogisticModelFit.fit(List.of("a", "b", "c"), x, y, null, 1e-3, 30);
        for (int i = 0; i < 30; i++) {
            assertEquals(y[i], a.predict(x[i]));
            assertArrayEquals(a.probabilities(x[i]), b.probabilities(x[i]));
        }
    }

    @Test
    void balancedWeightsMakeEachClassWeighTheSame() {
        int[] y = {0, 0, 0, 1};
        double[] w = LogisticModelFit.balancedWeights(y, 2);
        assertEquals(w[0] * 3, w[3], 1e-12);
        assertTrue(w[0] > 0);
    }
}
