package dev.latent.scoring;

import dev.latent.scoring.analysis.EnglishWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Concept phrasings said by their initials: "RRP" for "recommended retail price", "STRs" for "short tandem repeats",
 * "R.E.M." for "rapid eye movement". Only in capitals, as a word of their own, and only where the initials spell no
 * English word ("NOT" is no "never occur together"). Initials the question writes ("What is REM sleep?") echo it and
 * earn nothing. {@link WordlessPhrasings} credits them as it does its own.
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

    /** A concept phrasing its initials stand for. */
    record Named(String concept, String written) {
    }

    private final Map<String, List<Named>> byInitials = new HashMap<>();

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
     * @param phrasings concept id → its phrasings as written → their initials ({@link #of(String)})
     * @return null when there are none the question does not write itself
     */
    static Initialisms of(Map<String, Map<String, List<String>>> phrasings, String prompt) {
        List<String> echoed = prompt == null ? List.of() : found(prompt);
        Initialisms out = new Initialisms();
        phrasings.forEach((concept, written) -> written.forEach((phrasing, initials) -> {
            for (String letters : initials) {
                if (!echoed.contains(letters)) {
                    out.byInitials.computeIfAbsent(letters, i -> new ArrayList<>()).add(new Named(concept, phrasing));
                }
            }
        }));
        return out.byInitials.isEmpty() ? null : out;
    }

    /** The phrasings a run of capitals stands for (its full stops and plural left out); empty for none. */
    List<Named> named(String capitals) {
        return byInitials.getOrDefault(capitals, List.of());
    }

    /** A run of three to six capitals written as a word: where it stands, its letters without full stops. */
    record Run(int start, int end, String letters) {
    }

    /**
     * Each run of three to six capitals written as a word in a text, a full stop after each at most and a plural "s"
     * after them at most ("RRP", "R.R.P.", "RRPs"); by a scan of the text's characters, as every answer is scanned.
     */
    static List<Run> runs(String text) {
        List<Run> out = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isUpperCase(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            StringBuilder letters = new StringBuilder(6);
            int end = i;
            while (end < n && Character.isUpperCase(text.charAt(end))) {
                letters.append(text.charAt(end++));
                if (end < n && text.charAt(end) == '.') end++;
            }
            int after = end < n && text.charAt(end) == 's' ? end + 1 : end;
            boolean word = after >= n || !Character.isLetterOrDigit(text.charAt(after));
            if (word && letters.length() >= FEWEST && letters.length() <= MOST) {
                if (out == null) out = new ArrayList<>(2);
                out.add(new Run(i, after, letters.toString()));
            }
            i = Math.max(end, i + 1);
        }
        return out == null ? List.of() : out;
    }

    private static List<String> found(String text) {
        List<String> out = new ArrayList<>();
        for (Run run : runs(text)) out.add(run.letters());
        return out;
    }
}
