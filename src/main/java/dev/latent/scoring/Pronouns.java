package dev.latent.scoring;

import java.util.regex.Pattern;

/**
 * A pronoun standing for a word the answer said just before: "exothermic reactions don't absorb heat, they release
 * it", "the encoder compresses the input and the decoder reconstructs it", "oxidation is not the gain of electrons but
 * the loss of them". A phrasing whose last word is said earlier in the sentence (or the one before) matches with the
 * pronoun after its other words in that word's place.
 */
final class Pronouns {

    private Pronouns() {
    }

    /**
     * "it" or "them" right after a word, perhaps after a preposition ("the loss of them"), where an object ends: before
     * punctuation, the end, or a word that goes on after an object ("reconstructs it from the code", "flips them
     * back"); not the subject of a clause run on without a comma ("when we evaluate the model it drops units").
     */
    private static final Pattern OBJECT = Pattern.compile("\\s+(?:(?:of|to|from|into|onto|with|on|in|for|at|out|up|back|over)\\s+)?"
            + "(?:it|them)(?=\\s*(?:[.,;:!?)\\]/]|$|(?:and|or|but|so|because|as|from|to|into|with|by|for|in|on|at|using|through|back"
            + "|again|well|too|instead|then|while|when|which|without|afterwards|later|completely|perfectly|exactly|directly|around"
            + "|up|down|out|off|away)\\b))", Pattern.CASE_INSENSITIVE);

    /** Whether an object pronoun follows the word at this position, before the next content word. */
    static boolean objectAfter(TokenizedText tokens, int position) {
        return objectEnd(tokens, position) >= 0;
    }

    /** Where the object pronoun after the word at this position ends in the text, or -1 for none. */
    static int objectEnd(TokenizedText tokens, int position) {
        int from = tokens.ends[position];
        int to = position + 1 < tokens.size ? tokens.starts[position + 1] : tokens.text.length();
        if (from >= to) return -1;
        // Transparent bounds: what follows the pronoun is read past the region's end, which is no end of the text.
        var pronoun = OBJECT.matcher(tokens.text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        return pronoun.lookingAt() ? pronoun.end() : -1;
    }

    /** Whether the term is said before this position, in its sentence or the one before. */
    static boolean saidBefore(int term, int before, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        int sentence = tokens.sentence[before];
        for (int p = matches.postingStart[term], end = matches.postingStart[term + 1]; p < end; p++) {
            int at = matches.position[p];
            if (at >= before) break;
            if (tokens.sentence[at] >= sentence - 1 && !matches.typo[p]) return true;
        }
        return false;
    }
}
