package dev.latent.scoring;

import java.util.Set;

/** Typo tolerance: Damerau-Levenshtein distance (optimal string alignment) with length-based limits. */
final class Typos {

    /**
     * Common words one edit away from another word of this subject ("model"/"mode", "loss"/"less"):
     * an answer word in this list is taken as written, never as a typo of a rubric term.
     */
    static final Set<String> REAL_WORDS = Set.of(
            "model", "models", "mode", "modes", "loss", "less", "lose", "lost", "last", "data", "date", "real",
            "read", "fake", "take", "takes", "taking", "make", "makes", "making", "code", "codes", "node", "nodes", "mean", "means", "meant", "noise", "nose",
            "train", "trains", "rain", "layer", "layers", "later", "label", "level", "input", "inputs", "point",
            "space", "place", "pace", "value", "values", "learn", "lean", "blur", "blue", "sharp", "share",
            "image", "images", "sample", "simple", "gain", "again", "fine", "find", "line", "like", "live",
            "form", "from", "forms", "norm", "more", "most", "mostly", "move", "same", "some", "game", "name",
            "true", "tree", "work", "word", "words", "works", "rate", "rare", "role", "rule", "rules", "test",
            "text", "best", "rest", "feature", "features", "future", "latest", "talent", "content", "context",
            "decode", "encode", "decoded", "encoded", "decodes", "encodes", "coder", "coders", "measure", "measures",
            "measured", "lecture", "lectures", "fixture", "fixtures");

    private Typos() {
    }

    /**
     * The one rubric word a short form no dictionary knows begins ("regs", "alloc", "approx"), its plural "s" dropped,
     * with at least two letters more: the id of the first of {@code forms} so begun, or -1 for none, or for several
     * ("var" of "variable" and "variance").
     */
    static int shortFormOf(String spelling, String[] forms, int[] ids) {
        String shortest = spelling.endsWith("s") && spelling.length() >= 4 ? spelling.substring(0, spelling.length() - 1) : spelling;
        int found = -1;
        for (int f = 0; f < forms.length; f++) {
            if (forms[f].length() >= shortest.length() + 2 && forms[f].startsWith(shortest)) {
                if (found >= 0 && found != ids[f]) return -1;
                found = ids[f];
            }
        }
        return found;
    }

    /** Prefixes that negate a word: dropping one is a change of meaning ("unstable" → "stable"), not a typo. */
    private static final String[] NEGATING_PREFIXES = {"un", "in", "im", "il", "ir", "non", "dis", "de", "a"};

    /**
     * True when the answer word {@code written} may be a typo of the rubric word {@code target}: within the
     * tolerance of the shorter of the two, not another first letter in a word of the same length (not in the
     * reference model's reading, trained without that), and not the same word with a negating prefix added or dropped.
     */
    static boolean isTypo(String written, String target, boolean firstLetterKept) {
        int limit = tolerance(Math.min(written.length(), target.length()));
        if (limit == 0 || !within(written, target, limit)) return false;
        // Two real words often differ only in their first letter ("right"/"light", "fast"/"last", and with one more
        // edit "fetching"/"matching"); a typo seldom replaces it, though it may drop it or swap it with the next
        // ("iscriminator", "naomaly" for "anomaly").
        if (firstLetterKept && written.length() == target.length() && written.charAt(0) != target.charAt(0)
                && !(written.length() > 1 && written.charAt(0) == target.charAt(1) && written.charAt(1) == target.charAt(0))) {
            return false;
        }
        if (firstLetterKept && (swapsOppositePrefix(written, target) || swapsOppositePrefix(target, written))) return false;
        return !differByNegatingPrefix(written, target) && !differByNegatingPrefix(target, written);
    }

    /**
     * Prefixes that say the opposite of each other ("deflation" / "inflation", "hypotonic" / "hypertonic",
     * "repolarisation" / "depolarisation", "ascending" / "descending", "abduction" / "adduction"): two letters apart,
     * they are two words, not a typo.
     */
    private static final String[][] OPPOSITE_PREFIXES = {{"de", "in"}, {"de", "re"}, {"hypo", "hyper"},
            {"min", "max"}, {"in", "ex"}, {"im", "ex"}, {"endo", "exo"}, {"ex", "end"}, {"intra", "inter"},
            {"under", "over"}, {"pre", "post"}, {"sub", "super"}, {"inc", "dec"}, {"as", "des"}, {"ana", "cata"},
            {"ab", "ad"}, {"em", "im"}};

    private static boolean swapsOppositePrefix(String one, String other) {
        for (String[] pair : OPPOSITE_PREFIXES) {
            if (one.startsWith(pair[0]) && other.startsWith(pair[1])
                    && one.substring(pair[0].length()).equals(other.substring(pair[1].length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean differByNegatingPrefix(String longer, String shorter) {
        if (longer.length() <= shorter.length() || !longer.endsWith(shorter)) return false;
        String prefix = longer.substring(0, longer.length() - shorter.length());
        for (String negating : NEGATING_PREFIXES) if (negating.equals(prefix)) return true;
        return false;
    }

    /** The set of letters in a word as bits (a-z; other characters share the top bits). */
    static int letterMask(String word) {
        int mask = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            mask |= c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 1 << (26 + c % 6);
        }
        return mask;
    }

    /**
     * Cheap necessary condition for {@link #isTypo}: lengths within the tolerance, and each word has at
     * most that many letters the other lacks (one edit brings in at most one new letter).
     */
    static boolean mayBeTypo(String written, int writtenMask, String target, int targetMask) {
        int limit = tolerance(Math.min(written.length(), target.length()));
        return limit > 0 && Math.abs(written.length() - target.length()) <= limit
                && Integer.bitCount(writtenMask & ~targetMask) <= limit
                && Integer.bitCount(targetMask & ~writtenMask) <= limit;
    }

    /** Edits tolerated for a word of this length: none below 4 letters, 1 from 4, 2 from 8. */
    static int tolerance(int length) {
        if (length >= 8) return 2;
        if (length >= 4) return 1;
        return 0;
    }

    /** True when {@code a} and {@code b} are at most {@code limit} edits apart (insert, delete, substitute, swap). */
    static boolean within(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) return false;
        if (limit == 0) return a.equals(b);
        // Rows of the OSA matrix: two previous and the current one; lengths are short (rubric words).
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) previous[j] = j;
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) return false;
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[m] <= limit;
    }

    static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) if (Character.isDigit(word.charAt(i))) return true;
        return false;
    }
}
