package dev.latent.stats;

import dev.latent.deck.Deck;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.scoring.ConceptStatus;
import dev.latent.store.CardKey;
import dev.latent.store.ConceptOutcome;
import dev.latent.store.ReviewInput;
import dev.latent.store.ReviewStats;
import dev.latent.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Statistics over a small log whose every figure is worked out by hand below. Berlin time: a study day starts at
 * 04:00 local, which is 03:00 UTC in winter (CET) and 02:00 UTC in summer (CEST, from 29 March 2026).
 */
class StatisticsCalculatorTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z"); // study day 10 March
    private static final String DECK = "d";

    @TempDir
    Path dataDir;

    private final Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT.withDesiredRetention(0.85));

    private static final List<ConceptOutcome> K2_MISSED = concepts(ConceptStatus.HIT, ConceptStatus.MISSED);
    private static final List<ConceptOutcome> K2_HIT = concepts(ConceptStatus.HIT, ConceptStatus.HIT);
    private static final List<ConceptOutcome> K2_NEGATED = concepts(ConceptStatus.HIT, ConceptStatus.NEGATED);

    private static List<ConceptOutcome> concepts(ConceptStatus k1, ConceptStatus k2) {
        return List.of(new ConceptOutcome("k1", "Latent space", k1), new ConceptOutcome("k2", "Reconstruction loss", k2));
    }

    /** The feedback JSON the study session would keep beside the outcomes. */
    private static String json(List<ConceptOutcome> concepts) {
        return concepts.stream().map(c -> "{\"id\":\"" + c.id() + "\",\"label\":\"" + c.label() + "\",\"status\":\""
                + c.status() + "\"}").collect(java.util.stream.Collectors.joining(",", "{\"grade\":2,\"concepts\":[",
                "],\"misconceptions\":[]}"));
    }

    /** A hand-made state: in review since {@code at}, due at {@code due}. */
    private static CardState reviewed(String at, String due) {
        return new CardState(CardState.State.REVIEW, null, 5.0, 5.0, Instant.parse(due), Instant.parse(at));
    }

    private static void answer(Store store, String q, String at, Rating rating, long seconds, Integer score,
                               List<ConceptOutcome> concepts, String due) {
        store.recordReview(new ReviewInput(new CardKey(DECK, q), rating, reviewed(at, due), Instant.parse(at),
                seconds * 1000, null, "typed", score, concepts == null ? null : json(concepts), concepts));
    }

    /**
     * In time order (the log's ids are answer times):
     * g q3 1 Feb (earlier concept half), h q3 7 Mar 11:00 (2 days+ after g: a recall check, Good),
     * a q1 8 Mar 03:30 local = study day 7 Mar (new), b q1 9 Mar (25.5 h after a: check, Again),
     * c q2 9 Mar (new), d q2 9 Mar 21:00 (11 h after c: no check), e q1 10 Mar 04:10 local (19 h: no check),
     * f q2 10 Mar (14 h: no check).
     */
    private void fill(Store store) {
        store.syncDeck(DECK, List.of("q1", "q2", "q3"), Instant.parse("2026-01-01T10:00:00Z"));
        answer(store, "q3", "2026-02-01T10:00:00Z", Rating.GOOD, 40, 50, K2_MISSED, "2026-03-05T10:00:00Z");
        answer(store, "q3", "2026-03-07T10:00:00Z", Rating.GOOD, 7, 90, K2_HIT, "2026-04-20T10:00:00Z");
        answer(store, "q1", "2026-03-08T02:30:00Z", Rating.GOOD, 10, null, null, "2026-03-09T08:00:00Z");
        answer(store, "q1", "2026-03-09T08:00:00Z", Rating.AGAIN, 20, 30, K2_MISSED, "2026-03-09T09:00:00Z");
        answer(store, "q2", "2026-03-09T09:00:00Z", Rating.GOOD, 5, null, null, "2026-03-09T19:00:00Z");
        answer(store, "q2", "2026-03-09T20:00:00Z", Rating.GOOD, 5, null, null, "2026-03-10T09:00:00Z");
        answer(store, "q1", "2026-03-10T03:10:00Z", Rating.HARD, 30, 40, K2_NEGATED, "2026-03-10T02:00:00Z"); // overdue
        answer(store, "q2", "2026-03-10T10:00:00Z", Rating.GOOD, 6, null, null, "2026-03-12T05:00:00Z");
    }

    private static Deck deck() {
        ModelAnswer model = new ModelAnswer("m", List.of(), "");
        return new Deck(DECK, "Deck", "", List.of(new Question("q1", "First?", model, List.of(), null, List.of()),
                new Question("q2", "Second?", model, List.of(), null, List.of()),
                new Question("q3", "Third?", model, List.of(), null, List.of())), "test");
    }

    private static int reviewsOn(Statistics stats, String day) {
        return stats.year().stream().filter(d -> d.day().equals(LocalDate.parse(day))).findFirst().orElseThrow().reviews();
    }

    @Test
    void computesEveryFigureOfASmallLog() {
        try (Store store = Store.open(dataDir)) {
            fill(store);
            Deck deck = deck();
            Statistics stats = StatisticsCalculator.compute(store, List.of(deck), deck, scheduler, NOW, BERLIN);

            assertEquals(LocalDate.of(2026, 3, 10), stats.today());
            assertTrue(stats.hasReviews());
            assertEquals(365, stats.year().size());
            assertEquals(LocalDate.of(2025, 3, 11), stats.year().get(0).day());
            assertEquals(1, reviewsOn(stats, "2026-02-01"));
            assertEquals(2, reviewsOn(stats, "2026-03-07"), "h, and a at 03:30 local the next morning");
            assertEquals(0, reviewsOn(stats, "2026-03-08"));
            assertEquals(3, reviewsOn(stats, "2026-03-09"));
            assertEquals(2, reviewsOn(stats, "2026-03-10"), "e at 04:10 local starts the new day");
            assertEquals(8, stats.reviewsInYear());
            assertEquals(4, stats.activeDays());
            assertEquals(3, stats.maxReviewsPerDay());
            assertEquals(Duration.ofSeconds(30), stats.year().get(363).time(), "9 March: 20 + 5 + 5 s");
            assertEquals(Duration.ofSeconds(36), stats.todayActivity().time(), "10 March: 30 + 6 s");
            assertEquals(Duration.ofSeconds(20 + 5 + 5 + 30 + 6 + 7 + 10), stats.timeLastDays(30));

            // True retention: h (Good) and b (Again) are the only answers a day or more after the last one.
            assertEquals(new Retention(LocalDate.of(2026, 2, 9), 2, 1), stats.lastMonth());
            assertEquals(OptionalDouble.of(0.5), stats.lastMonth().rate());
            assertEquals(0.85, stats.desiredRetention());
            assertEquals(12, stats.retentionByMonth().size());
            assertEquals(new Retention(LocalDate.of(2026, 3, 1), 2, 1), stats.retentionByMonth().get(11));
            assertEquals(new Retention(LocalDate.of(2026, 2, 1), 0, 0), stats.retentionByMonth().get(10),
                    "g was q3's first answer");

            // Forecast: q1 is overdue (counts today), q2 due 12 March 06:00 local, q3 after the 30 days.
            assertEquals(30, stats.forecast().size());
            assertEquals(new DayCount(LocalDate.of(2026, 3, 10), 1), stats.forecast().get(0));
            assertEquals(new DayCount(LocalDate.of(2026, 3, 12), 1), stats.forecast().get(2));
            assertEquals(2, stats.forecast().stream().mapToInt(DayCount::count).sum());

            // Concepts over 14 Jan - 10 Mar, halves split at 11 Feb: g is in the earlier half, h, b and e later.
            List<ConceptMastery> concepts = stats.concepts();
            assertEquals(List.of("d/q1 k2 2/2", "d/q3 k2 1/2", "d/q1 k1 0/2", "d/q3 k1 0/2"), concepts.stream()
                    .map(c -> c.card() + " " + c.conceptId() + " " + c.missed() + "/" + c.seen()).toList());
            ConceptMastery q3k2 = concepts.get(1);
            assertEquals("Reconstruction loss", q3k2.label());
            assertEquals(OptionalDouble.of(1.0), q3k2.earlierMissRate());
            assertEquals(OptionalDouble.of(0.0), q3k2.laterMissRate());
            assertEquals(ConceptMastery.Trend.TOO_FEW, q3k2.trend(), "one answer per half is too few to tell");
            assertEquals(OptionalDouble.empty(), concepts.get(0).earlierMissRate());

            // Scores over time, per question of the chosen deck.
            assertEquals(3, stats.questionScores().size());
            assertEquals(List.of(new ReviewStats.ScorePoint(Instant.parse("2026-03-09T08:00:00Z"), 30),
                    new ReviewStats.ScorePoint(Instant.parse("2026-03-10T03:10:00Z"), 40)), stats.questionScores().get(0).points());
            assertEquals(List.of(), stats.questionScores().get(1).points(), "q2 was never graded");
            assertEquals("Third?", stats.questionScores().get(2).prompt());
            assertEquals(List.of(), stats.exams());
        }
    }

    @Test
    void undoTakesTheConceptResultsWithTheReview() {
        try (Store store = Store.open(dataDir)) {
            fill(store);
            store.undoLastReview(); // f, no concepts
            store.undoLastReview(); // e: q1 k1 hit, k2 negated
            List<ReviewStats.ConceptTally> tallies = store.statistics().conceptTallies(Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2026-02-11T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
            assertEquals(List.of("d/q1 k2 1/1", "d/q3 k2 1/2", "d/q1 k1 0/1", "d/q3 k1 0/2"), tallies.stream()
                    .map(t -> t.card() + " " + t.conceptId() + " " + t.missed() + "/" + t.seen()).toList());
            Statistics stats = StatisticsCalculator.compute(store, List.of(), null, scheduler, NOW, BERLIN);
            assertEquals(0, reviewsOn(stats, "2026-03-10"), "e and f are gone from the day counts too");
            assertEquals(Duration.ZERO, stats.todayActivity().time());
            assertEquals(6, stats.reviewsInYear());
            assertEquals(new Retention(LocalDate.of(2026, 2, 9), 2, 1), stats.lastMonth());
        }
    }

    @Test
    void anEmptyLogGivesZerosNotErrors() {
        try (Store store = Store.open(dataDir)) {
            Deck deck = deck();
            store.syncDeck(DECK, List.of("q1", "q2", "q3"), NOW);
            Statistics stats = StatisticsCalculator.compute(store, List.of(deck), deck, scheduler, NOW, BERLIN);
            assertFalse(stats.hasReviews());
            assertEquals(365, stats.year().size());
            assertEquals(0, stats.reviewsInYear());
            assertEquals(0, stats.forecast().stream().mapToInt(DayCount::count).sum(), "new cards are not forecast");
            assertEquals(OptionalDouble.empty(), stats.lastMonth().rate());
            assertEquals(List.of(), stats.concepts());
            assertEquals(List.of(), stats.questionScores());
            assertEquals(Duration.ZERO, stats.timeLastDays(30));
        }
    }

    @Test
    void theExamOutlookShowsProjectedRecallForDecksWithAnExamAhead() {
        try (Store store = Store.open(dataDir)) {
            fill(store);
            store.examDates().setExamDate(DECK, LocalDate.of(2026, 3, 20));
            Statistics stats = StatisticsCalculator.compute(store, List.of(deck()), null, scheduler, NOW, BERLIN);
            assertEquals(1, stats.exams().size());
            ExamOutlook exam = stats.exams().get(0);
            assertEquals(10, exam.daysLeft());
            Instant examAt = Instant.parse("2026-03-20T03:00:00Z"); // 04:00 CET
            double expected = store.examDates().cards(DECK).stream().mapToDouble(c -> scheduler.retrievability(c.state(), examAt)).sum() / 3;
            assertEquals(expected, exam.projectedRecall(), 1e-12);
            assertTrue(exam.projectedRecall() > 0 && exam.projectedRecall() < 1);
            store.examDates().setExamDate(DECK, LocalDate.of(2026, 3, 1));
            assertEquals(List.of(), StatisticsCalculator.compute(store, List.of(deck()), null, scheduler, NOW, BERLIN).exams(),
                    "a past exam is not shown");
        }
    }

    @Test
    void quarterHoursFallOnTheRightStudyDayAcrossTheSpringDstChange() {
        // 29 March 2026: clocks go from 02:00 CET to 03:00 CEST at 01:00 UTC; that day starts at 04:00 CEST = 02:00 UTC.
        LocalDate first = LocalDate.of(2026, 3, 28);
        List<ReviewStats.Bucket> buckets = List.of(
                new ReviewStats.Bucket(Instant.parse("2026-03-28T02:45:00Z").toEpochMilli(), 1, 1000, 0, 0), // 03:45 CET, 27th
                new ReviewStats.Bucket(Instant.parse("2026-03-28T03:00:00Z").toEpochMilli(), 2, 1000, 1, 1), // 04:00 CET, 28th
                new ReviewStats.Bucket(Instant.parse("2026-03-29T01:45:00Z").toEpochMilli(), 4, 1000, 1, 0), // 03:45 CEST, 28th
                new ReviewStats.Bucket(Instant.parse("2026-03-29T02:00:00Z").toEpochMilli(), 8, 1000, 0, 0), // 04:00 CEST, 29th
                new ReviewStats.Bucket(Instant.parse("2026-03-30T02:00:00Z").toEpochMilli(), 16, 1000, 0, 0)); // 30th, outside
        List<DayActivity> days = StatisticsCalculator.perDay(buckets, first, 2, BERLIN);
        assertEquals(List.of(new DayActivity(first, 6, Duration.ofSeconds(2), 2, 1),
                new DayActivity(first.plusDays(1), 8, Duration.ofSeconds(1), 0, 0)), days);
    }

    @Test
    void theStoresDayTotalsEqualItsQuarterHoursFoldedIntoDays() {
        // Answers every 37 minutes for ten days around the spring DST change, so days of 23 hours are summed too.
        try (Store store = Store.open(dataDir)) {
            store.syncDeck(DECK, List.of("q1", "q2", "q3"), Instant.parse("2026-03-01T00:00:00Z"));
            Instant at = Instant.parse("2026-03-24T00:10:00Z");
            for (int i = 0; i < 400; i++, at = at.plus(Duration.ofMinutes(37))) {
                answer(store, "q" + (1 + i % 3), at.toString(), i % 5 == 0 ? Rating.AGAIN : Rating.GOOD, 1 + i % 7, null, null,
                        at.plus(Duration.ofDays(2)).toString());
            }
            store.undoLastReview();
            LocalDate first = LocalDate.of(2026, 3, 23);
            int days = 14;
            List<Instant> starts = new java.util.ArrayList<>();
            for (int i = 0; i <= days; i++) starts.add(dev.latent.scheduling.StudyDay.start(first.plusDays(i), BERLIN));
            List<DayActivity> folded = StatisticsCalculator.perDay(store.statistics().reviewBuckets(starts.get(0), starts.get(days)),
                    first, days, BERLIN);
            assertEquals(folded, StatisticsCalculator.perDay(store.statistics().reviewTotals(starts), first, days, BERLIN));
            assertEquals(399, folded.stream().mapToInt(DayActivity::reviews).sum());
        }
    }

    @Test
    void retentionByMonthUsesCalendarMonths() {
        List<DayActivity> days = List.of(new DayActivity(LocalDate.of(2026, 1, 31), 3, Duration.ZERO, 3, 2),
                new DayActivity(LocalDate.of(2026, 2, 1), 4, Duration.ZERO, 4, 4));
        assertEquals(List.of(new Retention(LocalDate.of(2026, 1, 1), 3, 2), new Retention(LocalDate.of(2026, 2, 1), 4, 4)),
                StatisticsCalculator.retentionByMonth(days, YearMonth.of(2026, 2), 2));
    }

    @Test
    void aTrendNeedsEnoughAnswersAndAClearChange() {
        assertEquals(ConceptMastery.Trend.IMPROVING, StatisticsCalculator.trend(4, 3, 4, 1), "75% missed, then 25%");
        assertEquals(ConceptMastery.Trend.WORSENING, StatisticsCalculator.trend(3, 0, 3, 2));
        assertEquals(ConceptMastery.Trend.STEADY, StatisticsCalculator.trend(10, 5, 10, 5));
        assertEquals(ConceptMastery.Trend.STEADY, StatisticsCalculator.trend(20, 10, 20, 9), "5 points is noise");
        assertEquals(ConceptMastery.Trend.TOO_FEW, StatisticsCalculator.trend(2, 2, 10, 0));
        List<ConceptMastery> sorted = StatisticsCalculator.mastery(List.of(
                new ReviewStats.ConceptTally(new CardKey("d", "a"), "x", "X", 4, 1, 4, 1),
                new ReviewStats.ConceptTally(new CardKey("d", "b"), "y", "Y", 2, 1, 0, 0),
                new ReviewStats.ConceptTally(new CardKey("d", "c"), "z", "Z", 4, 3, 4, 1)));
        assertEquals(List.of("Z", "X", "Y"), sorted.stream().map(ConceptMastery::label).toList(),
                "most misses first; on a tie the higher miss rate");
        assertEquals(ConceptMastery.Trend.IMPROVING, sorted.get(0).trend());
    }
}
