package dev.latent.scheduling;

import java.util.Random;

/**
 * Review histories of a learner whose memory behaves exactly as FSRS-6 with given weights, studying on a schedule
 * the default weights set (as a learner who has not optimized yet): the ground truth an optimizer should recover.
 */
public final class SimulatedLearner {

    private static final long MICROS_PER_DAY = 86_400_000_000L;
    private static final long MICROS_PER_MINUTE = 60_000_000L;

    private SimulatedLearner() {
    }

    /**
     * @param reviewsPerCard reviews at least a day apart per card (plus the first and same-day relearning steps)
     */
    public static ReviewHistory history(FsrsParameters learner, int cards, int reviewsPerCard, long seed) {
        ReviewHistory.Builder builder = new ReviewHistory.Builder();
        add(builder, learner, cards, reviewsPerCard, seed);
        return builder.build();
    }

    /** Adds the reviews to {@code builder}, card by card, without keeping them. */
    public static void add(ReviewHistory.Builder builder, FsrsParameters learner, int cards, int reviewsPerCard, long seed) {
        Random random = new Random(seed);
        long start = 1_700_000_000L * 1_000_000L;
        for (int c = 0; c < cards; c++) {
            String key = "card" + c;
            long now = start + (long) (random.nextDouble() * 365) * MICROS_PER_DAY + random.nextInt(600) * MICROS_PER_MINUTE;
            Rating first = Rating.of(1 + random.nextInt(4));
            Fsrs.MemoryState truth = Fsrs.nextMemoryState(learner, null, 0, first);
            Fsrs.MemoryState planned = Fsrs.nextMemoryState(FsrsParameters.DEFAULT, null, 0, first);
            builder.add(key, first, now);
            for (int i = 0; i < reviewsPerCard; i++) {
                int interval = Fsrs.nextInterval(FsrsParameters.DEFAULT, planned.stability(), 0.9, 36_500);
                // The learner is sometimes early, more often late.
                long days = Math.max(1, Math.round(interval * (0.8 + 0.8 * random.nextDouble())));
                now += days * MICROS_PER_DAY + random.nextInt(120) * MICROS_PER_MINUTE;
                boolean recalled = random.nextDouble() < Fsrs.forgettingCurve(learner, days, truth.stability());
                Rating rating = recalled ? passingRating(random) : Rating.AGAIN;
                truth = Fsrs.nextMemoryState(learner, truth, days, rating);
                planned = Fsrs.nextMemoryState(FsrsParameters.DEFAULT, planned, days, rating);
                builder.add(key, rating, now);
                if (!recalled) { // the relearning step ten minutes later
                    now += 10 * MICROS_PER_MINUTE;
                    truth = Fsrs.nextMemoryState(learner, truth, 0, Rating.GOOD);
                    planned = Fsrs.nextMemoryState(FsrsParameters.DEFAULT, planned, 0, Rating.GOOD);
                    builder.add(key, Rating.GOOD, now);
                }
            }
        }
    }

    private static Rating passingRating(Random random) {
        double x = random.nextDouble();
        return x < 0.15 ? Rating.HARD : x < 0.9 ? Rating.GOOD : Rating.EASY;
    }
}
