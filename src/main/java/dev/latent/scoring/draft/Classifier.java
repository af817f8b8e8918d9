package dev.latent.scoring.draft;

import java.util.List;

/** A trained model that turns a feature row into class probabilities: {@link LogisticModel}, {@link BoostedTrees}, or a {@link Blend} of them. */
public sealed interface Classifier permits LogisticModel, BoostedTrees, Blend {

    List<String> classes();

    /** How many features a row must have. */
    int features();

    /** Class probabilities, in {@link #classes()} order. */
    double[] probabilities(double[] x);

    /** The most probable class's index. */
    default int predict(double[] x) {
        double[] p = probabilities(x);
        int best = 0;
        for (int k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
        return best;
    }
}
