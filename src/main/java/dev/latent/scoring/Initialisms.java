package dev.latent.scoring;

import dev.latent.scoring.analysis.EnglishWords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names said by their initials: "RRP" for "recommended retail price", "STRs" for "short tandem repeats", "R.E.M." for
 * "rapid eye movement". The initials a rubric's phrasings may be said by are worked out and kept here; {@link
 * ShortForms} spells them out in an answer, as it does the question's own names, so they are read as the phrasing's
 * words are.
 */
final class Initialisms {

    /**
     * A phrasing's words, a hyphenated word read as one ("rapidly-exploring random tree": RRT) and as two ("short-term
     * memory": STM).
     */
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final Pattern HYPHENATED_WORDS = Pattern.compile("[\\s-]+");

    private static final int FEWEST = 3;
    private static final int MOST = 6;

    /** Lower-case initials → the terms of the phrasing they stand for. */
    private final Map<String, String[]> spelled = new HashMap<>();
    private final Set<String> shared = new HashSet<>();

    /**
     * Records a phrasing's terms under each of its initials ({@link #of(String)}), where there are no more terms than
     * letters: each term is spelled out over one letter at least.
     */
    void add(List<String> initials, String[] terms) {
        for (String written : initials) {
            if (terms.length > written.length()) continue;
            String letters = written.toLowerCase(Locale.ROOT);
            String[] before = spelled.putIfAbsent(letters, terms);
            if (before != null && !Arrays.equals(before, terms)) shared.add(letters);
        }
    }

    /**
     * Leaves out initials two phrasings of other words share, and those the rubric writes as a word ("VAE"), which are
     * read as that word with its negations.
     */
    void seal(Set<String> writtenWords) {
        spelled.keySet().removeIf(letters -> shared.contains(letters) || writtenWords.contains(letters));
    }

    Map<String, String[]> spelled() {
        return spelled;
    }

    /**
     * The initials of a phrasing of three to six words that each open with a letter, in capitals, its hyphenated words
     * read as one and as two; none that spell a word.
     */
    static List<String> of(String phrasing) {
        List<String> out = new ArrayList<>(2);
        for (Pattern words : List.of(WORDS, HYPHENATED_WORDS)) {
            String initials = initials(words.split(phrasing.strip()));
            if (initials != null && !out.contains(initials)) out.add(initials);
        }
        return out;
    }

    private static String initials(String[] words) {
        if (words.length < FEWEST || words.length > MOST) return null;
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) return null;
            initials.append(Character.toUpperCase(word.charAt(0)));
        }
        String letters = initials.toString();
        return EnglishWords.contains(letters.toLowerCase(Locale.ROOT)) ? null : letters;
    }

    /**
     * A word written in capitals ("SSR"), a full stop after each at most ("R.R.P") and a plural "s" after them at most
     * ("RRPs"): its letters in lower case; null for any other word or for more than {@link #MOST} letters.
     */
    static String writtenIn(String text, int start, int end) {
        if (end > start + 1 && text.charAt(end - 1) == 's') end--;
        StringBuilder letters = new StringBuilder(MOST);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.' && i > start && text.charAt(i - 1) != '.') continue;
            if (!Character.isUpperCase(c) || letters.length() == MOST) return null;
            letters.append(Character.toLowerCase(c));
        }
        return letters.length() < 2 ? null : letters.toString();
    }
}
