package dev.latent.exam;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.deck.Question;
import dev.latent.deck.SampleAnswer;
import dev.latent.scoring.Grader;
import dev.latent.scoring.ScoreResult;
import dev.latent.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExamSessionTest {

    private final Deck deck = DeckLibrary.loadAll(null).deck("autoencoders-gans").orElseThrow();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private static String sample(Question question, int grade) {
        return question.samples().stream().filter(s -> s.grade() == grade).findFirst().orElseThrow().answer();
    }

    @Test
    void theSameSeedGivesTheSameQuestionsInTheSameOrder() {
        ExamPlan plan = new ExamPlan(new ExamPlan.All(), 5, 42, null);
        List<ExamQuestion> first = plan.pick(List.of(deck));
        assertEquals(first, plan.pick(List.of(deck)));
        assertEquals(5, first.size());
        assertEquals(5, new HashSet<>(first).size(), "no question twice");
        List<ExamQuestion> all = new ExamPlan(new ExamPlan.All(), 100, 42, null).pick(List.of(deck));
        assertEquals(deck.size(), all.size(), "asking for more than there are gives them all");
        List<String> deckOrder = deck.questions().stream().map(Question::id).toList();
        List<String> shuffled = all.stream().map(q -> q.question().id()).toList();
        assertNotEquals(deckOrder, shuffled, "shuffled, not in deck order");
        assertEquals(new HashSet<>(deckOrder), new HashSet<>(shuffled));
        List<String> otherSeed = new ExamPlan(new ExamPlan.All(), 100, 43, null).pick(List.of(deck)).stream()
                .map(q -> q.question().id()).toList();
        assertNotEquals(shuffled, otherSeed);
    }

    @Test
    void selectsByTagAndByDeck() {
        String tag = "overfitting";
        List<ExamQuestion> tagged = new ExamPlan(new ExamPlan.WithTag(tag), 100, 1, null).pick(List.of(deck));
        long expected = deck.questions().stream().filter(q -> q.tags().contains(tag)).count();
        assertTrue(expected > 0 && expected < deck.size(), "the bundled deck tags some questions with " + tag);
        assertEquals(expected, tagged.size());
        assertTrue(tagged.stream().allMatch(q -> q.question().tags().contains(tag)));
        assertTrue(ExamPlan.tags(List.of(deck)).contains(tag));
        assertEquals(deck.size(), new ExamPlan(new ExamPlan.FromDeck(deck.id()), 100, 1, null).pick(List.of(deck)).size());
        assertEquals(0, new ExamPlan(new ExamPlan.FromDeck("other"), 100, 1, null).pick(List.of(deck)).size());
        assertEquals("Deck: " + deck.title(), new ExamPlan.FromDeck(deck.id()).describe(List.of(deck)));
    }

    @Test
    void gradesEveryAnswerAtTheEndUnansweredAsZero() {
        ExamPlan plan = new ExamPlan(new ExamPlan.FromDeck(deck.id()), 3, 7, null);
        ExamSession exam = new ExamSession(plan, plan.pick(List.of(deck)), clock);
        Question q0 = exam.questions().get(0).question();
        String good = sample(q0, SampleAnswer.MAX_GRADE);
        assertTrue(exam.setAnswer(0, good));
        clock.advance(Duration.ofMinutes(4));
        ExamReport report = exam.finish();
        assertTrue(exam.isFinished());
        assertEquals(3, report.items().size());
        ScoreResult expected = Grader.compile(q0).score(good);
        assertEquals(expected.score(), report.items().get(0).score().orElseThrow().score());
        assertEquals(0, report.items().get(1).score().orElseThrow().score(), "an unanswered question scores 0");
        assertEquals((expected.score() + 0 + 0) / 3.0, report.totalScore().getAsDouble(), 1e-9);
        assertEquals(1, report.answeredCount());
        assertEquals(Duration.ofMinutes(4), report.duration());
        assertFalse(report.timedOut());
        assertFalse(exam.setAnswer(1, "too late"), "a finished exam takes no more answers");
        assertEquals(report, exam.finish(), "finishing twice gives the same report");
        assertEquals(q0.answer().fullText(), report.items().get(0).modelAnswer());
        List<String> missedLabels = expected.concepts().stream()
                .filter(c -> c.isMissing()).map(c -> c.label()).toList();
        assertEquals(missedLabels, report.items().get(0).conceptsMissed());
        var second = dev.latent.scoring.Grader.compile(exam.questions().get(1).question());
        long expectedConcepts = second.rubric().concepts().stream().filter(c -> second.isExpected(c.id())).count();
        assertEquals(expectedConcepts, report.items().get(1).conceptsMissed().size(),
                "an empty answer misses every concept the model answer states");
    }

    @Test
    void checkingOneQuestionShowsItsGradeAndLocksItsAnswer() {
        ExamPlan plan = new ExamPlan(new ExamPlan.All(), 2, 3, null);
        ExamSession exam = new ExamSession(plan, plan.pick(List.of(deck)), clock);
        Question q0 = exam.questions().get(0).question();
        exam.setAnswer(0, sample(q0, 1));
        Optional<ScoreResult> checked = exam.check(0);
        assertEquals(Grader.compile(q0).score(sample(q0, 1)).score(), checked.orElseThrow().score());
        assertTrue(exam.isChecked(0));
        assertFalse(exam.isChecked(1), "feedback is per question");
        assertFalse(exam.setAnswer(0, sample(q0, 4)), "after seeing the model answer the answer is locked");
        assertTrue(exam.setAnswer(1, "something"));
        ExamReport report = exam.finish();
        assertTrue(report.items().get(0).checkedDuringExam());
        assertFalse(report.items().get(1).checkedDuringExam());
        assertEquals(sample(q0, 1), report.items().get(0).answer());
    }

    @Test
    void whenTimeIsUpTheAnswersAreSubmittedAsGiven() {
        ExamPlan plan = new ExamPlan(new ExamPlan.All(), 3, 5, Duration.ofMinutes(10));
        ExamSession exam = new ExamSession(plan, plan.pick(List.of(deck)), clock);
        assertEquals(Optional.of(Duration.ofMinutes(10)), exam.remaining());
        exam.setAnswer(0, "an encoder and a decoder");
        clock.advance(Duration.ofMinutes(9).plusSeconds(30));
        assertEquals(Optional.of(Duration.ofSeconds(30)), exam.remaining());
        assertFalse(exam.isTimeUp());
        clock.advance(Duration.ofMinutes(2));
        assertTrue(exam.isTimeUp());
        assertEquals(Optional.of(Duration.ZERO), exam.remaining(), "never negative");
        assertFalse(exam.setAnswer(1, "late"), "no answers after the deadline");
        ExamReport report = exam.finish();
        assertTrue(report.timedOut());
        assertEquals(Instant.parse("2026-03-02T09:10:00Z"), report.finishedAt(), "finished at the deadline");
        assertEquals("an encoder and a decoder", report.items().get(0).answer());
        assertEquals("", report.items().get(1).answer());
        assertTrue(report.timingText(ZoneOffset.UTC).contains("10 min of 10 min"), report.timingText(ZoneOffset.UTC));
        assertTrue(report.timingText(ZoneOffset.UTC).contains("time ran out"));
    }

    @Test
    void refusesAnEmptySelectionAndNonsensePlans() {
        ExamPlan plan = new ExamPlan(new ExamPlan.WithTag("no-such-tag"), 3, 1, null);
        assertThrows(IllegalArgumentException.class, () -> new ExamSession(plan, plan.pick(List.of(deck)), clock));
        assertThrows(IllegalArgumentException.class, () -> new ExamPlan(new ExamPlan.All(), 0, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new ExamPlan(new ExamPlan.All(), 1, 1, Duration.ZERO));
    }
}
