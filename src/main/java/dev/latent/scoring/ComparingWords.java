package dev.latent.scoring;

import java.util.Set;

/**
 * Comparing words of a match ("different", "more", "same") that the answer puts right before a word of its own, which
 * they describe instead of saying the phrasing's comparison: "same protons different neutrons", "more units in its
 * coding layer", "threads of the same process". {@link MatchReading} asks.
 */
final class ComparingWords {

    private ComparingWords() {
    }

    /**
     * Comparing words that stand before the noun they describe ("different neutrons", "more protons"), as stems.
     * Read backwards, a phrasing that opens with one ("different protons") is said only where the word describes
     * nothing of its own: "the protons are different" says it, "same protons different neutrons" does not. ("fewer"
     * and "bigger" reach here as "less" and "larger": {@code Abbreviations}.)
     */
    private static final Set<String> COMPARING = Set.of("same", "differ", "more", "less", "higher", "lower", "larger",
            "smaller", "extra", "greater");

    /**
     * Whether a phrasing read backwards opens with a comparing word that the answer puts right before another word
     * of its own, which it describes instead.
     */
    static boolean modifiesTheNextWord(Phrasing phrasing, int[] postings, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        if (!COMPARING.contains(tokens.terms[matches.position[postings[0]]])) return false;
        int last = matches.last[postings[0]];
        for (int k = 1; k < postings.length; k++) if (matches.position[postings[k]] == last + 1) return false;
        return describesTheNextWord(tokens, last);
    }

    /**
     * Whether a comparing word of an in-order match describes another word of the answer than the phrasing's next:
     * "more units in its coding layer" says no "more layers"; "more hidden layers" does.
     */
    static boolean comparesAnotherWord(int[] postings, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        for (int k = 0; k + 1 < postings.length; k++) {
            int word = matches.last[postings[k]];
            if (!COMPARING.contains(tokens.terms[word]) || !describesTheNextWord(tokens, word)) continue;
            // Follow the words it describes, each right before the next ("more hidden layers"), to the phrasing's next.
            int next = matches.position[postings[k + 1]];
            while (word + 1 < next && describesTheNextWord(tokens, word)) word++;
            if (word + 1 != next || !describesTheNextWord(tokens, word)) return true;
        }
        return false;
    }

    /**
     * Words a phrasing may end with as what it claims ("X and Y are the same"), as stems. Not "identical": Porter gives
     * it the stem of "identity", whose "identity function" is a noun's, not a claim.
     */
    private static final Set<String> CLAIMED_ALIKE = Set.of("same", "differ", "similar", "equal");

    /**
     * Whether a phrasing that ends with {@link #CLAIMED_ALIKE} word finds it describing the answer's next word instead:
     * "threads of the same process" does not say "process and thread are the same".
     */
    static boolean endsDescribingTheNextWord(int[] postings, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        int last = matches.last[postings[postings.length - 1]];
        return CLAIMED_ALIKE.contains(tokens.terms[last]) && describesTheNextWord(tokens, last);
    }

    /**
     * Whether the word at {@code position} stands right before the next word of its sentence, only spaces between,
     * as a word that describes it ("different neutrons", "the same process"), and is no adverb.
     */
    private static boolean describesTheNextWord(TokenizedText tokens, int position) {
        int next = position + 1;
        // An adverb describes no word after it: "treated differently even though ...", "weighted equally every time".
        if (tokens.text.regionMatches(true, tokens.ends[position] - 2, "ly", 0, 2)) return false;
        if (next >= tokens.size || tokens.negator[next] || tokens.sentence[next] != tokens.sentence[position]) return false;
        for (int c = tokens.ends[position]; c < tokens.starts[next]; c++) {
            if (!Character.isWhitespace(tokens.text.charAt(c))) return false;
        }
        return true;
    }
}
