package dev.latent.scoring.draft;

import dev.latent.scoring.analysis.Antonyms;
import dev.latent.scoring.analysis.Negation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words whose swap reverses a claim ("closed path" / "open path", "increases" / "decreases"). A drafted
 * concept gets the other side as its opposites, so that an answer reversing the reference is flagged
 * even though it reuses the reference's other words ({@link Antonyms}).
 */
final class Opposites {

    /** Term → the written words that state its opposite. */
    private static final Map<String, List<String>> BY_TERM = build();

    private Opposites() {
    }

    private static Map<String, List<String>> build() {
        Map<String, Set<String>> out = new HashMap<>();
        Antonyms.forEachSide((side, other) -> link(side, other, out));
        Map<String, List<String>> frozen = new HashMap<>();
        out.forEach((term, words) -> frozen.put(term, List.copyOf(words)));
        return Map.copyOf(frozen);
    }

    private static void link(List<String> side, List<String> other, Map<String, Set<String>> out) {
        List<String> otherWords = new ArrayList<>();
        for (String word : other) {
            String term = Words.termOf(word);
            if (term != null && !term.equals(Negation.CUE)) otherWords.add(word);
        }
        for (String word : side) {
            String term = Words.termOf(word);
            if (term == null || term.equals(Negation.CUE)) continue;
            out.computeIfAbsent(term, t -> new LinkedHashSet<>()).addAll(otherWords);
        }
    }

    /** Written words stating the opposite of a term; empty when it has none in the table. */
    static List<String> of(String term) {
        return BY_TERM.getOrDefault(term, List.of());
    }
}
