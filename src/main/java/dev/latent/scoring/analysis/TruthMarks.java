package dev.latent.scoring.analysis;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Statements an answer marks true or false itself ("False: they need labels", "✗ they need labels", "they need labels
 * (false)"): a statement marked false is denied, as "not" before it would deny it; the marks themselves say nothing.
 * Char-filter rewrites, none in the reference model's reading, which was trained without them.
 */
final class TruthMarks {

    private TruthMarks() {
    }

    /** The signs for a statement marked false and marked true. ("×" is a product, "x" a letter: neither is a mark.) */
    private static final String CROSS = "\u2717\u2718\u274C\u274E";
    private static final String TICK = "\u2713\u2714\u2705";

    /** What follows a statement to mark it: a dash, "=", ":", an arrow. */
    private static final String MARK_AFTER = "(?:[-\u2013\u2014=:]|->|\u2192)";

    /** A mark in brackets: "(F)", "[false]", "(✗)"; "(T)", "[true]", "(✓)". */
    private static String inBrackets(String words, String signs) {
        return "[\\[(]\\s*(?:" + words + "|[" + signs + "])\\s*[\\])]";
    }

    private static final String FALSE_IN_BRACKETS = inBrackets("f|false|untrue", CROSS);

    /**
     * A mark of false before its statement: "False:", "False -", "[F]", "(false)", "✗". A word mark needs its colon,
     * dash or brackets: "true or false" is a phrase, not a mark.
     */
    private static final Pattern FALSE_BEFORE = Pattern.compile("(?i)(?:(?<![\\p{L}\\p{N}])(?:false|untrue)\\s*[:\\-\u2013\u2014]"
            + "|" + FALSE_IN_BRACKETS + "|[" + CROSS + "])\\s*(?=[\\p{L}\\p{N}])");

    /**
     * A mark of false after its statement, the statement read back to the last mark or punctuation: "they need labels -
     * false", "they need labels (✗)", "they need labels ✗". It ends the statement, at punctuation or the answer's end: a
     * sign between two statements ("✓ denoising ✗ they need labels") marks the one after it.
     */
    private static final Pattern FALSE_AFTER = Pattern.compile("(?i)(?<=^|[.;,:!?\\n" + CROSS + TICK + "]\\s?)"
            + "(\\s*)([\\p{L}\\p{N}][^.;,:!?\\n" + CROSS + TICK + "\\[(]*?)\\s*(?:" + MARK_AFTER + "\\s*(?:false|untrue)"
            + "|" + FALSE_IN_BRACKETS + "|[" + CROSS + "])(?=\\s*(?:[.;,!?)\\]\\n]|$))");

    /** A mark of true, before or after its statement: it only ends the statement before it. */
    private static final Pattern TRUE_MARK = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])true\\s*[:\\-\u2013\u2014](?=\\s*[\\p{L}\\p{N}])"
            + "|" + MARK_AFTER + "\\s*true(?![\\p{L}\\p{N}])|" + inBrackets("t|true", TICK) + "|[" + TICK + "]");

    private static final Predicate<String> HAS_CROSS = RewriteCharFilter.containsAnyOf(CROSS);
    private static final Predicate<String> HAS_TICK = RewriteCharFilter.containsAnyOf(TICK);

    /** Whether the text may hold a mark of false: one of its signs, "false", "untrue" or a bracketed "f". */
    private static boolean mayMarkFalse(String text) {
        return HAS_CROSS.test(text) || TextScan.containsIgnoringCase(text, "false")
                || TextScan.containsIgnoringCase(text, "untrue") || bracketed(text, 'f');
    }

    /** Whether the text may hold a mark of true: one of its signs, "true" or a bracketed "t". */
    private static boolean mayMarkTrue(String text) {
        return HAS_TICK.test(text) || TextScan.containsIgnoringCase(text, "true") || bracketed(text, 't');
    }

    /** A letter alone in brackets, white space allowed: "(f)", "[ T ]". */
    private static boolean bracketed(String text, char letter) {
        for (int open = 0; open < text.length(); open++) {
            char c = text.charAt(open);
            if (c != '(' && c != '[') continue;
            int i = skipSpace(text, open + 1);
            if (i < text.length() && Character.toLowerCase(text.charAt(i)) == letter) {
                int j = skipSpace(text, i + 1);
                if (j < text.length() && (text.charAt(j) == ')' || text.charAt(j) == ']')) return true;
            }
        }
        return false;
    }

    private static int skipSpace(String text, int from) {
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) from++;
        return from;
    }

    /** Marks after their statements first, then before them, then the marks of true. */
    static final List<RewriteCharFilter.Rewrite> REWRITES = List.of(
            new RewriteCharFilter.Rewrite(FALSE_AFTER, "$1not $2. ", TruthMarks::mayMarkFalse),
            new RewriteCharFilter.Rewrite(FALSE_BEFORE, ". not ", TruthMarks::mayMarkFalse),
            new RewriteCharFilter.Rewrite(TRUE_MARK, ". ", TruthMarks::mayMarkTrue));
}
