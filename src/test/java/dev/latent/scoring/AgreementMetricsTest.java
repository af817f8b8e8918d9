package dev.latent.scoring;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected values computed by hand from the textbook formulas (worked in the comments). */
class AgreementMetricsTest {

    @Test
    void perfectAgreementIsKappaOne() {
        assertEquals(1.0, AgreementMetrics.quadraticWeightedKappa(new int[]{0, 1, 2, 3, 4}, new int[]{0, 1, 2, 3, 4}, 0, 4), 1e-12);
    }

    @Test
    void chanceAgreementIsKappaZero() {
        // O = [[1,1],[1,1]], E = [[1,1],[1,1]], w01 = w10 = 1: 1 - 2/2 = 0
        assertEquals(0.0, AgreementMetrics.quadraticWeightedKappa(new int[]{0, 0, 1, 1}, new int[]{0, 1, 0, 1}, 0, 1), 1e-12);
    }

    @Test
    void quadraticKappaOfASmallExample() {
        // a = 0 1 2 3 4, b = 0 1 2 4 4 on 0..4, w = (i-j)²/16.
        // Σ w·O = w(3,4) = 1/16.  histA = 1 1 1 1 1, histB = 1 1 1 0 2, E_ij = histB_j / 5.
        // Σ_i (i-j)² = 30 15 10 15 30 for j = 0..4, so Σ w·E = (30 + 15 + 10 + 0 + 2·30) / 80 = 115/80.
        // kappa = 1 - (1/16) / (115/80) = 1 - 5/115 = 0.9565217...
        double kappa = AgreementMetrics.quadraticWeightedKappa(new int[]{0, 1, 2, 3, 4}, new int[]{0, 1, 2, 4, 4}, 0, 4);
        assertEquals(1 - 5.0 / 115, kappa, 1e-12);
    }

    @Test
    void systematicDisagreementIsNegative() {
        // a = 0 4, b = 4 0: O off the corners, w = 1; histA = histB = 1 0 0 0 1, E = 0.5 at each corner.
        // Σ w·O = 2, Σ w·E = 0.5 + 0.5 = 1: kappa = 1 - 2 = -1
        assertEquals(-1.0, AgreementMetrics.quadraticWeightedKappa(new int[]{0, 4}, new int[]{4, 0}, 0, 4), 1e-12);
    }

    @Test
    void constantGrades() {
        // Same single grade on both sides: E has no off-diagonal weight; defined as 1.
        assertEquals(1.0, AgreementMetrics.quadraticWeightedKappa(new int[]{2, 2}, new int[]{2, 2}, 0, 4));
        // a = 2 2, b = 3 3: O = E = 2 at (2,3), w = 1/16: 1 - (2/16)/(2/16) = 0
        assertEquals(0.0, AgreementMetrics.quadraticWeightedKappa(new int[]{2, 2}, new int[]{3, 3}, 0, 4), 1e-12);
    }

    @Test
    void pearsonOfASmallExample() {
        // x = 1 2 3, y = 1 2 4: dx = -1 0 1, dy = -4/3 -1/3 5/3, cov = 3, varX = 2, varY = 42/9
        // r = 3 / sqrt(2 · 42/9) = 0.9819805...
        assertEquals(3 / Math.sqrt(2 * 42.0 / 9), AgreementMetrics.pearson(new int[]{1, 2, 3}, new int[]{1, 2, 4}), 1e-12);
        assertEquals(-1.0, AgreementMetrics.pearson(new int[]{1, 2, 3}, new int[]{3, 2, 1}), 1e-12);
        assertTrue(Double.isNaN(AgreementMetrics.pearson(new int[]{1, 1}, new int[]{0, 3})));
    }

    @Test
    void exactAndWithinOneAgreement() {
        int[] a = {0, 1, 2, 3, 4};
        int[] b = {0, 2, 4, 3, 3};
        assertEquals(0.4, AgreementMetrics.agreement(a, b, 0), 1e-12);
        assertEquals(0.8, AgreementMetrics.agreement(a, b, 1), 1e-12);
    }

    @Test
    void rejectsMismatchedOrEmptyInput() {
        assertThrows(IllegalArgumentException.class, () -> AgreementMetrics.pearson(new int[]{1}, new int[]{1, 2}));
        assertThrows(IllegalArgumentException.class, () -> AgreementMetrics.quadraticWeightedKappa(new int[0], new int[0], 0, 4));
        assertThrows(IllegalArgumentException.class, () -> AgreementMetrics.quadraticWeightedKappa(new int[]{5}, new int[]{0}, 0, 4));
    }
}
