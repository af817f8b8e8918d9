package dev.latent.exam;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.deck.Question;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.ReviewOutcome;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.scoring.ScoreResult;
import dev.latent.study.RatingThresholds;
import dev.latent.store.CardKey;
import dev.latent.store.ExamAttempt;
import dev.latent.store.Review;
import dev.latent.scheduling.ReviewType;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExamRecorderTest {

    @TempDir
    Path dataDir;

    private final Deck deck = DeckLibrary.loadAll(null).deck("autoencoders-gans").orElseThrow();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private final Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT);
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(dataDir);
        store.syncDeck(deck.id(), deck.questions().stream().map(Question::id).toList(), clock.instant());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ExamReport takeExam() {
        ExamPlan plan = new ExamPlan(new ExamPlan.FromDeck(deck.id()), 4, 11, Duration.ofMinutes(20));
        ExamSession exam = new ExamSession(plan, plan.pick(List.of(deck)), clock);
        for (int i = 0; i < exam.size(); i++) {
            Question q = exam.questions().get(i).question();
            int grade = i % 2 == 0 ? 4 : 1;
            exam.setAnswer(i, q.samples().stream().filter(s -> s.grade() == grade).findFirst().orElseThrow().answer());
        }
        clock.advance(Duration.ofMinutes(8));
        return exam.finish();
    }

    private Map<CardKey, CardState> states() {
        Map<CardKey, CardState> states = new HashMap<>();
        for (Question q : deck.questions()) {
            CardKey key = new CardKey(deck.id(), q.id());
            states.put(key, store.cardState(key).orElseThrow());
        }
        return states;
    }

    @Test
    void storesTheAttemptAndLeavesTheScheduleAloneByDefault() {
        Map<CardKey, CardState> before = states();
        ExamReport report = takeExam();
        ExamAttempt saved = ExamRecorder.record(store, report, scheduler, false);
        assertTrue(saved.id() > 0);
        assertEquals(before, states(), "no card moved");
        for (Question q : deck.questions()) assertEquals(List.of(), store.reviewsOf(new CardKey(deck.id(), q.id())));
        assertFalse(store.statistics().hasReviews());

        List<ExamAttempt> attempts = store.examAttempts();
        assertEquals(1, attempts.size());
        ExamAttempt stored = attempts.get(0);
        assertEquals(saved, stored);
        assertEquals("deck:" + deck.id(), stored.selection());
        assertEquals(Duration.ofMinutes(20), stored.timeLimit());
        assertEquals(report.startedAt(), stored.startedAt());
        assertEquals(report.finishedAt(), stored.finishedAt());
        assertFalse(stored.countedAsReviews());
        assertEquals(report.totalScore().getAsDouble(), stored.totalScore(), 1e-9);
        assertEquals(4, stored.answers().size());
        for (ExamReport.Item item : report.items()) {
            ExamAttempt.Answer answer = stored.answers().get(item.position());
            assertEquals(item.card(), answer.card());
            assertEquals(item.answer(), answer.answer());
            assertEquals(item.score().orElseThrow().score(), answer.score());
            assertEquals(item.score().orElseThrow().grade(), answer.grade());
            assertTrue(answer.conceptsJson().contains("\"concepts\""));
        }
    }

    @Test
    void countAsReviewsRecordsEachAnswerAsAFilteredReviewWithTheSchedulersOutcome() {
        Map<CardKey, CardState> before = states();
        ExamReport report = takeExam();
        ExamRecorder.record(store, report, scheduler, true);
        assertTrue(store.examAttempts().get(0).countedAsReviews());
        for (ExamReport.Item item : report.items()) {
            ScoreResult score = item.score().orElseThrow();
            List<Review> reviews = store.reviewsOf(item.card());
            assertEquals(1, reviews.size(), item.card().toString());
            Review review = reviews.get(0);
            assertEquals(ReviewType.FILTERED, review.type());
            assertEquals(RatingThresholds.DEFAULT.ratingFor(score.score()), review.rating(), "rated as the score suggests");
            assertEquals(score.score(), review.score());
            assertEquals(item.answer(), review.typedAnswer());
            assertEquals(Duration.ofMinutes(2).toMillis(), review.timeTakenMs(), "8 minutes over 4 questions");
            ReviewOutcome expected = scheduler.review(before.get(item.card()), review.rating(), report.finishedAt(),
                    Scheduler.fuzzSeed(item.card().toString(), 0));
            assertEquals(expected.card(), store.cardState(item.card()).orElseThrow(), "the card moved as FSRS says");
        }
        long untouched = deck.questions().stream().map(q -> new CardKey(deck.id(), q.id()))
                .filter(k -> report.items().stream().noneMatch(i -> i.card().equals(k)))
                .filter(k -> before.get(k).equals(store.cardState(k).orElseThrow())).count();
        assertEquals(deck.size() - 4, untouched, "questions not in the exam keep their state");
    }

    @Test
    void countAsReviewsLeavesUnansweredQuestionsOffTheSchedule() {
        Map<CardKey, CardState> before = states();
        ExamPlan plan = new ExamPlan(new ExamPlan.FromDeck(deck.id()), 4, 11, Duration.ofMinutes(20));
        ExamSession exam = new ExamSession(plan, plan.pick(List.of(deck)), clock);
        Question first = exam.questions().get(0).question();
        exam.setAnswer(0, first.samples().stream().filter(s -> s.grade() == 4).findFirst().orElseThrow().answer());
        exam.setAnswer(1, "   "); // started, nothing said
        clock.advance(Duration.ofMinutes(20)); // time ran out before the last two
        ExamReport report = exam.finish();

        ExamRecorder.record(store, report, scheduler, true);
        assertEquals(1, store.reviewsOf(report.items().get(0).card()).size(), "the answered question is a review");
        for (ExamReport.Item item : report.items().subList(1, 4)) {
            assertFalse(item.answered());
            assertEquals(List.of(), store.reviewsOf(item.card()), "no review for an unanswered question");
            assertEquals(before.get(item.card()), store.cardState(item.card()).orElseThrow(), "its schedule is untouched");
        }
        assertEquals(4, store.examAttempts().get(0).answers().size(), "the attempt still lists every question");
    }
}
