package dev.latent.scoring.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.latent.scoring.draft.BoostedTrees.Settings;
import dev.latent.scoring.draft.BoostedTrees.Tree;

/**
 * Fits {@link BoostedTrees} (gradient boosting on binned features, depth-first trees grown on histograms): used by
 * the SemEval evaluation to train the shipped model; the app only loads and applies it.
 */
public final class BoostedTreesFit {

    private BoostedTreesFit() {
    }

    /**
     * Fits a model.
     *
     * @param x one feature row per example
     * @param y class index per example
     * @param exampleWeights per-example weight (for instance to balance classes), or null for all 1
     */
    public static BoostedTrees fit(List<String> classes, double[][] x, int[] y, double[] exampleWeights, Settings settings) {
        int n = x.length;
        int d = x[0].length;
        int classCount = classes.size();
        int scoreCount = BoostedTrees.scores(classCount);
        double[] w = exampleWeights == null ? filled(n, 1) : exampleWeights;

        double[][] cuts = new double[d][];
        int[][] binned = new int[d][n];
        for (int j = 0; j < d; j++) {
            cuts[j] = cuts(x, j, settings.bins());
            for (int i = 0; i < n; i++) binned[j][i] = binOf(cuts[j], x[i][j]);
        }

        // Start from the (weighted) class priors.
        double[] prior = new double[classCount];
        double total = 0;
        for (int i = 0; i < n; i++) {
            prior[y[i]] += w[i];
            total += w[i];
        }
        double[] base = new double[scoreCount];
        if (classCount == 2) {
            base[0] = Math.log(Math.max(prior[1], 1e-9) / Math.max(prior[0], 1e-9));
        } else {
            for (int k = 0; k < classCount; k++) base[k] = Math.log(Math.max(prior[k], 1e-9) / total);
        }

        double[][] score = new double[n][];
        for (int i = 0; i < n; i++) score[i] = base.clone();
        double[] gradient = new double[n];
        double[] hessian = new double[n];
        List<Tree> trees = new ArrayList<>();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        double[][] p = new double[n][];
        for (int round = 0; round < settings.rounds(); round++) {
            for (int i = 0; i < n; i++) p[i] = BoostedTrees.toProbabilities(score[i], classCount);
            for (int k = 0; k < scoreCount; k++) {
                int cls = classCount == 2 ? 1 : k;
                for (int i = 0; i < n; i++) {
                    double pk = p[i][cls];
                    gradient[i] = (pk - (y[i] == cls ? 1 : 0)) * w[i];
                    hessian[i] = Math.max(pk * (1 - pk), 1e-6) * w[i];
                }
                TreeBuilder builder = new TreeBuilder(binned, cuts, gradient, hessian, settings);
                builder.grow(all.clone(), 0);
                Tree tree = builder.toTree(k);
                trees.add(tree);
                for (int i = 0; i < n; i++) score[i][k] += builder.outputOf(binned, i);
            }
        }
        return new BoostedTrees(classes, d, base, trees);
    }

    /** Candidate split points of feature j: its distinct values but the largest, thinned to quantiles. */
    private static double[] cuts(double[][] x, int j, int bins) {
        double[] values = new double[x.length];
        for (int i = 0; i < x.length; i++) values[i] = x[i][j];
        Arrays.sort(values);
        double[] distinct = Arrays.stream(values).distinct().toArray();
        if (distinct.length <= 1) return new double[0];
        if (distinct.length <= bins) return Arrays.copyOf(distinct, distinct.length - 1);
        double[] out = new double[bins - 1];
        int count = 0;
        for (int b = 1; b < bins; b++) {
            double v = values[(int) ((long) b * values.length / bins)];
            if (v < distinct[distinct.length - 1] && (count == 0 || v > out[count - 1])) out[count++] = v;
        }
        return Arrays.copyOf(out, count);
    }

    /** The first bin whose cut is at least v: rows of bins up to s are those with {@code v <= cuts[s]}. */
    private static int binOf(double[] cuts, double v) {
        int low = 0, high = cuts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cuts[mid] < v) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    private static double[] filled(int n, double value) {
        double[] out = new double[n];
        Arrays.fill(out, value);
        return out;
    }

    /** Grows one tree depth-first on histograms of the binned features. */
    private static final class TreeBuilder {
        private final int[][] binned;
        private final double[][] cuts;
        private final double[] gradient;
        private final double[] hessian;
        private final Settings settings;
        private final List<int[]> splits = new ArrayList<>(); // {feature, bin, left, right}, or {-1}
        private final List<Double> values = new ArrayList<>();

        TreeBuilder(int[][] binned, double[][] cuts, double[] gradient, double[] hessian, Settings settings) {
            this.binned = binned;
            this.cuts = cuts;
            this.gradient = gradient;
            this.hessian = hessian;
            this.settings = settings;
        }

        int grow(int[] rows, int depth) {
            int node = splits.size();
            splits.add(null);
            values.add(0.0);
            double g = 0, h = 0;
            for (int i : rows) {
                g += gradient[i];
                h += hessian[i];
            }
            // Seven decimals: the stored model stays short and reads back exactly as fitted.
            values.set(node, Math.round(-settings.learningRate() * g / (h + settings.lambda()) * 1e7) / 1e7);
            int bestFeature = -1, bestBin = -1;
            double bestGain = 1e-12;
            if (depth < settings.depth() && h >= 2 * settings.minChildWeight()) {
                double parent = g * g / (h + settings.lambda());
                for (int j = 0; j < cuts.length; j++) {
                    int binCount = cuts[j].length + 1;
                    if (binCount < 2) continue;
                    double[] gs = new double[binCount];
                    double[] hs = new double[binCount];
                    int[] column = binned[j];
                    for (int i : rows) {
                        gs[column[i]] += gradient[i];
                        hs[column[i]] += hessian[i];
                    }
                    double gl = 0, hl = 0;
                    for (int b = 0; b < binCount - 1; b++) {
                        gl += gs[b];
                        hl += hs[b];
                        double hr = h - hl;
                        if (hl < settings.minChildWeight() || hr < settings.minChildWeight()) continue;
                        double gr = g - gl;
                        double gain = gl * gl / (hl + settings.lambda()) + gr * gr / (hr + settings.lambda()) - parent;
                        if (gain > bestGain) {
                            bestGain = gain;
                            bestFeature = j;
                            bestBin = b;
                        }
                    }
                }
            }
            if (bestFeature < 0) {
                splits.set(node, new int[]{-1});
                return node;
            }
            int leftCount = 0;
            for (int i : rows) if (binned[bestFeature][i] <= bestBin) leftCount++;
            int[] leftRows = new int[leftCount];
            int[] rightRows = new int[rows.length - leftCount];
            int a = 0, b = 0;
            for (int i : rows) {
                if (binned[bestFeature][i] <= bestBin) leftRows[a++] = i;
                else rightRows[b++] = i;
            }
            int left = grow(leftRows, depth + 1);
            int right = grow(rightRows, depth + 1);
            splits.set(node, new int[]{bestFeature, bestBin, left, right});
            return node;
        }

        /** The grown tree's output for training row i, read from its bins (as {@link Tree#output} reads x). */
        double outputOf(int[][] binned, int i) {
            int node = 0;
            while (splits.get(node)[0] >= 0) {
                int[] s = splits.get(node);
                node = binned[s[0]][i] <= s[1] ? s[2] : s[3];
            }
            return values.get(node);
        }

        Tree toTree(int target) {
            int n = splits.size();
            int[] feature = new int[n];
            double[] threshold = new double[n];
            int[] left = new int[n];
            int[] right = new int[n];
            double[] value = new double[n];
            for (int node = 0; node < n; node++) {
                int[] s = splits.get(node);
                feature[node] = s[0];
                if (s[0] >= 0) {
                    threshold[node] = cuts[s[0]][s[1]];
                    left[node] = s[2];
                    right[node] = s[3];
                } else {
                    left[node] = -1;
                    right[node] = -1;
                    value[node] = values.get(node);
                }
            }
            return new Tree(target, feature, threshold, left, right, value);
        }
    }
}
