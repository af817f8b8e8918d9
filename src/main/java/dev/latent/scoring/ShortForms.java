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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short forms in an answer, read as the words they stand for: the question's long words cut short as labels, and names
 * written by their initials. "Under: small code. Over: copies the input" answers a question on undercomplete and
 * overcomplete autoencoders; students write answers to two-part questions this way, and read literally, "under" and
 * "over" say nothing and every definition and risk after them is missed.
 *
 * <p>A word is read as the question's word it begins only where it labels what follows (a colon, an equals sign, an
 * arrow or a table's bar after it) or ends in a hanging hyphen, only when it begins exactly one of the question's words
 * of {@link #MIN_LONG_LETTERS} letters or more, is {@link #MIN_SHORT_LETTERS} letters or more itself, and is not a word
 * of the question already.
 *
 * <p>A word in capitals made of the initials of a run of the question's words ("SSR" for "server-side rendering",
 * "BFS" for "breadth-first search") is read as those words wherever it stands: answers to the algorithms, politics
 * and nutrition decks name their subjects so, and swapped answers kept every concept. So is one made of the initials
 * of a concept's phrasing ("the RRP on the box" for "recommended retail price", {@link Initialisms}), but not where the
 * question writes it: there it echoes the question.
 */
final class ShortForms {

    static final int MIN_SHORT_LETTERS = 3;
    static final int MIN_LONG_LETTERS = 8;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Set<String> promptWords = new HashSet<>();
    /** The question's long words, lower case, with the analyser's term for each. */
    private final Map<String, String> longWords = new HashMap<>();
    /**
     * The question's names of several words by their initials, with the analyser's terms for them: "SSR" for
     * "server-side rendering", "ZPD" for "zone of proximal development" (its "of" left out or kept, "FPTP" keeps "the").
     * Worked out for the first answer written with a word in capitals (most never are), so compiling stays quick.
     */
    private volatile Map<String, String[]> initialisms;
    private final List<String> words = new ArrayList<>();
    private final Function<String, Set<String>> termsOf;
    /** The rubric's phrasings by their initials, lower case → their terms ({@link RubricVocabulary#initialisms}). */
    private final Map<String, String[]> phrasingInitials;
    private static final int MAX_INITIALS = 5;
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "to", "in", "for", "a", "an", "on");

    private ShortForms(Function<String, Set<String>> termsOf, Map<String, String[]> phrasingInitials) {
        this.termsOf = termsOf;
        this.phrasingInitials = phrasingInitials;
    }

    /**
     * The short forms of a question's words and the rubric's initials, or null when there is no long word to shorten,
     * no two words to abbreviate and no phrasing said by its initials.
     *
     * @param phrasingInitials the rubric's phrasings by their initials, lower case → their terms
     */
    static ShortForms of(String prompt, Function<String, Set<String>> termsOf, Map<String, String[]> phrasingInitials) {
        ShortForms forms = new ShortForms(termsOf, phrasingInitials);
        if (prompt == null) return phrasingInitials.isEmpty() ? null : forms;
        Matcher words = WORD.matcher(prompt);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            forms.promptWords.add(word);
            forms.words.add(word);
            if (word.length() >= MIN_LONG_LETTERS) {
                Set<String> terms = termsOf.apply(word);
                if (terms.size() == 1) forms.longWords.put(word, terms.iterator().next());
            }
        }
        return forms.longWords.isEmpty() && forms.words.size() < 2 && phrasingInitials.isEmpty() ? null : forms;
    }

    private Map<String, String[]> initialisms() {
        Map<String, String[]> out = initialisms;
        if (out == null) initialisms = out = initialismsOf(words, termsOf, promptWords); // the same from any thread
        return out;
    }

    /**
     * Every run of two to five of the question's words that opens and ends on a content word, by its initials. A word
     * the analyser keeps no term of ("is", "what") is no content word: "is the public" is no "IP".
     */
    private static Map<String, String[]> initialismsOf(List<String> words, Function<String, Set<String>> termsOf,
                                                      Set<String> promptWords) {
        Map<String, String[]> initialisms = new HashMap<>();
        List<Set<String>> termsOfWord = new ArrayList<>(words.size());
        for (String word : words) termsOfWord.add(SMALL_WORDS.contains(word) ? Set.of() : termsOf.apply(word));
        Set<String> ambiguous = new HashSet<>();
        for (int from = 0; from < words.size(); from++) {
            if (termsOfWord.get(from).isEmpty()) continue;
            StringBuilder all = new StringBuilder();
            StringBuilder content = new StringBuilder();
            List<String> terms = new ArrayList<>();
            for (int to = from; to < words.size() && content.length() < MAX_INITIALS; to++) {
                String word = words.get(to);
                all.append(word.charAt(0));
                if (!termsOfWord.get(to).isEmpty()) {
                    content.append(word.charAt(0));
                    terms.addAll(termsOfWord.get(to));
                }
                if (to == from || termsOfWord.get(to).isEmpty()) continue;
                for (String initials : new String[] {all.toString(), content.toString()}) {
                    String[] old = initialisms.putIfAbsent(initials, terms.toArray(new String[0]));
                    if (old != null && !Arrays.equals(old, terms.toArray(new String[0]))) ambiguous.add(initials);
                }
            }
        }
        initialisms.keySet().removeAll(ambiguous);
        // Not a word of its own ("IT", "AS"), nor one of the question's.
        initialisms.keySet().removeIf(initials -> initials.length() < 2 || promptWords.contains(initials) || EnglishWords.contains(initials));
        return initialisms;
    }

    /**
     * Rewrites, in place, the terms of the tokens that are a label cut short from one of the question's words, and
     * spells out the question's names and the rubric's phrasings written by their initials, in capitals ("SSR: the
     * server builds the HTML").
     */
    void expand(TokenizedText tokens) {
        if (!tokens.readsAsTrained) {
            for (int i = tokens.size - 1; i >= 0; i--) {
                int start = tokens.starts[i];
                if (tokens.ends[i] - start < 2 || !Character.isUpperCase(tokens.text.charAt(start))) continue;
                char second = tokens.text.charAt(start + 1);
                if (!Character.isUpperCase(second) && second != '.') continue; // most words at once
                String initials = Initialisms.writtenIn(tokens.text, start, tokens.ends[i]);
                if (initials == null) continue;
                String[] spelled = initialisms().get(initials);
                if (spelled == null && !promptWords.contains(initials)) spelled = phrasingInitials.get(initials);
                if (spelled != null) tokens.spellOut(i, spelled);
            }
        }
        if (longWords.isEmpty()) return;
        for (int i = 0; i < tokens.size; i++) {
            int start = tokens.starts[i];
            int end = tokens.ends[i];
            if (end - start < MIN_SHORT_LETTERS || !labelEndsAt(tokens.text, end, !tokens.readsAsTrained)) continue;
            String written = tokens.text.substring(start, end).toLowerCase(Locale.ROOT);
            if (promptWords.contains(written)) continue;
            String expanded = null;
            for (Map.Entry<String, String> word : longWords.entrySet()) {
                if (!word.getKey().startsWith(written)) continue;
                if (expanded != null && !expanded.equals(word.getValue())) {
                    expanded = null; // begins two of the question's words: not sure which
                    break;
                }
                expanded = word.getValue();
            }
            if (expanded != null) tokens.terms[i] = expanded;
        }
    }

    /** "under-" hangs unless a word or an arrow's head follows its hyphen ("under-fitting", "under->"). */
    private static boolean hangingHyphenAt(String text, int at) {
        if (at >= text.length() || text.charAt(at) != '-') return false;
        if (at + 1 == text.length()) return true;
        char next = text.charAt(at + 1);
        return !Character.isLetterOrDigit(next) && next != '>';
    }

    /**
     * Whether what follows {@code from} is a label's end: spaces, then ":", "=", "->", "→" or, but as the reference
     * model was trained, a table's "|"; or a hyphen left hanging right after the word, which says it is cut short
     * ("smaller for under-, larger for over-").
     */
    private static boolean labelEndsAt(String text, int from, boolean barsToo) {
        if (hangingHyphenAt(text, from)) return true;
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        if (i >= text.length()) return false;
        char c = text.charAt(i);
        return c == ':' || c == '=' || c == '→' || c == '|' && barsToo
                || c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '>';
    }
}
