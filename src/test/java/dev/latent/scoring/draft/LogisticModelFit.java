package dev.latent.scoring.draft;

import java.util.Arrays;
import java.util.List;

/**
 * Fits a {@link LogisticModel} (Newton's method on the L2-penalised, optionally weighted log-loss): used by the
 * SemEval evaluation to train the shipped model; the app only loads and applies it.
 */
public final class LogisticModelFit {

    private LogisticModelFit() {
    }

    /**
     * Fits a model.
     *
     * @param x one feature row per example
     * @param y class index per example
     * @param exampleWeights per-example weight (for instance to balance classes), or null for all 1
     * @param l2 penalty on the non-bias weights, per example
     * @param iterations at most this many Newton steps
     */
    public static LogisticModel fit(List<String> classes, double[][] x, int[] y, double[] exampleWeights, double l2,
                                    int iterations) {
        int n = x.length;
        int d = x[0].length;
        int classCount = classes.size();
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : x) for (int j = 0; j < d; j++) mean[j] += row[j] / n;
        for (double[] row : x) for (int j = 0; j < d; j++) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
        for (int j = 0; j < d; j++) scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) z[i] = standardise(x[i], mean, scale);
        double[] w = exampleWeights == null ? filled(n, 1) : exampleWeights;
        double totalWeight = Arrays.stream(w).sum();

        // Newton's method on the penalised log-loss; class 0's weights stay 0 (the softmax is then identified).
        int m = d + 1;
        int free = (classCount - 1) * m;
        double[][] weights = new double[classCount][m];
        double[] logits = new double[classCount];
        for (int step = 0; step < iterations; step++) {
            double[] gradient = new double[free];
            double[][] hessian = new double[free][free];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < classCount; k++) logits[k] = dot(weights[k], z[i]);
                double[] p = softmax(logits);
                double wi = w[i] / totalWeight;
                for (int a = 1; a < classCount; a++) {
                    double error = (p[a] - (y[i] == a ? 1 : 0)) * wi;
                    int ra = (a - 1) * m;
                    for (int j = 0; j < m; j++) gradient[ra + j] += error * z[i][j];
                    for (int b = a; b < classCount; b++) {
                        double h = (a == b ? p[a] * (1 - p[a]) : -p[a] * p[b]) * wi;
                        int rb = (b - 1) * m;
                        for (int j = 0; j < m; j++) {
                            double hj = h * z[i][j];
                            for (int l = 0; l < m; l++) hessian[ra + j][rb + l] += hj * z[i][l];
                        }
                    }
                }
            }
            for (int a = 0; a < free; a++) {
                for (int b = 0; b < a; b++) hessian[a][b] = hessian[b][a];
                int j = a % m;
                if (j != 0) {
                    gradient[a] += l2 * weights[1 + a / m][j];
                    hessian[a][a] += l2;
                }
                hessian[a][a] += 1e-9;
            }
            double[] delta = solve(hessian, gradient);
            double change = 0;
            for (int a = 0; a < free; a++) {
                weights[1 + a / m][a % m] -= delta[a];
                change = Math.max(change, Math.abs(delta[a]));
            }
            if (change < 1e-8) break;
        }
        return new LogisticModel(classes, mean, scale, weights);
    }

    /** Weights that make every class count as much as the others in the fit. */
    public static double[] balancedWeights(int[] y, int classCount) {
        int[] counts = new int[classCount];
        for (int label : y) counts[label]++;
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) out[i] = y.length / (double) (classCount * counts[y[i]]);
        return out;
    }

    /** Solves a x = b for a symmetric positive-definite a (Gaussian elimination with partial pivoting). */
    public static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) m[i] = Arrays.copyOf(a[i], n);
        double[] x = Arrays.copyOf(b, n);
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
            double[] rowSwap = m[col];
            m[col] = m[pivot];
            m[pivot] = rowSwap;
            double valueSwap = x[col];
            x[col] = x[pivot];
            x[pivot] = valueSwap;
            for (int r = col + 1; r < n; r++) {
                double factor = m[r][col] / m[col][col];
                if (factor == 0) continue;
                for (int c = col; c < n; c++) m[r][c] -= factor * m[col][c];
                x[r] -= factor * x[col];
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            double sum = x[r];
            for (int c = r + 1; c < n; c++) sum -= m[r][c] * x[c];
            x[r] = sum / m[r][r];
        }
        return x;
    }

    private static double[] filled(int n, double value) {
        double[] out = new double[n];
        Arrays.fill(out, value);
        return out;
    }


    private static double[] standardise(double[] x, double[] mean, double[] scale) {
        return LogisticModel.standardise(x, mean, scale);
    }

    private static double dot(double[] a, double[] b) {
        return LogisticModel.dot(a, b);
    }

    private static double[] softmax(double[] logits) {
        return LogisticModel.softmax(logits);
    }
}
