package dev.latent.scoring.draft;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Irregular forms that Porter stemming does not bring together ("leaving" / "left", "falls" / "fell"):
 * a drafted concept lists them as extra phrasings so that an answer in another tense still states it.
 */
final class WordForms {

    private static final String[] GROUPS = {
            "leave left", "fall fell fallen", "break broke broken", "run ran", "give gave given", "take took taken",
            "get got gotten", "go went gone", "come came", "make made", "hold held", "keep kept", "lose lost",
            "feel felt", "find found", "grow grew grown", "rise rose risen", "sink sank sunk", "freeze froze frozen",
            "melt molten", "blow blew blown", "throw threw thrown", "drive drove driven", "ride rode ridden",
            "write wrote written", "draw drew drawn", "fly flew flown", "begin began begun", "swim swam swum",
            "shine shone", "stick stuck", "strike struck", "hang hung", "bend bent", "send sent", "spend spent",
            "build built", "lead led", "feed fed", "meet met", "bring brought", "buy bought", "think thought",
            "catch caught", "teach taught", "seek sought", "fight fought", "see saw seen", "eat ate eaten",
            "shake shook shaken", "choose chose chosen", "bite bit bitten", "hide hid hidden", "light lit",
            "burn burnt", "spread spread", "split split", "cut cut", "set set", "put put", "hit hit",
            "mouse mice", "child children", "foot feet", "tooth teeth", "die dead", "heat hot",
    };

    private static final Map<String, List<String>> BY_TERM = build();

    private WordForms() {
    }

    private static Map<String, List<String>> build() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String group : GROUPS) {
            String[] words = group.split(" ");
            for (String word : words) {
                String term = Words.termOf(word);
                if (term == null) continue;
                Set<String> forms = out.computeIfAbsent(term, t -> new LinkedHashSet<>());
                for (String other : words) {
                    String otherTerm = Words.termOf(other);
                    if (otherTerm != null && !otherTerm.equals(term)) forms.add(other);
                }
            }
        }
        Map<String, List<String>> frozen = new HashMap<>();
        out.forEach((term, forms) -> frozen.put(term, List.copyOf(forms)));
        return Map.copyOf(frozen);
    }

    /** Other written forms of the same word whose stem differs from {@code term}; empty when none are listed. */
    static List<String> of(String term) {
        return BY_TERM.getOrDefault(term, List.of());
    }
}
