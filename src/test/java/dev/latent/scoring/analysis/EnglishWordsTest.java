package dev.latent.scoring.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The common English words that an answer writes on purpose, never as a typo of a rubric's word. */
class EnglishWordsTest {

    @Test
    void commonWordsAndTheirInflectionsAreWords() {
        for (String word : new String[] {"pick", "select", "show", "insurance", "hacker", "hackers", "studies", "stopped",
                "bigger", "biggest", "faster", "taking", "makes", "quickly", "children", "went"}) {
            assertTrue(EnglishWords.contains(word), word);
        }
    }

    @Test
    void misspellingsAndRaritiesAreNot() {
        for (String word : new String[] {"genrator", "seperate", "realeses", "recieve", "discriminater", "anomlay"}) {
            assertFalse(EnglishWords.contains(word), word);
        }
    }
}
