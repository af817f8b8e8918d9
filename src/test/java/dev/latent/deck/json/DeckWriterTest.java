package dev.latent.deck.json;

import dev.latent.deck.Concept;
import dev.latent.deck.Deck;
import dev.latent.deck.Misconception;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.deck.Rubric;
import dev.latent.deck.SampleAnswer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeckWriterTest {

    static final Path QUESTIONS = Path.of(System.getProperty("latent.questions", "questions"));
    static final Path BUNDLED = QUESTIONS.resolve("autoencoders-gans.json");

    @TempDir
    Path dir;

    static Deck withSource(Deck deck, String source) {
        return new Deck(deck.id(), deck.title(), deck.description(), deck.questions(), source);
    }

    @Test
    void writesTheBundledDeckExactlyAsItIsLaidOut() throws Exception {
        // The bundled file is hand-kept JSON with two-space indent; the writer reproduces it byte for byte.
        Deck deck = DeckLoader.load(BUNDLED);
        String original = Files.readString(BUNDLED, StandardCharsets.UTF_8);
        assertEquals(original, DeckWriter.toJson(deck, "./deck.schema.json"));
    }

    @Test
    void loadWriteLoadGivesEqualRecords() throws Exception {
        Deck deck = DeckLoader.load(BUNDLED);
        Path copy = dir.resolve("copy.json");
        DeckWriter.write(deck, copy);
        Deck again = DeckLoader.load(copy);
        assertEquals(withSource(deck, "x"), withSource(again, "x"));
        assertTrue(Files.readString(copy).startsWith("{\n  \"$schema\": \"" + DeckWriter.SCHEMA_URI + "\",\n  \"id\""));
    }

    @Test
    void roundTripsAwkwardTextAndDefaults() throws Exception {
        Rubric rubric = new Rubric(List.of(new Concept("c1", "Label \"quoted\"", 1.5, true, List.of("a\\b", "ünïcödé"), false)),
                List.of(new Misconception("m1", "Wrong", 0.25, List.of("x"), true)));
        Question question = new Question("q1", "Line one\nline two <b>not bold</b> & \"quotes\"",
                new ModelAnswer("", List.of("only a point\twith tab"), "closing"), List.of(),
                rubric, List.of(new SampleAnswer("", 0, ""), new SampleAnswer("emoji \uD83D\uDE00", 4, "note")));
        Question plain = new Question("q2", "Plain card?", new ModelAnswer("Just an intro.", List.of(), ""),
                List.of("t"), null, List.of());
        Deck deck = new Deck("odd.deck_1", "Odd \u00e9 deck", "", List.of(question, plain), "memory");
        Path file = dir.resolve("odd.json");
        DeckWriter.write(deck, file);
        assertEquals(withSource(deck, "x"), withSource(DeckLoader.load(file), "x"));
    }

    @Test
    void replacingAFileLeavesNoTemporaryFiles() throws Exception {
        Deck deck = DeckLoader.load(BUNDLED);
        Path file = dir.resolve("deck.json");
        Files.writeString(file, "old contents");
        DeckWriter.write(deck, file);
        DeckWriter.write(deck, file);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        assertEquals(DeckWriter.toJson(deck), Files.readString(file));
    }

    @Test
    void createsTheFolderWhenMissing() throws IOException {
        Path file = dir.resolve("a").resolve("b").resolve("deck.json");
        dev.latent.platform.AtomicFiles.write(file, new byte[]{1, 2, 3});
        assertEquals(3, Files.size(file));
    }
}
