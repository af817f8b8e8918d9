package dev.latent.scoring.draft;

import java.util.List;

/**
 * Gradient-boosted shallow regression trees on the log-loss, as in XGBoost / LightGBM but small: each
 * round adds one tree per class (one in all for two classes) fitted to the gradient and Hessian of the
 * loss (Newton boosting), split points chosen on quantile bins of each feature, leaves shrunk by an L2
 * penalty and the learning rate. Captures what a logistic model on the same features cannot: thresholds
 * ("covers most of the reference AND is short") and interactions. Deterministic: no sampling.
 *
 * Fitting lives with the evaluation code (test side, {@code BoostedTreesFit}): the app only predicts.
 *
 * <p>Two classes: {@code p(1) = sigmoid(base + sum of trees)}. More: softmax over one such sum per class.
 * The trees are stored round by round, so {@link #probabilities(double[], int)} can read the model after
 * fewer rounds (used to choose the number of rounds by cross-validation from a single fit).
 */
public record BoostedTrees(List<String> classes, int features, double[] base, List<Tree> trees) implements Classifier {

    /**
     * One regression tree in arrays: node {@code i} is a leaf when {@code feature[i] < 0}, with output
     * {@code value[i]}; otherwise rows with {@code x[feature[i]] <= threshold[i]} go to {@code left[i]}.
     * Node 0 is the root. {@code target} is the class whose score the tree adds to.
     */
    public record Tree(int target, int[] feature, double[] threshold, int[] left, int[] right, double[] value) {

        public Tree {
            int n = feature.length;
            if (threshold.length != n || left.length != n || right.length != n || value.length != n || n == 0) {
                throw new IllegalArgumentException("tree arrays differ in length");
            }
        }

        public double output(double[] x) {
            int node = 0;
            while (feature[node] >= 0) node = x[feature[node]] <= threshold[node] ? left[node] : right[node];
            return value[node];
        }
    }

    /**
     * @param rounds boosting rounds
     * @param depth maximum depth of each tree (1 = stumps)
     * @param learningRate shrinkage of every leaf
     * @param lambda L2 penalty on leaf outputs (in Hessian units)
     * @param minChildWeight least summed Hessian a child may have
     * @param bins at most this many candidate split points per feature
     */
    public record Settings(int rounds, int depth, double learningRate, double lambda, double minChildWeight, int bins) {

        public Settings {
            if (rounds < 1 || depth < 1 || !(learningRate > 0) || lambda < 0 || minChildWeight < 0 || bins < 2) {
                throw new IllegalArgumentException("bad boosting settings");
            }
        }
    }

    public BoostedTrees {
        classes = List.copyOf(classes);
        trees = List.copyOf(trees);
        if (classes.size() < 2) throw new IllegalArgumentException("need two classes or more");
        if (base.length != scores(classes.size())) throw new IllegalArgumentException("one base score per class score");
        for (Tree tree : trees) {
            if (tree.target() < 0 || tree.target() >= base.length) throw new IllegalArgumentException("bad tree target");
            for (int f : tree.feature()) if (f >= features) throw new IllegalArgumentException("bad tree feature");
        }
    }

    /** Binary models keep one score (class 1's log-odds); others one per class. */
    static int scores(int classCount) {
        return classCount == 2 ? 1 : classCount;
    }

    /** Trees added per boosting round. */
    public int treesPerRound() {
        return base.length;
    }

    public int rounds() {
        return trees.size() / treesPerRound();
    }

    @Override
    public double[] probabilities(double[] x) {
        return probabilities(x, rounds());
    }

    /** Probabilities from the first {@code rounds} rounds only. */
    public double[] probabilities(double[] x, int rounds) {
        if (x.length != features) throw new IllegalArgumentException("expected " + features + " features");
        double[] score = base.clone();
        int end = Math.min(trees.size(), rounds * treesPerRound());
        for (int t = 0; t < end; t++) {
            Tree tree = trees.get(t);
            score[tree.target()] += tree.output(x);
        }
        return toProbabilities(score, classes.size());
    }

    static double[] toProbabilities(double[] score, int classCount) {
        if (classCount == 2) {
            double p = 1 / (1 + Math.exp(-score[0]));
            return new double[]{1 - p, p};
        }
        return LogisticModel.softmax(score);
    }

}
