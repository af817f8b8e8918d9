package dev.latent.deck.json;

import dev.latent.deck.Deck;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deck example in README.md is a real, valid deck: readers copy it. */
class ReadmeDeckExampleTest {

    @Test
    void readmeExampleLoads() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```json\n");
        assertTrue(start >= 0, "README has a JSON example");
        int end = readme.indexOf("```", start + 8);
        String json = readme.substring(start + 8, end);
        Deck deck = DeckLoader.parse(json.getBytes(StandardCharsets.UTF_8), "README.md");
        assertEquals("my-deck", deck.id());
        assertEquals(2, deck.questions().get(0).samples().size());
    }
}
