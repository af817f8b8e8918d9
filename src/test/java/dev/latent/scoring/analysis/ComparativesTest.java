package dev.latent.scoring.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comparatives a short adjective has, spelt as the language spells them. */
class ComparativesTest {

    @Test
    void regularAndDoubledForms() {
        assertArrayEquals(new String[] {"bigger", "biggest"}, Comparatives.of("big"));
        assertArrayEquals(new String[] {"larger", "largest"}, Comparatives.of("large"));
        assertArrayEquals(new String[] {"easier", "easiest"}, Comparatives.of("easy"));
        assertArrayEquals(new String[] {"stronger", "strongest"}, Comparatives.of("strong"));
    }

    @Test
    void noFormThatIsAWordOfItsOwn() {
        // "lower" is a verb ("lower the rate"), "layer" no more "lay": neither stands for the adjective.
        assertArrayEquals(new String[] {"lowest"}, Comparatives.of("low"));
        assertFalse(java.util.List.of(Comparatives.of("lay")).contains("layer"));
        assertEquals(0, Comparatives.of("important").length, "long adjectives take \"more\"");
        assertEquals(0, Comparatives.of("bigger").length, "a comparative has no comparative");
    }

    @Test
    void theListIsSortedForItsBinarySearch() throws java.io.IOException {
        try (var in = Comparatives.class.getResourceAsStream("comparatives.txt")) {
            String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String before = lines[i - 1].substring(0, lines[i - 1].indexOf(' '));
                String after = lines[i].substring(0, lines[i].indexOf(' '));
                assertTrue(before.compareTo(after) < 0, before + " before " + after);
            }
            assertTrue(lines.length > 1_500, "adjectives: " + lines.length);
        }
    }
}
