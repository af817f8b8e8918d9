package dev.latent.scoring;

import dev.latent.scoring.analysis.Antonyms;
import dev.latent.scoring.analysis.AnswerAnalyzer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What reverses a near match: the answer saying, where the match leaves a word out, that word's opposite ("behaviour
 * less likely" for "behaviour more likely") or its privative ("an unpleasant stimulus" for "pleasant stimulus added").
 */
final class Reversals {

    /**
     * In a near match's reversals, marks the left-out term itself: a privative of it ("unpleasant", whose stem
     * "unpleas" is not "un" + "pleasant") reverses the match.
     */
    private static final String PRIVATIVE_OF = "un:";

    /** Opposites this long or longer are recognised misspelt ("increses"); shorter ones ("low", "more") are too close to other words. */
    private static final int MISSPELT_FROM = 5;

    /** Per stemming, term → the terms of its {@link Antonyms}: the same for every rubric, so built once. */
    private static final Map<AnswerAnalyzer.Stemming, Map<String, Set<String>>> ANTONYM_TERMS = new ConcurrentHashMap<>();

    private Reversals() {
    }

    /**
     * The terms that say the opposite of a term: its {@link Antonyms} and its privative ("pleasant" → "unpleasant"),
     * or null for none, as a near match's {@link Phrasing#reversedBy}.
     */
    static Set<String> of(String term, AnswerAnalyzer analyzer) {
        Set<String> out = new HashSet<>(ANTONYM_TERMS.computeIfAbsent(analyzer.stemming(), s -> antonymTerms(analyzer))
                .getOrDefault(term, Set.of()));
        if (Privatives.base("un" + term) != null) out.add(PRIVATIVE_OF + term);
        return out.isEmpty() ? null : Set.copyOf(out);
    }

    /**
     * Term → the terms of its antonyms, every word of the table analysed in one pass (a word a line): one analysis
     * for each word was most of a cold start's first compile.
     */
    private static Map<String, Set<String>> antonymTerms(AnswerAnalyzer analyzer) {
        List<List<String>> sides = new ArrayList<>();
        Antonyms.forEachSideWithChanges((side, other) -> {
            sides.add(side);
            sides.add(other);
        });
        StringBuilder text = new StringBuilder();
        List<Integer> lineStarts = new ArrayList<>();
        for (List<String> side : sides) {
            for (String word : side) {
                lineStarts.add(text.length());
                text.append(word).append('\n');
            }
        }
        TokenizedText tokens = TokenizedText.analyze(analyzer, Set.of(), Set.of(), text.toString());
        String[] termOfWord = new String[lineStarts.size()];
        for (int i = 0; i < tokens.size; i++) {
            if (tokens.negator[i]) continue;
            int line = Collections.binarySearch(lineStarts, tokens.starts[i]);
            if (line < 0) line = -line - 2; // the word whose line the token starts in
            termOfWord[line] = tokens.terms[i];
        }
        Map<String, Set<String>> out = new HashMap<>();
        int word = 0;
        for (int k = 0; k < sides.size(); k += 2) {
            List<String> sideTerms = new ArrayList<>();
            for (int w = 0; w < sides.get(k).size(); w++) sideTerms.add(termOfWord[word++]);
            Set<String> opposite = new HashSet<>();
            for (int w = 0; w < sides.get(k + 1).size(); w++) {
                String t = termOfWord[word++];
                if (t != null) opposite.add(t);
            }
            for (String sideTerm : sideTerms) {
                if (sideTerm != null) out.computeIfAbsent(sideTerm, t -> new HashSet<>()).addAll(opposite);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * Whether the answer says "inversely" right before one of a match's words, where the phrasing does not: "current is
     * inversely proportional to resistance" is no "current is proportional to resistance" (a wrong claim the model
     * answer had been read as making), nor a match of "current proportional to resistance".
     */
    static boolean saidInversely(Phrasing phrasing, int[] postings, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        for (int posting : postings) {
            int at = matches.position[posting];
            if (at > 0 && tokens.ends[at - 1] - tokens.starts[at - 1] == INVERSELY.length()
                    && tokens.text.regionMatches(true, tokens.starts[at - 1], INVERSELY, 0, INVERSELY.length())) {
                return !phrasing.text().toLowerCase(java.util.Locale.ROOT).contains(INVERSELY);
            }
        }
        return false;
    }

    private static final String INVERSELY = "inversely";

    /**
     * Whether an answer's term says one of these reversals ({@link #of}), itself, misspelt, or as a privative of the
     * left-out word.
     */
    static boolean reverses(String term, Set<String> reversedBy) {
        if (reversedBy.contains(term)) return true;
        // A misspelt opposite is still the opposite: "insulin increses blood sugar".
        for (String reversal : reversedBy) {
            if (!reversal.startsWith(PRIVATIVE_OF) && reversal.length() >= MISSPELT_FROM && Typos.isTypo(term, reversal, true)) {
                return true;
            }
        }
        String base = Privatives.base(term);
        if (base == null) return false;
        for (String reversal : reversedBy) {
            if (!reversal.startsWith(PRIVATIVE_OF)) continue;
            String leftOut = reversal.substring(PRIVATIVE_OF.length());
            if (leftOut.startsWith(base) || base.startsWith(leftOut)) return true;
        }
        return false;
    }

    /**
     * Whether, between a word of an in-order match and the next, the answer says the first word's opposite, which then
     * takes the next: "concrete is good in compression and bad in tension" is no "concrete good in tension", "strong
     * in compression, weak in tension" no "strong in tension". Not right after it: "before and after experience" says
     * both of it.
     */
    static boolean oppositeBetween(Phrasing phrasing, int[] postings, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        for (int k = 0; k + 1 < postings.length; k++) {
            int word = matches.last[postings[k]];
            int next = matches.position[postings[k + 1]];
            if (next - word < 2) continue;
            Set<String> opposite = matches.opposites(phrasing.words()[k]);
            if (opposite == null) continue;
            for (int at = word + 2; at < next; at++) {
                if (tokens.sentence[at] == tokens.sentence[word] && opposite.contains(tokens.terms[at])) return true;
            }
        }
        return false;
    }

    /**
     * Whether a near match's left-out word is said in the same sentence in another clause that also holds one of the
     * match's words: a parallel claim took that word, so the match is not the claim without it. "dot gives a vector
     * perpendicular to both, cross gives a scalar" is no near match of "dot gives a scalar"; "squeezed out of the
     * blood ..., then the good stuff gets taken back" still is one of "taken back into blood".
     */
    static boolean leftOutWordSaidElsewhere(Phrasing phrasing, MatchReading.Placement match, AnswerMatches matches) {
        int word = phrasing.leftOutWord();
        if (word < 0 || !matches.occurs(word)) return false;
        TokenizedText tokens = matches.tokens;
        int first = match.first();
        int last = match.last();
        for (int p = matches.postingStart[word]; p < matches.postingStart[word + 1]; p++) {
            int at = matches.position[p];
            if (tokens.sentence[at] == tokens.sentence[first] && (at < first || at > last)
                    && tokens.clause[at] != tokens.clause[first] && tokens.clause[at] != tokens.clause[last]
                    && clauseHoldsAnotherOf(phrasing.words(), tokens.clause[at], matches)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words occurs in the clause. */
    private static boolean clauseHoldsAnotherOf(int[] words, int clause, AnswerMatches matches) {
        for (int word : words) {
            for (int p = matches.postingStart[word]; p < matches.postingStart[word + 1]; p++) {
                if (matches.tokens.clause[matches.position[p]] == clause) return true;
            }
        }
        return false;
    }
}
