package dev.latent.scheduling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the optimizer does before gradient descent, as fsrs-rs's pre-training does: estimate the four initial
 * stabilities w0..w3 straight from how often cards were recalled at their first review a day or more after the first
 * rating, and leave out of the fit the cards whose first interval is rare (outliers).
 *
 * <p>Each card's "first interval" is its first rating and the whole days to its first review at least a day later;
 * the outcome of that review (recalled or not) is one point of that first rating's forgetting curve. The initial
 * stability of a rating is the S whose curve (with the default decay) best fits its points, weighted by the square
 * root of their count, with the recall smoothed towards the history's average and a small pull towards the default.
 */
final class FsrsPretraining {

    /** fsrs-rs's search range for an initial stability (days). */
    static final double MIN_INITIAL_STABILITY = 0.1;
    static final double MAX_INITIAL_STABILITY = 100;
    /** Ratings 1-4 become each other's neighbours in log S with these weights when one is missing (fsrs-rs: 3/5). */
    private static final double FILL_WEIGHT = 0.6;

    private FsrsPretraining() {
    }

    /** How often cards first rated {@code rating} were recalled {@code days} days later. */
    record Group(int rating, int days, int recalled, int count) {
        double recall() {
            return (double) recalled / count;
        }
    }

    /** A card's first rating (1-4) and days to its first review a day or more later, or null if it has none. */
    static int[] firstInterval(ReviewHistory history, int card) {
        for (int j = 1; j < history.reviewCount(card); j++) {
            if (history.elapsedDays(card, j) >= 1) return new int[]{history.rating(card, 0).value(), history.elapsedDays(card, j)};
        }
        return null;
    }

    /** Every (first rating, first interval) pair of the history with its outcomes, by rating then days. */
    static List<Group> groups(ReviewHistory history) {
        TreeMap<Long, int[]> byKey = new TreeMap<>();
        for (int c = 0; c < history.cardCount(); c++) {
            for (int j = 1; j < history.reviewCount(c); j++) {
                if (history.elapsedDays(c, j) < 1) continue;
                int[] tally = byKey.computeIfAbsent(key(history.rating(c, 0).value(), history.elapsedDays(c, j)), k -> new int[2]);
                if (history.rating(c, j).recalled()) tally[0]++;
                tally[1]++;
                break;
            }
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, tally) -> groups.add(new Group((int) (key >> 32), (int) (long) key, tally[0], tally[1])));
        return groups;
    }

    static long key(int rating, int days) {
        return (long) rating << 32 | days;
    }

    /**
     * The (first rating, first interval) pairs to leave out, as {@link #key} values (fsrs-rs's outlier filter): for
     * each first rating, its rarest intervals (smallest groups first, shorter before longer on a tie) until at least
     * max(20, 5 %) of that rating's cards are out, and then also every group of fewer than 6 cards or with a first
     * interval beyond 100 days (365 for Easy).
     */
    static Set<Long> outliers(List<Group> groups) {
        Set<Long> removed = new HashSet<>();
        for (int rating = 1; rating <= 4; rating++) {
            List<Group> ofRating = new ArrayList<>();
            int total = 0;
            for (Group g : groups) {
                if (g.rating() == rating) {
                    ofRating.add(g);
                    total += g.count();
                }
            }
            ofRating.sort((a, b) -> a.count() != b.count() ? Integer.compare(a.count(), b.count()) : Integer.compare(a.days(), b.days()));
            int quota = Math.max(20, total / 20);
            int removedSoFar = 0;
            int longest = rating == 4 ? 365 : 100;
            for (Group g : ofRating) {
                if (removedSoFar + g.count() < quota) {
                    removedSoFar += g.count();
                    removed.add(key(g.rating(), g.days()));
                } else if (g.count() < 6 || g.days() > longest) {
                    removed.add(key(g.rating(), g.days()));
                }
            }
        }
        return removed;
    }

    /**
     * The pre-training loss of initial stability {@code s} for one rating's groups: the cross-entropy of each
     * interval's recall (smoothed, see {@link #initialStabilities}) against R(days, s) with the default decay,
     * weighted by the square root of the group's size, plus |s - default| / 16.
     */
    static double loss(List<Group> groups, double[] smoothedRecall, double s, double defaultS) {
        double sum = 0;
        for (int i = 0; i < groups.size(); i++) {
            double p = ReplayMetrics.clip(Fsrs.forgettingCurve(FsrsParameters.DEFAULT, groups.get(i).days(), s));
            double y = smoothedRecall[i];
            sum -= (y * Math.log(p) + (1 - y) * Math.log(1 - p)) * Math.sqrt(groups.get(i).count());
        }
        return sum + Math.abs(s - defaultS) / 16;
    }

    /** The S in [0.1, 100] that minimises {@link #loss} for one rating's groups (ternary search). */
    static double fitStability(List<Group> groups, double averageRecall, double defaultS) {
        int n = 0;
        for (Group g : groups) n += g.count();
        // Laplace smoothing towards the history's average recall, as one more review would.
        double[] smoothed = new double[groups.size()];
        for (int i = 0; i < smoothed.length; i++) smoothed[i] = (groups.get(i).recall() * n + averageRecall) / (n + 1);
        double low = MIN_INITIAL_STABILITY;
        double high = MAX_INITIAL_STABILITY;
        for (int iteration = 0; iteration < 200 && high - low > 1e-7; iteration++) {
            double third = (high - low) / 3;
            if (loss(groups, smoothed, low + third, defaultS) < loss(groups, smoothed, high - third, defaultS)) {
                high -= third;
            } else {
                low += third;
            }
        }
        return (low + high) / 2;
    }

    /**
     * The initial stabilities w0..w3 fitted to the first intervals of {@code groups} (outliers already left out);
     * null when there are none (then the defaults stay).
     *
     * @param averageRecall the share of the history's scored reviews that were recalled, for smoothing
     */
    static double[] initialStabilities(List<Group> groups, double averageRecall) {
        Double[] fitted = new Double[5];
        int[] counts = new int[5];
        for (int rating = 1; rating <= 4; rating++) {
            List<Group> ofRating = new ArrayList<>();
            for (Group g : groups) {
                if (g.rating() == rating) {
                    ofRating.add(g);
                    counts[rating] += g.count();
                }
            }
            if (!ofRating.isEmpty()) fitted[rating] = fitStability(ofRating, averageRecall, FsrsParameters.DEFAULT.w(rating - 1));
        }
        return smoothAndFill(fitted, counts);
    }

    /**
     * Makes the initial stabilities grow with the rating and fills in the missing ones (fsrs-rs's smooth_and_fill).
     * A pair out of order takes the value of the rating seen on more cards. With one rating known, the defaults are
     * scaled to it; with two or three, the missing ones follow from log S2 = 0.6 log S1 + 0.4 log S3 and
     * log S3 = 0.4 log S2 + 0.6 log S4. Finally each is clamped into [0.1, 100].
     *
     * @param stabilities index 1..4 by rating, null where the history has no such first rating (index 0 unused)
     * @param counts index 1..4: cards behind each stability
     * @return w0..w3, or null when none is known
     */
    static double[] smoothAndFill(Double[] stabilities, int[] counts) {
        Double[] s = stabilities.clone();
        int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (int[] pair : pairs) {
            int small = pair[0];
            int big = pair[1];
            if (s[small] != null && s[big] != null && s[small] > s[big]) {
                if (counts[small] > counts[big]) s[big] = s[small];
                else s[small] = s[big];
            }
        }
        int known = 0;
        for (int r = 1; r <= 4; r++) if (s[r] != null) known++;
        if (known == 0) return null;
        double[] result = new double[4];
        if (known == 1) {
            int r = 1;
            while (s[r] == null) r++;
            double factor = s[r] / FsrsParameters.DEFAULT.w(r - 1);
            for (int i = 0; i < 4; i++) result[i] = FsrsParameters.DEFAULT.w(i) * factor;
        } else {
            // In log S: x2 - a x1 - (1-a) x3 = 0 and x3 - (1-a) x2 - a x4 = 0, a = 0.6; solve for the unknowns.
            double a = FILL_WEIGHT;
            double[][] equations = {{-a, 1, -(1 - a), 0}, {0, -(1 - a), 1, -a}};
            double[] x = new double[4];
            List<Integer> unknown = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                if (s[i + 1] == null) unknown.add(i);
                else x[i] = Math.log(s[i + 1]);
            }
            if (unknown.size() == 1) {
                int u = unknown.get(0);
                // The equation that names the missing one as its subject: x1 and x2 from the first, x3 and x4 from the second.
                double[] e = equations[u <= 1 ? 0 : 1];
                x[u] = -rest(e, x, u) / e[u];
            } else if (unknown.size() == 2) {
                int u = unknown.get(0);
                int v = unknown.get(1);
                double[] e1 = equations[0];
                double[] e2 = equations[1];
                double c1 = -restWithout(e1, x, u, v);
                double c2 = -restWithout(e2, x, u, v);
                double det = e1[u] * e2[v] - e1[v] * e2[u];
                x[u] = (c1 * e2[v] - e1[v] * c2) / det;
                x[v] = (e1[u] * c2 - c1 * e2[u]) / det;
            }
            for (int i = 0; i < 4; i++) result[i] = Math.exp(x[i]);
        }
        for (int i = 0; i < 4; i++) result[i] = Math.min(Math.max(result[i], MIN_INITIAL_STABILITY), MAX_INITIAL_STABILITY);
        return result;
    }

    private static double rest(double[] equation, double[] x, int skip) {
        double sum = 0;
        for (int i = 0; i < 4; i++) if (i != skip) sum += equation[i] * x[i];
        return sum;
    }

    private static double restWithout(double[] equation, double[] x, int skip1, int skip2) {
        double sum = 0;
        for (int i = 0; i < 4; i++) if (i != skip1 && i != skip2) sum += equation[i] * x[i];
        return sum;
    }
}
