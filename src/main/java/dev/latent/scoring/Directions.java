package dev.latent.scoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way a word is approached: "into the blood", "towards the cell", "to the lungs" go one way; "out of the blood",
 * "from the cell", "away from the lungs" the other. The analyzer drops these little words, so "oxygen diffuses out of
 * the blood" read "oxygen diffuses blood" and matched "oxygen diffuses into blood", and "heat flows from cold to hot"
 * matched "heat flows from hot to cold". Read from the text just before a word (its articles skipped).
 */
final class Directions {

    static final byte NONE = 0;
    static final byte TOWARDS = 1;
    static final byte AWAY = -1;

    private static final Pattern PARTICLE = Pattern.compile("(?i)\\b(into|onto|in\\s+to|towards?|to|out\\s+of|out\\s+from"
            + "|away\\s+from|from)\\s+(?:(?:the|a|an|its|their|his|her|our|your|this|that|these|those)\\s+)?$");

    private static final Pattern COMPARISON = Pattern.compile("(?i)\\b(?:differ\\w*|distinct|separate|apart|similar|identical"
            + "|equal|equivalent|close|far|opposite|compared|relative|next|due|thanks|according)\\s*$");

    private Directions() {
    }

    /** The direction said right before {@code end} in {@code text}, looking back no further than {@code from}. */
    static byte before(String text, int from, int end) {
        if (end - from < 3) return NONE; // most words follow the last after a space: no regular expression runs
        Matcher particle = PARTICLE.matcher(text).region(from, end);
        if (!particle.find()) return NONE;
        // "different to / from", "similar to", "close to": a comparison, not a way to go.
        if (COMPARISON.matcher(text).region(Math.max(0, particle.start() - 24), particle.start()).find()) return NONE;
        String word = particle.group(1).toLowerCase(java.util.Locale.ROOT);
        return word.startsWith("out") || word.startsWith("away") || word.equals("from") ? AWAY : TOWARDS;
    }

    /** Whether the answer goes the other way than the phrasing at a word. */
    static boolean opposite(byte phrasing, byte answer) {
        return phrasing != NONE && answer == -phrasing;
    }
    /**
     * Whether a match takes an "up" that belongs to another verb: "up" says which way only beside its own verb, so
     * "it is used to speed up the reaction" does not say "used up". An "up" before every other word of the match
     * leads them as a preposition ("further up the supply chain" says "up the chain") and needs no verb.
     */
    static boolean upOfAnotherWord(int[] postings, AnswerMatches matches) {
        if (postings.length < 2) return false;
        TokenizedText tokens = matches.tokens;
        for (int posting : postings) {
            int at = matches.position[posting];
            if (!"up".equals(tokens.terms[at])) continue;
            boolean besideItsVerb = false;
            boolean leadsTheMatch = true;
            for (int other : postings) {
                besideItsVerb |= other != posting && matches.last[other] == at - 1;
                leadsTheMatch &= other == posting || matches.position[other] > at;
            }
            if (!besideItsVerb && !leadsTheMatch) return true;
        }
        return false;
    }
}
