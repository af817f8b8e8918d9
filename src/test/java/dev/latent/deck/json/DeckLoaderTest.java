package dev.latent.deck.json;

import dev.latent.deck.Concept;
import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;
import dev.latent.deck.DeckProblem;
import dev.latent.deck.Misconception;
import dev.latent.deck.Question;
import dev.latent.deck.SampleAnswer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class DeckLoaderTest {

    /** A small valid deck; each line is numbered in the comments of the tests that point into it. */
    public static final String VALID = String.join("\n",
            "{",                                                        // 1
            "  \"$schema\": \"./deck.schema.json\",",                    // 2
            "  \"id\": \"tiny\",",                                       // 3
            "  \"title\": \"Tiny deck\",",                               // 4
            "  \"questions\": [",                                        // 5
            "    {",                                                     // 6
            "      \"id\": \"q1\",",                                     // 7
            "      \"prompt\": \"What is a VAE?\",",                     // 8
            "      \"answer\": {\"intro\": \"A generative autoencoder.\", \"points\": [\"It samples codings.\"]},", // 9
            "      \"tags\": [\"vae\"],",                                // 10
            "      \"rubric\": {",                                       // 11
            "        \"concepts\": [",                                   // 12
            "          {\"id\": \"gen\", \"label\": \"Generative\", \"weight\": 2, \"required\": true, \"phrasings\": [\"generative\", \"generates new data\"]}", // 13
            "        ],",                                                // 14
            "        \"misconceptions\": [",                             // 15
            "          {\"id\": \"cls\", \"label\": \"A classifier\", \"phrasings\": [\"classifier\"]}", // 16
            "        ]",                                                 // 17
            "      },",                                                  // 18
            "      \"samples\": [{\"answer\": \"It generates new data.\", \"grade\": 3}]", // 19
            "    }",                                                     // 20
            "  ]",                                                       // 21
            "}");                                                        // 22

    private static Deck parse(String json) throws DeckException {
        return DeckLoader.parse(json.getBytes(StandardCharsets.UTF_8), "decks/tiny.json");
    }

    private static DeckProblem onlyProblem(String json) {
        DeckException e = assertThrows(DeckException.class, () -> parse(json));
        assertEquals(1, e.problems().size(), () -> "expected one problem, got " + e.problems());
        return e.problems().get(0);
    }

    private static void assertProblem(DeckProblem problem, int line, int column, String field, String messageStart) {
        assertEquals("decks/tiny.json", problem.file());
        assertEquals(line, problem.line(), () -> "line of " + problem);
        assertEquals(column, problem.column(), () -> "column of " + problem);
        assertEquals(field, problem.field(), () -> "field of " + problem);
        assertTrue(problem.message().startsWith(messageStart), () -> "message of " + problem);
    }

    @Test
    void loadsAValidDeckIntoTheModel() throws DeckException {
        Deck deck = parse(VALID);
        assertEquals("tiny", deck.id());
        assertEquals("Tiny deck", deck.title());
        assertEquals("decks/tiny.json", deck.source());
        Question q = deck.questions().get(0);
        assertEquals(List.of(q.id()), deck.questionIds());
        assertEquals("What is a VAE?", q.prompt());
        assertEquals("A generative autoencoder.", q.answer().intro());
        assertEquals(List.of("It samples codings."), q.answer().points());
        assertEquals(List.of("vae"), q.tags());
        Concept concept = q.rubric().concepts().get(0);
        assertEquals(2.0, concept.weight());
        assertTrue(concept.required());
        assertTrue(concept.anyOrder(), "a concept's words may come in any order unless it says otherwise");
        assertEquals(List.of("generative", "generates new data"), concept.phrasings());
        Misconception misconception = q.rubric().misconceptions().get(0);
        assertEquals(Misconception.DEFAULT_PENALTY, misconception.penalty());
        assertFalse(misconception.anyOrder(), "a misconception's words keep their order unless it says otherwise");
        Concept ordered = parse(VALID.replace("\"required\": true", "\"required\": true, \"anyOrder\": false"))
                .questions().get(0).rubric().concepts().get(0);
        assertFalse(ordered.anyOrder());
        assertEquals(new SampleAnswer("It generates new data.", 3, ""), q.samples().get(0));
    }

    @Test
    void problemsPrintAsFileLineColumnFieldMessage() {
        DeckProblem problem = onlyProblem(VALID.replace("\"weight\": 2", "\"weight\": -1"));
        assertEquals("decks/tiny.json:13:58: questions[0].rubric.concepts[0].weight: weight must be greater than 0, was -1",
                problem.toString());
    }

    @Test
    void invalidJson() {
        DeckProblem problem = onlyProblem(VALID.replace("\"title\": \"Tiny deck\",", "\"title\": \"Tiny deck\""));
        assertProblem(problem, 5, 3, "", "invalid JSON: Unexpected character ('\"'");
    }

    @Test
    void truncatedJson() {
        DeckProblem problem = onlyProblem(VALID.substring(0, VALID.indexOf("\"tags\"")));
        assertTrue(problem.message().startsWith("invalid JSON: Unexpected end-of-input"), problem::toString);
        assertEquals(10, problem.line());
    }

    @Test
    void unclosedListIsExplainedWithoutParserJargon() {
        DeckProblem problem = onlyProblem("{\"id\": \"x\", \"questions\": [}");
        assertEquals("decks/tiny.json:1:27: invalid JSON: Unexpected close marker '}': expected ']'"
                + " (for Array starting at line 1, column 26)", problem.toString());
        assertEquals("1:27: invalid JSON: Unexpected close marker '}': expected ']'"
                + " (for Array starting at line 1, column 26)", problem.withoutFile());
    }

    @Test
    void emptyFile() {
        assertProblem(onlyProblem(""), 0, 0, "", "the file is empty");
    }

    @Test
    void notUtf8() {
        byte[] latin1 = VALID.replace("What is a VAE?", "Qu'est-ce qu'un réseau?").getBytes(StandardCharsets.ISO_8859_1);
        DeckException e = assertThrows(DeckException.class, () -> DeckLoader.parse(latin1, "decks/tiny.json"));
        DeckProblem problem = e.problems().get(0);
        assertProblem(problem, 8, 35, "", "not valid UTF-8 (byte 0xE9");
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws DeckException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        assertEquals("tiny", DeckLoader.parse(withBom, "decks/tiny.json").id());
    }

    @Test
    void unknownFieldIsNamedWithWhatIsAllowed() {
        DeckProblem problem = onlyProblem(VALID.replace("\"tags\": [\"vae\"],", "\"tagz\": [\"vae\"],"));
        assertProblem(problem, 10, 7, "questions[0].tagz", "unknown field \"tagz\"; allowed here: answer, answerImage, id, prompt, promptImage, rubric, samples, tags");
    }

    @Test
    void wrongTypeNumberAsText() {
        DeckProblem problem = onlyProblem(VALID.replace("\"weight\": 2", "\"weight\": \"2\""));
        assertProblem(problem, 13, 58, "questions[0].rubric.concepts[0].weight", "wrong type: expected a number");
    }

    @Test
    void wrongTypeObjectWhereListExpected() {
        DeckProblem problem = onlyProblem(VALID.replace("\"tags\": [\"vae\"]", "\"tags\": \"vae\""));
        assertProblem(problem, 10, 15, "questions[0].tags", "wrong type: expected a list");
    }

    @Test
    void wrongTypeFractionalGrade() {
        DeckProblem problem = onlyProblem(VALID.replace("\"grade\": 3", "\"grade\": 2.5"));
        assertProblem(problem, 19, 65, "questions[0].samples[0].grade", "wrong type: expected a whole number");
    }

    @Test
    void wrongTypeBoolean() {
        DeckProblem problem = onlyProblem(VALID.replace("\"required\": true", "\"required\": \"yes\""));
        assertProblem(problem, 13, 73, "questions[0].rubric.concepts[0].required", "wrong type: expected true or false");
    }

    @Test
    void missingPrompt() {
        DeckProblem problem = onlyProblem(VALID.replace("\"prompt\": \"What is a VAE?\",", ""));
        assertProblem(problem, 6, 5, "questions[0].prompt", "missing required field \"prompt\"");
    }

    @Test
    void blankPrompt() {
        DeckProblem problem = onlyProblem(VALID.replace("What is a VAE?", "   "));
        assertProblem(problem, 8, 17, "questions[0].prompt", "must not be empty");
    }

    @Test
    void missingAnswer() {
        DeckProblem problem = onlyProblem(VALID.replace(
                "\"answer\": {\"intro\": \"A generative autoencoder.\", \"points\": [\"It samples codings.\"]},", ""));
        assertProblem(problem, 6, 5, "questions[0].answer", "missing required field \"answer\"");
    }

    @Test
    void emptyAnswer() {
        DeckProblem problem = onlyProblem(VALID.replace(
                "{\"intro\": \"A generative autoencoder.\", \"points\": [\"It samples codings.\"]}", "{\"points\": []}"));
        assertProblem(problem, 9, 17, "questions[0].answer", "the answer is empty");
    }

    @Test
    void duplicateQuestionIds() {
        String second = "    {\"id\": \"q1\", \"prompt\": \"Again?\", \"answer\": {\"intro\": \"Yes.\"}}";
        DeckProblem problem = onlyProblem(VALID.replace("    }\n  ]", "    },\n" + second + "\n  ]"));
        assertProblem(problem, 21, 12, "questions[1].id", "duplicate question id \"q1\" (first used at line 7)");
    }

    @Test
    void duplicateConceptIdsWithinARubric() {
        DeckProblem problem = onlyProblem(VALID.replace("{\"id\": \"cls\"", "{\"id\": \"gen\""));
        assertProblem(problem, 16, 18, "questions[0].rubric.misconceptions[0].id", "duplicate rubric entry id \"gen\"");
    }

    @Test
    void duplicateJsonKeys() {
        DeckProblem problem = onlyProblem(VALID.replace("\"id\": \"tiny\",", "\"id\": \"tiny\", \"id\": \"tiny2\","));
        assertProblem(problem, 3, 21, "", "invalid JSON: Duplicate field 'id'");
    }

    @Test
    void conceptWithNoPhrasing() {
        DeckProblem problem = onlyProblem(VALID.replace("[\"generative\", \"generates new data\"]", "[]"));
        assertProblem(problem, 13, 92, "questions[0].rubric.concepts[0].phrasings", "no phrasings");
    }

    @Test
    void conceptWithoutPhrasingsField() {
        DeckProblem problem = onlyProblem(VALID.replace(", \"phrasings\": [\"generative\", \"generates new data\"]", ""));
        assertProblem(problem, 13, 11, "questions[0].rubric.concepts[0].phrasings", "no phrasings");
    }

    @Test
    void conceptWithBlankPhrasing() {
        DeckProblem problem = onlyProblem(VALID.replace("\"generates new data\"", "\" \""));
        assertProblem(problem, 13, 107, "questions[0].rubric.concepts[0].phrasings[1]", "must not be empty");
    }

    @Test
    void zeroWeight() {
        DeckProblem problem = onlyProblem(VALID.replace("\"weight\": 2", "\"weight\": 0"));
        assertProblem(problem, 13, 58, "questions[0].rubric.concepts[0].weight", "weight must be greater than 0, was 0");
    }

    @Test
    void negativePenalty() {
        DeckProblem problem = onlyProblem(VALID.replace("\"label\": \"A classifier\",", "\"label\": \"A classifier\", \"penalty\": -0.5,"));
        assertProblem(problem, 16, 61, "questions[0].rubric.misconceptions[0].penalty", "penalty must be greater than 0, was -0.5");
    }

    @Test
    void gradeOutOfRange() {
        DeckProblem problem = onlyProblem(VALID.replace("\"grade\": 3", "\"grade\": 5"));
        assertProblem(problem, 19, 65, "questions[0].samples[0].grade", "grade must be 0-4, was 5");
    }

    @Test
    void badIdCharacters() {
        DeckProblem problem = onlyProblem(VALID.replace("\"id\": \"q1\"", "\"id\": \"q 1/x\""));
        assertProblem(problem, 7, 13, "questions[0].id", "id \"q 1/x\" must be 1-100 letters");
    }

    @Test
    void noQuestions() {
        String json = VALID.substring(0, VALID.indexOf("\"questions\"")) + "\"questions\": []\n}";
        assertProblem(onlyProblem(json), 5, 16, "questions", "a deck needs at least one question");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String json = VALID.replace("\"weight\": 2", "\"weight\": 0").replace("\"grade\": 3", "\"grade\": 9")
                .replace("\"title\": \"Tiny deck\",", "");
        DeckException e = assertThrows(DeckException.class, () -> parse(json));
        assertEquals(List.of("title", "questions[0].rubric.concepts[0].weight", "questions[0].samples[0].grade"),
                e.problems().stream().map(DeckProblem::field).toList());
    }

    @Test
    void loadNamesTheFileAndRefusesMissingFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiny.json");
        Files.writeString(file, VALID);
        assertEquals(file.toString(), DeckLoader.load(file).source());
        DeckException e = assertThrows(DeckException.class, () -> DeckLoader.load(dir.resolve("gone.json")));
        assertTrue(e.getMessage().startsWith(dir.resolve("gone.json") + ": cannot read file"), e::getMessage);
    }
}
