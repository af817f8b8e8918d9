package dev.latent.interchange;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.deck.SampleAnswer;
import dev.latent.scoring.RubricHarness.GradedAnswer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A set of graded answers to a deck's questions, as a TSV table with the columns {@code question} (a question id,
 * or its 1-based position), {@code answer} and {@code grade} (0-4); other columns are ignored. What
 * {@code rubric-test --answers} holds a deck's rubrics against, such as the blind set in {@code eval/blind-set}.
 */
public final class AnswerSetFile {

    private AnswerSetFile() {
    }

    /** Every row, or an exception naming each bad row by its line (nothing is returned from a file with one). */
    public static List<GradedAnswer> read(Path file, Deck deck) throws IOException, AnswerSetException {
        String text = TsvTable.readFile(file);
        TsvTable.Table table;
        try {
            table = TsvTable.parse(text);
        } catch (TsvTable.TsvException e) {
            throw new AnswerSetException(List.of(file + ":" + e.line() + ": " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        int questionColumn = table.column("question");
        int answerColumn = table.column("answer");
        int gradeColumn = table.column("grade");
        for (String needed : List.of("question", "answer", "grade")) {
            if (table.column(needed) < 0) {
                problems.add(file + ":1: missing column \"" + needed + "\" in header (" + String.join(", ", table.header()) + ")");
            }
        }
        if (!problems.isEmpty()) throw new AnswerSetException(problems);
        List<GradedAnswer> answers = new ArrayList<>();
        Map<String, Integer> perQuestion = new HashMap<>();
        int width = table.header().size();
        for (TsvTable.Row row : table.rows()) {
            String where = file + ":" + row.line() + ": ";
            if (row.cells().size() != width) {
                problems.add(where + "expected " + width + " columns, found " + row.cells().size());
                continue;
            }
            Question question = deck.questionByIdOrPosition(row.cells().get(questionColumn)).orElse(null);
            if (question == null) {
                problems.add(where + "unknown question \"" + row.cells().get(questionColumn) + "\": give an id ("
                        + deck.questions().stream().map(Question::id).collect(Collectors.joining(", ")) + ") or a position 1-"
                        + deck.size());
                continue;
            }
            String grade = row.cells().get(gradeColumn).strip();
            if (!grade.matches("[0-4]")) {
                problems.add(where + "grade must be a whole number " + SampleAnswer.MIN_GRADE + "-" + SampleAnswer.MAX_GRADE
                        + ", was \"" + grade + "\"");
                continue;
            }
            int index = perQuestion.merge(question.id(), 1, Integer::sum) - 1;
            answers.add(new GradedAnswer(question.id(), index, row.cells().get(answerColumn), Integer.parseInt(grade)));
        }
        if (!problems.isEmpty()) throw new AnswerSetException(problems);
        return answers;
    }

    /** The rows that cannot be read, one message each ({@code file:line: what}). */
    public static final class AnswerSetException extends Exception {
        private final List<String> problems;

        AnswerSetException(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
