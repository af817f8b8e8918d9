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
 * claim would. A concept's formulas ("V = IR": {@link Formulas}) are matched here too, as written.
 */
final class WordlessPhrasings {

    /** "not", "never", "no" or "n't", with at most one word before the phrasing: "it doesn't matter who you are". */
    private static final Pattern NEGATED_BEFORE = Pattern.compile("(?i)(?:\\b(?:not|never|no)|n't)\\s+(?:\\p{L}+\\s+)?$");
    private static final int LOOK_BACK = 30;

    /** One concept's wordless phrasings: its id, its place in the rubric, each phrasing as written → its pattern. */
    private record ConceptPhrasings(String id, int index, Map<String, Pattern> phrasings) {
    }

    private final List<ConceptPhrasings> concepts;

    private WordlessPhrasings(List<ConceptPhrasings> concepts) {
        this.concepts = concepts;
    }

    /**
     * @param wordless concept id → its phrasings of two or more words that have no content word → their words as
     *     written ({@link RubricVocabulary#wordless})
     * @param conceptIds the rubric's concept ids, in order
     * @param warnings gets a warning for each phrasing the question itself contains (an echo of it earns nothing)
     * @return null when there are none
     */
    static WordlessPhrasings of(Map<String, Map<String, Pattern>> wordless, List<String> conceptIds, String prompt,
                                List<String> warnings) {
        List<ConceptPhrasings> concepts = new ArrayList<>();
        for (Map.Entry<String, Map<String, Pattern>> concept : wordless.entrySet()) {
            Map<String, Pattern> kept = new LinkedHashMap<>();
            for (Map.Entry<String, Pattern> phrasing : concept.getValue().entrySet()) {
                if (prompt != null && phrasing.getValue().matcher(prompt).find()) {
                    warnings.add(concept.getKey() + ": phrasing \"" + phrasing.getKey()
                            + "\" is in the question itself, so it would credit an echo of the question; it earns nothing");
                } else {
                    kept.put(phrasing.getKey(), phrasing.getValue());
                }
            }
            if (!kept.isEmpty()) concepts.add(new ConceptPhrasings(concept.getKey(), conceptIds.indexOf(concept.getKey()), kept));
        }
        return concepts.isEmpty() ? null : new WordlessPhrasings(concepts);
    }

    /**
     * The credited concepts with those this answer states in wordless phrasings added (a concept already credited keeps
     * its evidence); {@code credited} itself when none is found.
     */
    Map<String, Evidence> credit(String text, TokenizedText tokens, SubjectBinding binding, Map<String, Evidence> credited) {
        Map<String, Evidence> out = credited;
        for (ConceptPhrasings concept : concepts) {
            if (out.containsKey(concept.id())) continue;
            for (Map.Entry<String, Pattern> phrasing : concept.phrasings().entrySet()) {
                Evidence found = find(phrasing.getKey(), phrasing.getValue(), concept.index(), text, tokens, binding);
                if (found == null) continue;
                if (out == credited) out = new HashMap<>(credited);
                out.put(concept.id(), found);
                break;
            }
        }
        return out;
    }

    private static Evidence find(String written, Pattern pattern, int concept, String text, TokenizedText tokens,
                                 SubjectBinding binding) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (!standsAlone(m.start(), m.end(), concept, text, tokens, binding)) continue;
            Span words = new Span(m.start(), m.end());
            return new Evidence(written, m.start(), m.end(), m.group(), List.of(words), false, null);
        }
        return null;
    }

    /** Whether a match is the learner's claim: not negated just before, not taken back, not about the other subject. */
    private static boolean standsAlone(int start, int end, int concept, String text, TokenizedText tokens,
                                       SubjectBinding binding) {
        if (NEGATED_BEFORE.matcher(text).region(Math.max(0, start - LOOK_BACK), start).find()) return false;
        if (end <= tokens.retractedUpTo) return false; // "... who you are, no wait, ..."
        return binding == null || !binding.aboutRivalBefore(concept, lastTokenBefore(end, tokens), tokens);
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
        for (ConceptPhrasings concept : concepts) all.add(concept.id() + concept.phrasings().keySet());
        return "WordlessPhrasings" + all;
    }
}
