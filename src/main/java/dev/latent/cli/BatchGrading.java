package dev.latent.cli;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.deck.Rubric;
import dev.latent.interchange.TsvTable;
import dev.latent.scoring.CompiledRubric;
import dev.latent.scoring.Grader;
import dev.latent.scoring.ScoreResult;
import dev.latent.scoring.ScoringPolicy;
import dev.latent.scoring.draft.DraftedRubric;
import dev.latent.scoring.draft.PointDrafter;
import dev.latent.scoring.draft.ReferenceGrader;
import dev.latent.scoring.draft.RubricDrafter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades a table of answers: every input column passes through untouched and {@code score} and
 * {@code grade} are appended. All rows are checked before any is graded, so a bad file produces
 * error messages and no output at all rather than a silently truncated table.
 */
final class BatchGrading {

    static final String ANSWER = "answer";
    static final String QUESTION = "question";
    static final String REFERENCE = "reference";
    static final String SCORE = "score";
    static final String GRADE = "grade";
    static final String PROMPT = "prompt";

    /** A row the batch cannot grade, told with its line number. */
    static final class RowException extends Exception {
        RowException(String message) {
            super(message);
        }
    }

    /** Grades one answer of a row. */
    @FunctionalInterface
    interface Scorer {
        ScoreResult score(String answer);
    }

    /**
     * Where a row's grading comes from: a deck question's rubric ({@code question} column), or a rubric
     * drafted from a model answer ({@code reference} column, with an optional {@code prompt}).
     */
    interface RubricSource {
        /** Columns this source needs besides {@code answer}. */
        List<String> requiredColumns();

        Scorer scorerFor(TsvTable.Table table, TsvTable.Row row) throws RowException;
    }

    /** From the header: {@code question} grades against the deck; otherwise {@code reference} drafts a rubric. */
    static RubricSource sourceFor(TsvTable.Table table, Deck deck) {
        if (table.column(QUESTION) < 0 && table.column(REFERENCE) >= 0) return new ReferenceRubrics();
        return new DeckRubrics(deck);
    }

    /**
     * Rubrics drafted from each row's model answer, once per distinct reference and prompt. A short reference
     * (a sentence or two, as SemEval-2013's) is graded by the reference model trained on that data's train split
     * (see docs/semeval2013-report.md); a long one, made of points, by a rubric of one concept a point
     * ({@link PointDrafter}) and the engine's own scale.
     */
    static final class ReferenceRubrics implements RubricSource {
        private final Map<String, Scorer> drafted = new HashMap<>();
        private final ReferenceGrader grader = ReferenceGrader.bundled();

        @Override
        public List<String> requiredColumns() {
            return List.of(REFERENCE);
        }

        @Override
        public Scorer scorerFor(TsvTable.Table table, TsvTable.Row row) throws RowException {
            String reference = row.cells().get(table.column(REFERENCE));
            if (reference.isBlank()) throw new RowException("the reference answer is empty");
            int promptColumn = table.column(PROMPT);
            String prompt = promptColumn < 0 || row.cells().get(promptColumn).isBlank() ? null : row.cells().get(promptColumn);
            return drafted.computeIfAbsent(reference + '\u0000' + prompt, key -> scorerFor(reference, prompt));
        }

        private Scorer scorerFor(String reference, String prompt) {
            Rubric points = PointDrafter.isLong(reference) ? PointDrafter.draft(reference, prompt) : null;
            if (points != null) return Grader.compile(points, prompt, reference, ScoringPolicy.DEFAULT)::score;
            DraftedRubric draft = RubricDrafter.prepare(reference, prompt);
            return answer -> grader.grade(draft, answer).asScoreResult();
        }
    }

    /** Rubrics of a deck's questions, by id or 1-based position, compiled once each. */
    static final class DeckRubrics implements RubricSource {
        private final Deck deck;
        private final Map<String, CompiledRubric> compiled = new HashMap<>();

        DeckRubrics(Deck deck) {
            this.deck = deck;
        }

        @Override
        public List<String> requiredColumns() {
            return List.of(QUESTION);
        }

        @Override
        public Scorer scorerFor(TsvTable.Table table, TsvTable.Row row) throws RowException {
            String selector = row.cells().get(table.column(QUESTION));
            Question question;
            try {
                question = DeckArgument.question(deck, selector);
            } catch (CommandFailure e) {
                throw new RowException(e.getMessage());
            }
            if (question.rubric() == null) throw new RowException("question " + question.id() + " has no rubric to grade with");
            return compiled.computeIfAbsent(question.id(), id -> Grader.compile(question))::score;
        }
    }

    /** The graded table, or the list of problems (each naming its line) when any row cannot be graded. */
    record Outcome(List<String> lines, List<String> errors) {
    }

    static Outcome grade(String source, TsvTable.Table table, RubricSource rubrics) {
        List<String> errors = new ArrayList<>();
        if (table.header().isEmpty()) {
            return new Outcome(List.of(), List.of(source + ":1: empty file; expected a header row with columns "
                    + String.join(", ", needed(rubrics))));
        }
        for (String column : needed(rubrics)) {
            if (table.column(column) < 0) {
                errors.add(source + ":1: missing column \"" + column + "\" in header (" + String.join(", ", table.header()) + ")");
            }
        }
        if (table.column(QUESTION) >= 0 && table.column(REFERENCE) >= 0) {
            errors.add(source + ":1: both a \"question\" and a \"reference\" column: keep the one to grade against"
                    + " (question: the deck's rubric; reference: a rubric drafted from that model answer)");
        }
        if (!errors.isEmpty()) return new Outcome(List.of(), errors);

        int width = table.header().size();
        int answerColumn = table.column(ANSWER);
        List<Scorer> rowRubrics = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            if (row.cells().size() != width) {
                errors.add(source + ":" + row.line() + ": expected " + width + " tab-separated columns, found " + row.cells().size());
                rowRubrics.add(null);
                continue;
            }
            try {
                rowRubrics.add(rubrics.scorerFor(table, row));
            } catch (RowException e) {
                errors.add(source + ":" + row.line() + ": " + e.getMessage());
                rowRubrics.add(null);
            }
        }
        if (!errors.isEmpty()) return new Outcome(List.of(), errors);

        List<String> lines = new ArrayList<>(table.rows().size() + 1);
        List<String> header = new ArrayList<>(table.header());
        // A table graded before (this command's own output) has its score and grade replaced, not a second pair added.
        int scoreColumn = table.column(SCORE);
        int gradeColumn = table.column(GRADE);
        if (scoreColumn < 0) {
            scoreColumn = header.size();
            header.add(SCORE);
        }
        if (gradeColumn < 0) {
            gradeColumn = header.size();
            header.add(GRADE);
        }
        lines.add(TsvTable.line(header));
        for (int i = 0; i < table.rows().size(); i++) {
            TsvTable.Row row = table.rows().get(i);
            ScoreResult result = rowRubrics.get(i).score(row.cells().get(answerColumn));
            List<String> cells = new ArrayList<>(row.cells());
            while (cells.size() < header.size()) cells.add("");
            cells.set(scoreColumn, Integer.toString(result.score()));
            cells.set(gradeColumn, Integer.toString(result.grade()));
            lines.add(TsvTable.line(cells));
        }
        return new Outcome(lines, List.of());
    }

    private static List<String> needed(RubricSource rubrics) {
        List<String> columns = new ArrayList<>(rubrics.requiredColumns());
        columns.add(ANSWER);
        return columns;
    }
}
