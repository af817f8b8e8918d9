package dev.latent.scoring;

import java.util.regex.Pattern;

/**
 * Words that lessen, lower or lose what follows them, and what a negation beside them says: "it doesn't reduce
 * overfitting" denies the reducing, not the overfitting; "blood sugar goes down" lowers it; "the soil doesn't run out
 * of nutrients" keeps them. {@link MatchReading} asks; {@link RubricVocabulary} asks of a phrasing's own verb.
 */
final class Lessening {

    private Lessening() {
    }

    /**
     * "keeps it from", "stopped the soil from": keeping or stopping a thing from doing something prevents it (a regex's
     * text; "stops the recursion" stops no thing from anything).
     */
    static final String KEEPS_FROM = "\\b(?:keep|keeps|keeping|kept|stop|stops|stopped|stopping)"
            + "(?=(?:\\s+[\\p{L}'-]+){1,4}\\s+from\\b)";

    /** Verbs of lessening what follows them, as an answer writes them. */
    private static final Pattern LESSENING = Pattern.compile("(?i)\\b(?:reduc(?:e|es|ed|ing)|prevent|avoid|lower|decreas(?:e|es|ed|ing)"
            + "|limit|lessen|mitigat(?:e|es|ed|ing)|combat|fight|stop|eliminat(?:e|es|ed|ing)|remov(?:e|es|ed|ing)"
            + "|cut|minimi[sz](?:e|es|ed|ing))(?:s|ed|ing|ped|ping)?\\b|" + KEEPS_FROM);

    /**
     * The verbs among them a phrasing may be read without ("prevents soil being washed away"): not "lower", "limit",
     * "cut", "remove", "combat" or "fight", which name things as often ("a limited number", "lower layers").
     */
    private static final Pattern PREVENTING = Pattern.compile("(?i)(?:prevent|reduc|avoid|decreas|lessen|mitigat|stop|"
            + "eliminat|minimi[sz])(?:s|e|es|ed|ing|ped|ping)?");

    /** Verbs of running out of what follows them: denied, they say it is kept. */
    private static final Pattern LOSS = Pattern.compile("(?i)\\b(?:los(?:e|es|ing)|lost|run(?:s|ning)?\\s+out|ran\\s+out"
            + "|deplet(?:e|es|ed|ing)|drain(?:s|ed|ing)?|us(?:e|es|ed|ing)\\s+up)\\b");

    /** A verb of falling, after a phrase that names what of the thing at most, a modal at most before it. */
    private static final Pattern FALLS = Pattern.compile("(?i)(?:\\s+(?:in|of|on|for|to|with)\\s+(?:(?:the|a|an|its|their|your|our)\\s+)?"
            + "[\\p{L}\\p{N}'-]+)?\\s+(?:(?:will|would|can|could|may|might|then|also)\\s+)?"
            + "(?:(?:go|goes|went|gone|going)\\s+down|drops?|dropped|dropping|falls?|fell|falling|decreas(?:e|es|ed|ing)"
            + "|declin(?:e|es|ed|ing)|shrinks?|shrank|shrinking)\\b");

    private static final Pattern ARTICLE_AT_MOST = Pattern.compile("(?i)\\s+(?:(?:the|a|an|its|their|your)\\s+)?");

    /**
     * Words of a difficulty that hinders what follows ("trouble falling asleep", "difficulty breathing") or of its
     * absence ("missed sleep adds up"): read without them, as a verb of preventing, the phrasing asks for the thing
     * denied ("can't fall asleep", "not enough sleep ... adds up"). Not "hard" ("hard disk drive") nor "problem"
     * ("problem solving skills"), which name things as often, nor "missing" ("the missing value").
     */
    private static final Pattern HINDERING = Pattern.compile("(?i)trouble|troubles|difficult|difficulty|difficulties"
            + "|struggl(?:e|es|ed|ing)|inability|missed");

    /** "hard to" (not "hard disk"): a difficulty too ("hard to fall asleep"). */
    private static final Pattern HARD_TO = Pattern.compile("(?i)\\s+to\\b");

    /**
     * Whether a word a phrasing writes, ending at {@code end} of the phrasing's {@code text}, is a verb of preventing or
     * a word of difficulty, which a near match may leave out.
     */
    static boolean prevents(String written, String text, int end) {
        return PREVENTING.matcher(written).matches() || HINDERING.matcher(written).matches()
                || (written.equalsIgnoreCase("hard") || written.equalsIgnoreCase("harder"))
                && HARD_TO.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * Whether a verb that lessens what follows stands between a cue and a word: "it doesn't reduce overfitting" denies
     * the reducing, so it does not say "no overfitting".
     */
    static boolean lessenedBetween(TokenizedText tokens, int cue, int word) {
        return word - cue >= 2 && LESSENING.matcher(tokens.text).region(tokens.ends[cue], tokens.starts[word]).find();
    }

    /**
     * Whether a verb of losing stands between a cue and a word the match did not take it from: "the soil doesn't run
     * out of nutrients" keeps the nutrients, it does not deny them.
     */
    static boolean lostBetween(TokenizedText tokens, int cue, int word) {
        return word - cue >= 1 && LOSS.matcher(tokens.text).region(tokens.ends[cue], tokens.starts[word]).find();
    }

    /** Verbs of one thing following from another: "doesn't mean", "does not imply", "isn't a guarantee". */
    private static final Pattern INFERENCE = Pattern.compile("(?i)^\\s*(?:(?:necessarily|always|automatically)\\s+)?"
            + "(?:mean|means|imply|implies|guarantee|guarantees|prove|proves)\\b");

    /** Whether the cue denies that one thing follows from another, right before the word: "doesn't mean the codings ...". */
    static boolean inferenceBetween(TokenizedText tokens, int cue, int word) {
        return word > cue && INFERENCE.matcher(tokens.text).region(tokens.ends[cue], tokens.starts[word]).find();
    }

    /**
     * "less" right before the word a negated phrasing negates ("less stable" for "unstable"), or a verb of lessening
     * there in place of the one a near match leaves out ("lowers blood sugar" for "decreases blood sugar"): its
     * position, or -1.
     */
    static int lessenedBefore(Phrasing phrasing, int[] postings, AnswerMatches matches) {
        if (phrasing.negatedWord() < 0) return -1;
        int word = matches.position[postings[phrasing.negatedWord()]];
        TokenizedText tokens = matches.tokens;
        if (word == 0 || tokens.clause[word - 1] != tokens.clause[word]) return -1;
        String between = tokens.text.substring(tokens.ends[word - 1], tokens.starts[word]);
        if (tokens.terms[word - 1].equals("less")) return between.isBlank() ? word - 1 : -1;
        // A verb only in place of the one a near match leaves out: other negated phrasings keep their own reading.
        boolean inItsPlace = phrasing.nearMatch()
                && LESSENING.matcher(tokens.text).region(tokens.starts[word - 1], tokens.ends[word - 1]).matches();
        return inItsPlace && ARTICLE_AT_MOST.matcher(between).matches() ? word - 1 : -1;
    }

    /**
     * A verb of falling right after a match's last word, or after a phrase that names what of it ("trust in the outlet
     * goes down", "the blood sugar will drop"): the position of the word after the match, or -1.
     */
    static int fallsAfter(int last, TokenizedText tokens) {
        if (last + 1 >= tokens.size) return -1;
        var falls = FALLS.matcher(tokens.text).region(tokens.ends[last], tokens.text.length());
        return falls.lookingAt() ? last + 1 : -1;
    }
}
