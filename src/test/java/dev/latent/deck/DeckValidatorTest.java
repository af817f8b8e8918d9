package dev.latent.deck;

import dev.latent.deck.folder.DeckImages;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.json.DeckWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link DeckValidator#problems(Deck)} checks a deck built in code (by the editor, by an importer) without writing
 * JSON: it must find exactly what loading the same deck from its file finds, with the same fields and messages.
 */
class DeckValidatorTest {

    @TempDir
    Path dir;

    static final Concept CONCEPT = new Concept("c1", "Idea", 1, false, List.of("idea"), false);
    static final Question GOOD = new Question("q1", "What?", new ModelAnswer("This.", List.of(), ""), List.of("t"),
            new Rubric(List.of(CONCEPT), List.of()), List.of(new SampleAnswer("this", 4, "")));

    static Deck deck(Question... questions) {
        return new Deck("d", "Deck", "", List.of(questions), "test");
    }

    static Question question(UnaryOperator<Question> change) {
        return change.apply(GOOD);
    }

    static Question withRubric(Question q, Rubric rubric) {
        return new Question(q.id(), q.prompt(), q.answer(), q.tags(), rubric, q.samples(), q.promptImage(), q.answerImage());
    }

    static List<Concept> concepts(int count) {
        List<Concept> concepts = new ArrayList<>();
        for (int i = 0; i < count; i++) concepts.add(new Concept("c" + i, "Idea " + i, 1, false, List.of("idea" + i), false));
        return concepts;
    }

    /**
     * Decks each wrong in one or more ways a model can be wrong (a JSON file can be wrong in these ways too). A
     * duplicate id is left out: from a file it says the line the id was first used at, from a model its field.
     */
    static List<Deck> badDecks() {
        Question q = GOOD;
        return List.of(
                new Deck("has space", "Deck", "", List.of(q), "test"),
                new Deck("d", "  ", "", List.of(q), "test"),
                new Deck("-d", "", "", List.of(q), "test"),
                new Deck("d", "Deck", "", List.of(), "test"),
                deck(new Question("q1", " ", q.answer(), List.of(), null, List.of())),
                deck(new Question("q1", "What?", new ModelAnswer("", List.of(), "only an outro"), List.of(), null, List.of())),
                deck(new Question("q1", "What?", new ModelAnswer("", List.of("a", " "), ""), List.of("", "ok"), null, List.of())),
                deck(withRubric(q, new Rubric(List.of(), List.of()))),
                deck(withRubric(q, new Rubric(List.of(new Concept("c1", "A", 0, false, List.of("a"), false),
                        new Concept("c2", "B", 250, false, List.of(), false)), List.of()))),
                deck(withRubric(q, new Rubric(List.of(CONCEPT), List.of(new Misconception("m1", "", -1, List.of("x".repeat(201)), false))))),
                deck(withRubric(q, new Rubric(concepts(31), List.of()))),
                deck(withRubric(q, new Rubric(List.of(new Concept("c1", "A", 1, false, Collections.nCopies(101, "a"), false,
                        Collections.nCopies(31, "b"))), List.of()))),
                deck(new Question("q1", "What?", q.answer(), List.of(), null,
                        List.of(new SampleAnswer("x", 5, ""), new SampleAnswer("y", -1, "")))),
                deck(q.withImages("../outside.png", "/etc/picture.png")),
                deck(q.withImages("media/notes.txt", "C:/pictures/a.jpg")),
                deck(q.withImages("media\\a.png", "media//a.png")),
                deck(q.withImages("", "media/./a.gif")));
    }

    @Test
    void aDeckBuiltInCodeHasTheProblemsItsFileWouldHave() {
        for (Deck deck : badDecks()) {
            List<String> fromModel = DeckValidator.problems(deck).stream().map(DeckValidatorTest::fieldAndMessage).toList();
            byte[] json = DeckWriter.toJson(deck).getBytes(StandardCharsets.UTF_8);
            DeckException loaded = assertThrows(DeckException.class, () -> DeckLoader.parse(json, "deck.json"), deck.toString());
            List<String> fromFile = loaded.problems().stream().map(DeckValidatorTest::fieldAndMessage).toList();
            assertFalse(fromModel.isEmpty(), deck.toString());
            assertEquals(fromFile, fromModel, DeckWriter.toJson(deck));
        }
    }

    @Test
    void aDuplicateIdNamesTheFieldItFirstAppearedAtWhenThereIsNoFile() {
        Deck deck = deck(GOOD, GOOD);
        assertEquals(List.of("questions[1].id: duplicate question id \"q1\" (first used at questions[0].id)"),
                DeckValidator.problems(deck).stream().map(DeckValidatorTest::fieldAndMessage).toList());
    }

    @Test
    void aReaderPassesItsHolesAndPositionsWithoutTheValidatorKnowingTheFileFormat() {
        // What a reader could not put into the records is reported at its field, in the walk's order; each problem is
        // placed where its field (or, when that has no position, the nearest enclosing value) starts.
        FieldPath question = FieldPath.ROOT.field("questions").index(0);
        FieldPath tag = question.field("tags").index(0);
        Question blankTag = new Question("q1", "What?", new ModelAnswer("This.", List.of(), ""), List.of(""), null, List.of());
        Map<FieldPath, DeckProblem.Position> positions = Map.of(question, new DeckProblem.Position(4, 7),
                FieldPath.ROOT.field("title"), new DeckProblem.Position(2, 3));
        Deck deck = new Deck("d", " ", "", List.of(blankTag), "deck.json");
        List<DeckProblem> problems = DeckValidator.problems(deck, Map.of(tag, "must not be null"), positions::get);
        assertEquals(List.of(new DeckProblem("deck.json", 2, 3, "title", "must not be empty"),
                new DeckProblem("deck.json", 4, 7, "questions[0].tags[0]", "must not be null")), problems);
    }

    @Test
    void aValidDeckHasNoProblemsAndLoadsBackEqual() throws Exception {
        Deck deck = deck(GOOD.withImages("media/diagram.png", "media/Answer Figure.JPEG"));
        assertEquals(List.of(), DeckValidator.problems(deck));
        Deck loaded = DeckLoader.parse(DeckWriter.toJson(deck).getBytes(StandardCharsets.UTF_8), "test");
        assertEquals(deck, loaded);
    }

    @Test
    void imagesRoundTripThroughTheFileInSchemaOrder() throws Exception {
        Deck deck = deck(GOOD.withImages("media/front.png", "media/back.gif"));
        String json = DeckWriter.toJson(deck);
        assertTrue(json.indexOf("\"prompt\"") < json.indexOf("\"promptImage\": \"media/front.png\""), json);
        assertTrue(json.indexOf("\"answer\"") < json.indexOf("\"answerImage\": \"media/back.gif\""), json);
        Path file = dir.resolve("deck.json");
        DeckWriter.write(deck, file);
        Question loaded = DeckLoader.load(file).questions().get(0);
        assertEquals("media/front.png", loaded.promptImage());
        assertEquals("media/back.gif", loaded.answerImage());
        // A question without images writes no image fields at all.
        assertFalse(DeckWriter.toJson(deck(GOOD)).contains("Image"));
    }

    @Test
    void imageNamesMustBeRelativeFilesOfAFormatTheAppShows() {
        assertNull(DeckValidator.imageNameProblem("media/a b.PNG"));
        assertNull(DeckValidator.imageNameProblem("x.bmp"));
        for (String bad : List.of("../a.png", "a/../../b.png", "/abs.png", "C:/a.png", "a\\b.png", "a.svg", "a.webp",
                "noextension", "a/", " ", "a\u0007.png")) {
            assertTrue(DeckValidator.imageNameProblem(bad) != null, bad);
        }
        assertEquals("\"a.svg\" is not an image the app can show: use .png, .jpg, .jpeg, .gif or .bmp",
                DeckValidator.imageNameProblem("a.svg"));
    }

    @Test
    void aMissingImageFileIsAWarningNotAProblem() throws Exception {
        Files.createDirectories(dir.resolve("media"));
        Files.write(dir.resolve("media/here.png"), new byte[]{1});
        Deck deck = deck(GOOD.withImages("media/here.png", "media/gone.png"));
        assertEquals(List.of(), DeckValidator.problems(deck));
        assertEquals(List.of(Map.entry("questions[0].answerImage", "warning: image file not found: media/gone.png")),
                DeckImages.missing(deck, dir));
        Path file = dir.resolve("deck.json");
        DeckWriter.write(deck, file);
        assertEquals("media/gone.png", DeckLoader.load(file).questions().get(0).answerImage());
    }

    private static String fieldAndMessage(DeckProblem problem) {
        return problem.field() + ": " + problem.message();
    }
}
