package dev.latent.scheduling;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.latent.scheduling.CardState.State.LEARNING;
import static dev.latent.scheduling.CardState.State.RELEARNING;
import static dev.latent.scheduling.CardState.State.REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** State transitions of the README's "States and steps", checked against the rules rather than recorded output. */
class SchedulerTest {

    private static final FsrsParameters W = FsrsParameters.DEFAULT;
    private static final SchedulerConfig NO_FUZZ = SchedulerConfig.DEFAULT.withFuzz(false);
    private static final Scheduler SCHEDULER = new Scheduler(NO_FUZZ);
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private static double w(int i) {
        return W.w(i);
    }

    /** The FSRS interval in days, straight from the README formula (independent of Fsrs.nextInterval). */
    private static long readmeInterval(double stability, double retention, int max) {
        double decay = -w(20);
        double factor = Math.pow(0.9, 1 / decay) - 1;
        double days = stability / factor * (Math.pow(retention, 1 / decay) - 1);
        return Math.min(Math.max(Math.round(days), 1), max); // no exact .5 halves in these tests
    }

    private static CardState reviewCard(double stability, double difficulty, Instant lastReview) {
        return new CardState(REVIEW, null, stability, difficulty, lastReview.plus(Duration.ofDays(10)), lastReview);
    }

    @Test
    void newCardIsLearningAtStepZeroWithoutMemoryState() {
        CardState card = CardState.newCard(T0);
        assertEquals(LEARNING, card.state());
        assertEquals(0, card.step());
        assertTrue(card.isNew());
        assertEquals(T0, card.due());
        assertEquals(0.0, SCHEDULER.retrievability(card, T0));
    }

    @Test
    void firstRatingSetsInitialStabilityAndDifficulty() {
        for (Rating g : Rating.values()) {
            ReviewOutcome outcome = SCHEDULER.review(CardState.newCard(T0), g, T0);
            assertEquals(w(g.value() - 1), outcome.card().stability(), 1e-12, g.name());
            double d0 = Math.min(Math.max(w(4) - Math.exp(w(5) * (g.value() - 1)) + 1, 1), 10);
            assertEquals(d0, outcome.card().difficulty(), 1e-12, g.name());
            assertNull(outcome.retrievabilityBefore());
            assertEquals(0, outcome.elapsedDays());
            assertEquals(T0, outcome.card().lastReview());
            assertTrue(!outcome.card().isNew());
        }
    }

    @Test
    void learningStepsWalkAndGraduateOnGood() {
        ReviewOutcome first = SCHEDULER.review(CardState.newCard(T0), Rating.GOOD, T0);
        assertEquals(LEARNING, first.card().state());
        assertEquals(1, first.card().step());
        assertEquals(T0.plus(Duration.ofMinutes(10)), first.card().due());
        assertEquals(Duration.ofMinutes(10), first.interval());
        assertEquals(0, first.scheduledDays());

        Instant t1 = first.card().due();
        ReviewOutcome second = SCHEDULER.review(first.card(), Rating.GOOD, t1);
        assertEquals(REVIEW, second.card().state());
        assertNull(second.card().step());
        long days = readmeInterval(second.card().stability(), 0.9, 36500);
        assertEquals(days, second.scheduledDays());
        assertEquals(t1.plus(Duration.ofDays(days)), second.card().due());
    }

    @Test
    void againInLearningGoesBackToTheFirstStep() {
        CardState atStep1 = SCHEDULER.review(CardState.newCard(T0), Rating.GOOD, T0).card();
        Instant t1 = T0.plus(Duration.ofMinutes(10));
        ReviewOutcome again = SCHEDULER.review(atStep1, Rating.AGAIN, t1);
        assertEquals(LEARNING, again.card().state());
        assertEquals(0, again.card().step());
        assertEquals(t1.plus(Duration.ofMinutes(1)), again.card().due());
    }

    @Test
    void hardAtStepZeroWaitsTheMeanOfTheFirstTwoSteps() {
        ReviewOutcome hard = SCHEDULER.review(CardState.newCard(T0), Rating.HARD, T0);
        assertEquals(LEARNING, hard.card().state());
        assertEquals(0, hard.card().step());
        assertEquals(T0.plus(Duration.ofSeconds((60 + 600) / 2)), hard.card().due());
    }

    @Test
    void hardAtStepZeroWithOneStepWaitsOneAndAHalfSteps() {
        Scheduler oneStep = new Scheduler(NO_FUZZ.withLearningSteps(List.of(Duration.ofMinutes(10))));
        ReviewOutcome hard = oneStep.review(CardState.newCard(T0), Rating.HARD, T0);
        assertEquals(0, hard.card().step());
        assertEquals(T0.plus(Duration.ofMinutes(15)), hard.card().due());
    }

    @Test
    void hardAtALaterStepRepeatsThatStep() {
        CardState atStep1 = SCHEDULER.review(CardState.newCard(T0), Rating.GOOD, T0).card();
        Instant t1 = T0.plus(Duration.ofMinutes(10));
        ReviewOutcome hard = SCHEDULER.review(atStep1, Rating.HARD, t1);
        assertEquals(LEARNING, hard.card().state());
        assertEquals(1, hard.card().step());
        assertEquals(t1.plus(Duration.ofMinutes(10)), hard.card().due());
    }

    @Test
    void easyFromLearningGoesStraightToReview() {
        ReviewOutcome easy = SCHEDULER.review(CardState.newCard(T0), Rating.EASY, T0);
        assertEquals(REVIEW, easy.card().state());
        assertNull(easy.card().step());
        long days = readmeInterval(w(3), 0.9, 36500); // S0(Easy) = w3 = 8.2956
        assertEquals(days, easy.scheduledDays());
        assertEquals(T0.plus(Duration.ofDays(days)), easy.card().due());
    }

    @Test
    void goodInReviewUsesTheRecallStabilityAndTheFsrsInterval() {
        CardState card = reviewCard(10, 5, T0);
        Instant now = T0.plus(Duration.ofDays(10)).plusSeconds(3600); // 10 whole days
        ReviewOutcome good = SCHEDULER.review(card, Rating.GOOD, now);

        double decay = -w(20);
        double factor = Math.pow(0.9, 1 / decay) - 1;
        double r = Math.pow(1 + factor * 10 / 10, decay);
        assertEquals(0.9, r, 1e-12); // R(S, S) = 0.9 by construction of FACTOR
        assertEquals(r, good.retrievabilityBefore(), 1e-12);
        assertEquals(10, good.elapsedDays());

        double expectedS = 10 * (1 + Math.exp(w(8)) * (11 - 5) * Math.pow(10, -w(9)) * (Math.exp((1 - r) * w(10)) - 1));
        assertEquals(expectedS, good.card().stability(), 1e-9);
        double dPrime = 5 + (10 - 5) * 0 / 9.0;
        double d0Easy = w(4) - Math.exp(w(5) * 3) + 1;
        assertEquals(w(7) * d0Easy + (1 - w(7)) * dPrime, good.card().difficulty(), 1e-12);

        assertEquals(REVIEW, good.card().state());
        assertEquals(readmeInterval(expectedS, 0.9, 36500), good.scheduledDays());
    }

    @Test
    void againInReviewLapsesIntoRelearning() {
        CardState card = reviewCard(20, 6, T0);
        Instant now = T0.plus(Duration.ofDays(20));
        ReviewOutcome again = SCHEDULER.review(card, Rating.AGAIN, now);
        assertEquals(RELEARNING, again.card().state());
        assertEquals(0, again.card().step());
        assertEquals(now.plus(Duration.ofMinutes(10)), again.card().due());
        assertEquals(0, again.scheduledDays());

        double r = again.retrievabilityBefore();
        double longTerm = w(11) * Math.pow(6, -w(12)) * (Math.pow(21, w(13)) - 1) * Math.exp((1 - r) * w(14));
        double cap = 20 / Math.exp(w(17) * w(18));
        assertEquals(Math.min(longTerm, cap), again.card().stability(), 1e-9);
        assertTrue(again.card().difficulty() > 6, "Again raises difficulty");
    }

    @Test
    void relearningGraduatesBackToReviewOnGood() {
        CardState lapsed = SCHEDULER.review(reviewCard(20, 6, T0), Rating.AGAIN, T0.plus(Duration.ofDays(20))).card();
        Instant later = lapsed.due();
        ReviewOutcome good = SCHEDULER.review(lapsed, Rating.GOOD, later);
        assertEquals(REVIEW, good.card().state());
        assertNull(good.card().step());
        assertEquals(readmeInterval(good.card().stability(), 0.9, 36500), good.scheduledDays());
        assertEquals(later.plus(Duration.ofDays(good.scheduledDays())), good.card().due());
    }

    @Test
    void hardAtTheOnlyRelearningStepWaitsOneAndAHalfSteps() {
        CardState lapsed = SCHEDULER.review(reviewCard(20, 6, T0), Rating.AGAIN, T0.plus(Duration.ofDays(20))).card();
        Instant later = lapsed.due();
        ReviewOutcome hard = SCHEDULER.review(lapsed, Rating.HARD, later);
        assertEquals(RELEARNING, hard.card().state());
        assertEquals(0, hard.card().step());
        assertEquals(later.plus(Duration.ofMinutes(15)), hard.card().due());
    }

    @Test
    void againInReviewWithoutRelearningStepsStaysInReview() {
        Scheduler noRelearning = new Scheduler(NO_FUZZ.withRelearningSteps(List.of()));
        ReviewOutcome again = noRelearning.review(reviewCard(20, 6, T0), Rating.AGAIN, T0.plus(Duration.ofDays(20)));
        assertEquals(REVIEW, again.card().state());
        assertNull(again.card().step());
        assertEquals(readmeInterval(again.card().stability(), 0.9, 36500), again.scheduledDays());
    }

    @Test
    void withoutLearningStepsEveryRatingGoesStraightToReview() {
        Scheduler noSteps = new Scheduler(NO_FUZZ.withLearningSteps(List.of()).withRelearningSteps(List.of()));
        for (Rating g : Rating.values()) {
            ReviewOutcome outcome = noSteps.review(CardState.newCard(T0), g, T0);
            assertEquals(REVIEW, outcome.card().state(), g.name());
            assertNull(outcome.card().step());
            // Again: S0 = 0.212 days rounds to 0, so the one-day minimum applies.
            assertEquals(readmeInterval(w(g.value() - 1), 0.9, 36500), outcome.scheduledDays(), g.name());
            assertTrue(outcome.scheduledDays() >= 1);
        }
    }

    @Test
    void learningCardOnAStepRemovedFromTheSettingsGraduates() {
        CardState atStep1 = SCHEDULER.review(CardState.newCard(T0), Rating.GOOD, T0).card();
        Scheduler oneStep = new Scheduler(NO_FUZZ.withLearningSteps(List.of(Duration.ofMinutes(1))));
        assertEquals(REVIEW, oneStep.review(atStep1, Rating.HARD, T0.plusSeconds(600)).card().state());
        assertEquals(LEARNING, oneStep.review(atStep1, Rating.AGAIN, T0.plusSeconds(600)).card().state());
    }

    @Test
    void maximumIntervalCapsReviewIntervals() {
        Scheduler capped = new Scheduler(NO_FUZZ.withMaximumInterval(30));
        CardState card = reviewCard(500, 2, T0);
        ReviewOutcome easy = capped.review(card, Rating.EASY, T0.plus(Duration.ofDays(400)));
        assertTrue(easy.card().stability() > 500);
        assertEquals(30, easy.scheduledDays());
        assertEquals(T0.plus(Duration.ofDays(430)), easy.card().due());

        Scheduler cappedFuzz = new Scheduler(NO_FUZZ.withMaximumInterval(30).withFuzz(true));
        for (long seed = 0; seed < 200; seed++) {
            assertTrue(cappedFuzz.review(card, Rating.EASY, T0.plus(Duration.ofDays(400)), seed).scheduledDays() <= 30);
        }
    }

    @Test
    void sameDayReviewUsesShortTermStability() {
        CardState card = reviewCard(10, 5, T0);
        Instant sameDay = T0.plus(Duration.ofHours(23)).plusSeconds(3599); // 86,399 s: still day 0
        for (Rating g : Rating.values()) {
            ReviewOutcome outcome = SCHEDULER.review(card, g, sameDay);
            double increase = Math.exp(w(17) * (g.value() - 3 + w(18))) * Math.pow(10, -w(19));
            if (g.value() >= 3) increase = Math.max(increase, 1);
            assertEquals(10 * increase, outcome.card().stability(), 1e-12, g.name());
            assertEquals(1.0, outcome.retrievabilityBefore(), 0.0, "t = 0 whole days");
            assertEquals(0, outcome.elapsedDays());
        }
        // One second later it is a whole day: the long-term formula applies.
        ReviewOutcome nextDay = SCHEDULER.review(card, Rating.GOOD, sameDay.plusSeconds(1));
        assertEquals(1, nextDay.elapsedDays());
        assertNotEquals(SCHEDULER.review(card, Rating.GOOD, sameDay).card().stability(), nextDay.card().stability());
    }

    @Test
    void retrievabilityUsesWholeDaysAndFallsWithTime() {
        CardState card = reviewCard(10, 5, T0);
        assertEquals(1.0, SCHEDULER.retrievability(card, T0.plus(Duration.ofHours(23))));
        assertEquals(0.9, SCHEDULER.retrievability(card, T0.plus(Duration.ofDays(10))), 1e-12);
        assertEquals(SCHEDULER.retrievability(card, T0.plus(Duration.ofDays(10))),
                SCHEDULER.retrievability(card, T0.plus(Duration.ofDays(10)).plus(Duration.ofHours(23))));
        assertTrue(SCHEDULER.retrievability(card, T0.plus(Duration.ofDays(11))) < 0.9);
        assertEquals(1.0, SCHEDULER.retrievability(card, T0.minus(Duration.ofDays(3))), "never negative time");
    }

    @Test
    void previewGivesEachRatingsOutcome() {
        CardState card = reviewCard(10, 5, T0);
        Instant now = T0.plus(Duration.ofDays(10));
        Scheduler fuzzy = new Scheduler(SchedulerConfig.DEFAULT);
        long seed = Scheduler.fuzzSeed("deck/q1", 4);
        Map<Rating, ReviewOutcome> preview = fuzzy.preview(card, now, seed);
        assertEquals(Set.of(Rating.values()), preview.keySet());
        for (Rating g : Rating.values()) {
            assertEquals(fuzzy.review(card, g, now, seed), preview.get(g), g.name());
        }
        assertEquals(RELEARNING, preview.get(Rating.AGAIN).card().state());
        assertTrue(preview.get(Rating.HARD).scheduledDays() <= preview.get(Rating.GOOD).scheduledDays());
        assertTrue(preview.get(Rating.GOOD).scheduledDays() < preview.get(Rating.EASY).scheduledDays());
    }

    @Test
    void fuzzIsDeterministicPerSeedAndStaysInTheReadmeRange() {
        Scheduler fuzzy = new Scheduler(SchedulerConfig.DEFAULT);
        CardState card = reviewCard(30, 5, T0);
        Instant now = T0.plus(Duration.ofDays(30));
        long unfuzzed = SCHEDULER.review(card, Rating.GOOD, now).scheduledDays();
        assertTrue(unfuzzed > 20, "the interval falls into all three fuzz bands: " + unfuzzed);

        double delta = 1 + 0.15 * (7 - 2.5) + 0.10 * (20 - 7) + 0.05 * (unfuzzed - 20);
        long min = Math.round(unfuzzed - delta);
        long max = Math.round(unfuzzed + delta);
        Set<Integer> seen = new HashSet<>();
        for (long review = 0; review < 500; review++) {
            long seed = Scheduler.fuzzSeed("ae/basics/07", review);
            ReviewOutcome a = fuzzy.review(card, Rating.GOOD, now, seed);
            ReviewOutcome b = fuzzy.review(card, Rating.GOOD, now, seed);
            assertEquals(a, b, "same seed, same result");
            assertTrue(a.scheduledDays() >= min && a.scheduledDays() <= max, a.scheduledDays() + " not in " + min + ".." + max);
            assertEquals(now.plus(Duration.ofDays(a.scheduledDays())), a.card().due());
            CardState plain = SCHEDULER.review(card, Rating.GOOD, now).card();
            assertEquals(plain, new CardState(a.card().state(), a.card().step(), a.card().stability(),
                    a.card().difficulty(), plain.due(), a.card().lastReview()), "fuzz moves the due date only");
            seen.add(a.scheduledDays());
        }
        assertEquals(max - min + 1, seen.size(), "every day of the range is reachable: " + seen);
    }

    @Test
    void fuzzLeavesStepsAndShortIntervalsAlone() {
        Scheduler fuzzy = new Scheduler(SchedulerConfig.DEFAULT);
        for (long seed = 0; seed < 100; seed++) {
            assertEquals(Duration.ofMinutes(10), fuzzy.review(CardState.newCard(T0), Rating.GOOD, T0, seed).interval());
            // S0(Good) = 2.3065 gives a 2-day interval: below 2.5 days, not fuzzed.
            CardState learning = new CardState(LEARNING, 1, 2.3065, 5.0, T0, T0);
            assertEquals(2, fuzzy.review(learning, Rating.GOOD, T0.plusSeconds(600), seed).scheduledDays());
        }
    }

    @Test
    void fuzzSeedsDifferPerCardAndReview() {
        assertEquals(Scheduler.fuzzSeed("a", 1), Scheduler.fuzzSeed("a", 1));
        assertNotEquals(Scheduler.fuzzSeed("a", 1), Scheduler.fuzzSeed("a", 2));
        assertNotEquals(Scheduler.fuzzSeed("a", 1), Scheduler.fuzzSeed("b", 1));
    }

    @Test
    void configIsValidated() {
        assertThrows(IllegalArgumentException.class, () -> SchedulerConfig.DEFAULT.withDesiredRetention(1.0));
        assertThrows(IllegalArgumentException.class, () -> SchedulerConfig.DEFAULT.withDesiredRetention(0.0));
        assertThrows(IllegalArgumentException.class, () -> SchedulerConfig.DEFAULT.withDesiredRetention(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SchedulerConfig.DEFAULT.withMaximumInterval(0));
        assertThrows(IllegalArgumentException.class, () -> SchedulerConfig.DEFAULT.withLearningSteps(List.of(Duration.ZERO)));
        assertThrows(IllegalArgumentException.class, () -> FsrsParameters.of(new double[20]));
        assertEquals(0.9, SchedulerConfig.DEFAULT.desiredRetention());
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), SchedulerConfig.DEFAULT.learningSteps());
        assertEquals(List.of(Duration.ofMinutes(10)), SchedulerConfig.DEFAULT.relearningSteps());
        assertEquals(36500, SchedulerConfig.DEFAULT.maximumInterval());
        assertTrue(SchedulerConfig.DEFAULT.fuzz());
    }

    /** As in Anki: Hard < Good < Easy in days whenever they go to Review, whatever the memory state and fuzz. */
    @Test
    void eachPassingRatingWaitsLongerThanTheOneBelow() {
        Scheduler fuzzed = new Scheduler(SchedulerConfig.DEFAULT);
        int checked = 0;
        for (double stability : new double[]{0.2, 0.5, 1, 1.5, 3, 8, 30, 200}) {
            for (double difficulty : new double[]{1, 5, 10}) {
                for (long seed = 0; seed < 20; seed++) {
                    for (int elapsed : new int[]{0, 1, 3, 20}) {
                        CardState card = new CardState(REVIEW, null, stability, difficulty, T0, T0.minus(Duration.ofDays(elapsed)));
                        Map<Rating, ReviewOutcome> preview = fuzzed.preview(card, T0, seed);
                        int hard = preview.get(Rating.HARD).scheduledDays();
                        int good = preview.get(Rating.GOOD).scheduledDays();
                        int easy = preview.get(Rating.EASY).scheduledDays();
                        assertTrue(hard < good && good < easy, "S " + stability + " D " + difficulty + ": " + hard + " / " + good + " / " + easy);
                        checked++;
                    }
                }
            }
        }
        CardState learning = new CardState(LEARNING, 1, 0.3, 6.0, T0, T0.minus(Duration.ofMinutes(10)));
        Map<Rating, ReviewOutcome> graduating = SCHEDULER.preview(learning, T0, 0);
        assertTrue(graduating.get(Rating.GOOD).scheduledDays() < graduating.get(Rating.EASY).scheduledDays(),
                "graduating with Good and Easy never shows the same day");
        assertTrue(checked > 1000);
    }

    @Test
    void unorderedIntervalsReproducePyFsrs() {
        SchedulerConfig plain = new SchedulerConfig(0.9, List.of(), List.of(), 36500, false, false);
        CardState card = new CardState(REVIEW, null, 0.2, 9.0, T0, T0);
        Map<Rating, ReviewOutcome> preview = new Scheduler(plain).preview(card, T0, 0);
        assertEquals(preview.get(Rating.GOOD).scheduledDays(), preview.get(Rating.HARD).scheduledDays(),
                "py-fsrs lets two ratings share a day; ordering is the app's choice, not FSRS's");
    }
}
