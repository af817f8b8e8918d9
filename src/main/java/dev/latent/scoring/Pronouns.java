package dev.latent.scoring;

import java.util.regex.Pattern;

/**
 * A pronoun standing for a word the answer said just before: "exothermic reactions don't absorb heat, they release
 * it", "the encoder compresses the input and the decoder reconstructs it", "oxidation is not the gain of electrons but
 * the loss of them". A phrasing whose last word is the thing named last before its other words (in the sentence or
 * the one before) matches with the pronoun after them in that word's place. What the pronoun stands for is read the
 * plain way a reader does: the nearest thing named before, at the end of a phrase ("heat," "electrons but", "input
 * and"), "it" for one thing and "them" for several; not a word further back ("limestone gives off carbon dioxide,
 * and limewater absorbs it" absorbs no heat).
 */
final class Pronouns {

    private Pronouns() {
    }

    /**
     * "it" or "them" right after a word, perhaps after a preposition ("the loss of them"), or "ones" right after a word
     * that tells which ("reuses the encoder ones", "the unlabeled ones"), where an object ends: before
     * punctuation, the end, or a word that goes on after an object ("reconstructs it from the code", "flips them
     * back"); not the subject of a clause run on without a comma ("when we evaluate the model it drops units").
     */
    private static final Pattern OBJECT = Pattern.compile("\\s+(?:(?:(?:of|to|from|into|onto|with|on|in|for|at|out|up|back|over)\\s+)?"
            + "(?:it|them)|ones)(?=\\s*(?:[.,;:!?)\\]/]|$|(?:and|or|but|so|because|as|from|to|into|with|by|for|in|on|at|using|through|back"
            + "|again|well|too|instead|then|while|when|which|without|afterwards|later|completely|perfectly|exactly|directly|around|between"
            + "|up|down|out|off|away|towards|inwards|outwards)\\b))", Pattern.CASE_INSENSITIVE);

    /** What may follow a thing named at the end of a phrase: punctuation, the end, a conjunction or a preposition. */
    private static final Pattern PHRASE_END = Pattern.compile("\\s*(?:[,.;:!?)\\]/]|$)|\\s+(?:and|or|but|so|because|while|whereas"
            + "|when|then|from|to|into|in|on|at|for|with|by|of|instead|rather|than|as)\\b", Pattern.CASE_INSENSITIVE);

    /** Plurals without an "s", and nouns read as one thing or several ("data ... process it", "the data ... them"). */
    private static final java.util.Set<String> PLURALS = java.util.Set.of("people", "children", "men", "women", "mice",
            "teeth", "feet", "criteria", "phenomena", "media");
    private static final java.util.Set<String> EITHER_NUMBER = java.util.Set.of("data");

    /** Where the object pronoun after the word at this position ends in the text, or -1 for none. */
    static int objectEnd(TokenizedText tokens, int position) {
        int from = tokens.ends[position];
        int to = position + 1 < tokens.size ? tokens.starts[position + 1] : tokens.text.length();
        if (to - from < 3 || !anyIn(tokens) || !opensWithPronounOrPreposition(tokens.text, from, to)) return -1;
        // Transparent bounds: what follows the pronoun is read past the region's end, which is no end of the text.
        var pronoun = OBJECT.matcher(tokens.text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        return pronoun.lookingAt() ? pronoun.end() : -1;
    }

    /** {@link #OBJECT}'s prepositions: the pronoun may come after one of them. */
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "to", "from", "into", "onto", "with", "on",
            "in", "for", "at", "out", "up", "back", "over");

    /**
     * Whether what follows a word's end can begin {@link #OBJECT}: after white space, "it", "them" or "ones" (perhaps
     * run on, "itand") or one of its prepositions. A quick look before the pattern.
     */
    private static boolean opensWithPronounOrPreposition(String text, int from, int to) {
        int start = from;
        while (start < to && Character.isWhitespace(text.charAt(start))) start++;
        if (start == from) return false;
        if (startsAnObjectPronoun(text, start)) return true;
        int end = start;
        while (end < to && Character.isLetter(text.charAt(end))) end++;
        return end > start && end - start <= 4 && PREPOSITIONS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a word of the answer starts with "it", "them" or "ones", in any case: asked once, as many answers hold
     * none (the pattern reads "it" run on into a following word too, "itand").
     */
    static boolean anyIn(TokenizedText tokens) {
        if (tokens.objectPronouns == 0) {
            String text = tokens.text;
            boolean any = false;
            for (int i = 0; i + 1 < text.length() && !any; i++) {
                any = (i == 0 || !Character.isLetter(text.charAt(i - 1))) && startsAnObjectPronoun(text, i);
            }
            tokens.objectPronouns = any ? 1 : -1;
        }
        return tokens.objectPronouns > 0;
    }

    private static boolean startsAnObjectPronoun(String text, int at) {
        return text.regionMatches(true, at, "it", 0, 2) || text.regionMatches(true, at, "them", 0, 4)
                || text.regionMatches(true, at, "ones", 0, 4);
    }

    /**
     * Whether the pronoun ending at {@code pronounEnd} ({@link #objectEnd}, -1 for none) stands for the term: the nearest thing named before {@code
     * before} at the end of a phrase, in this sentence or the one before, is the term, and agrees in number.
     */
    static boolean standsFor(int term, int before, int pronounEnd, AnswerMatches matches) {
        if (pronounEnd < 0) return false; // no object pronoun there
        TokenizedText tokens = matches.tokens;
        int sentence = tokens.sentence[before];
        boolean them = tokens.text.regionMatches(true, pronounEnd - 4, "them", 0, 4)
                || tokens.text.regionMatches(true, pronounEnd - 4, "ones", 0, 4);
        int named = -1;
        for (int q = before - 1; q >= 0 && tokens.sentence[q] >= sentence - 1; q--) {
            if (!tokens.negator[q] && endsAPhrase(tokens, q) && agrees(tokens, q, them)) {
                named = q;
                break;
            }
        }
        if (named < 0) return standsForTheQuestionsThing(term, before, them, matches);
        for (int p = matches.postingStart[term], end = matches.postingStart[term + 1]; p < end; p++) {
            if (matches.position[p] <= named && named <= matches.last[p] && !matches.typo[p]) return true;
        }
        return false;
    }

    /**
     * A pronoun with nothing named before it in the answer stands for a thing the question names, in the same number:
     * "How do you tie weights?" "You share them between the encoder and the decoder, so there are fewer of them."
     */
    private static boolean standsForTheQuestionsThing(int term, int before, boolean them, AnswerMatches matches) {
        TokenizedText tokens = matches.tokens;
        if (!matches.questionNames(term, them)) return false;
        // the thing itself said before the pronoun is named there, not in the question
        if (matches.occurs(term) && matches.position[matches.postingStart[term]] <= before) return false;
        for (int q = before - 1; q >= 0; q--) {
            if (!tokens.negator[q] && endsAPhrase(tokens, q) && agrees(tokens, q, them)) return false;
        }
        return true;
    }

    /**
     * How the question names each rubric term, for {@link #standsForTheQuestionsThing}: as one thing (1), as several
     * (2), both (3) or not at all (0).
     */
    static byte[] thingsNamed(AnswerMatches question, int terms) {
        byte[] named = new byte[terms];
        for (int term = 0; term < terms; term++) {
            for (int p = question.postingStart[term], end = question.postingStart[term + 1]; p < end; p++) {
                named[term] |= several(question.tokens.written(question.position[p])) ? 2 : 1;
            }
        }
        return named;
    }

    private static boolean endsAPhrase(TokenizedText tokens, int position) {
        int to = position + 1 < tokens.size ? tokens.starts[position + 1] : tokens.text.length();
        return PHRASE_END.matcher(tokens.text).region(tokens.ends[position], to).useTransparentBounds(true)
                .useAnchoringBounds(false).lookingAt();
    }

    /** "it" for one thing, "them" for several: "the war ... the colonies ... ended it" is the war. */
    private static boolean agrees(TokenizedText tokens, int named, boolean them) {
        String word = tokens.written(named);
        return EITHER_NUMBER.contains(word) || several(word) == them;
    }

    /** A word written for several things: "weights", "children". */
    private static boolean several(String word) {
        return PLURALS.contains(word) || word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is") && word.length() > 3;
    }
}
