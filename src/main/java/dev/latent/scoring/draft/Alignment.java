package dev.latent.scoring.draft;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looser matches of an answer against the reference than the rubric's exact stems: a reference term is
 * aligned with an answer term that is the same stem, a misspelling of it (small edit distance: "circut",
 * "seperated") or a listed near-synonym ("damaged" / "burned out", "incomplete" / "gap"). Also the state a
 * text asserts of a circuit (a closed path, or a gap; negation flips it) and the named parts it mentions
 * ("bulb A", "terminal 4"), which short electrical answers hinge on.
 */
final class Alignment {

    /** Groups of words that state the same thing in school-science answers. */
    private static final String[] SYNONYMS = {
            "damaged damage burned burnt burn blown broken dead fused",
            "gap break opening incomplete disconnected separated",
            "closed complete completed connected",
            "path circuit loop",
            "contained contains contain included includes include",
            "voltage potential",
            "battery cell",
            "charge electrons",
            "same identical equal",
            "different separate distinct",
            "because since",
            "makes causes creates produces",
            "bulb light lamp",
    };

    /** Stems asserting a closed (+1) or an open (-1) circuit. */
    private static final Map<String, Integer> STATE = Map.ofEntries(
            Map.entry("close", 1), Map.entry("complet", 1), Map.entry("connect", 1), Map.entry("loop", 1),
            Map.entry("gap", -1), Map.entry("open", -1), Map.entry("incomplet", -1), Map.entry("disconnect", -1),
            Map.entry("separ", -1), Map.entry("break", -1), Map.entry("broken", -1));

    private static final Map<String, Integer> GROUP_OF = groups();

    /** "bulb A", "terminals 4, 5 and 6", "switch Z", "X" (a capital letter alone that is not "I" or "A"). */
    private static final Pattern PART = Pattern.compile(
            "\\b(?:bulbs?|switch(?:es)?|terminals?|circuits?|batter(?:y|ies))\\s+((?:[a-z0-9]\\b[\\s,]*(?:and\\s+|or\\s+)?)+)"
                    + "|\\b([B-HJ-Z])\\b|\\b([0-9])\\b", Pattern.CASE_INSENSITIVE);

    private Alignment() {
    }

    private static Map<String, Integer> groups() {
        Map<String, Integer> out = new HashMap<>();
        for (int g = 0; g < SYNONYMS.length; g++) {
            for (String word : SYNONYMS[g].split(" ")) {
                String term = Words.termOf(word);
                if (term != null) out.putIfAbsent(term, g);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * {coverage of the reference's terms, the same for terms the question lacks, share of the answer's
     * terms aligned with some reference term}.
     */
    static double[] coverage(Set<String> referenceTerms, Set<String> promptTerms, Set<String> answerTerms) {
        int covered = 0, core = 0, coreCovered = 0;
        for (String term : referenceTerms) {
            boolean hit = alignedWithAny(term, answerTerms);
            if (hit) covered++;
            if (!promptTerms.contains(term)) {
                core++;
                if (hit) coreCovered++;
            }
        }
        int precise = 0;
        for (String term : answerTerms) if (alignedWithAny(term, referenceTerms)) precise++;
        double coverage = referenceTerms.isEmpty() ? 0 : covered / (double) referenceTerms.size();
        return new double[]{coverage, core > 0 ? coreCovered / (double) core : coverage,
                answerTerms.isEmpty() ? 0 : precise / (double) answerTerms.size()};
    }

    /**
     * {share of the reference's words the answer states with the other polarity, 1 when there is any}: a
     * reference word the answer also uses (aligned as in {@link #coverage}) but negates where the reference
     * asserts it, or asserts where the reference negates it ("are no longer in a closed path" / "are in a
     * closed path").
     */
    static double[] negationFlips(Words reference, Words answer) {
        int matched = 0, flipped = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Words.Word word : reference.words) {
            if (word.cue() || !seen.add(word.term())) continue;
            Boolean answerNegated = null;
            for (Words.Word other : answer.words) {
                if (other.cue() || !aligned(word.term(), other.term())) continue;
                // Any assertion of the word counts as asserting it; only an all-negated use is a negation.
                answerNegated = answerNegated == null ? other.negated() : answerNegated && other.negated();
            }
            if (answerNegated == null) continue;
            matched++;
            if (answerNegated != word.negated()) flipped++;
        }
        return new double[]{matched > 0 ? flipped / (double) matched : 0, flipped > 0 ? 1 : 0};
    }

    private static boolean alignedWithAny(String term, Set<String> others) {
        if (others.contains(term)) return true;
        for (String other : others) if (aligned(term, other)) return true;
        return false;
    }

    static boolean aligned(String a, String b) {
        if (a.equals(b)) return true;
        Integer ga = GROUP_OF.get(a);
        if (ga != null && ga.equals(GROUP_OF.get(b))) return true;
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 4 || isDigits(a) || isDigits(b)) return false;
        int allowed = shorter >= 7 ? 2 : 1;
        if (Math.abs(a.length() - b.length()) > allowed) return false;
        return editDistance(a, b, allowed) <= allowed;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    /** Optimal-string-alignment distance (adjacent swaps count 1), cut short once above {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        int n = a.length(), m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) return limit + 1;
        }
        return d[n][m];
    }

    /** +1 when the text asserts a closed circuit more than an open one, -1 for the reverse, 0 for neither. */
    static int circuitState(Words words) {
        int sum = 0;
        for (Words.Word word : words.words) {
            Integer state = word.cue() ? null : STATE.get(word.term());
            if (state != null) sum += word.negated() ? -state : state;
        }
        return Integer.signum(sum);
    }

    /** {share of the reference's named parts the answer names, 1 when the answer names a part the reference does not}. */
    static double[] entities(String reference, String answer) {
        Set<String> r = parts(reference);
        Set<String> a = parts(answer);
        if (r.isEmpty()) return new double[]{0, 0};
        int hit = 0;
        for (String part : r) if (a.contains(part)) hit++;
        boolean extra = false;
        for (String part : a) if (!r.contains(part)) extra = true;
        return new double[]{hit / (double) r.size(), extra ? 1 : 0};
    }

    static Set<String> parts(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) return out;
        Matcher m = PART.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                for (String token : m.group(1).split("[\\s,]+")) {
                    String t = token.toLowerCase(Locale.ROOT);
                    if (t.length() == 1) out.add(t);
                }
            } else if (m.group(2) != null) {
                out.add(m.group(2).toLowerCase(Locale.ROOT));
            } else {
                out.add(m.group(3));
            }
        }
        return out;
    }
}
