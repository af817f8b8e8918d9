package dev.latent.scoring;

import dev.latent.scoring.analysis.AnswerAnalyzer;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an answer's clauses and sentences end, read from the text between two of its words: punctuation, a
 * clause-opening function word ("because", "which"), an infinitive's "to", a full stop typed without a space, and the
 * short asides between commas that end nothing ("not, in practice, easy"). {@link TokenizedText} numbers clauses,
 * sentences and list items from these.
 */
final class Boundaries {

    private Boundaries() {
    }

    static final int NONE = 0;
    /** A clause-opening function word ("and", "because", "which") between two words: ends a negation's scope but not a list item. */
    static final int CONJUNCTION = 1;
    static final int CLAUSE = 2;
    static final int SENTENCE = 3;
    /** The word "to" between two words and nothing stronger: ends a determiner negation's scope. */
    static final int INFINITIVE = 4;

    /**
     * Stop words that open a new clause, and so end a negation's scope: "it can't reconstruct the input
     * because information is lost" does not negate "information is lost".
     */
    private static final List<List<String>> CLAUSE_FUNCTION_WORDS = List.of(List.of("and", "because", "since", "so",
            "which", "that", "when", "if", "then", "where", "who"), AnswerAnalyzer.BECAUSE_SHORT_FORMS);

    private static boolean isClauseFunctionWord(String text, int start, int end) {
        int length = end - start;
        for (List<String> words : CLAUSE_FUNCTION_WORDS) {
            for (String word : words) {
                if (word.length() == length && text.regionMatches(true, start, word, 0, length)) return true;
            }
        }
        return false;
    }

    /** A full stop glued to what follows, not a capitalised word: "W.T", not "membrane.Active". */
    private static boolean continuesWord(String text, int dot, boolean sentencesTypedOn) {
        int next = dot + 1;
        if (next >= text.length() || !Character.isLetter(text.charAt(next))) return false;
        boolean capitalisedWord = Character.isUpperCase(text.charAt(next)) && next + 1 < text.length()
                && Character.isLowerCase(text.charAt(next + 1));
        return !capitalisedWord && !(sentencesTypedOn && SENTENCE_OPENER.matcher(text).region(next, text.length()).lookingAt());
    }

    /** A sentence typed on after its full stop without a space or a capital: "not a classifier.it can generate ...". */
    private static final Pattern SENTENCE_OPENER = Pattern.compile("(?:it|its|it's|the|this|that|these|those|they|their|"
            + "there|then|we|our|you|your|he|she|a|an|so|but|and|also|however|which|when|if|because|since|i)\\s");

    /**
     * An answer typed as a bulleted list on one line ("- train AE on unlabeled data - copy the encoder - fine-tune"):
     * each bullet opens an item of its own, as a line break would. A wrong claim or a phrasing was matched across two
     * items ("discriminator - tasks: generating images", a fifteenth-dev-set answer graded 4, scored 2).
     */
    private static final Pattern INLINE_BULLETS = Pattern.compile("\\s*[-\u2022*]\\s+\\S.*?\\s[-\u2022*]\\s+\\S", Pattern.DOTALL);

    static boolean isInlineBulletList(String text) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) first++;
        if (first + 2 >= text.length()) return false;
        char c = text.charAt(first);
        // most answers open on a word: no pattern to run
        return isBullet(c) && INLINE_BULLETS.matcher(text).lookingAt();
    }

    /** Whether a bullet ("-", "•", "*" with spaces around it) stands between two words. */
    static boolean hasBullet(String text, int from, int to) {
        for (int i = Math.max(from, 1); i + 1 < to; i++) {
            char c = text.charAt(i);
            if (isBullet(c) && Character.isWhitespace(text.charAt(i - 1))
                    && Character.isWhitespace(text.charAt(i + 1))) return true;
        }
        return false;
    }

    /** The bullet signs {@link #INLINE_BULLETS} reads: "-", "•", "*". */
    private static boolean isBullet(char c) {
        return c == '-' || c == '\u2022' || c == '*';
    }

    /** Punctuation between two words that separates list items or sentences (a colon does not). */
    static boolean breaksPiece(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '.', '!', '?', ';', '\n', '\r', ',', '(', ')', '/', '|', '[', ']' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * The strongest boundary in the text between two tokens (stop words in there are just skipped).
     *
     * @param laterRules a spaced hyphen is a dash, and a sentence typed on after a full stop without a space ends it
     *                   there (neither in the reference model's reading, trained without them)
     */
    static int boundaryBetween(String text, int from, int to, boolean laterRules) {
        int found = NONE;
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '.' -> {
                    // "encoder.T" (numpy's transpose) goes on; "membrane.Active" or ". " ends a sentence.
                    if (!continuesWord(text, i, laterRules)) return SENTENCE;
                }
                case '!', '?', ';', '\n', '\r' -> {
                    return SENTENCE;
                }
                case ',', ':', '(', ')', '/', '|', '\u2013', '\u2014', '"', '\u201C', '\u201D', '[', ']' -> found = CLAUSE;
                // A hyphen typed as a dash (" - ", " -- "): what "\u2013" and "\u2014" are. Not inside a word ("t-RNA").
                case '-' -> {
                    if (laterRules && i > from && Character.isWhitespace(text.charAt(i - 1))) found = CLAUSE;
                }
                default -> {
                    boolean wordStart = Character.isLetter(text.charAt(i)) && (i == from || !Character.isLetter(text.charAt(i - 1)));
                    if ((found == NONE || found == INFINITIVE) && wordStart) {
                        int end = i;
                        while (end < to && Character.isLetter(text.charAt(end))) end++;
                        if (isClauseFunctionWord(text, i, end)) found = CONJUNCTION;
                        else if (found == NONE && end - i == 2 && text.regionMatches(true, i, "to", 0, 2)) found = INFINITIVE;
                    }
                }
            }
        }
        return found;
    }

    /**
     * A short aside between commas: "not, in practice, easy to train", "not, however, useful". Its commas end no clause
     * (a negation reaches over it) and a connective in it starts no contrast.
     */
    private static final Pattern ASIDE = Pattern.compile("(?i),\\s*(?:in\\s+(?:practice|general|fact|theory|principle|short"
            + "|most\\s+cases|my\\s+(?:experience|opinion|view))|of\\s+course|however|though|for\\s+(?:example|instance)|at\\s+least"
            + "|at\\s+first|I\\s+(?:think|believe|guess)|basically|generally|usually|typically|actually|really|honestly"
            + "|arguably|technically|strictly\\s+speaking)\\s*,");

    /** The asides' opening and closing comma offsets, in pairs; null for none. */
    static int[] asides(String text) {
        if (text.indexOf(',') < 0) return null;
        Matcher aside = ASIDE.matcher(text);
        int[] out = null;
        int count = 0;
        while (aside.find()) {
            if (out == null) out = new int[4];
            if (count == out.length) out = Arrays.copyOf(out, 2 * count);
            out[count++] = aside.start();
            out[count++] = aside.end() - 1;
        }
        return out == null ? null : Arrays.copyOf(out, count);
    }

    /** Whether the only clause mark between from and to is an aside's comma. */
    static boolean onlyAsideCommas(String text, int from, int to, int[] asides) {
        boolean comma = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                boolean ofAside = false;
                for (int offset : asides) ofAside |= offset == i;
                if (!ofAside) return false;
                comma = true;
            } else if (!Character.isWhitespace(c) && !Character.isLetter(c)) {
                return false;
            }
        }
        return comma;
    }

    static boolean inAside(int at, int[] asides) {
        for (int k = 0; k + 1 < asides.length; k += 2) if (at > asides[k] && at < asides[k + 1]) return true;
        return false;
    }
}
