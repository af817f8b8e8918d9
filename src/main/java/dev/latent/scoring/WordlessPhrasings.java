package dev.latent.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concept phrasings made only of function words: "who you are" for authentication, "something you have" for a second
 * factor, "doing nothing" for a resting rate. The analyzer keeps none of their words, so the phrase finder cannot see
 * them; they are matched as written instead, not negated just before, and, where the question sets two subjects side
 * by side, not about the other one ({@link SubjectBinding}). A found one credits its concept as the learner's own
 * claim would.
 */
final class WordlessPhrasings {

    /** "not", "never", "no" or "n't", with at most one word before the phrasing: "it doesn't matter who you are". */
    private static final Pattern NEGATED_BEFORE = Pattern.compile("(?i)(?:\\b(?:not|never|no)|n't)\\s+(?:\\p{L}+\\s+)?$");
    private static final int LOOK_BACK = 30;

    /** Concept id → its wordless phrasings as written → the pattern that finds each. */
    private final Map<String, Map<String, Pattern>> byConcept;
    private final int[] conceptIndex;

    private WordlessPhrasings(Map<String, Map<String, Pattern>> byConcept, int[] conceptIndex) {
        this.byConcept = byConcept;
        this.conceptIndex = conceptIndex;
    }

    /**
     * @param wordless concept id → its phrasings of two or more words that have no content word
     * @param conceptIds the rubric's concept ids, in order
     * @param warnings gets a warning for each phrasing the question itself contains (an echo of it earns nothing)
     * @return null when there are none
     */
    static WordlessPhrasings of(Map<String, List<String>> wordless, List<String> conceptIds, String prompt, List<String> warnings) {
        Map<String, Map<String, Pattern>> byConcept = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> concept : wordless.entrySet()) {
            for (String written : concept.getValue()) {
                Pattern pattern = Phrasing.asWritten(written);
                if (pattern == null) continue;
                if (prompt != null && pattern.matcher(prompt).find()) {
                    warnings.add(concept.getKey() + ": phrasing \"" + written
                            + "\" is in the question itself, so it would credit an echo of the question; it earns nothing");
                    continue;
                }
                byConcept.computeIfAbsent(concept.getKey(), id -> new LinkedHashMap<>()).put(written, pattern);
            }
        }
        if (byConcept.isEmpty()) return null;
        int[] index = byConcept.keySet().stream().mapToInt(conceptIds::indexOf).toArray();
        return new WordlessPhrasings(byConcept, index);
    }

    /**
     * The credited concepts with those this answer states in wordless phrasings added (a concept already credited keeps
     * its evidence); {@code credited} itself when none is found.
     */
    Map<String, Evidence> credit(String text, TokenizedText tokens, SubjectBinding binding, Map<String, Evidence> credited) {
        Map<String, Evidence> out = credited;
        int c = 0;
        for (Map.Entry<String, Map<String, Pattern>> concept : byConcept.entrySet()) {
            int conceptAt = conceptIndex[c++];
            if (out.containsKey(concept.getKey())) continue;
            for (Map.Entry<String, Pattern> phrasing : concept.getValue().entrySet()) {
                Evidence found = find(phrasing.getKey(), phrasing.getValue(), conceptAt, text, tokens, binding);
                if (found == null) continue;
                if (out == credited) out = new HashMap<>(credited);
                out.put(concept.getKey(), found);
                break;
            }
        }
        return out;
    }

    private static Evidence find(String written, Pattern pattern, int concept, String text, TokenizedText tokens,
                                 SubjectBinding binding) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (NEGATED_BEFORE.matcher(text).region(Math.max(0, m.start() - LOOK_BACK), m.start()).find()) continue;
            if (m.end() <= tokens.retractedUpTo) continue; // "... who you are, no wait, ..."
            if (binding != null && binding.aboutRivalBefore(concept, lastTokenBefore(m.end(), tokens), tokens)) continue;
            Span words = new Span(m.start(), m.end());
            return new Evidence(written, m.start(), m.end(), m.group(), List.of(words), false, null);
        }
        return null;
    }

    /** The last content word ending at or before {@code end}; -1 for none. */
    private static int lastTokenBefore(int end, TokenizedText tokens) {
        int last = -1;
        for (int i = 0; i < tokens.size && tokens.ends[i] <= end; i++) last = i;
        return last;
    }

    @Override
    public String toString() {
        List<String> all = new ArrayList<>();
        byConcept.forEach((id, phrasings) -> all.add(id + phrasings.keySet()));
        return "WordlessPhrasings" + all;
    }
}
