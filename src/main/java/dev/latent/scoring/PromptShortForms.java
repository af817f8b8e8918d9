package dev.latent.scoring;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question's long words cut short as labels in an answer: "Under: small code. Over: copies the input" for a
 * question on undercomplete and overcomplete autoencoders. Students write answers to two-part questions this way;
 * read literally, "under" and "over" say nothing and every definition and risk after them is missed.
 *
 * <p>A word is read as the question's word it begins only where it labels what follows (a colon, an equals sign or
 * an arrow after it) or ends in a hanging hyphen, only when it begins exactly one of the question's words of
 * {@link #MIN_LONG_LETTERS} letters
 * or more, is {@link #MIN_SHORT_LETTERS} letters or more itself, and is not a word of the question already.
 */
final class PromptShortForms {

    static final int MIN_SHORT_LETTERS = 3;
    static final int MIN_LONG_LETTERS = 8;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Set<String> promptWords = new HashSet<>();
    /** The question's long words, lower case, with the analyser's term for each. */
    private final Map<String, String> longWords = new HashMap<>();

    private PromptShortForms() {
    }

    /** The short forms of a question's words, or null when it has no long word to shorten. */
    static PromptShortForms of(String prompt, Function<String, Set<String>> termsOf) {
        if (prompt == null) return null;
        PromptShortForms forms = new PromptShortForms();
        Matcher words = WORD.matcher(prompt);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            forms.promptWords.add(word);
            if (word.length() >= MIN_LONG_LETTERS) {
                Set<String> terms = termsOf.apply(word);
                if (terms.size() == 1) forms.longWords.put(word, terms.iterator().next());
            }
        }
        return forms.longWords.isEmpty() ? null : forms;
    }

    /** Rewrites, in place, the terms of the tokens that are a label cut short from one of the question's words. */
    void expand(TokenizedText tokens) {
        for (int i = 0; i < tokens.size; i++) {
            int start = tokens.starts[i];
            int end = tokens.ends[i];
            if (end - start < MIN_SHORT_LETTERS || !labelEndsAt(tokens.text, end)) continue;
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
     * Whether what follows {@code from} is a label's end: spaces, then ":", "=", "->" or "→"; or a hyphen left hanging
     * right after the word, which says it is cut short ("smaller for under-, larger for over-").
     */
    private static boolean labelEndsAt(String text, int from) {
        if (hangingHyphenAt(text, from)) return true;
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        if (i >= text.length()) return false;
        char c = text.charAt(i);
        return c == ':' || c == '=' || c == '→' || c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '>';
    }
}
