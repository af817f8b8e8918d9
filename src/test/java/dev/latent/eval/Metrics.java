package dev.latent.eval;

/** Classification metrics over class indices 0..classes-1. */
final class Metrics {

    private Metrics() {
    }

    static double accuracy(int[] gold, int[] predicted) {
        check(gold, predicted);
        int right = 0;
        for (int i = 0; i < gold.length; i++) if (gold[i] == predicted[i]) right++;
        return right / (double) gold.length;
    }

    /**
     * Unweighted mean of the per-class F1 over all {@code classes} classes. A class with no gold and no
     * predicted example has F1 0 here (it still counts in the mean), as in scikit-learn's default.
     */
    static double macroF1(int[] gold, int[] predicted, int classes) {
        check(gold, predicted);
        double sum = 0;
        for (int k = 0; k < classes; k++) sum += f1(gold, predicted, k);
        return sum / classes;
    }

    static double f1(int[] gold, int[] predicted, int label) {
        int truePositive = 0, falsePositive = 0, falseNegative = 0;
        for (int i = 0; i < gold.length; i++) {
            boolean g = gold[i] == label;
            boolean p = predicted[i] == label;
            if (g && p) truePositive++;
            else if (p) falsePositive++;
            else if (g) falseNegative++;
        }
        int denominator = 2 * truePositive + falsePositive + falseNegative;
        return denominator == 0 ? 0 : 2.0 * truePositive / denominator;
    }

    private static void check(int[] gold, int[] predicted) {
        if (gold.length != predicted.length) throw new IllegalArgumentException("gold and predicted differ in length");
        if (gold.length == 0) throw new IllegalArgumentException("no examples");
    }
}
