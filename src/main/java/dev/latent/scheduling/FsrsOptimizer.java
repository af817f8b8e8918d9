package dev.latent.scheduling;

import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Fits FSRS-6's 21 weights to a learner's own review history, as py-fsrs 6.3.1's {@code Optimizer} and fsrs-rs's
 * training do (Anki's "Optimize").
 *
 * <p>The objective: replay each card's first 64 reviews in time order, predict R before every review at least a
 * whole day after the previous one, and take the binary cross-entropy against "recalled" (rating above Again), plus
 * fsrs-rs's penalty on straying from the defaults ({@link Settings#regularization}, weighed as one review's worth per
 * unit of spread over the whole history). Starting from the defaults, mini-batches of 512 scored reviews take Adam steps (learning rate 0.04, cosine-annealed
 * to 0 over all steps of 5 epochs), each followed by clamping the weights into {@link FsrsParameters#lowerBound
 * FSRS-6's bounds}. Cards are shuffled each epoch by a seeded generator, so the same history always gives the same
 * weights. A card cut by a batch boundary goes on from its state without carrying its gradient over (as py-fsrs
 * detaches it). After each epoch the whole objective is measured, and the best weights seen are kept (the defaults
 * included, so a fit is never worse than them on the history it was fitted to).
 *
 * <p>Memory stays small: the {@link ReviewHistory} holds 5 bytes a review, and the replay 4 arrays of 21 numbers.
 */
public final class FsrsOptimizer {

    /**
     * @param epochs passes over the history
     * @param batchSize scored reviews per gradient step
     * @param learningRate Adam's initial step size, annealed to 0 along a half cosine
     * @param maxReviewsPerCard only each card's first reviews count (py-fsrs: 64)
     * @param minimumReviews fewer scored reviews than this and the defaults are kept (py-fsrs: one batch, 512)
     * @param seed for the card order of each epoch
     * @param regularization fsrs-rs's gamma: weight of the penalty sum((w - default)^2 / sd^2) that keeps weights
     *     the history says little about near their defaults; 0 for py-fsrs's plain log loss
     */
    public record Settings(int epochs, int batchSize, double learningRate, int maxReviewsPerCard, int minimumReviews,
                           long seed, double regularization) {

        public static final Settings DEFAULT = new Settings(5, 512, 0.04, 64, 512, 42, 1.0);

        public Settings {
            if (epochs < 1 || batchSize < 1 || maxReviewsPerCard < 2 || minimumReviews < 1 || !(learningRate > 0)
                    || !(regularization >= 0)) {
                throw new IllegalArgumentException("invalid optimizer settings: " + epochs + " epochs, batch "
                        + batchSize + ", rate " + learningRate + ", " + maxReviewsPerCard + " per card, minimum "
                        + minimumReviews + ", regularization " + regularization);
            }
        }

        public Settings withMinimumReviews(int minimum) {
            return new Settings(epochs, batchSize, learningRate, maxReviewsPerCard, minimum, seed, regularization);
        }

        public Settings withEpochs(int count) {
            return new Settings(count, batchSize, learningRate, maxReviewsPerCard, minimumReviews, seed, regularization);
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
        FsrsParameters start = FsrsParameters.DEFAULT;
        ReplayMetrics initial = ReplayMetrics.firstReviews(history, start, settings.maxReviewsPerCard());
        int scored = initial.count();
        if (scored < settings.minimumReviews()) {
            return new Result(start, false, scored, initial.logLoss(), initial.logLoss());
        }

        int batchesPerEpoch = (scored + settings.batchSize() - 1) / settings.batchSize();
        int totalSteps = batchesPerEpoch * settings.epochs();
        int totalWork = totalSteps + settings.epochs();
        int work = 0;

        double[] weights = start.toArray();
        double[] gradient = new double[N];
        double[] firstMoment = new double[N];
        double[] secondMoment = new double[N];
        int step = 0;

        double[] defaults = start.toArray();
        FsrsParameters best = start;
        double bestObjective = initial.logLoss();
        double bestLoss = initial.logLoss();
        int[] cardOrder = new int[history.cardCount()];
        for (int c = 0; c < cardOrder.length; c++) cardOrder[c] = c;
        Random random = new Random(settings.seed()); // its sequence is specified, so the same on every JVM
        FsrsGradient.CardReplay replay = new FsrsGradient.CardReplay();

        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(cardOrder, random);
            FsrsParameters current = FsrsParameters.of(weights);
            int inBatch = 0;
            for (int card : cardOrder) {
                replay.startCard();
                int n = Math.min(history.reviewCount(card), settings.maxReviewsPerCard());
                for (int j = 0; j < n; j++) {
                    double loss = replay.review(current, history.rating(card, j), history.elapsedDays(card, j), gradient);
                    if (Double.isNaN(loss) || ++inBatch < settings.batchSize()) continue;
                    addPenaltyGradient(weights, defaults, settings.regularization() * inBatch / scored, gradient);
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
                addPenaltyGradient(weights, defaults, settings.regularization() * inBatch / scored, gradient);
                adamStep(weights, gradient, firstMoment, secondMoment, ++step,
                        learningRate(settings.learningRate(), step - 1, totalSteps));
                progress.update(++work, totalWork);
                if (cancelled.getAsBoolean()) throw new CancellationException("optimizing FSRS parameters cancelled");
            }
            FsrsParameters fitted = FsrsParameters.of(weights);
            double loss = ReplayMetrics.firstReviews(history, fitted, settings.maxReviewsPerCard()).logLoss();
            double objective = loss + settings.regularization() * penalty(weights, defaults) / scored;
            if (objective < bestObjective) {
                bestObjective = objective;
                bestLoss = loss;
                best = fitted;
            }
            progress.update(++work, totalWork);
            if (cancelled.getAsBoolean()) throw new CancellationException("optimizing FSRS parameters cancelled");
        }
        return new Result(best, true, scored, initial.logLoss(), bestLoss);
    }

    /**
     * fsrs-rs's spread of each weight over many learners' fits: the penalty measures a weight's distance from its
     * default in these units, so a weight the history barely constrains stays near its default.
     */
    private static final double[] WEIGHT_SPREAD = {
            6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33,
            0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27};

    /** sum((w - default)^2 / spread^2). */
    static double penalty(double[] weights, double[] defaults) {
        double sum = 0;
        for (int k = 0; k < N; k++) {
            double z = (weights[k] - defaults[k]) / WEIGHT_SPREAD[k];
            sum += z * z;
        }
        return sum;
    }

    /** Adds {@code scale} times the gradient of {@link #penalty}. */
    static void addPenaltyGradient(double[] weights, double[] defaults, double scale, double[] gradient) {
        if (scale == 0) return;
        for (int k = 0; k < N; k++) {
            gradient[k] += scale * 2 * (weights[k] - defaults[k]) / (WEIGHT_SPREAD[k] * WEIGHT_SPREAD[k]);
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
