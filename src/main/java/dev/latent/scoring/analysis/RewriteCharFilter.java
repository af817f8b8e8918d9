package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.CharFilter;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Pattern rewrites ({@link RegexRewriteFilter}) in a fixed order, each run only when a cheap scan of the text as
 * rewritten so far says its pattern can match. Every pattern filter copies the whole text and tries its expression at
 * every position; for rewrites that almost no answer needs, that was most of the time spent analysing an answer. The
 * outcome, offsets included, is the full chain's: a rewrite is left out only where it would change nothing, as its
 * {@link Rewrite#mayMatch} says no match is possible or its pattern finds none.
 */
final class RewriteCharFilter extends CharFilter {

    /**
     * One rewrite, its replacement parsed once. {@code mayMatch} must be true of every text the pattern matches in
     * (false positives only cost time).
     */
    record Rewrite(Pattern pattern, String replacement, Predicate<String> mayMatch, List<RegexRewriteFilter.Piece> template) {

        Rewrite(Pattern pattern, String replacement, Predicate<String> mayMatch) {
            this(pattern, replacement, mayMatch, RegexRewriteFilter.parse(replacement));
        }
    }

    private final List<Rewrite> rewrites;
    private Reader rewritten;

    RewriteCharFilter(Reader input, List<Rewrite> rewrites) {
        super(input);
        this.rewrites = rewrites;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (rewritten == null) rewritten = rewrite(withoutLoneSurrogates(readAll(input)));
        return rewritten.read(buffer, offset, length);
    }

    @Override
    protected int correct(int currentOffset) {
        return rewritten instanceof CharFilter filter ? filter.correctOffset(currentOffset) : currentOffset;
    }

    private Reader rewrite(String text) {
        Reader reader = new StringReader(text);
        Predicate<String> saidNo = null; // two rewrites in a row may share a scan: it is asked once of the same text
        for (Rewrite rewrite : rewrites) {
            if (rewrite.mayMatch() == saidNo || !rewrite.mayMatch().test(text)) {
                saidNo = rewrite.mayMatch();
                continue;
            }
            saidNo = null;
            RegexRewriteFilter filter = RegexRewriteFilter.over(reader, text, rewrite.pattern(), rewrite.template());
            if (filter != null) {
                reader = filter;
                text = filter.output();
            }
        }
        return reader;
    }

    /**
     * The text with each half of a broken surrogate pair (a pasted emoji cut in two) as U+FFFD, one character for
     * one: Lucene's StandardTokenizer returns no word at all from a text that ends in a lone high surrogate.
     */
    static String withoutLoneSurrogates(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                if (chars == null) chars = text.toCharArray();
                chars[i] = '\uFFFD';
            }
        }
        return chars == null ? text : new String(chars);
    }

    static String readAll(Reader input) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[1024];
        for (int read; (read = input.read(chunk)) != -1; ) text.append(chunk, 0, read);
        return text.toString();
    }

    /** Whether the text holds any of these characters. */
    static Predicate<String> containsAnyOf(String characters) {
        return text -> {
            for (int i = 0; i < text.length(); i++) {
                if (characters.indexOf(text.charAt(i)) >= 0) return true;
            }
            return false;
        };
    }
}
