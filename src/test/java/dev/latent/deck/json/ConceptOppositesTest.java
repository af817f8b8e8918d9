package dev.latent.deck.json;

import dev.latent.deck.Concept;
import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optional {@code opposites} field of a rubric concept. */
class ConceptOppositesTest {

    private static String deck(String oppositesField) {
        return """
                {"id": "d", "title": "T", "questions": [{"id": "q", "prompt": "P?", "answer": {"intro": "A."},
                  "rubric": {"concepts": [{"id": "c", "label": "L", "phrasings": ["unstable"]%s}]}}]}
                """.formatted(oppositesField);
    }

    @Test
    void readsOpposites() throws DeckException {
        Deck deck = DeckLoader.parse(deck(", \"opposites\": [\"stable training\", \" trains stably \"]").getBytes(StandardCharsets.UTF_8), "t.json");
        Concept concept = deck.questions().get(0).rubric().concepts().get(0);
        assertEquals(List.of("stable training", "trains stably"), concept.opposites());
    }

    @Test
    void oppositesAreOptional() throws DeckException {
        Deck deck = DeckLoader.parse(deck("").getBytes(StandardCharsets.UTF_8), "t.json");
        assertTrue(deck.questions().get(0).rubric().concepts().get(0).opposites().isEmpty());
        assertTrue(new Concept("c", "L", 1, false, List.of("x"), false).opposites().isEmpty());
    }

    @Test
    void blankOppositeIsAnError() {
        DeckException error = assertThrows(DeckException.class,
                () -> DeckLoader.parse(deck(", \"opposites\": [\" \"]").getBytes(StandardCharsets.UTF_8), "t.json"));
        assertTrue(error.getMessage().contains("opposites[0]"), error.getMessage());
    }
}
