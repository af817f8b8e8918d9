package dev.latent.scoring.draft;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Letter-trigram counts of a lower-cased text, counted once so that one text can be compared with many.
 * Their cosine survives misspellings and word forms that stemming misses.
 */
final class Trigrams {

    private final Map<String, Integer> counts;
    private final double squares;

    private Trigrams(Map<String, Integer> counts) {
        this.counts = counts;
        double sum = 0;
        for (int count : counts.values()) sum += count * (double) count;
        this.squares = sum;
    }

    static Trigrams of(String text) {
        String t = " " + (text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim()) + " ";
        Map<String, Integer> counts = new HashMap<>();
        if (!t.isBlank()) {
            for (int i = 0; i + 3 <= t.length(); i++) counts.merge(t.substring(i, i + 3), 1, Integer::sum);
        }
        return new Trigrams(counts);
    }

    /** Cosine of the two count vectors; 0 when either text has no letters or digits. */
    double cosine(Trigrams other) {
        if (counts.isEmpty() || other.counts.isEmpty()) return 0;
        Map<String, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
        Map<String, Integer> large = small == counts ? other.counts : counts;
        double dot = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer count = large.get(e.getKey());
            if (count != null) dot += e.getValue() * (double) count;
        }
        return dot / Math.sqrt(squares * other.squares);
    }
}
