package dev.latent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.scoring.Grader;
import dev.latent.scoring.ScoreResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.latent.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradeCommandTest {

    private static final Path DECK = Path.of(System.getProperty("latent.questions", "questions"), "autoencoders-gans.json");
    private static final String ANSWER = "Mode collapse: the generator produces only a few kinds of outputs. "
            + "Training is unstable and oscillates, and GANs are sensitive to hyperparameters.";

    @AfterEach
    void restoreStdin() {
        GradeCommand.stdin = System.in;
    }

    private static ScoreResult direct(String questionId, String answer) throws Exception {
        Deck deck = DeckLoader.load(DECK);
        return Grader.compile(deck.question(questionId).orElseThrow()).score(answer);
    }

    @Test
    void explainsTheGradeOfOneAnswer() throws Exception {
        CliRun run = run("grade", "--deck", DECK.toString(), "--question", "gan-training", ANSWER);
        assertEquals(0, run.exitCode(), run.err());
        ScoreResult expected = direct("gan-training", ANSWER);
        assertTrue(run.out().contains("Score " + expected.score() + "/100   grade " + expected.grade() + "/4"), run.out());
        assertTrue(run.out().contains("HIT      Mode collapse"), run.out());
        // The longest exact match is the evidence: "few kinds of outputs" says more than the name alone.
        assertTrue(run.out().contains("\"few kinds of outputs\" at 45-65, phrasing \"few kinds outputs\""), run.out());
        assertTrue(run.out().contains("MISSED   "), run.out());
        assertTrue(run.out().contains("suggested rating"), run.out());
    }

    @Test
    void aShortRubricSaysWhatPartOfTheScoreTheModelAnswerGave() throws Exception {
        // The psychology deck's rubrics list 3-6 phrasings a concept: about two fifths of the score reads the model
        // answer (a quarter its points, a quarter of the rest its words).
        String sparse = Path.of("eval", "transfer-set-6", "deck.json").toString();
        String answer = "We sleep so the body can repair itself and to consolidate memories.";
        CliRun text = run("grade", "--deck", sparse, "-q", "sleep", answer);
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Model answer covered "), text.out());
        assertTrue(text.out().matches("(?s).*Model answer covered \\d+/100, (3[5-9]|4[0-4])% of the score.*"), text.out());
        JsonNode json = new ObjectMapper().readTree(run("grade", "--deck", sparse, "-q", "sleep", "--json", answer).out());
        double share = json.get("modelAnswer").get("share").asDouble();
        assertTrue(share > 0.35 && share <= 0.4375, json.toString());
        assertTrue(json.get("modelAnswer").get("score").asInt() > 0, json.toString());
        assertEquals("POINTS", json.get("modelAnswer").get("reading").asText(), json.toString());
        // The bundled rubrics grade alone, and their JSON has no such field.
        JsonNode rich = new ObjectMapper().readTree(run("grade", "-q", "gan-training", "--json", ANSWER).out());
        assertTrue(rich.get("modelAnswer") == null, rich.toString());
        assertTrue(!run("grade", "-q", "gan-training", ANSWER).out().contains("Model answer covered"));
    }

    @Test
    void aRubricDraftedFromTheModelAnswerSaysItCountsTheModelAnswersWords(@TempDir Path dir) throws Exception {
        // The bundled deck with its first question's rubric as "Draft concepts" writes it.
        Deck deck = DeckLoader.load(DECK);
        var first = deck.questions().get(0);
        var drafted = dev.latent.deck.edit.DeckEdits.withRubric(first,
                dev.latent.scoring.draft.PointDrafter.draft(first.answer().fullText(), first.prompt()));
        Path file = dir.resolve("drafted.json");
        dev.latent.deck.json.DeckWriter.write(dev.latent.deck.edit.DeckEdits.withQuestions(deck,
                java.util.stream.Stream.concat(java.util.stream.Stream.of(drafted), deck.questions().stream().skip(1)).toList()), file);
        String answer = "They squeeze data into a small code and spot anomalies.";
        CliRun text = run("grade", "--deck", file.toString(), "-q", "1", answer);
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().matches("(?s).*Model answer's words said \\d+/100, 60% of the score \\(a rubric drafted from.*"),
                text.out());
        JsonNode json = new ObjectMapper().readTree(run("grade", "--deck", file.toString(), "-q", "1", "--json", answer).out());
        assertEquals("WORDS", json.get("modelAnswer").get("reading").asText(), json.toString());
        assertEquals(0.6, json.get("modelAnswer").get("share").asDouble(), 1e-9, json.toString());
    }

    @Test
    void limitsThatLimitNothingAreNotToldAsLimits() {
        // An explained list is flagged as a list, but that cap (grade 4) takes nothing: no "grade at most 4".
        CliRun list = run("grade", "-q", "ae-complete",
                "UC AE: code dim < input dim -> risk: loses info. OC AE: code dim > input dim -> risk: identity fn / overfit.");
        assertEquals(0, list.exitCode(), list.err());
        assertFalse(list.out().contains("grade at most 4"), list.out());
        assertFalse(list.out().contains("a bare list of terms"), list.out());
        // A list flag alone, which took nothing, leaves no empty "Limits" heading behind.
        CliRun onlyList = run("grade", "-q", "ae-tied-weights", "transpose, fewer parameters, less overfitting");
        assertFalse(onlyList.out().contains("Limits"), onlyList.out());
        // A cap that can bite still says its limit.
        CliRun missing = run("grade", "-q", "gan-training", "Training is unstable.");
        assertTrue(missing.out().contains("a required concept is missing: grade at most "), missing.out());
    }

    @Test
    void questionByPositionAndDefaultDeck() {
        CliRun byId = run("grade", "-q", "gan-training", ANSWER);
        CliRun byPosition = run("grade", "-q", "8", ANSWER);
        assertEquals(0, byId.exitCode(), byId.err());
        assertEquals(byId.out(), byPosition.out());
    }

    @Test
    void jsonOutputCarriesEvidenceOffsets() throws Exception {
        CliRun run = run("grade", "--deck", DECK.toString(), "-q", "gan-training", "--json", ANSWER);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        ScoreResult expected = direct("gan-training", ANSWER);
        assertEquals("gan-training", json.get("question").asText());
        assertEquals(expected.score(), json.get("score").asInt());
        assertEquals(expected.grade(), json.get("grade").asInt());
        assertEquals(dev.latent.study.RatingThresholds.DEFAULT.ratingFor(expected.score()).name(), json.get("suggestedRating").asText());
        JsonNode concept = json.get("concepts").get(0);
        assertEquals("mode-collapse", concept.get("id").asText());
        assertEquals("HIT", concept.get("status").asText());
        JsonNode evidence = concept.get("evidence");
        assertEquals(ANSWER.substring(evidence.get("start").asInt(), evidence.get("end").asInt()), evidence.get("text").asText());
        assertTrue(evidence.get("words").isArray());
    }

    @Test
    void readsTheAnswerFromStandardInputWhenAbsent() {
        GradeCommand.stdin = new ByteArrayInputStream(ANSWER.getBytes(StandardCharsets.UTF_8));
        CliRun fromStdin = run("grade", "-q", "gan-training", "--json");
        CliRun fromArgument = run("grade", "-q", "gan-training", "--json", ANSWER);
        assertEquals(0, fromStdin.exitCode(), fromStdin.err());
        assertEquals(fromArgument.out().replaceAll("\"answer\" : .*\n", ""), fromStdin.out().replaceAll("\"answer\" : .*\n", ""));
    }

    @Test
    void unknownQuestionIsAClearError() {
        CliRun run = run("grade", "-q", "no-such-question", "some answer");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("unknown question \"no-such-question\""), run.err());
        assertTrue(run.err().contains("gan-training"), run.err());
        assertEquals("", run.out());
        assertEquals(1, run("grade", "-q", "99", "x").exitCode());
    }

    @Test
    void emptyAnswerScoresZero() throws Exception {
        CliRun run = run("grade", "-q", "1", "--json", "   ");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, new ObjectMapper().readTree(run.out()).get("score").asInt());
    }

    @Test
    void batchAddsScoreAndGradeAndPassesOtherColumnsThrough(@TempDir Path dir) throws Exception {
        String answer2 = "Autoencoders compress data and remove noise.";
        Path in = dir.resolve("in.tsv");
        Files.writeString(in, "student\tquestion\tanswer\tnote\r\n"
                + "ann\tgan-training\t" + ANSWER + "\t first  \r\n"
                + "bob\t1\t" + answer2 + "\t\r\n", StandardCharsets.UTF_8);
        CliRun run = run("grade", "--batch", in.toString(), "--deck", DECK.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertEquals("student\tquestion\tanswer\tnote\tscore\tgrade", lines.get(0));
        ScoreResult first = direct("gan-training", ANSWER);
        ScoreResult second = direct("ae-tasks", answer2);
        assertEquals("ann\tgan-training\t" + ANSWER + "\t first  \t" + first.score() + "\t" + first.grade(), lines.get(1));
        assertEquals("bob\t1\t" + answer2 + "\t\t" + second.score() + "\t" + second.grade(), lines.get(2));
    }

    @Test
    void batchOnItsOwnOutputReplacesScoreAndGradeRatherThanAddingASecondPair(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.tsv");
        Files.writeString(in, "question\tscore\tanswer\tgrade\n1\t99\tAutoencoders remove noise.\t4\n", StandardCharsets.UTF_8);
        CliRun run = run("grade", "--batch", in.toString(), "--deck", DECK.toString());
        assertEquals(0, run.exitCode(), run.err());
        ScoreResult expected = direct("ae-tasks", "Autoencoders remove noise.");
        assertEquals(List.of("question\tscore\tanswer\tgrade",
                "1\t" + expected.score() + "\tAutoencoders remove noise.\t" + expected.grade()), run.out().lines().toList());
    }

    @Test
    void batchWithBothAQuestionAndAReferenceColumnIsRefused(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.tsv");
        Files.writeString(in, "question\treference\tanswer\n1\tThe salt stays.\tIt evaporates.\n", StandardCharsets.UTF_8);
        CliRun run = run("grade", "--batch", in.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains("both a \"question\" and a \"reference\" column"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void batchReferenceModeDraftsARubricFromTheModelAnswer(@TempDir Path dir) throws Exception {
        String reference = "The water evaporated, leaving the salt behind.";
        String prompt = "How did you separate the salt from the water?";
        Path in = dir.resolve("ref.tsv");
        Files.writeString(in, "id\treference\tprompt\tanswer\n"
                + "1\t" + reference + "\t" + prompt + "\tLet the water evaporate and the salt is left behind.\n"
                + "2\t" + reference + "\t" + prompt + "\tI saw a pinkish colour.\n"
                + "3\t" + reference + "\t\tThe water evaporated, leaving the salt.\n", StandardCharsets.UTF_8);
        CliRun run = run("grade", "--batch", in.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("id\treference\tprompt\tanswer\tscore\tgrade", lines.get(0));
        int[] scores = lines.stream().skip(1).mapToInt(l -> Integer.parseInt(l.split("\t")[4])).toArray();
        dev.latent.scoring.draft.ReferenceGrade expected = dev.latent.scoring.draft.ReferenceGrader.bundled()
                .grade(reference, prompt, "Let the water evaporate and the salt is left behind.");
        assertEquals(expected.score(), scores[0], "the same grade as the reference grader gives");
        assertTrue(scores[0] >= 60 && scores[2] >= 60, "right answers grade 3 or more: " + run.out());
        assertTrue(scores[1] < 60, "a wrong answer does not: " + run.out());
        assertTrue(lines.get(2).startsWith("2\t" + reference + "\t" + prompt + "\tI saw a pinkish colour.\t"), "columns pass through");
    }

    @Test
    void batchReferenceModeGradesALongReferencePointByPoint(@TempDir Path dir) throws Exception {
        // A model answer of several points, on several lines as a spreadsheet writes them (a quoted cell).
        String reference = "Autoencoders are used for:\n- Dimensionality reduction: compressing data into a small code.\n"
                + "- Anomaly detection: flagging inputs they reconstruct badly.\n- Denoising: cleaning noisy inputs.";
        String prompt = "What are the main tasks that autoencoders are used for?";
        Path in = dir.resolve("ref.tsv");
        String cell = "\"" + reference + "\"";
        Files.writeString(in, "reference\tprompt\tanswer\n"
                + cell + "\t" + prompt + "\tCompression into a small code, anomaly detection and cleaning noisy photos.\n"
                + cell + "\t" + prompt + "\tCompressing data.\n"
                + cell + "\t" + prompt + "\tThey are used for tasks.\n", StandardCharsets.UTF_8);
        CliRun run = run("grade", "--batch", in.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<List<String>> rows = dev.latent.interchange.TsvTable.parse(run.out()).rows().stream()
                .map(dev.latent.interchange.TsvTable.Row::cells).toList();
        var pointRubric = dev.latent.scoring.Grader.compile(dev.latent.scoring.draft.PointDrafter.draft(reference, prompt),
                prompt, reference, dev.latent.scoring.ScoringPolicy.DEFAULT);
        for (List<String> row : rows) {
            assertEquals(pointRubric.score(row.get(2)).score(), Integer.parseInt(row.get(3)), "graded by the point rubric: " + row);
        }
        int complete = Integer.parseInt(rows.get(0).get(4)), partial = Integer.parseInt(rows.get(1).get(4)),
                echo = Integer.parseInt(rows.get(2).get(4));
        assertTrue(complete >= 3, "all three points in other words: " + run.out());
        assertTrue(partial >= 1 && partial < complete, "one point of three: " + run.out());
        assertEquals(0, echo, "the question's own words: " + run.out());
    }

    @Test
    void batchReferenceModeRefusesAnEmptyReference(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("ref.tsv");
        Files.writeString(in, "reference\tanswer\n \tsomething\n", StandardCharsets.UTF_8);
        CliRun run = run("grade", "--batch", in.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(in + ":2: the reference answer is empty"), run.err());
    }

    @Test
    void batchRowErrorsNameTheLineAndWriteNothing(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("bad.tsv");
        Files.writeString(in, "question\tanswer\n"
                + "gan-training\tfine answer\n"
                + "gan-training\ttoo\tmany\n"
                + "nope\tunknown question\n", StandardCharsets.UTF_8);
        CliRun run = run("grade", "--batch", in.toString());
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains(in + ":3: expected 2 tab-separated columns, found 3"), run.err());
        assertTrue(run.err().contains(in + ":4: unknown question \"nope\""), run.err());
    }

    @Test
    void batchNeedsTheColumns(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("cols.tsv");
        Files.writeString(in, "q\tanswer\nx\ty\n", StandardCharsets.UTF_8);
        CliRun run = run("grade", "--batch", in.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(":1: missing column \"question\""), run.err());
        Path empty = dir.resolve("empty.tsv");
        Files.writeString(empty, "", StandardCharsets.UTF_8);
        assertEquals(1, run("grade", "--batch", empty.toString()).exitCode());
        assertEquals(1, run("grade", "--batch", dir.resolve("missing.tsv").toString()).exitCode());
    }

    private static CliRun batch(Path dir, String tsv) throws Exception {
        Path in = dir.resolve("in.tsv");
        Files.writeString(in, tsv, StandardCharsets.UTF_8);
        return run("grade", "--batch", in.toString());
    }

    @Test
    void batchSaysWhereAQuotedFieldIsLeftOpen(@TempDir Path dir) throws Exception {
        CliRun run = batch(dir, "question\tanswer\ngan-training\t\"an answer that never ends\ngan-training\tfine\n");
        run.assertCleanError();
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(dir.resolve("in.tsv") + ":2: a quoted field (starting with \") is never closed"), run.err());
    }

    @Test
    void batchExplainsTextAfterAClosingQuote(@TempDir Path dir) throws Exception {
        CliRun run = batch(dir, "question\tanswer\ngan-training\t\"quoted\" and more\n");
        run.assertCleanError();
        assertTrue(run.err().startsWith(dir.resolve("in.tsv") + ":2: text after the closing quote of a quoted field"), run.err());
    }

    @Test
    void batchRefusesAnEmptyFileNamingLineOne(@TempDir Path dir) throws Exception {
        CliRun run = batch(dir, "");
        run.assertCleanError();
        assertTrue(run.err().startsWith(dir.resolve("in.tsv") + ":1: empty file"), run.err());
    }

    @Test
    void batchBoundsFieldsColumnsAndRowsNamingTheLine(@TempDir Path dir) throws Exception {
        CliRun longField = batch(dir, "question\tanswer\ngan-training\tok\ngan-training\t" + "word ".repeat(5000) + "\n");
        longField.assertCleanError();
        assertTrue(longField.err().startsWith(dir.resolve("in.tsv") + ":3: field 2 has 25000 characters; a field holds at most 20000"),
                longField.err());

        CliRun tabs = batch(dir, "question\tanswer\ngan-training\t" + "\t".repeat(2_000_000) + "\n");
        tabs.assertCleanError();
        assertTrue(tabs.err().startsWith(dir.resolve("in.tsv") + ":2: more than 50 tab-separated columns"), tabs.err());

        CliRun rows = batch(dir, "question\tanswer\n" + "gan-training\tx\n".repeat(100_001));
        rows.assertCleanError();
        assertTrue(rows.err().startsWith(dir.resolve("in.tsv") + ":100002: more than 100000 rows"), rows.err());
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void batchRefusesDevicesAndHugeFilesWithoutReadingThem(@TempDir Path dir) throws Exception {
        if (Files.exists(Path.of("/dev/zero"))) {
            CliRun zero = run("grade", "--batch", "/dev/zero");
            zero.assertCleanError();
            assertEquals("grade: cannot read /dev/zero: is not a regular file (a device, pipe or socket)", zero.err().strip());
        }
        Path big = dir.resolve("big.tsv");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), dev.latent.interchange.TsvTable.MAX_FILE_BYTES + 1);
        }
        CliRun huge = run("grade", "--batch", big.toString());
        huge.assertCleanError();
        assertEquals("grade: cannot read " + big + ": larger than 16 MB; split the table", huge.err().strip());
    }

    @Test
    void rubricTestPrintsTheReportEndingWithTheOverallKappa() {
        CliRun run = run("rubric-test", DECK.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("overall QWK [01]\\.[0-9]{3}"), lines.get(lines.size() - 1));
        assertTrue(run.out().contains("gan-training"), run.out());
        assertTrue(run.out().contains("Worst disagreements"), run.out());
    }

    @Test
    void rubricTestFiguresOnlyNeverPrintsAnAnswer() {
        CliRun full = run("rubric-test", DECK.toString(), "--answers", "eval/dev-set/answers.tsv");
        CliRun figures = run("rubric-test", DECK.toString(), "--answers", "eval/dev-set/answers.tsv", "--figures-only");
        assertEquals(0, figures.exitCode(), figures.err());
        assertTrue(full.out().contains("Worst disagreements"), "the full report quotes answers");
        assertFalse(figures.out().contains("Worst disagreements"), figures.out());
        List<String> lines = figures.out().lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.startsWith("Answers: ") || l.startsWith("Rubric test: ") || l.startsWith("question ")
                || l.matches("[a-z-]+\\s+\\d+\\s+\\d+% .*") || l.startsWith("overall") || l.startsWith("warning: ")
                || l.startsWith("error: ") || l.isEmpty()), figures.out());
        assertEquals(full.out().lines().filter(l -> l.startsWith("overall ")).toList(),
                lines.stream().filter(l -> l.startsWith("overall ")).toList(), "the same figures");
    }

    @Test
    void rubricTestOnABrokenDeckFails(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ not json", StandardCharsets.UTF_8);
        CliRun run = run("rubric-test", broken.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("broken.json"), run.err());
    }

    @Test
    void anAnswerStartingWithADashIsTheAnswerNotAnUnknownOption() {
        String bulleted = "- dimensionality reduction - denoising";
        CliRun run = run("grade", "-q", "1", bulleted);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"dimensionality reduction\""), run.out());
        CliRun json = run("grade", "-q", "1", "--json", "--", "-q is my answer");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"answer\" : \"-q is my answer\""), json.out());
    }

    @Test
    void aMistypedOptionIsAnErrorNotAnAnswer() {
        CliRun typo = run("grade", "-q", "1", "--jsn");
        assertEquals(2, typo.exitCode(), typo.out());
        assertTrue(typo.err().contains("unknown option '--jsn'"), typo.err());
        CliRun meant = run("grade", "-q", "1", "--", "--jsn");
        assertEquals(0, meant.exitCode(), meant.err());
    }
}
