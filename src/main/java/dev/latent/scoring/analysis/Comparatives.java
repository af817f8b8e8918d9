package dev.latent.scoring.analysis;

import java.util.Arrays;

/**
 * The comparative and superlative of common short adjectives ("big bigger biggest", "easy easier easiest"), which the
 * stemmer leaves apart: WordNet 3.1's adjectives of up to seven letters, with none that is a noun or verb of its own
 * ("layer" is not more "lay", "lower" a verb too), written by {@code dev.latent.eval.EnglishWordList}. Read once
 * (1,900 lines), on first use.
 */
public final class Comparatives {

    private static final String RESOURCE = "comparatives.txt";
    private static final String[] NONE = new String[0];

    private Comparatives() {
    }

    private static final class Holder {
        /** Lines "adjective comparative superlative", sorted, as the generator writes them. */
        static final String[] LINES = EnglishWords.lines(RESOURCE);
        static final String[] ADJECTIVES = firstWords(LINES);
    }

    /** The comparative and superlative of an adjective ("bigger", "biggest" for "big"), or none. */
    public static String[] of(String adjective) {
        int at = Arrays.binarySearch(Holder.ADJECTIVES, adjective);
        if (at < 0) return NONE;
        String line = Holder.LINES[at];
        return line.substring(line.indexOf(' ') + 1).split(" ");
    }

    private static String[] firstWords(String[] lines) {
        String[] words = new String[lines.length];
        for (int i = 0; i < lines.length; i++) words[i] = lines[i].substring(0, lines[i].indexOf(' '));
        return words;
    }
}
