package dev.latent.scheduling;

import java.util.HashMap;
import java.util.Map;

/**
 * How well FSRS with given parameters predicted recall over a {@link ReviewHistory}, as py-fsrs and the FSRS
 * benchmark (srs-benchmark) measure it: replay each card's reviews in time order; before every review at least a
 * whole day after the card's previous one, predict R; the outcome is "recalled" when the rating is above Again.
 * Same-day reviews update the memory state but are not scored (the forgetting curve does not model them).
 *
 * @param logLoss mean binary cross-entropy of the predictions, lower is better (NaN when nothing was scored)
 * @param rmseBins srs-benchmark's RMSE (bins): reviews grouped by elapsed days, review number and lapses, the
 *     root mean square of (observed recall - mean prediction) over the groups, weighted by their size
 * @param meanPredictedRecall mean predicted R over the scored reviews
 * @param observedRecall share of the scored reviews rated above Again
 * @param count scored reviews
 */
public record ReplayMetrics(double logLoss, double rmseBins, double meanPredictedRecall, double observedRecall,
                            int count) {

    /** Keeps log loss finite if a prediction were exactly 0 or 1 (sklearn's log_loss clips the same way). */
    static final double EPSILON = 1e-15;

    /** Scores every review of every card. */
    public static ReplayMetrics of(ReviewHistory history, FsrsParameters parameters) {
        return evaluate(history, parameters, null, Integer.MAX_VALUE);
    }

    /**
     * Scores only the reviews after the first {@code floor(trainingFraction * n)} of each card (the part
     * {@link ReviewHistory#firstPart} leaves out), replaying the earlier ones to reach the memory state.
     */
    public static ReplayMetrics heldOut(ReviewHistory history, FsrsParameters parameters, double trainingFraction) {
        return evaluate(history, parameters, history.trainingLengths(trainingFraction), Integer.MAX_VALUE);
    }

    /**
     * Scores only the reviews after the first {@code trainingLengths[c]} of each card c (the part
     * {@link ReviewHistory#firstPart(int[])} leaves out), replaying the earlier ones with the same parameters, so
     * each held-out review is predicted from the state its card's earlier reviews left.
     */
    public static ReplayMetrics heldOut(ReviewHistory history, FsrsParameters parameters, int[] trainingLengths) {
        if (trainingLengths.length != history.cardCount()) {
            throw new IllegalArgumentException(trainingLengths.length + " lengths for " + history.cardCount() + " cards");
        }
        return evaluate(history, parameters, trainingLengths, Integer.MAX_VALUE);
    }

    /** Scores each card's first {@code maxReviewsPerCard} reviews only: the optimizer's objective. */
    static ReplayMetrics firstReviews(ReviewHistory history, FsrsParameters parameters, int maxReviewsPerCard) {
        return evaluate(history, parameters, null, maxReviewsPerCard);
    }

    /** @param trainingLengths per card, the reviews replayed but not scored; null for none */
    private static ReplayMetrics evaluate(ReviewHistory history, FsrsParameters w, int[] trainingLengths,
                                          int maxReviewsPerCard) {
        double lossSum = 0;
        double predictedSum = 0;
        int recalled = 0;
        int count = 0;
        Map<Long, double[]> bins = new HashMap<>();
        for (int card = 0; card < history.cardCount(); card++) {
            int n = Math.min(history.reviewCount(card), maxReviewsPerCard);
            int scoredFrom = trainingLengths == null ? 0 : trainingLengths[card];
            Fsrs.MemoryState memory = null;
            int reviewNumber = 1; // srs-benchmark's "i": 1 + the reviews so far at least a day after the previous
            int lapses = 0;       // Again ratings at least a day after the previous review, before this one
            for (int j = 0; j < n; j++) {
                Rating rating = history.rating(card, j);
                int elapsed = history.elapsedDays(card, j);
                if (j > 0 && elapsed >= 1) {
                    reviewNumber++;
                    if (j >= scoredFrom) {
                        double p = clip(Fsrs.forgettingCurve(w, elapsed, memory.stability()));
                        boolean recall = rating.recalled();
                        lossSum -= recall ? Math.log(p) : Math.log(1 - p);
                        predictedSum += p;
                        if (recall) recalled++;
                        count++;
                        double[] bin = bins.computeIfAbsent(binKey(elapsed, reviewNumber, lapses), k -> new double[3]);
                        bin[0] += recall ? 1 : 0;
                        bin[1] += p;
                        bin[2]++;
                    }
                    if (rating == Rating.AGAIN) lapses++;
                }
                memory = Fsrs.nextMemoryState(w, memory, elapsed, rating);
            }
        }
        if (count == 0) return new ReplayMetrics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        double squares = 0;
        for (double[] bin : bins.values()) {
            double gap = bin[0] / bin[2] - bin[1] / bin[2];
            squares += bin[2] * gap * gap;
        }
        return new ReplayMetrics(lossSum / count, Math.sqrt(squares / count), predictedSum / count,
                (double) recalled / count, count);
    }

    static double clip(double p) {
        return Math.min(Math.max(p, EPSILON), 1 - EPSILON);
    }

    /**
     * srs-benchmark's bins (utils.rmse_matrix): elapsed days, review number and lapses each grouped on a
     * geometric scale (bases 3.62, 1.89 and 1.73); no lapses is a group of its own.
     */
    static long binKey(int elapsedDays, int reviewNumber, int lapses) {
        long elapsedBin = geometricBin(elapsedDays, 3.62);
        long numberBin = geometricBin(reviewNumber, 1.89);
        long lapseBin = lapses == 0 ? -1 : geometricBin(lapses, 1.73);
        return (elapsedBin & 0xFFFFF) << 40 | (numberBin & 0xFFFFF) << 20 | (lapseBin & 0xFFFFF);
    }

    private static long geometricBin(double x, double base) {
        return (long) Math.floor(Math.log(x) / Math.log(base));
    }
}
