package dev.latent.deck.json;

import dev.latent.deck.Concept;
import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optional {@code part} field of a rubric concept: which part of a question in several parts it answers. */
class ConceptPartTest {

    private static Deck parse(String partField) throws DeckException {
        String json = """
                {"id": "d", "title": "T", "questions": [{"id": "q", "prompt": "How? Why?", "answer": {"intro": "A."},
                  "rubric": {"concepts": [{"id": "c", "label": "L", "phrasings": ["transpose"]%s}]}}]}
                """.formatted(partField);
        return DeckLoader.parse(json.getBytes(StandardCharsets.UTF_8), "t.json");
    }

    private static Concept only(Deck deck) {
        return deck.questions().get(0).rubric().concepts().get(0);
    }

    @Test
    void readsThePartAndLeavesItOutWhenAbsent() throws DeckException {
        assertEquals(2, only(parse(", \"part\": 2")).part());
        assertEquals(Concept.NO_PART, only(parse("")).part());
    }

    @Test
    void aPartThatIsNoWholeNumberFromOneIsReportedAtItsField() {
        for (String bad : new String[]{"0", "-1", "1.5", "100"}) {
            DeckException error = assertThrows(DeckException.class, () -> parse(", \"part\": " + bad), bad);
            assertTrue(error.getMessage().contains("part") && error.getMessage().contains("whole number"), error.getMessage());
        }
    }

    @Test
    void theWriterKeepsThePartAndWritesNoneWhenUnset(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Deck deck = parse(", \"part\": 2");
        Path file = folder.resolve("d.json");
        DeckWriter.write(deck, file);
        assertTrue(Files.readString(file).contains("\"part\" : 2") || Files.readString(file).contains("\"part\": 2"));
        assertEquals(2, only(DeckLoader.load(file)).part());
        assertTrue(!DeckWriter.toJson(parse("")).contains("\"part\""));
    }
}
