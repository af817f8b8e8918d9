package dev.latent.scoring.analysis;

/**
 * Quick checks of raw answer text that decide whether a costlier reading (a pattern, a rewrite) can apply at all. They
 * ignore case as the patterns they guard do, so a check never skips an answer its pattern would match.
 */
public final class TextScan {

    private TextScan() {
    }

    /** Whether {@code part} (lower case) is written anywhere in the text, in any case. */
    public static boolean containsIgnoringCase(String text, String part) {
        return containsIgnoringCase(text, 0, text.length(), part);
    }

    /** Whether {@code part} (lower case) is written wholly between the two offsets, in any case. */
    public static boolean containsIgnoringCase(String text, int from, int to, String part) {
        char lower = part.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int i = Math.max(0, from), last = Math.min(to, text.length()) - part.length(); i <= last; i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper) && text.regionMatches(true, i, part, 0, part.length())) return true;
        }
        return false;
    }
}
