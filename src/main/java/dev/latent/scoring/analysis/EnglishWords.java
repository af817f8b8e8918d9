package dev.latent.scoring.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Common English words: WordNet 3.1's single-word lemmas that its sense-tagged corpus has seen, and their irregular
 * forms (18,300; written by {@code dev.latent.eval.EnglishWordList}), with their regular inflections. A word found here
 * was written on purpose, so it is no typo of a rubric's word ("pick" is not "pack", "select" not "elect", "show" not
 * "slow"). Measured on the tuning sets: accounting +0.031, political science +0.013, networks and security +0.011,
 * ecology -0.021 ("bigger" had stood for "big"), history -0.015 ("suspicious" for "suspicion"); +0.050 summed over 32.
 * Read once (150 KB, compressed in the jar), on first use.
 */
public final class EnglishWords {

    private static final String RESOURCE = "english-words.txt";

    private EnglishWords() {
    }

    private static final class Holder {
        /** Sorted, as the generator writes them: a binary search, no hashing of 18,000 words in a cold JVM. */
        static final String[] WORDS = lines(RESOURCE);
    }

    /**
     * Function words WordNet leaves out (it holds nouns, verbs, adjectives and adverbs) that the analyzer keeps, as
     * they are no stop words: "train the classifier on those plus the labeled ones" plugs nothing in.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("plus", "minus", "versus", "unless",
            "whereas", "although", "upon", "toward", "towards", "among", "amongst", "beside", "despite", "until", "till",
            "neither", "without", "whilst", "unto", "betwixt", "amid", "amidst");

    /** Whether {@code word} (lower case) is an English word or a regular inflection of one. */
    public static boolean contains(String word) {
        if (listed(word) || FUNCTION_WORDS.contains(word)) return true;
        int n = word.length();
        if (n < 4) return false;
        if (word.endsWith("s") && listed(word.substring(0, n - 1))) return true; // hackers
        if (word.endsWith("es") && listed(word.substring(0, n - 2))) return true; // boxes
        if (word.endsWith("ies") && listed(word.substring(0, n - 3) + "y")) return true; // studies
        if (word.endsWith("ed")) {
            String stem = word.substring(0, n - 2);
            if (listed(stem) || listed(stem + "e") || doubled(stem)) return true;
        }
        // Comparatives only as "faster", "bigger": "discriminater" is a misspelt "discriminator", not one who discriminates.
        if (word.endsWith("er") && (listed(word.substring(0, n - 2)) || doubled(word.substring(0, n - 2)))) return true;
        if (word.endsWith("est") && (listed(word.substring(0, n - 3)) || doubled(word.substring(0, n - 3)))) return true;
        if (word.endsWith("ing")) {
            String stem = word.substring(0, n - 3);
            if (listed(stem) || listed(stem + "e") || doubled(stem)) return true;
        }
        if (word.endsWith("ly") && listed(word.substring(0, n - 2))) return true; // quickly
        // a verb WordNet lists only by its noun in -ing: "retrain" for "retraining", "reread" for "rereading"
        return n >= 6 && (listed(word + "ing") || listed(word.substring(0, n - 1) + "ing") && word.endsWith("e"));
    }

    /** "stopped", "bigger": the stem's last consonant doubled. */
    private static boolean doubled(String stem) {
        int n = stem.length();
        return n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && listed(stem.substring(0, n - 1));
    }

    private static boolean listed(String word) {
        return Arrays.binarySearch(Holder.WORDS, word) >= 0;
    }

    /**
     * The lines of a word list beside this class (ASCII, its words sorted; this one's and {@link Comparatives}'), read
     * whole and cut up by hand (the jar compresses it): readers, decoders and a hash set took a cold JVM 50-60 ms for
     * these 18,000 words, on the way to the first grade.
     */
    static String[] lines(String resource) {
        byte[] text;
        try (InputStream in = EnglishWords.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            text = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int count = 0;
        for (byte b : text) if (b == '\n') count++;
        String[] sorted = new String[count];
        int n = 0;
        int start = 0;
        for (int i = 0; i < text.length; i++) {
            if (text[i] != '\n') continue;
            if (i > start) sorted[n++] = new String(text, start, i - start, StandardCharsets.ISO_8859_1);
            start = i + 1;
        }
        return n == count ? sorted : Arrays.copyOf(sorted, n);
    }
}
