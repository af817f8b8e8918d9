package dev.latent.deck.json;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;
import dev.latent.deck.Misconception;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optional {@code detail} flag of a misconception: a wrong detail, which caps an answer at 3, not at 2. */
class MisconceptionDetailTest {

    private static Deck parse(String detailField) throws DeckException {
        String json = """
                {"id": "d", "title": "T", "questions": [{"id": "q", "prompt": "How?", "answer": {"intro": "A."},
                  "rubric": {"concepts": [{"id": "c", "label": "L", "phrasings": ["transpose"]}],
                             "misconceptions": [{"id": "m", "label": "M", "phrasings": ["biases are tied"]%s}]}}]}
                """.formatted(detailField);
        return DeckLoader.parse(json.getBytes(StandardCharsets.UTF_8), "t.json");
    }

    private static Misconception only(Deck deck) {
        return deck.questions().get(0).rubric().misconceptions().get(0);
    }

    @Test
    void readsTheFlagAndAWrongIdeaWhenAbsent() throws DeckException {
        assertTrue(only(parse(", \"detail\": true")).detail());
        assertFalse(only(parse(", \"detail\": false")).detail());
        assertFalse(only(parse("")).detail(), "a misconception is a wrong idea unless the rubric says otherwise");
    }

    @Test
    void aFlagThatIsNoBooleanIsReportedAtItsField() {
        DeckException error = assertThrows(DeckException.class, () -> parse(", \"detail\": \"yes\""));
        assertTrue(error.getMessage().contains("detail"), error.getMessage());
    }

    @Test
    void theWriterKeepsTheFlagAndWritesItOnlyWhereSet(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("d.json");
        DeckWriter.write(parse(", \"detail\": true"), file);
        assertTrue(only(DeckLoader.load(file)).detail());
        assertTrue(Files.readString(file).contains("detail"));
        assertFalse(DeckWriter.toJson(parse("")).contains("detail"));
    }
}
