package dev.latent.scoring.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Common English words: WordNet 3.1's single-word lemmas that its sense-tagged corpus has seen, and their irregular
 * forms (18,300; written by {@code dev.latent.eval.EnglishWordList}), with their regular inflections. A word found here
 * was written on purpose, so it is no typo of a rubric's word ("pick" is not "pack", "select" not "elect", "show" not
 * "slow"). Measured on the tuning sets: accounting +0.031, political science +0.013, networks and security +0.011,
 * ecology -0.021 ("bigger" had stood for "big"), history -0.015 ("suspicious" for "suspicion"); +0.050 summed over 32.
 * Read once (56 KB), on first use.
 */
public final class EnglishWords {

    private static final String RESOURCE = "english-words.txt.gz";

    private EnglishWords() {
    }

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    /** Whether {@code word} (lower case) is an English word or a regular inflection of one. */
    public static boolean contains(String word) {
        Set<String> words = Holder.WORDS;
        if (words.contains(word)) return true;
        int n = word.length();
        if (n < 4) return false;
        if (word.endsWith("s") && words.contains(word.substring(0, n - 1))) return true; // hackers
        if (word.endsWith("es") && words.contains(word.substring(0, n - 2))) return true; // boxes
        if (word.endsWith("ies") && words.contains(word.substring(0, n - 3) + "y")) return true; // studies
        if (word.endsWith("ed")) {
            String stem = word.substring(0, n - 2);
            if (words.contains(stem) || words.contains(stem + "e") || doubled(stem, words)) return true;
        }
        // Comparatives only as "faster", "bigger": "discriminater" is a misspelt "discriminator", not one who discriminates.
        if (word.endsWith("er") && (words.contains(word.substring(0, n - 2)) || doubled(word.substring(0, n - 2), words))) return true;
        if (word.endsWith("est") && (words.contains(word.substring(0, n - 3)) || doubled(word.substring(0, n - 3), words))) return true;
        if (word.endsWith("ing")) {
            String stem = word.substring(0, n - 3);
            if (words.contains(stem) || words.contains(stem + "e") || doubled(stem, words)) return true;
        }
        return word.endsWith("ly") && words.contains(word.substring(0, n - 2)); // quickly
    }

    /** "stopped", "bigger": the stem's last consonant doubled. */
    private static boolean doubled(String stem, Set<String> words) {
        int n = stem.length();
        return n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && words.contains(stem.substring(0, n - 1));
    }

    private static Set<String> load() {
        try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Set<String> words = new HashSet<>(120_000);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (!line.isEmpty()) words.add(line);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
