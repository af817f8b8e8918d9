package dev.latent.scoring;

import java.util.regex.Pattern;

/**
 * Clauses a negation goes on into, where a clause-opening word would otherwise end its scope ({@link TokenizedText}):
 * the clause that says what the denied thing is ("it is not a model that generates new data", "there is no outcome
 * where both gain"), and the clause that is itself denied ("not that they cooperate", "not because people are
 * selfish").
 */
final class DeniedClauses {

    private DeniedClauses() {
    }

    /**
     * Whether the scope of the negation before the clause-opening words between {@code from} and {@code to} goes on
     * into the clause they open; {@code out} holds the words read so far.
     */
    static boolean goOnInto(TokenizedText out, String text, int from, int to) {
        return relativeAfterNegatedNoun(out, text, from, to) || deniedClauseAfterCue(out, text, from, to);
    }

    /** "that" or "because" right after a negation: "it's not that they cooperate", "not because people are selfish". */
    private static final Pattern DENIED_CLAUSE = Pattern.compile("\\s+(?:that|because(?:\\s+of)?)\\s+(?:(?:the|a|an)\\s+)?",
            Pattern.CASE_INSENSITIVE);

    /**
     * "that", "which", "who" or "where" between two words, perhaps after a preposition ("in which") and before function
     * words ("where both gain"); not "when", which as often opens a condition ("no gradient when the discriminator wins").
     */
    private static final Pattern RELATIVE = Pattern.compile(
            "\\s+(?:(?:in|by|through|of|for|with|from|to)\\s+)?(?:that|which|who|whom|where)\\s+(?:[\\p{L}']+\\s+)*",
            Pattern.CASE_INSENSITIVE);
    /** An article between a negation and its noun ("not a model", "no the"...), or none after "no" ("no outcome"). */
    private static final Pattern ARTICLE = Pattern.compile("\\s+(?:a|an|the|any)\\s+", Pattern.CASE_INSENSITIVE);

    /** "that" or "because" right after a live cue. */
    private static boolean deniedClauseAfterCue(TokenizedText out, String text, int from, int to) {
        return out.size > 0 && out.negator[out.size - 1] && DENIED_CLAUSE.matcher(text).region(from, to).matches();
    }

    /**
     * A relative clause right after "not a NOUN" or "no NOUN": the negation's noun phrase goes on into it ("there is
     * no outcome where both gain" denies that both gain).
     */
    private static boolean relativeAfterNegatedNoun(TokenizedText out, String text, int from, int to) {
        int noun = out.size - 1;
        return noun >= 1 && out.negator[noun - 1] && !out.negator[noun] && out.clause[noun] == out.clause[noun - 1]
                && (ARTICLE.matcher(text).region(out.ends[noun - 1], out.starts[noun]).matches()
                    || out.written(noun - 1).equalsIgnoreCase("no") && out.ends[noun - 1] + 1 == out.starts[noun])
                && RELATIVE.matcher(text).region(from, to).matches();
    }
}
