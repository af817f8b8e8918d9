package dev.latent.scoring;

import dev.latent.scoring.analysis.EnglishWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names said by their initials: "RRP" for "recommended retail price", "STRs" for "short tandem repeats", "R.E.M." for
 * "rapid eye movement". The initials a phrasing may be said by are worked out here; {@link PromptShortForms} spells
 * them out in an answer, as it does the question's own names, so they are read as the phrasing's words are.
 */
final class Initialisms {

    /**
     * A phrasing's words, a hyphenated word read as one ("rapidly-exploring random tree": RRT) and as two ("short-term
     * memory": STM).
     */
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final Pattern HYPHENATED_WORDS = Pattern.compile("[\\s-]+");

    static final int FEWEST = 3;
    static final int MOST = 6;

    private Initialisms() {
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
