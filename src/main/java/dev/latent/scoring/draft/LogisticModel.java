package dev.latent.scoring.draft;

import java.util.List;

/**
 * Multinomial logistic regression on standardised features: {@code p(k | x) = softmax(W z)} with
 * {@code z = (1, (x - mean) / scale)}. Two classes make the binary model. Fitting is Newton's method on
 * the log-loss with an L2 penalty and optional per-example weights: deterministic, converged in a few
 * steps for some thousands of rows of a few dozen features.
 */
public record LogisticModel(List<String> classes, double[] mean, double[] scale, double[][] weights) implements Classifier {

    public LogisticModel {
        classes = List.copyOf(classes);
        if (weights.length != classes.size()) throw new IllegalArgumentException("one weight row per class");
        for (double[] row : weights) {
            if (row.length != mean.length + 1) throw new IllegalArgumentException("weights need bias + features");
        }
        if (scale.length != mean.length) throw new IllegalArgumentException("mean and scale differ in length");
    }

    @Override
    public int features() {
        return mean.length;
    }

    @Override
    public double[] probabilities(double[] x) {
        if (x.length != mean.length) throw new IllegalArgumentException("expected " + mean.length + " features");
        double[] z = standardise(x, mean, scale);
        double[] logits = new double[weights.length];
        for (int k = 0; k < weights.length; k++) logits[k] = dot(weights[k], z);
        return softmax(logits);
    }

    static double[] standardise(double[] x, double[] mean, double[] scale) {
        double[] z = new double[x.length + 1];
        z[0] = 1;
        for (int j = 0; j < x.length; j++) z[j + 1] = (x[j] - mean[j]) / scale[j];
        return z;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) sum += a[j] * b[j];
        return sum;
    }

    /** Class probabilities from per-class scores, shifted by the largest so that exp cannot overflow. */
    static double[] softmax(double[] logits) {
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
