package dev.latent.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The desired-retention helper (Anki's simulator, simplified): a year of study simulated with the given FSRS
 * parameters at several desired retentions, so the learner sees what a higher retention costs in reviews and buys in
 * recall. New cards come in at a steady rate; each card is reviewed when due, recalled with the probability the
 * forgetting curve gives, rated as the learner tends to rate, and relearnt the same day after a lapse.
 *
 * <p>Every retention sees the same cards and the same random draws per card (common random numbers), so the
 * differences between rows come from the retention, not from chance; the same inputs always give the same table.
 */
public final class RetentionSimulator {

    /** Retentions the helper compares, as Anki's: 0.70 to 0.95. */
    public static final double[] RETENTIONS = {0.70, 0.75, 0.80, 0.85, 0.90, 0.95};

    /**
     * How a learner rates: the shares of Again, Hard, Good and Easy on a card's first rating, and of Hard, Good and
     * Easy when a card is recalled.
     */
    public record RatingHabits(double[] first, double[] recalled) {

        /** Used when the history is too short to tell. */
        public static final RatingHabits TYPICAL = new RatingHabits(new double[]{0.25, 0.10, 0.55, 0.10},
                new double[]{0.15, 0.75, 0.10});

        public RatingHabits {
            first = normalised(first, 4);
            recalled = normalised(recalled, 3);
        }

        /** The learner's own habits from their history, or {@link #TYPICAL} when it has fewer than 50 cards. */
        public static RatingHabits of(ReviewHistory history) {
            double[] first = new double[4];
            double[] recalled = new double[3];
            for (int c = 0; c < history.cardCount(); c++) {
                first[history.rating(c, 0).value() - 1]++;
                for (int j = 1; j < history.reviewCount(c); j++) {
                    Rating r = history.rating(c, j);
                    if (r.recalled() && history.elapsedDays(c, j) >= 1) recalled[r.value() - 2]++;
                }
            }
            if (history.cardCount() < 50 || recalled[0] + recalled[1] + recalled[2] == 0) return TYPICAL;
            return new RatingHabits(first, recalled);
        }

        private static double[] normalised(double[] shares, int length) {
            if (shares == null || shares.length != length) throw new IllegalArgumentException("expected " + length + " shares");
            double sum = 0;
            for (double s : shares) {
                if (!(s >= 0)) throw new IllegalArgumentException("shares must be >= 0");
                sum += s;
            }
            if (sum <= 0) throw new IllegalArgumentException("shares must not all be 0");
            double[] out = new double[length];
            for (int i = 0; i < length; i++) out[i] = shares[i] / sum;
            return out;
        }
    }

    /**
     * One row of the table.
     *
     * @param retention the desired retention simulated
     * @param reviewsPerDay reviews a day, averaged over the year (new cards' first ratings included)
     * @param recall mean probability of recalling a card at the end of the year, over every card studied
     */
    public record Outcome(double retention, double reviewsPerDay, double recall) {
    }

    private RetentionSimulator() {
    }

    /**
     * Simulates {@code days} days with {@code newPerDay} new cards each day at every retention of {@link #RETENTIONS}.
     */
    public static List<Outcome> compare(FsrsParameters w, RatingHabits habits, int newPerDay, int days, long seed) {
        if (newPerDay < 1 || days < 1) throw new IllegalArgumentException("need at least 1 new card a day and 1 day");
        List<Outcome> table = new ArrayList<>();
        for (double retention : RETENTIONS) table.add(simulate(w, habits, newPerDay, days, retention, seed));
        return table;
    }

    static Outcome simulate(FsrsParameters w, RatingHabits habits, int newPerDay, int days, double retention, long seed) {
        long reviews = 0;
        double recallSum = 0;
        int cards = newPerDay * days;
        for (int card = 0; card < cards; card++) {
            Random random = new Random(Fsrs.mix64(seed ^ card)); // the card's own draws; Random's sequence is specified
            int day = card / newPerDay;
            Rating first = draw(habits.first(), random, 1);
            Fsrs.MemoryState memory = Fsrs.nextMemoryState(w, null, 0, first);
            reviews++;
            if (first == Rating.AGAIN) { // learnt the same day
                memory = Fsrs.nextMemoryState(w, memory, 0, Rating.GOOD);
                reviews++;
            }
            while (true) {
                int interval = Fsrs.nextInterval(w, memory.stability(), retention, SchedulerConfig.DEFAULT_MAXIMUM_INTERVAL);
                if (day + interval >= days) {
                    recallSum += Fsrs.forgettingCurve(w, days - day, memory.stability());
                    break;
                }
                day += interval;
                boolean recalled = random.nextDouble() < Fsrs.forgettingCurve(w, interval, memory.stability());
                Rating rating = recalled ? draw(habits.recalled(), random, 2) : Rating.AGAIN;
                memory = Fsrs.nextMemoryState(w, memory, interval, rating);
                reviews++;
                if (!recalled) {
                    memory = Fsrs.nextMemoryState(w, memory, 0, Rating.GOOD);
                    reviews++;
                }
            }
        }
        return new Outcome(retention, (double) reviews / days, recallSum / cards);
    }

    private static Rating draw(double[] shares, Random random, int firstValue) {
        double x = random.nextDouble();
        for (int i = 0; i < shares.length - 1; i++) {
            if ((x -= shares[i]) < 0) return Rating.of(firstValue + i);
        }
        return Rating.of(firstValue + shares.length - 1);
    }
}
