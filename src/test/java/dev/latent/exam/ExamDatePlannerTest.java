package dev.latent.exam;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.store.CardKey;
import dev.latent.store.DailyLimits;
import dev.latent.store.DueCard;
import dev.latent.store.DueQueue;
import dev.latent.store.ReviewInput;
import dev.latent.scheduling.Rating;
import dev.latent.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExamDatePlannerTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final String DECK = "d";
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final LocalDate EXAM = LocalDate.of(2026, 5, 11);

    @TempDir
    Path dataDir;

    private final Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT.withFuzz(false));

    private static Instant day(String date) {
        return Instant.parse(date + "T10:00:00Z");
    }

    private static DueCard review(String id, String lastReview, double stability, String due) {
        return new DueCard(new CardKey(DECK, id), new CardState(CardState.State.REVIEW, null, stability, 5.0, day(due), day(lastReview)));
    }

    // A: last seen 21 days before the exam with S=30; B: 16 days with S=2 (weakest); E: 13 days with S=100 (strongest).
    private final List<DueCard> cards = List.of(
            review("A", "2026-04-20", 30, "2026-06-15"),
            review("B", "2026-04-25", 2, "2026-05-20"),
            review("C", "2026-04-29", 5, "2026-05-06"),
            new DueCard(new CardKey(DECK, "D"), CardState.newCard(day("2026-04-01"))),
            review("E", "2026-04-28", 100, "2026-07-01"));

    @Test
    void pullsEveryCardNotDueBeforeTheExamIntoTheLastWeekWeakestFirst() {
        ExamDatePlanner.Plan plan = ExamDatePlanner.plan(EXAM, cards, scheduler, NOW, UTC).orElseThrow();
        assertEquals(LocalDate.of(2026, 5, 4), plan.windowStart(), "7 days before the exam");
        assertEquals(List.of("B", "A", "E"), plan.pulls().stream().map(p -> p.card().questionId()).toList(),
                "C is due before the exam anyway, D is new; the rest by recall at the exam, lowest first");
        assertEquals(List.of(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 6)),
                plan.pulls().stream().map(ExamDatePlanner.Pull::day).toList(), "spread over the window, weakest earliest");
        Instant examAt = Instant.parse("2026-05-11T04:00:00Z");
        double expected = (scheduler.retrievability(cards.get(0).state(), examAt) + scheduler.retrievability(cards.get(1).state(), examAt)
                + scheduler.retrievability(cards.get(2).state(), examAt) + 0 + scheduler.retrievability(cards.get(4).state(), examAt)) / 5;
        assertEquals(expected, plan.projectedRecall(), 1e-12, "mean recall at the exam, the new card counted as 0");
        assertTrue(plan.pulls().get(0).recallAtExam() < plan.pulls().get(1).recallAtExam());
        assertEquals(Map.of(new CardKey(DECK, "B"), Instant.parse("2026-05-04T04:00:00Z"),
                new CardKey(DECK, "A"), Instant.parse("2026-05-05T04:00:00.001Z"),
                new CardKey(DECK, "E"), Instant.parse("2026-05-06T04:00:00.002Z")), plan.dueChanges(UTC));
    }

    @Test
    void closerToTheExamFewerDaysAreLeftToSpreadOver() {
        Instant threeDaysBefore = Instant.parse("2026-05-08T10:00:00Z");
        ExamDatePlanner.Plan plan = ExamDatePlanner.plan(EXAM, cards, scheduler, threeDaysBefore, UTC).orElseThrow();
        assertEquals(LocalDate.of(2026, 5, 4), plan.windowStart(), "the window is the exam's last week");
        assertEquals(List.of("B", "A", "E"), plan.pulls().stream().map(p -> p.card().questionId()).toList());
        assertEquals(List.of(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 9), LocalDate.of(2026, 5, 10)),
                plan.pulls().stream().map(ExamDatePlanner.Pull::day).toList());

        Instant dayBefore = Instant.parse("2026-05-10T10:00:00Z");
        plan = ExamDatePlanner.plan(EXAM, cards, scheduler, dayBefore, UTC).orElseThrow();
        assertEquals(List.of(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 10)),
                plan.pulls().stream().map(ExamDatePlanner.Pull::day).toList(), "all on the last day left");

        assertEquals(Optional.empty(), ExamDatePlanner.plan(EXAM, cards, scheduler, Instant.parse("2026-05-12T10:00:00Z"), UTC),
                "nothing once the exam is over");
    }

    @Test
    void aCardReviewedInTheWindowIsNotPulledAgain() {
        List<DueCard> reviewedLately = List.of(review("A", "2026-05-05", 30, "2026-06-15"));
        assertEquals(List.of(), ExamDatePlanner.plan(EXAM, reviewedLately, scheduler, Instant.parse("2026-05-06T10:00:00Z"), UTC)
                .orElseThrow().pulls());
    }

    @Test
    void applyingMovesDueDatesTheQueueThenShowsAndIsIdempotent() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck(DECK, List.of("A", "B", "C", "D", "E"), day("2026-04-01"));
            for (DueCard card : cards) {
                if (card.state().isNew()) continue;
                // Give each card its state through a real review, as the app does.
                store.recordReview(ReviewInput.of(card.key(), Rating.GOOD, card.state(), card.state().lastReview(), 1000));
            }
            assertEquals(Optional.empty(), ExamDatePlanner.apply(store, DECK, scheduler, NOW, UTC), "no exam date, no plan");
            store.examDates().setExamDate(DECK, EXAM);
            assertEquals(Optional.of(EXAM), store.examDates().examDate(DECK));
            ExamDatePlanner.Plan plan = ExamDatePlanner.apply(store, DECK, scheduler, NOW, UTC).orElseThrow();
            assertEquals(3, plan.pulls().size());
            assertEquals(Instant.parse("2026-05-04T04:00:00Z"), store.cardState(new CardKey(DECK, "B")).orElseThrow().due());
            assertEquals(2.0, store.cardState(new CardKey(DECK, "B")).orElseThrow().stability(), "memory state kept");

            DueQueue may4 = store.dueQueue(DECK, Instant.parse("2026-05-04T12:00:00Z"), UTC, new DailyLimits(0, 200));
            assertEquals(List.of("B"), may4.cards().stream().map(c -> c.key().questionId()).toList());
            DueQueue may6 = store.dueQueue(DECK, Instant.parse("2026-05-06T12:00:00Z"), UTC, new DailyLimits(0, 200));
            assertEquals(List.of("B", "A", "E", "C"), may6.cards().stream().map(c -> c.key().questionId()).toList(),
                    "unreviewed pulled cards stay due, in pull order (at 4 AM), then C at its own due time");

            assertEquals(List.of(), ExamDatePlanner.apply(store, DECK, scheduler, NOW, UTC).orElseThrow().pulls(),
                    "planning again pulls nothing more");
            store.examDates().setExamDate(DECK, null);
            assertEquals(Optional.empty(), store.examDates().examDate(DECK));
        }
    }

    /** The deck's cards given their states through real reviews, as the app does. */
    private void fillStore(Store store) {
        store.syncDeck(DECK, List.of("A", "B", "C", "D", "E"), day("2026-04-01"));
        for (DueCard card : cards) {
            if (card.state().isNew()) continue;
            store.recordReview(ReviewInput.of(card.key(), Rating.GOOD, card.state(), card.state().lastReview(), 1000));
        }
    }

    private static Instant due(Store store, String id) {
        return store.cardState(new CardKey(DECK, id)).orElseThrow().due();
    }

    /** The filled store with the exam date set and planned once, at {@link #NOW}. */
    private void planTheExam(Store store) {
        fillStore(store);
        store.examDates().setExamDate(DECK, EXAM);
        ExamDatePlanner.apply(store, DECK, scheduler, NOW, UTC).orElseThrow();
    }

    /** B, pulled forward to 4 May, is answered Good that day. */
    private static void answerBInTheWindow(Store store) {
        CardState bAfter = new CardState(CardState.State.REVIEW, null, 4.0, 5.0, day("2026-05-12"), day("2026-05-04"));
        store.recordReview(ReviewInput.of(new CardKey(DECK, "B"), Rating.GOOD, bAfter, day("2026-05-04"), 1000));
    }

    @Test
    void clearingTheExamDateGivesPulledCardsTheirDueBackUnlessReviewedSince() {
        try (Store store = Store.open(dataDir)) {
            planTheExam(store);
            assertEquals(Instant.parse("2026-05-04T04:00:00Z"), due(store, "B"));
            assertEquals(Instant.parse("2026-05-05T04:00:00.001Z"), due(store, "A"));
            // B is answered in the window; E is answered and the answer taken back, which leaves it as pulled.
            answerBInTheWindow(store);
            CardState eAfter = new CardState(CardState.State.REVIEW, null, 120.0, 5.0, day("2026-09-01"), day("2026-05-06"));
            store.recordReview(ReviewInput.of(new CardKey(DECK, "E"), Rating.GOOD, eAfter, day("2026-05-06"), 1000));
            store.undoLastReview();

            store.examDates().setExamDate(DECK, null);
            assertEquals(day("2026-06-15"), due(store, "A"), "A gets the due FSRS gave it back");
            assertEquals(day("2026-07-01"), due(store, "E"), "so does E, whose review was undone");
            assertEquals(day("2026-05-12"), due(store, "B"), "B was reviewed since: its new schedule stands");
            assertEquals(day("2026-05-06"), due(store, "C"), "C was never moved");
            assertEquals(30.0, store.cardState(new CardKey(DECK, "A")).orElseThrow().stability(), "memory state untouched");

            store.examDates().setExamDate(DECK, EXAM);
            ExamDatePlanner.apply(store, DECK, scheduler, NOW, UTC).orElseThrow();
            store.examDates().setExamDate(DECK, EXAM);
            assertEquals(Instant.parse("2026-05-04T04:00:00.000Z"), due(store, "A"),
                    "setting the same date again changes nothing (A is now the weakest card pulled)");
        }
    }

    @Test
    void movingTheExamDatePlansFromTheOriginalDueAndClearingRestoresIt() {
        try (Store store = Store.open(dataDir)) {
            planTheExam(store);
            LocalDate later = LocalDate.of(2026, 5, 18);
            store.examDates().setExamDate(DECK, later);
            assertEquals(day("2026-06-15"), due(store, "A"), "moving the date first undoes the old plan");
            ExamDatePlanner.Plan plan = ExamDatePlanner.apply(store, DECK, scheduler, NOW, UTC).orElseThrow();
            assertEquals(List.of("B", "A", "E"), plan.pulls().stream().map(p -> p.card().questionId()).toList(),
                    "B (due 20 May) is now after the exam too");
            for (String id : List.of("A", "B", "E")) {
                Instant moved = due(store, id);
                assertTrue(!moved.isBefore(Instant.parse("2026-05-11T04:00:00Z")) && moved.isBefore(Instant.parse("2026-05-18T04:00:00Z")),
                        id + " in the new window: " + moved);
            }
            // Moved twice without a review in between: clearing gives back the due from before the first move.
            ExamDatePlanner.apply(store, DECK, scheduler, NOW, UTC);
            store.examDates().setExamDate(DECK, null);
            assertEquals(day("2026-06-15"), due(store, "A"));
            assertEquals(day("2026-05-20"), due(store, "B"));
            assertEquals(day("2026-07-01"), due(store, "E"));
        }
    }

    @Test
    void onceTheExamDayHasPassedPulledCardsNotReviewedGetTheirDueBack() {
        try (Store store = Store.open(dataDir)) {
            planTheExam(store);
            answerBInTheWindow(store);

            // On the exam's own day the plan still holds: a last look before the exam is what it was for.
            Instant examDay = day("2026-05-11");
            ExamDatePlanner.apply(store, DECK, scheduler, examDay, UTC);
            assertEquals(Instant.parse("2026-05-05T04:00:00.001Z"), due(store, "A"));

            Instant dayAfter = day("2026-05-12");
            assertTrue(ExamDatePlanner.apply(store, DECK, scheduler, dayAfter, UTC).isEmpty());
            assertEquals(day("2026-06-15"), due(store, "A"), "A was pulled and never reviewed: FSRS's due again");
            assertEquals(day("2026-07-01"), due(store, "E"));
            assertEquals(day("2026-05-12"), due(store, "B"), "B was reviewed in the window: its new schedule stands");
            assertEquals(day("2026-05-06"), due(store, "C"), "C was never moved");
            assertEquals(Optional.of(EXAM), store.examDates().examDate(DECK), "the date itself is kept");

            // The moves are forgotten once given back: later starts change nothing.
            ExamDatePlanner.apply(store, DECK, scheduler, day("2026-05-14"), UTC);
            assertEquals(day("2026-06-15"), due(store, "A"));
            assertEquals(day("2026-05-12"), due(store, "B"));
        }
    }

    @Test
    void projectedRecallFromTheStoreEqualsTheOneFromWholeCards() {
        try (Store store = Store.open(dataDir)) {
            fillStore(store);
            store.syncDeck(DECK, List.of("A", "B", "C", "D"), day("2026-04-01")); // E orphaned: not counted
            Instant examAt = ExamDatePlanner.examInstant(EXAM, UTC);
            double fromCards = ExamDatePlanner.projectedRecall(store.examDates().cards(DECK), scheduler, examAt);
            assertEquals(fromCards, ExamDatePlanner.projectedRecall(store, DECK, scheduler, examAt), "the same sum, bit for bit");
            assertEquals(4, store.examDates().cards(DECK).size());
            assertTrue(fromCards > 0 && fromCards < 0.75, "D is new and counts 0: " + fromCards);
            assertEquals(0.0, ExamDatePlanner.projectedRecall(store, "empty", scheduler, examAt), "no cards, no recall");
        }
    }
}
