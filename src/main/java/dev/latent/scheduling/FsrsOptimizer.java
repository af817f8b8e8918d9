package dev.latent.scheduling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Fits FSRS-6's 21 weights to a learner's own review history, as py-fsrs 6.3.1's {@code Optimizer} and fsrs-rs's
 * training do (Anki's "Optimize").
 *
 * <p>First, as fsrs-rs's pre-training ({@link FsrsPretraining}): the initial stabilities w0..w3 are fitted to how
 * often cards were recalled at their first interval, and cards whose first interval is rare are left out of the fit.
 * The objective: replay each remaining card's first 64 reviews in time order, predict R before every review at least
 * a whole day after the previous one, and take the binary cross-entropy against "recalled" (rating above Again), plus
 * fsrs-rs's penalty on straying from the starting weights ({@link Settings#regularization}, in units of each weight's
 * spread over many learners, weighed as one review's worth over the whole history). From the pre-trained start,
 * mini-batches of 512 scored reviews take Adam steps (learning rate 0.04, cosine-annealed to 0 over all steps of 5
 * epochs), each followed by clamping the weights into {@link FsrsParameters#lowerBound FSRS-6's bounds}. Cards are
 * shuffled each epoch by a seeded generator, so the same history always gives the same weights. A card cut by a batch
 * boundary goes on from its state without carrying its gradient over (as py-fsrs detaches it). After each epoch the
 * whole objective is measured and the best weights seen are kept (the start included); w0..w3 are then put in rating
 * order again, and if the result does not beat the defaults on the history it was fitted to, the defaults are kept.
 *
 * <p>Memory stays small: the {@link ReviewHistory} holds 13 bytes a review, and the replay 4 arrays of 21 numbers.
 */
public final class FsrsOptimizer {

    /**
     * @param epochs passes over the history
     * @param batchSize scored reviews per gradient step
     * @param learningRate Adam's initial step size, annealed to 0 along a half cosine
     * @param maxReviewsPerCard only each card's first reviews count (py-fsrs: 64)
     * @param minimumReviews fewer scored reviews than this and the defaults are kept (py-fsrs: one batch, 512)
     * @param seed for the card order of each epoch
     * @param regularization fsrs-rs's gamma: weight of the penalty sum((w - start)^2 / sd^2) that keeps weights
     *     the history says little about near where the fit started; 0 for py-fsrs's plain log loss
     * @param pretraining fsrs-rs's pre-training: start from initial stabilities w0..w3 fitted to the cards' first
     *     intervals ({@link FsrsPretraining}) and leave cards with a rare first interval out of the fit
     * @param recencyWeighting fsrs-rs's recency weights: a review counts 0.25 + 0.75 x^3 times, x its place in time
     *     among the scored reviews (0 the oldest, 1 the newest), so the fit leans towards how the learner does now
     */
    public record Settings(int epochs, int batchSize, double learningRate, int maxReviewsPerCard, int minimumReviews,
                           long seed, double regularization, boolean pretraining, boolean recencyWeighting) {

        public static final Settings DEFAULT = new Settings(5, 512, 0.04, 64, 512, 42, 1.0, true, false);

        public Settings {
            if (epochs < 1 || batchSize < 1 || maxReviewsPerCard < 2 || minimumReviews < 1 || !(learningRate > 0)
                    || !(regularization >= 0)) {
                throw new IllegalArgumentException("invalid optimizer settings: " + epochs + " epochs, batch "
                        + batchSize + ", rate " + learningRate + ", " + maxReviewsPerCard + " per card, minimum "
                        + minimumReviews + ", regularization " + regularization);
            }
        }

        /** py-fsrs's plain descent: no pre-training, no recency weights. */
        public Settings(int epochs, int batchSize, double learningRate, int maxReviewsPerCard, int minimumReviews,
                        long seed, double regularization) {
            this(epochs, batchSize, learningRate, maxReviewsPerCard, minimumReviews, seed, regularization, false, false);
        }

        public Settings withMinimumReviews(int minimum) {
            return new Settings(epochs, batchSize, learningRate, maxReviewsPerCard, minimum, seed, regularization,
                    pretraining, recencyWeighting);
        }

        public Settings withEpochs(int count) {
            return new Settings(count, batchSize, learningRate, maxReviewsPerCard, minimumReviews, seed, regularization,
                    pretraining, recencyWeighting);
        }

        public Settings withRegularization(double gamma) {
            return new Settings(epochs, batchSize, learningRate, maxReviewsPerCard, minimumReviews, seed, gamma,
                    pretraining, recencyWeighting);
        }

        public Settings withPretraining(boolean on) {
            return new Settings(epochs, batchSize, learningRate, maxReviewsPerCard, minimumReviews, seed, regularization,
                    on, recencyWeighting);
        }

        public Settings withRecencyWeighting(boolean on) {
            return new Settings(epochs, batchSize, learningRate, maxReviewsPerCard, minimumReviews, seed, regularization,
                    pretraining, on);
        }
    }

    /** Told how far the fit has come: {@code done} of {@code total} steps (gradient steps and epoch checks). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    /**
     * @param parameters the fitted weights, or the defaults when there was too little to fit on
     * @param fitted false when the history had fewer than {@link Settings#minimumReviews} scored reviews
     * @param scoredReviews reviews in the objective (at least a day after the previous one, first 64 of a card)
     * @param defaultLoss the objective (mean log loss) with the default weights
     * @param fittedLoss the objective with {@code parameters}
     */
    public record Result(FsrsParameters parameters, boolean fitted, int scoredReviews, double defaultLoss,
                         double fittedLoss) {
    }

    private static final int N = FsrsParameters.COUNT;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double ADAM_EPSILON = 1e-8;

    private FsrsOptimizer() {
    }

    /** Fits with the default settings, no progress report and no way to cancel. */
    public static Result fit(ReviewHistory history) {
        return fit(history, Settings.DEFAULT, Progress.NONE, () -> false);
    }

    /**
     * Fits the weights to {@code history}.
     *
     * @param cancelled asked after every gradient step and every epoch; when it answers true the fit stops
     * @throws CancellationException when {@code cancelled} answered true
     */
    public static Result fit(ReviewHistory history, Settings settings, Progress progress, BooleanSupplier cancelled) {
        FsrsParameters defaultParameters = FsrsParameters.DEFAULT;
        ReplayMetrics initial = ReplayMetrics.firstReviews(history, defaultParameters, settings.maxReviewsPerCard());
        int scored = initial.count();
        if (scored < settings.minimumReviews()) {
            return new Result(defaultParameters, false, scored, initial.logLoss(), initial.logLoss());
        }

        // The cards to fit on and where to start from.
        double[] weights = defaultParameters.toArray();
        boolean[] fittedCards = new boolean[history.cardCount()];
        Arrays.fill(fittedCards, true);
        int[] ratingCounts = null;
        if (settings.pretraining()) {
            List<FsrsPretraining.Group> groups = FsrsPretraining.groups(history);
            Set<Long> outliers = FsrsPretraining.outliers(groups);
            for (int c = 0; c < fittedCards.length; c++) {
                int[] first = FsrsPretraining.firstInterval(history, c);
                fittedCards[c] = first == null || !outliers.contains(FsrsPretraining.key(first[0], first[1]));
            }
            List<FsrsPretraining.Group> kept = new ArrayList<>();
            ratingCounts = new int[5];
            for (FsrsPretraining.Group g : groups) {
                if (outliers.contains(FsrsPretraining.key(g.rating(), g.days()))) continue;
                kept.add(g);
                ratingCounts[g.rating()] += g.count();
            }
            double[] stabilities = FsrsPretraining.initialStabilities(kept, initial.observedRecall());
            if (stabilities != null) System.arraycopy(stabilities, 0, weights, 0, 4);
        }
        double[] startWeights = weights.clone();
        float[] reviewWeights = settings.recencyWeighting() ? recencyWeights(history, fittedCards, settings.maxReviewsPerCard()) : null;
        int items = 0;
        for (int c = 0; c < fittedCards.length; c++) {
            if (fittedCards[c]) items += scoredReviews(history, c, settings.maxReviewsPerCard());
        }
        if (items == 0) return new Result(defaultParameters, false, scored, initial.logLoss(), initial.logLoss());

        int batchesPerEpoch = (items + settings.batchSize() - 1) / settings.batchSize();
        int totalSteps = batchesPerEpoch * settings.epochs();
        int totalWork = totalSteps + settings.epochs();
        int work = 0;

        double[] gradient = new double[N];
        double[] firstMoment = new double[N];
        double[] secondMoment = new double[N];
        int step = 0;

        FsrsParameters best = FsrsParameters.of(startWeights);
        double bestObjective = objective(history, best, startWeights, startWeights, fittedCards, reviewWeights, settings, items);
        int[] cardOrder = new int[history.cardCount()];
        int[] cardOffset = new int[history.cardCount()];
        for (int c = 0, offset = 0; c < cardOrder.length; offset += history.reviewCount(c), c++) {
            cardOrder[c] = c;
            cardOffset[c] = offset;
        }
        Random random = new Random(settings.seed()); // its sequence is specified, so the same on every JVM
        FsrsGradient.CardReplay replay = new FsrsGradient.CardReplay();

        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(cardOrder, random);
            FsrsParameters current = FsrsParameters.of(weights);
            int inBatch = 0;
            for (int card : cardOrder) {
                if (!fittedCards[card]) continue;
                replay.startCard();
                int n = Math.min(history.reviewCount(card), settings.maxReviewsPerCard());
                for (int j = 0; j < n; j++) {
                    double weight = reviewWeights == null ? 1 : reviewWeights[cardOffset[card] + j];
                    double loss = replay.review(current, history.rating(card, j), history.elapsedDays(card, j), gradient, weight);
                    if (Double.isNaN(loss) || ++inBatch < settings.batchSize()) continue;
                    addPenaltyGradient(weights, startWeights, settings.regularization() * inBatch / items, gradient);
                    adamStep(weights, gradient, firstMoment, secondMoment, ++step,
                            learningRate(settings.learningRate(), step - 1, totalSteps));
                    current = FsrsParameters.of(weights);
                    replay.detach();
                    inBatch = 0;
                    progress.update(++work, totalWork);
                    if (cancelled.getAsBoolean()) throw new CancellationException("optimizing FSRS parameters cancelled");
                }
            }
            if (inBatch > 0) {
                addPenaltyGradient(weights, startWeights, settings.regularization() * inBatch / items, gradient);
                adamStep(weights, gradient, firstMoment, secondMoment, ++step,
                        learningRate(settings.learningRate(), step - 1, totalSteps));
                progress.update(++work, totalWork);
                if (cancelled.getAsBoolean()) throw new CancellationException("optimizing FSRS parameters cancelled");
            }
            FsrsParameters fitted = FsrsParameters.of(weights);
            double objective = objective(history, fitted, weights, startWeights, fittedCards, reviewWeights, settings, items);
            if (objective < bestObjective) {
                bestObjective = objective;
                best = fitted;
            }
            progress.update(++work, totalWork);
            if (cancelled.getAsBoolean()) throw new CancellationException("optimizing FSRS parameters cancelled");
        }
        if (ratingCounts != null) best = orderInitialStabilities(best, ratingCounts);
        double bestLoss = ReplayMetrics.firstReviews(history, best, settings.maxReviewsPerCard()).logLoss();
        // Never worse than the defaults on the history it was fitted to.
        if (!(bestLoss < initial.logLoss())) return new Result(defaultParameters, true, scored, initial.logLoss(), initial.logLoss());
        return new Result(best, true, scored, initial.logLoss(), bestLoss);
    }

    /** The fitted w0..w3 made to grow with the rating, as after pre-training (fsrs-rs does the same). */
    private static FsrsParameters orderInitialStabilities(FsrsParameters fitted, int[] ratingCounts) {
        double[] w = fitted.toArray();
        Double[] stabilities = {null, w[0], w[1], w[2], w[3]};
        double[] ordered = FsrsPretraining.smoothAndFill(stabilities, ratingCounts);
        for (int i = 0; i < 4; i++) w[i] = Math.min(Math.max(ordered[i], FsrsParameters.lowerBound(i)), FsrsParameters.upperBound(i));
        return FsrsParameters.of(w);
    }

    private static int scoredReviews(ReviewHistory history, int card, int maxReviewsPerCard) {
        int n = Math.min(history.reviewCount(card), maxReviewsPerCard);
        int count = 0;
        for (int j = 1; j < n; j++) if (history.elapsedDays(card, j) >= 1) count++;
        return count;
    }

    /**
     * fsrs-rs's recency weight of every review (indexed as the history stores them, card after card): 0.25 + 0.75
     * x^3, x = the review's rank in time among the fitted scored reviews / (their number - 1). Reviews not scored
     * weigh 0 (they carry no loss).
     */
    static float[] recencyWeights(ReviewHistory history, boolean[] fittedCards, int maxReviewsPerCard) {
        int count = 0;
        for (int c = 0; c < history.cardCount(); c++) if (fittedCards[c]) count += scoredReviews(history, c, maxReviewsPerCard);
        long[] times = new long[count];
        int at = 0;
        for (int c = 0; c < history.cardCount(); c++) {
            if (!fittedCards[c]) continue;
            int n = Math.min(history.reviewCount(c), maxReviewsPerCard);
            for (int j = 1; j < n; j++) if (history.elapsedDays(c, j) >= 1) times[at++] = history.epochMicros(c, j);
        }
        Arrays.sort(times);
        double last = Math.max(1, count - 1);
        float[] weights = new float[history.reviewCount()];
        int offset = 0;
        for (int c = 0; c < history.cardCount(); c++) {
            int n = Math.min(history.reviewCount(c), maxReviewsPerCard);
            for (int j = 1; j < n && fittedCards[c]; j++) {
                if (history.elapsedDays(c, j) < 1) continue;
                int rank = Arrays.binarySearch(times, history.epochMicros(c, j));
                while (rank > 0 && times[rank - 1] == times[rank]) rank--; // equal times share the first rank
                double x = rank / last;
                weights[offset + j] = (float) (0.25 + 0.75 * x * x * x);
            }
            offset += history.reviewCount(c);
        }
        return weights;
    }

    /** The fit's objective: (weighted log loss of the fitted cards + gamma x penalty) / their scored reviews. */
    private static double objective(ReviewHistory history, FsrsParameters w, double[] weights, double[] startWeights,
                                    boolean[] fittedCards, float[] reviewWeights, Settings settings, int items) {
        double sum = 0;
        int offset = 0;
        for (int c = 0; c < history.cardCount(); offset += history.reviewCount(c), c++) {
            if (!fittedCards[c]) continue;
            int n = Math.min(history.reviewCount(c), settings.maxReviewsPerCard());
            Fsrs.MemoryState memory = null;
            for (int j = 0; j < n; j++) {
                Rating rating = history.rating(c, j);
                int elapsed = history.elapsedDays(c, j);
                if (j > 0 && elapsed >= 1) {
                    double p = ReplayMetrics.clip(Fsrs.forgettingCurve(w, elapsed, memory.stability()));
                    double loss = rating.recalled() ? -Math.log(p) : -Math.log(1 - p);
                    sum += reviewWeights == null ? loss : reviewWeights[offset + j] * loss;
                }
                memory = Fsrs.nextMemoryState(w, memory, elapsed, rating);
            }
        }
        return (sum + settings.regularization() * penalty(weights, startWeights)) / items;
    }

    /**
     * fsrs-rs's spread of each weight over many learners' fits: the penalty measures a weight's distance from where
     * the fit started (the pre-trained w0..w3, the defaults for the rest) in these units, so a weight the history
     * barely constrains stays there.
     */
    private static final double[] WEIGHT_SPREAD = {
            6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33,
            0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27};

    /** sum((w - start)^2 / spread^2). */
    static double penalty(double[] weights, double[] start) {
        double sum = 0;
        for (int k = 0; k < N; k++) {
            double z = (weights[k] - start[k]) / WEIGHT_SPREAD[k];
            sum += z * z;
        }
        return sum;
    }

    /** Adds {@code scale} times the gradient of {@link #penalty}. */
    static void addPenaltyGradient(double[] weights, double[] start, double scale, double[] gradient) {
        if (scale == 0) return;
        for (int k = 0; k < N; k++) {
            gradient[k] += scale * 2 * (weights[k] - start[k]) / (WEIGHT_SPREAD[k] * WEIGHT_SPREAD[k]);
        }
    }

    /** PyTorch's CosineAnnealingLR down to 0: the rate of the {@code step}-th step (from 0) of {@code total}. */
    static double learningRate(double initial, int step, int total) {
        return initial * (1 + Math.cos(Math.PI * step / total)) / 2;
    }

    /**
     * One step of Adam (PyTorch's, with bias correction) on the summed gradient, which is then cleared, followed by
     * clamping the weights into their bounds.
     */
    static void adamStep(double[] weights, double[] gradient, double[] firstMoment, double[] secondMoment,
                         int step, double rate) {
        double correction1 = 1 - Math.pow(BETA1, step);
        double correction2 = 1 - Math.pow(BETA2, step);
        for (int k = 0; k < N; k++) {
            // A review with an extreme state could overflow; it then takes no part rather than poison the weights.
            if (!Double.isFinite(gradient[k])) gradient[k] = 0;
            firstMoment[k] = BETA1 * firstMoment[k] + (1 - BETA1) * gradient[k];
            secondMoment[k] = BETA2 * secondMoment[k] + (1 - BETA2) * gradient[k] * gradient[k];
            double denominator = Math.sqrt(secondMoment[k]) / Math.sqrt(correction2) + ADAM_EPSILON;
            weights[k] -= rate / correction1 * firstMoment[k] / denominator;
            gradient[k] = 0;
        }
        FsrsParameters.clampToBounds(weights);
    }

    /** Fisher-Yates with {@link Random#nextInt(int)}, whose results the JDK specifies exactly. */
    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
