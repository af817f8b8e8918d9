package dev.latent.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;
import dev.latent.deck.Question;
import dev.latent.interchange.TsvTable;
import dev.latent.study.RatingThresholds;
import dev.latent.scoring.ConceptResult;
import dev.latent.scoring.ConceptStatus;
import dev.latent.scoring.Evidence;
import dev.latent.scoring.Grader;
import dev.latent.scoring.MisconceptionResult;
import dev.latent.scoring.ScoreFlag;
import dev.latent.scoring.ScoreResult;
import dev.latent.scoring.ScoringPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * {@code latent grade}: grades one typed answer against a question's rubric and explains the grade, or
 * grades a TSV file of answers ({@code --batch}).
 */
@Command(name = GradeCommand.NAME, mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Grade a typed answer against a question's rubric and explain the grade.",
                "Batch: --batch IN.tsv writes the table with score and grade added; other columns pass through.",
                "  Columns: question (id or 1-based position) and answer, or reference (a model answer, graded with a",
                "  rubric drafted from it), optional prompt, and answer."})
final class GradeCommand implements Callable<Integer> {

    static final String NAME = "grade";

    /** Where the answer is read from when it is not given as an argument; tests replace it. */
    static InputStream stdin = System.in;

    @Spec
    CommandSpec spec;

    @Option(names = "--deck", paramLabel = "DECK.json",
            description = "Deck file. Default: the bundled deck " + DeckArgument.DEFAULT_DECK + ".")
    Path deck;

    @Option(names = {"-q", "--question"}, paramLabel = "ID_OR_POSITION", description = "Question id, or 1-based position in the deck.")
    String question;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--batch", paramLabel = "IN.tsv", description = "Grade every row of a TSV file; the result goes to standard output.")
    Path batch;

    @Parameters(paramLabel = "ANSWER", arity = "0..1", description = {"The answer text. Read from standard input when absent.",
                    "Text starting with '-' (a bulleted answer) is the answer; put -- before an answer that starts"
                            + " with one of the options above."})
    String answer;

    /** One word that begins with a dash: an option, not an answer (unless it comes after "--"). */
    private static final Pattern LOOKS_LIKE_AN_OPTION = Pattern.compile("--?[A-Za-z][\\w-]*");

    /** The most an answer read from standard input may be; more is surely not a typed answer. */
    static final int MAX_STDIN_BYTES = 1024 * 1024;

    @Override
    public Integer call() throws DeckException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        Grader.warmUpInBackground(); // Lucene's start-up overlaps with reading the deck
        Deck loaded = DeckArgument.fileOrDefault(deck);
        if (batch != null) {
            gradeBatch(loaded, out);
        } else {
            gradeOne(loaded, out);
        }
        out.flush();
        return CliErrors.OK;
    }

    private void gradeOne(Deck loaded, PrintWriter out) throws IOException {
        if (question == null) {
            throw new CliErrors.UsageError(spec.commandLine(), "say which question with --question ID_OR_POSITION (or use --batch)");
        }
        Question target = DeckArgument.question(loaded, question);
        if (target.rubric() == null) {
            throw CommandFailure.of("question " + target.id() + " has no rubric, so typed answers cannot be graded");
        }
        if (answer != null && LOOKS_LIKE_AN_OPTION.matcher(answer).matches()
                && !spec.commandLine().getParseResult().originalArgs().contains("--")) {
            // A mistyped option ("--jsn") would otherwise be graded as the answer; a bulleted answer has spaces.
            throw new CliErrors.UsageError(spec.commandLine(), "unknown option '" + answer
                    + "'; to grade an answer that starts with '-', put -- before it");
        }
        String text = answer != null ? answer : readStdin();
        ScoreResult result = Grader.compile(target).score(text);
        if (json) {
            out.println(toJson(loaded, target, text, result));
        } else {
            out.print(explain(loaded, target, text, result));
        }
    }

    /** The answer on standard input, refused whole (not cut) when it is larger than {@link #MAX_STDIN_BYTES}. */
    static String readStdin() throws IOException {
        byte[] bytes = stdin.readNBytes(MAX_STDIN_BYTES + 1);
        if (bytes.length > MAX_STDIN_BYTES) {
            throw CommandFailure.of("the answer on standard input is larger than " + MAX_STDIN_BYTES / (1024 * 1024)
                    + " MB; grade a file of answers with --batch instead");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private void gradeBatch(Deck loaded, PrintWriter out) {
        if (question != null || answer != null || json) {
            throw new CliErrors.UsageError(spec.commandLine(),
                    "--batch takes the questions and answers from the file; drop --question, --json and ANSWER");
        }
        String text;
        try {
            text = TsvTable.readFile(batch);
        } catch (IOException e) {
            throw CommandFailure.of("cannot read " + batch + ": " + e.getMessage());
        }
        TsvTable.Table table;
        try {
            table = TsvTable.parse(text);
        } catch (TsvTable.TsvException e) {
            throw CommandFailure.verbatim(batch + ":" + e.line() + ": " + e.getMessage(),
                    "grade: nothing written: fix the file and run again");
        }
        BatchGrading.Outcome outcome = BatchGrading.grade(batch.toString(), table, BatchGrading.sourceFor(table, loaded));
        if (!outcome.errors().isEmpty()) {
            List<String> lines = new ArrayList<>(outcome.errors());
            lines.add("grade: nothing written: fix the rows above and run again");
            throw CommandFailure.verbatim(lines);
        }
        for (String line : outcome.lines()) out.println(line);
    }

    // ------------------------------------------------------------------------------------------------

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    static String toJson(Deck deck, Question question, String answer, ScoreResult result) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("deck", deck.id());
        root.put("question", question.id());
        root.put("answer", answer);
        ObjectNode body = JSON.valueToTree(result);
        // Only a rubric with few phrasings a concept has a model-answer part: no null field for the others.
        if (result.modelAnswer() == null) body.remove("modelAnswer");
        root.setAll(body);
        // The rating the reviewer would suggest for this score (default thresholds), as the reviewer shows it.
        root.put("suggestedRating", RatingThresholds.DEFAULT.ratingFor(result.score()).name());
        return JSON.writeValueAsString(root);
    }

    static String explain(Deck deck, Question question, String answer, ScoreResult result) {
        StringBuilder out = new StringBuilder();
        int position = deck.questions().indexOf(question) + 1;
        out.append(String.format(Locale.ROOT, "Question %s (%d/%d): %s%n", question.id(), position, deck.size(), question.prompt()));
        out.append(String.format(Locale.ROOT, "Score %d/100   grade %d/4   suggested rating %s%n", result.score(), result.grade(),
                RatingThresholds.DEFAULT.ratingFor(result.score()).label()));
        out.append(String.format(Locale.ROOT, "Credit %s of %s weight, %s penalty%n", number(result.earned()),
                number(result.possible()), number(result.penalty())));
        if (result.modelAnswer() != null) {
            boolean words = result.modelAnswer().reading() == ScoreResult.ModelAnswerPart.Reading.WORDS;
            out.append(String.format(Locale.ROOT, "Model answer%s %d/100, %d%% of the score (%s)%n",
                    words ? "'s words said" : " covered", result.modelAnswer().score(),
                    Math.round(100 * result.modelAnswer().share()), words
                            ? "a rubric drafted from the model answer also counts how many of its words the answer says"
                            : "a rubric with few phrasings a concept also reads the model answer"));
        }
        out.append("\nConcepts\n");
        for (ConceptResult concept : result.concepts()) {
            out.append(String.format(Locale.ROOT, "  %-8s %s (weight %s%s)", concept.status(), concept.label(),
                    number(concept.weight()), concept.alsoAccepted() ? ", also accepted: not in the model answer"
                            : concept.required() ? ", required" : ""));
            Evidence evidence = concept.evidence();
            if (evidence != null) {
                out.append(String.format(Locale.ROOT, ": \"%s\" at %d-%d, phrasing \"%s\"", oneLine(evidence.text()),
                        evidence.start(), evidence.end(), evidence.phrasing()));
                if (evidence.negation() != null) {
                    out.append(concept.status() == ConceptStatus.NEGATED ? ", negated by \"" : ", with \"")
                            .append(evidence.negation().of(answer)).append('"');
                }
                if (evidence.typo()) out.append(", typo tolerated");
            }
            if (concept.contradicted()) out.append("  [also negated or contradicted elsewhere]");
            out.append('\n');
        }
        out.append("\nMisconceptions\n");
        if (result.misconceptions().isEmpty()) out.append("  none\n");
        for (MisconceptionResult misconception : result.misconceptions()) {
            Evidence evidence = misconception.evidence();
            out.append(String.format(Locale.ROOT, "  -%s %s: \"%s\" at %d-%d%n", number(misconception.penalty()),
                    misconception.label(), oneLine(evidence.text()), evidence.start(), evidence.end()));
        }
        List<ScoreFlag> told = result.flagsToTell(); // no "at most 4", nor a list cap that took nothing: they limit nothing
        if (!told.isEmpty() || result.uncappedScore() != result.score()) {
            out.append("\nLimits\n");
            ScoringPolicy policy = ScoringPolicy.DEFAULT;
            for (ScoreFlag flag : told) {
                out.append("  ").append(switch (flag) {
                    case EMPTY_ANSWER -> "read as no answer (empty, \"I don't know\", or a guess of a word or two after it): score 0";
                    case REQUIRED_MISSING -> "a required concept is missing" + atMost(policy.requiredMissingMaxGrade());
                    case KEYWORD_LIST -> "a bare list of terms" + atMost(policy.keywordListMaxGrade());
                    case CONTRADICTION -> "affirms and negates the same concept"
                            + atMost(policy.contradictionMaxGrade());
                    case MISCONCEPTION -> "states a misconception" + atMost(policy.misconceptionMaxGrade());
                    case PART_UNANSWERED -> "a part of the question is unanswered"
                            + (result.unansweredParts().isEmpty() ? "" : " (" + String.join(" ", result.unansweredParts()) + ")")
                            + atMost(policy.partUnansweredMaxGrade());
                }).append('\n');
            }
            if (result.uncappedScore() != result.score()) {
                out.append("  score before limits: ").append(result.uncappedScore()).append('\n');
            }
        }
        return out.toString();
    }

    /** ": grade at most N", or nothing where the policy sets no limit. */
    private static String atMost(int maxGrade) {
        return maxGrade >= 4 ? "" : ": grade at most " + maxGrade;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
