package dev.latent.exam;

import dev.latent.scoring.CompiledRubric;
import dev.latent.scoring.Grader;
import dev.latent.scoring.ScoreResult;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A practice exam being taken: typed answers to each question, in any order, until the learner finishes or the
 * time runs out. Feedback waits for the report, unless the learner checks one question, which grades it at once
 * and locks its answer (the model answer has been seen). Time comes from the clock passed in; once the deadline
 * has passed, answers can no longer change and {@link #finish()} submits them as given.
 */
public final class ExamSession {

    private final ExamPlan plan;
    private final List<ExamQuestion> questions;
    private final Clock clock;
    private final Instant startedAt;
    private final String[] answers;
    private final boolean[] checked;
    private final java.util.Map<Integer, Optional<ScoreResult>> checkedScores = new java.util.HashMap<>();
    private final Map<String, CompiledRubric> rubrics = new HashMap<>();
    private ExamReport report;

    public ExamSession(ExamPlan plan, List<ExamQuestion> questions, Clock clock) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.questions = List.copyOf(questions);
        this.clock = Objects.requireNonNull(clock, "clock");
        if (this.questions.isEmpty()) throw new IllegalArgumentException("no questions match this exam's selection");
        this.startedAt = clock.instant();
        this.answers = new String[this.questions.size()];
        Arrays.fill(answers, "");
        this.checked = new boolean[this.questions.size()];
    }

    public ExamPlan plan() {
        return plan;
    }

    public List<ExamQuestion> questions() {
        return questions;
    }

    public int size() {
        return questions.size();
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> deadline() {
        return plan.optionalTimeLimit().map(startedAt::plus);
    }

    /** Time left, never negative; empty when untimed. */
    public Optional<Duration> remaining() {
        Instant now = clock.instant();
        return deadline().map(d -> now.isBefore(d) ? Duration.between(now, d) : Duration.ZERO);
    }

    public boolean isTimeUp() {
        return deadline().map(d -> !clock.instant().isBefore(d)).orElse(false);
    }

    public boolean isFinished() {
        return report != null;
    }

    public String answer(int index) {
        return answers[checkIndex(index)];
    }

    /** Whether the answer can still change: not checked, not finished, time not up. */
    public boolean isEditable(int index) {
        return !checked[checkIndex(index)] && report == null && !isTimeUp();
    }

    /**
     * Keeps the typed answer.
     *
     * @return false, and nothing kept, when the answer can no longer change ({@link #isEditable})
     */
    public boolean setAnswer(int index, String text) {
        if (!isEditable(index)) return false;
        answers[index] = text == null ? "" : text;
        return true;
    }

    /** The positions (0-based) of questions whose answer is still blank, in order. */
    public List<Integer> unanswered() {
        List<Integer> blank = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            if (answers[i].isBlank()) blank.add(i);
        }
        return blank;
    }

    public boolean isChecked(int index) {
        return checked[checkIndex(index)];
    }

    /**
     * Turns feedback on for one question: grades its answer now and locks it. Empty for a question without a
     * rubric (its model answer is still worth showing). Checking twice returns the same grade.
     */
    public Optional<ScoreResult> check(int index) {
        checkIndex(index);
        if (report == null) checked[index] = true;
        // A checked answer is locked: its grade is computed once, so showing the question again grades nothing.
        return checkedScores.computeIfAbsent(index, this::grade);
    }

    /** Grades every answer as it stands and ends the exam. Calling it again returns the same report. */
    public ExamReport finish() {
        if (report != null) return report;
        Instant now = clock.instant();
        boolean timedOut = isTimeUp();
        Instant finishedAt = timedOut && deadline().isPresent() && now.isAfter(deadline().get()) ? deadline().get() : now;
        List<ExamReport.Item> items = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            ExamQuestion q = questions.get(i);
            items.add(new ExamReport.Item(i, q.deck().title(), q.key(), q.question().prompt(), answers[i],
                    checked[i] ? check(i) : grade(i),
                    q.question().answer().fullText(), checked[i]));
        }
        List<dev.latent.deck.Deck> decks = questions.stream().map(ExamQuestion::deck).distinct().toList();
        report = new ExamReport(plan.selection().describe(decks), plan.selection().key(), startedAt, finishedAt, plan.timeLimit(), timedOut, items);
        return report;
    }

    private Optional<ScoreResult> grade(int index) {
        ExamQuestion q = questions.get(index);
        return q.question().optionalRubric().map(rubric ->
                rubrics.computeIfAbsent(q.key().toString(), k -> Grader.compile(q.question())).score(answers[index]));
    }

    private int checkIndex(int index) {
        if (index < 0 || index >= questions.size()) {
            throw new IndexOutOfBoundsException("question " + index + " of " + questions.size());
        }
        return index;
    }
}
