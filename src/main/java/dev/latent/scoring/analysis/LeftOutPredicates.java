package dev.latent.scoring.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Char-filter rewrites that put back what an answer leaves out or says twice over: a predicate said of one subject and
 * left out for the next ("hashes can't be reversed but encryption can"; "closed loop has feedback, open loop doesn't"),
 * and a denial denied ("you can't not use the labels" says "must"). Last in {@link AnswerAnalyzer}'s chain, and none in
 * the reference model's reading, which was trained without them.
 */
final class LeftOutPredicates {

    private LeftOutPredicates() {
    }

    private static final String AUX_SAID = "can|could|does|do|did|is|are|was|were|will|would|has|have";
    /** The auxiliaries as written before "n't": "ca" of "can't", "wo" of "won't". */
    private static final String AUX_BEFORE_NT = "ca|could|does|do|did|is|are|was|were|wo|would|has|have";
    private static final String AUX_DENIED = "(?:" + AUX_BEFORE_NT + ")n['\u2019]?t|cannot|(?:" + AUX_SAID + ")\\s+not";

    /**
     * A predicate said of one subject and left out for the next, its polarity turned ("hashes can't be reversed but
     * encryption can", "encryption can be reversed, but hashes can't"): the predicate, up to six words of one clause,
     * is read again after the second subject's auxiliary, which ends its clause.
     */
    private static Pattern elided(String first, String second, boolean joinedByComma) {
        return Pattern.compile("(?i)\\b(" + first + ")(\\s+(?:[\\p{L}\\p{N}'\u2019-]+\\s+){0,5}?[\\p{L}\\p{N}'\u2019-]+)"
                + (joinedByComma ? "(\\s*,\\s+" : "(\\s*,?\\s+(?:but|while|whereas)\\s+")
                + "(?:(?:the|a|an)\\s+)?[\\p{L}\\p{N}-]+(?:\\s+[\\p{L}\\p{N}-]+)?\\s+)(" + second + ")(?=\\s*(?:[.,;:!?)]|$)"
                + (joinedByComma ? ")" : "|\\s+(?:if|because|when|since|as|so|though|although|unless)\\b)"));
    }

    private static final Pattern ELIDED_AFFIRMED = elided(AUX_DENIED, AUX_SAID, false);
    private static final Pattern ELIDED_DENIED = elided(AUX_SAID, AUX_DENIED, false);
    /**
     * The same after a comma alone, where the second auxiliary ends its sentence or clause: "closed loop has feedback,
     * open loop doesn't" (three robotics answers graded 2, scored 0). Not before "when": "one isn't affected,
     * parasitism is when one is harmed" defines the second subject.
     */
    private static final Pattern ELIDED_AFFIRMED_AFTER_COMMA = elided(AUX_DENIED, AUX_SAID, true);
    private static final Pattern ELIDED_DENIED_AFTER_COMMA = elided(AUX_SAID, AUX_DENIED, true);

    /**
     * A denial denied: "you can't not use the labels" says you must (a sixteenth-dev-set answer graded 0 was credited
     * with using the unlabeled data).
     */
    private static final Pattern DENIED_DENIAL = Pattern.compile("(?i)\\b(?:can(?:['\u2019]?t|\\s*not)|could(?:n['\u2019]?t|\\s+not))\\s+not\\b");

    private static boolean mayDenyADenial(String text) {
        return text.contains("not not") || text.contains("n't not") || text.contains("n\u2019t not") || text.contains("nt not");
    }

    private static boolean mayElide(String text) {
        return text.contains("but ") || text.contains("while ") || text.contains("whereas ") || text.contains("But ");
    }

    /**
     * Whether an auxiliary ends a clause after a comma somewhere ("..., open loop doesn't."): a plain scan, as this runs
     * on most answers graded and the rewrites' patterns are dear.
     */
    private static boolean mayElideAfterComma(String text) {
        int comma = text.indexOf(',');
        // One side's auxiliary is denied ("not", "n't", "cannot", or "nt" typed without its apostrophe).
        if (comma < 0 || !text.contains("nt") && !text.contains("not") && !text.contains("n't") && !text.contains("n\u2019t")) {
            return false;
        }
        for (int i = comma + 1; i <= text.length(); i++) {
            if (i < text.length() && !isClausePunctuation(text.charAt(i))) continue;
            int end = i;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
            int start = end;
            while (start > 0 && end - start <= LONGEST_AUXILIARY && (Character.isLetter(text.charAt(start - 1))
                    || text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '\u2019')) start--;
            if (end - start >= 2 && end - start <= LONGEST_AUXILIARY && (start == 0 || !Character.isLetter(text.charAt(start - 1)))
                    && subjectAfterComma(text, start)
                    && AUXILIARIES.contains(text.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one to three words ("open loop", "the kernel") stand between a comma and {@code at}. */
    private static boolean subjectAfterComma(String text, int at) {
        int i = at;
        for (int words = 0; words < 4; words++) {
            while (i > 0 && text.charAt(i - 1) == ' ') i--;
            if (i > 0 && text.charAt(i - 1) == ',') return words > 0;
            int wordEnd = i;
            while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) i--;
            if (i == wordEnd) return false;
        }
        return false;
    }

    private static boolean isClausePunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')';
    }

    private static final int LONGEST_AUXILIARY = 8;
    /** The words {@link #AUX_SAID} and {@link #AUX_DENIED} end on ("not" for "does not"), lower case, "'" for "’". */
    private static final Set<String> AUXILIARIES = auxiliaries();

    private static Set<String> auxiliaries() {
        Set<String> words = new HashSet<>(List.of(AUX_SAID.split("\\|")));
        for (String stem : AUX_BEFORE_NT.split("\\|")) {
            words.add(stem + "n't");
            words.add(stem + "nt");
        }
        words.add("not");
        words.add("cannot");
        return Set.copyOf(words);
    }

    /** Shared by both rewrites of a kind, so that the filter asks each once ({@link RewriteCharFilter}). */
    private static final Predicate<String> MAY_ELIDE = LeftOutPredicates::mayElide;
    private static final Predicate<String> MAY_ELIDE_AFTER_COMMA = LeftOutPredicates::mayElideAfterComma;

    /** In the chain's order: the denied denial, then the ellipses after a contrast word and after a comma. */
    static final List<RewriteCharFilter.Rewrite> REWRITES = List.of(
            new RewriteCharFilter.Rewrite(DENIED_DENIAL, "must", LeftOutPredicates::mayDenyADenial),
            new RewriteCharFilter.Rewrite(ELIDED_AFFIRMED, "$1$2$3$4$2", MAY_ELIDE),
            new RewriteCharFilter.Rewrite(ELIDED_DENIED, "$1$2$3$4$2", MAY_ELIDE),
            new RewriteCharFilter.Rewrite(ELIDED_AFFIRMED_AFTER_COMMA, "$1$2$3$4$2", MAY_ELIDE_AFTER_COMMA),
            new RewriteCharFilter.Rewrite(ELIDED_DENIED_AFTER_COMMA, "$1$2$3$4$2", MAY_ELIDE_AFTER_COMMA));
}
