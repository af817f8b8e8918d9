package dev.latent.scoring.draft;

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
 * even though it reuses the reference's other words. Kept to pairs that are opposites in almost any
 * school-science sentence; anything looser would flag paraphrases.
 */
final class Opposites {

    private static final String[][] PAIRS = {
            {"open opened opens opening", "closed close closes closing"},
            {"complete completed", "incomplete"},
            {"connected connect connects", "disconnected disconnect separated"},
            {"more", "less fewer"},
            {"greater", "less smaller lesser"},
            {"higher high", "lower low"},
            {"larger bigger large big", "smaller small little"},
            {"increase increases increased increasing", "decrease decreases decreased decreasing"},
            {"faster fast quickly quick", "slower slow slowly"},
            {"stronger strong", "weaker weak"},
            {"heavier heavy", "lighter"},
            {"longer long", "shorter short"},
            {"louder loud", "softer quieter quiet soft"},
            {"hotter warmer hot warm heat heated", "colder cooler cold cool cooled"},
            {"same similar equal", "different unequal"},
            {"positive", "negative"},
            {"attract attracts attracted", "repel repels repelled"},
            {"conductor conductors conduct conducts", "insulator insulators insulate insulates"},
            {"series", "parallel"},
            {"true", "false"},
            {"before", "after"},
            {"above", "below"},
            {"inside", "outside"},
            {"float floats floated", "sink sinks sank"},
            {"absorb absorbs absorbed", "reflect reflects reflected"},
            {"appear appears appeared", "disappear disappears disappeared"},
            {"expand expands expanded", "contract contracts contracted"},
            {"melt melts melted", "freeze freezes froze frozen"},
            {"gain gains gained", "lose loses lost"},
            {"add adds added", "remove removes removed"},
            {"living alive", "nonliving dead"},
            {"magnetic", "nonmagnetic"},
            {"visible", "invisible"},
            {"full", "empty"},
            {"push pushes pushed", "pull pulls pulled"},
            {"rise rises rose", "fall falls fell"},
            {"dependent", "independent"},
            {"possible", "impossible"},
            {"damaged", "undamaged"},
            {"solid", "hollow"},
    };

    /** Term → the written words that state its opposite. */
    private static final Map<String, List<String>> BY_TERM = build();

    private Opposites() {
    }

    private static Map<String, List<String>> build() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] pair : PAIRS) {
            link(pair[0].split(" "), pair[1].split(" "), out);
            link(pair[1].split(" "), pair[0].split(" "), out);
        }
        Map<String, List<String>> frozen = new HashMap<>();
        out.forEach((term, words) -> frozen.put(term, List.copyOf(words)));
        return Map.copyOf(frozen);
    }

    private static void link(String[] side, String[] other, Map<String, Set<String>> out) {
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
