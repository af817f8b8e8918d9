package dev.latent.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MetricsTest {

    @Test
    void binaryAccuracyAndMacroF1ByHand() {
        int[] gold = {0, 0, 1, 1, 1};
        int[] predicted = {0, 1, 1, 1, 0};
        assertEquals(0.6, Metrics.accuracy(gold, predicted), 1e-12);
        // class 0: tp 1, fp 1, fn 1 -> 2/4; class 1: tp 2, fp 1, fn 1 -> 4/6.
        assertEquals(0.5, Metrics.f1(gold, predicted, 0), 1e-12);
        assertEquals(2.0 / 3, Metrics.f1(gold, predicted, 1), 1e-12);
        assertEquals((0.5 + 2.0 / 3) / 2, Metrics.macroF1(gold, predicted, 2), 1e-12);
    }

    @Test
    void threeWayMacroF1ByHandCountsANeverPredictedClassAsZero() {
        int[] gold = {0, 0, 1, 2, 2, 2};
        int[] predicted = {0, 2, 2, 2, 2, 0};
        assertEquals(0.5, Metrics.accuracy(gold, predicted), 1e-12);
        // class 0: tp 1, fp 1, fn 1 -> 0.5; class 1: tp 0 -> 0; class 2: tp 2, fp 2, fn 1 -> 4/7.
        assertEquals((0.5 + 0 + 4.0 / 7) / 3, Metrics.macroF1(gold, predicted, 3), 1e-12);
    }

    @Test
    void perfectPredictionsScoreOne() {
        int[] gold = {2, 0, 1, 1};
        assertEquals(1.0, Metrics.accuracy(gold, gold));
        assertEquals(1.0, Metrics.macroF1(gold, gold, 3));
    }

    @Test
    void mismatchedInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Metrics.accuracy(new int[]{1}, new int[]{1, 0}));
        assertThrows(IllegalArgumentException.class, () -> Metrics.macroF1(new int[0], new int[0], 2));
    }
}
