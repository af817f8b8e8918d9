package dev.latent.scoring.draft;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckLoader;
import dev.latent.deck.Question;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled reference-grading model as a JSON document read by Jackson. */
class ReferenceModelJsonTest {

    private static final Path DECK = Path.of(System.getProperty("latent.questions", "questions"), "autoencoders-gans.json");

    /**
     * Figures recorded with the hand-written properties loader the JSON file replaced, on the same model: every
     * sample answer of the bundled deck graded against its question's model answer. Equal doubles, not close ones.
     */
    private static final String BEFORE = "/dev/latent/scoring/draft/reference-grades-before-json.tsv";

    @Test
    void gradesTheDecksSamplesExactlyAsThePropertiesFileDid() throws Exception {
        Deck deck = DeckLoader.load(DECK);
        ReferenceGrader grader = ReferenceGrader.bundled();
        List<String> rows = new ArrayList<>();
        for (Question question : deck.questions()) {
            DraftedRubric draft = RubricDrafter.prepare(question.answer().fullText(), question.prompt());
            for (int i = 0; i < question.samples().size(); i++) {
                ReferenceGrade g = grader.grade(draft, question.samples().get(i).answer());
                rows.add(String.join("\t", question.id(), String.valueOf(i), String.valueOf(g.score()), String.valueOf(g.grade()),
                        String.valueOf(g.correct()), g.verdict().toString(), String.valueOf(g.pCorrect()),
                        String.valueOf(g.pThreeWayCorrect()), String.valueOf(g.pContradictory()), String.valueOf(g.pIncorrect())));
            }
        }
        List<String> before;
        try (InputStream in = getClass().getResourceAsStream(BEFORE)) {
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }
        assertTrue(before.size() > 50, "the recorded figures cover the deck's samples");
        assertEquals(before, rows);
    }

    @Test
    void theBundledFileIsExactlyWhatTheWriterWrites() throws Exception {
        String file;
        try (InputStream in = ReferenceModel.class.getResourceAsStream(ReferenceModel.RESOURCE)) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ReferenceModel model = ReferenceModel.bundled();
        String about = file.lines().skip(1).findFirst().orElseThrow().replaceFirst("^\\s*\"about\" : \"(.*)\",$", "$1");
        assertTrue(about.contains("SemEvalReport"), about);
        assertEquals(file, model.toJson(about), "refitting the same data rewrites the file unchanged");
        ReferenceModel copy = ReferenceModel.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertEquals(model.toJson("x"), copy.toJson("x"));
        assertTrue(model.binary() instanceof Blend blend && blend.members().stream().anyMatch(BoostedTrees.class::isInstance)
                && blend.members().stream().anyMatch(LogisticModel.class::isInstance), "each kind of classifier is in the file");
    }

    @Test
    void aBrokenFileIsAnIOException() {
        String small = new ReferenceModel(List.of("a"),
                new LogisticModel(ReferenceModel.BINARY_CLASSES, new double[]{0.5}, new double[]{1}, new double[][]{{0, 1}, {0, -1}}),
                0.5, new LogisticModel(ReferenceModel.THREE_WAY_CLASSES, new double[]{0.5}, new double[]{1},
                new double[][]{{0, 1}, {0, 0}, {0, -1}})).toJson("test");
        assertEquals(small, read(small).toJson("test"));
        assertThrows(IOException.class, () -> ReferenceModel.read(stream(small.replace("\"logistic\"", "\"forest\""))), "unknown kind");
        assertThrows(IOException.class, () -> ReferenceModel.read(stream(small.replace("\"threshold\"", "\"cut\""))), "missing field");
        assertThrows(IOException.class, () -> ReferenceModel.read(stream(small.replace("\"threshold\" : 0.5", "\"threshold\" : 1.5"))),
                "a threshold outside (0, 1)");
        assertThrows(IOException.class, () -> ReferenceModel.read(stream(small.substring(0, small.length() / 2))), "cut short");
    }

    private static ReferenceModel read(String json) {
        try {
            return ReferenceModel.read(stream(json));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
