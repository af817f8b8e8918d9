package dev.latent.scoring.draft;

import java.util.Arrays;
import java.util.List;

/**
 * Multinomial logistic regression on standardised features: {@code p(k | x) = softmax(W z)} with
 * {@code z = (1, (x - mean) / scale)}. Two classes make the binary model. Fitting is plain full-batch
 * gradient descent with an L2 penalty and optional per-example weights: deterministic, and small enough
 * for a few thousand rows of a few dozen features.
 */
public record LogisticModel(List<String> classes, double[] mean, double[] scale, double[][] weights) {

    public LogisticModel {
        classes = List.copyOf(classes);
        if (weights.length != classes.size()) throw new IllegalArgumentException("one weight row per class");
        for (double[] row : weights) {
            if (row.length != mean.length + 1) throw new IllegalArgumentException("weights need bias + features");
        }
        if (scale.length != mean.length) throw new IllegalArgumentException("mean and scale differ in length");
    }

    public int features() {
        return mean.length;
    }

    /** Class probabilities, in {@link #classes()} order. */
    public double[] probabilities(double[] x) {
        if (x.length != mean.length) throw new IllegalArgumentException("expected " + mean.length + " features");
        double[] z = standardise(x, mean, scale);
        double[] logits = new double[weights.length];
        for (int k = 0; k < weights.length; k++) logits[k] = dot(weights[k], z);
        return softmax(logits);
    }

    public int predict(double[] x) {
        double[] p = probabilities(x);
        int best = 0;
        for (int k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
        return best;
    }

    /**
     * Fits a model.
     *
     * @param x one feature row per example
     * @param y class index per example
     * @param exampleWeights per-example weight (for instance to balance classes), or null for all 1
     * @param l2 penalty on the non-bias weights, per example
     * @param iterations gradient steps
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

        double[][] weights = new double[classCount][d + 1];
        double[][] gradient = new double[classCount][d + 1];
        double[][] velocity = new double[classCount][d + 1];
        double rate = 0.5;
        double momentum = 0.9;
        double[] logits = new double[classCount];
        for (int step = 0; step < iterations; step++) {
            for (double[] row : gradient) Arrays.fill(row, 0);
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < classCount; k++) logits[k] = dot(weights[k], z[i]);
                double[] p = softmax(logits);
                for (int k = 0; k < classCount; k++) {
                    double error = (p[k] - (y[i] == k ? 1 : 0)) * w[i] / totalWeight;
                    double[] g = gradient[k];
                    for (int j = 0; j <= d; j++) g[j] += error * z[i][j];
                }
            }
            for (int k = 0; k < classCount; k++) {
                for (int j = 0; j <= d; j++) {
                    double g = gradient[k][j] + (j == 0 ? 0 : l2 * weights[k][j]);
                    velocity[k][j] = momentum * velocity[k][j] - rate * g;
                    weights[k][j] += velocity[k][j];
                }
            }
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

    private static double[] filled(int n, double value) {
        double[] out = new double[n];
        Arrays.fill(out, value);
        return out;
    }

    private static double[] standardise(double[] x, double[] mean, double[] scale) {
        double[] z = new double[x.length + 1];
        z[0] = 1;
        for (int j = 0; j < x.length; j++) z[j + 1] = (x[j] - mean[j]) / scale[j];
        return z;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) sum += a[j] * b[j];
        return sum;
    }

    private static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logits) max = Math.max(max, v);
        double[] out = new double[logits.length];
        double sum = 0;
        for (int k = 0; k < logits.length; k++) {
            out[k] = Math.exp(logits[k] - max);
            sum += out[k];
        }
        for (int k = 0; k < logits.length; k++) out[k] /= sum;
        return out;
    }
}
