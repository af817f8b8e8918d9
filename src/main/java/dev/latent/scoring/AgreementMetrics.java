package dev.latent.scoring;

/** Agreement between two graders on an ordinal scale, as used to check a rubric against an instructor. */
public final class AgreementMetrics {

    private AgreementMetrics() {
    }

    /**
     * Cohen's kappa with quadratic weights: {@code 1 - Σ w·O / Σ w·E}, with {@code w = (i-j)² / (k-1)²},
     * O the observed matrix of grade pairs and E the outer product of the two grade histograms scaled to
     * the same total. 1 is perfect agreement, 0 agreement by chance. When both graders gave one and the
     * same grade throughout, E has no weight off the diagonal and the ratio is 0/0; that case is 1.
     */
    public static double quadraticWeightedKappa(int[] a, int[] b, int min, int max) {
        check(a.length, b.length);
        int k = max - min + 1;
        double[][] observed = new double[k][k];
        double[] histogramA = new double[k];
        double[] histogramB = new double[k];
        for (int i = 0; i < a.length; i++) {
            int x = a[i] - min;
            int y = b[i] - min;
            if (x < 0 || x >= k || y < 0 || y >= k) throw new IllegalArgumentException("grade outside " + min + ".." + max);
            observed[x][y]++;
            histogramA[x]++;
            histogramB[y]++;
        }
        double n = a.length;
        double numerator = 0;
        double denominator = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double weight = (double) (i - j) * (i - j) / ((double) (k - 1) * (k - 1));
                numerator += weight * observed[i][j];
                denominator += weight * histogramA[i] * histogramB[j] / n;
            }
        }
        if (denominator == 0) return 1.0; // then every pair is on the one diagonal cell, so numerator == 0
        return 1 - numerator / denominator;
    }

    /** Pearson's correlation coefficient; NaN when either side is constant. */
    public static double pearson(int[] x, int[] y) {
        check(x.length, y.length);
        double n = x.length;
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < x.length; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            covariance += dx * dy;
            varianceX += dx * dx;
            varianceY += dy * dy;
        }
        if (varianceX == 0 || varianceY == 0) return Double.NaN;
        return covariance / Math.sqrt(varianceX * varianceY);
    }

    /** Share of pairs at most {@code tolerance} apart (0 = exact agreement). */
    public static double agreement(int[] a, int[] b, int tolerance) {
        check(a.length, b.length);
        int agree = 0;
        for (int i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) <= tolerance) agree++;
        return agree / (double) a.length;
    }

    private static void check(int n, int m) {
        if (n != m) throw new IllegalArgumentException("different numbers of grades: " + n + " and " + m);
        if (n == 0) throw new IllegalArgumentException("no grades");
    }
}
