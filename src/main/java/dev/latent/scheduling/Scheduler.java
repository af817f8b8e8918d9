package dev.latent.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The FSRS-6 scheduler: given a card's state and a rating, where the card goes next.
 *
 * <p>State transitions follow py-fsrs 6.3.1 (the reference the tests check): a new card is in
 * Learning at step 0; Learning and Relearning walk through their short steps and graduate to Review
 * with an FSRS interval; Again in Review lapses into Relearning. Pure and thread-safe: nothing here
 * reads the clock or a global random generator; the caller passes the time and the fuzz seed.
 * Day boundaries (Anki's 4 AM rollover) and daily limits belong to the caller.
 */
public final class Scheduler {

    private static final Duration DAY = Duration.ofDays(1);

    private final FsrsParameters parameters;
    private final SchedulerConfig config;

    public Scheduler(FsrsParameters parameters, SchedulerConfig config) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The default FSRS-6 weights with the given settings. */
    public Scheduler(SchedulerConfig config) {
        this(FsrsParameters.DEFAULT, config);
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    public SchedulerConfig config() {
        return config;
    }

    /**
     * Rates {@code card} at {@code now}.
     *
     * @param fuzzSeed drives the fuzz of a Review interval so the same card and review always land on the
     *                 same day; see {@link #fuzzSeed(String, long)}. Ignored when fuzz is off.
     */
    public ReviewOutcome review(CardState card, Rating rating, Instant now, long fuzzSeed) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(now, "now");

        Long daysSinceLastReview = card.lastReview() == null ? null : Fsrs.elapsedDays(card.lastReview(), now);
        Double retrievabilityBefore = card.isNew() ? null : retrievability(card, now);

        Fsrs.MemoryState before = card.stability() == null || card.difficulty() == null
                ? null : new Fsrs.MemoryState(card.stability(), card.difficulty());
        Fsrs.MemoryState memory = Fsrs.nextMemoryState(parameters, before,
                daysSinceLastReview == null ? Fsrs.UNKNOWN_ELAPSED : daysSinceLastReview, rating);
        double stability = memory.stability();
        double difficulty = memory.difficulty();

        Transition next = switch (card.state()) {
            case LEARNING -> stepped(CardState.State.LEARNING, config.learningSteps(), card.step(), rating);
            case RELEARNING -> stepped(CardState.State.RELEARNING, config.relearningSteps(), card.step(), rating);
            case REVIEW -> rating == Rating.AGAIN && !config.relearningSteps().isEmpty()
                    ? new Transition(CardState.State.RELEARNING, 0, config.relearningSteps().get(0))
                    : Transition.TO_REVIEW;
        };

        Duration interval = next.interval();
        int scheduledDays = 0;
        if (next.state() == CardState.State.REVIEW) {
            scheduledDays = reviewDays(stability, fuzzSeed);
            // As Anki does: each passing rating waits at least a day longer than the one below it, so Good and
            // Easy never both say "1d". The lower rating's days come from the same computation (and seed).
            if (config.orderedIntervals() && rating.ordinal() > Rating.HARD.ordinal()) {
                Rating lower = Rating.values()[rating.ordinal() - 1];
                ReviewOutcome below = review(card, lower, now, fuzzSeed);
                if (below.card().state() == CardState.State.REVIEW) {
                    scheduledDays = Math.min(config.maximumInterval(), Math.max(scheduledDays, below.scheduledDays() + 1));
                }
            }
            interval = DAY.multipliedBy(scheduledDays);
        }

        CardState after = new CardState(next.state(), next.step(), stability, difficulty, now.plus(interval), now);
        long elapsedDays = daysSinceLastReview == null ? 0 : Math.max(0, daysSinceLastReview);
        return new ReviewOutcome(after, rating, now, elapsedDays, retrievabilityBefore, interval, scheduledDays);
    }

    private int reviewDays(double stability, long fuzzSeed) {
        int days = Fsrs.nextInterval(parameters, stability, config.desiredRetention(), config.maximumInterval());
        return config.fuzz() ? Fsrs.fuzzedInterval(days, config.maximumInterval(), fuzzSeed) : days;
    }

    /** {@link #review(CardState, Rating, Instant, long)} for a scheduler without fuzz (the seed is unused). */
    public ReviewOutcome review(CardState card, Rating rating, Instant now) {
        return review(card, rating, now, 0L);
    }

    /**
     * The outcome of each of the four ratings, for the interval shown on the rating buttons. With the same
     * seed as the later {@link #review} call, the previewed interval is exactly the one the card gets.
     */
    public Map<Rating, ReviewOutcome> preview(CardState card, Instant now, long fuzzSeed) {
        Map<Rating, ReviewOutcome> outcomes = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) outcomes.put(rating, review(card, rating, now, fuzzSeed));
        return outcomes;
    }

    /**
     * Predicted probability of recall at {@code now}: the forgetting curve at the whole days elapsed since the
     * last review (never negative); 0 for a card never rated.
     */
    public double retrievability(CardState card, Instant now) {
        if (card.lastReview() == null || card.stability() == null) return 0;
        long days = Math.max(0, Fsrs.elapsedDays(card.lastReview(), now));
        return Fsrs.forgettingCurve(parameters, days, card.stability());
    }

    /**
     * A fuzz seed for the {@code reviewCount}-th review of the card known by {@code cardKey}: stable across runs
     * and JVMs (String.hashCode is specified), different for each review so a card's fuzz does not repeat.
     */
    public static long fuzzSeed(String cardKey, long reviewCount) {
        return Fsrs.mix64(((long) cardKey.hashCode() << 32) ^ reviewCount);
    }

    /** Learning or Relearning: Again restarts, Hard repeats, Good advances, Easy graduates. */
    private Transition stepped(CardState.State state, List<Duration> steps, Integer currentStep, Rating rating) {
        int step = currentStep == null ? 0 : currentStep;
        // A card may sit on a step beyond the current settings after the learner removed steps: it graduates.
        if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) return Transition.TO_REVIEW;
        return switch (rating) {
            case AGAIN -> new Transition(state, 0, steps.get(0));
            case HARD -> new Transition(state, step, hardStepInterval(steps, step));
            case GOOD -> step + 1 == steps.size()
                    ? Transition.TO_REVIEW
                    : new Transition(state, step + 1, steps.get(step + 1));
            case EASY -> Transition.TO_REVIEW;
        };
    }

    /** Hard at the first step waits between the first and second step (1.5 x a lone step); later, repeats the step. */
    private static Duration hardStepInterval(List<Duration> steps, int step) {
        if (step == 0 && steps.size() == 1) return steps.get(0).multipliedBy(3).dividedBy(2);
        if (step == 0) return steps.get(0).plus(steps.get(1)).dividedBy(2);
        return steps.get(step);
    }

    /** Where a rating sends a card; the interval of a Review transition is filled in from the new stability. */
    private record Transition(CardState.State state, Integer step, Duration interval) {
        static final Transition TO_REVIEW = new Transition(CardState.State.REVIEW, null, Duration.ZERO);
    }
}
