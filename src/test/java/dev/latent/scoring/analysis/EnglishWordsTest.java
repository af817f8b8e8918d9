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
    void functionWordsWordNetLeavesOutAreWords() {
        for (String word : new String[] {"plus", "minus", "versus", "unless", "whereas", "towards", "until", "despite"}) {
            assertTrue(EnglishWords.contains(word), word);
        }
    }

    @Test
    void aVerbListedOnlyByItsNounInIngIsAWord() {
        // The eighth dev set's "retrain it on your labeled data" had been read as a misspelt "pretrain".
        assertTrue(EnglishWords.contains("retrain"));
        assertFalse(EnglishWords.contains("genrate"), "no \"genrating\" either");
    }

    @Test
    void misspellingsAndRaritiesAreNot() {
        for (String word : new String[] {"genrator", "seperate", "realeses", "recieve", "discriminater", "anomlay"}) {
            assertFalse(EnglishWords.contains(word), word);
        }
    }

    @Test
    void theListIsSortedForItsBinarySearch() throws java.io.IOException {
        try (var in = EnglishWords.class.getResourceAsStream("english-words.txt")) {
            String[] words = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).split("\n");
            for (int i = 1; i < words.length; i++) {
                assertTrue(words[i - 1].compareTo(words[i]) < 0, words[i - 1] + " before " + words[i]);
            }
            assertTrue(words.length > 18_000, "words: " + words.length);
        }
    }
}
