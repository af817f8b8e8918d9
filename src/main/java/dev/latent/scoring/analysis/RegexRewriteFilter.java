package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces every match of a pattern with a template of group references ({@code $1}) and literal text, like Lucene's
 * {@code PatternReplaceCharFilter}, but keeps each copied group's offsets its own. Lucene's filter puts a longer
 * replacement's extra characters at its end, so "ab.StyleGAN" rewritten to "ab. StyleGAN" pointed the evidence for
 * "StyleGAN" at "tyleGAN". Here a copied character points at itself, and a word the template inserts points at
 * what it replaces, from the source's next word to the start of the next group copied (or the match's end): " smaller
 * than " for "&lt;" covers the "&lt;", "away apart" for "away from each other" puts "apart" on "from each other", and
 * "undercomplete" made of "under- and overcomplete" covers "under".
 */
final class RegexRewriteFilter extends BaseCharFilter {

    /** One piece of a replacement template: a group's number, or literal text (group -1). */
    record Piece(int group, String literal) {
    }

    private final Pattern pattern;
    private final List<Piece> template;
    private String output;
    private Reader rewritten;

    RegexRewriteFilter(Pattern pattern, String replacement, Reader input) {
        this(pattern, parse(replacement), input);
    }

    private RegexRewriteFilter(Pattern pattern, List<Piece> template, Reader input) {
        super(input);
        this.pattern = pattern;
        this.template = template;
    }

    /**
     * The filter over {@code input}, whose whole text is {@code text}, rewritten at once; or null when the pattern
     * matches nowhere in it, where the filter would copy the text as it is.
     */
    static RegexRewriteFilter over(Reader input, String text, Pattern pattern, List<Piece> template) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) return null;
        RegexRewriteFilter filter = new RegexRewriteFilter(pattern, template, input);
        filter.output = filter.rewrite(matcher, text);
        return filter;
    }

    /** The rewritten text (of a filter made by {@link #over}). */
    String output() {
        return output;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (rewritten == null) {
            if (output == null) {
                String text = RewriteCharFilter.readAll(input);
                Matcher matcher = pattern.matcher(text);
                output = matcher.find() ? rewrite(matcher, text) : text;
            }
            rewritten = new StringReader(output);
        }
        return rewritten.read(buffer, offset, length);
    }

    /** The text with every match replaced, from the matcher's first match on. */
    private String rewrite(Matcher matcher, String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int copiedTo = 0;
        int diff = 0; // source offset minus output offset, as last recorded
        do {
            out.append(text, copiedTo, matcher.start());
            // each output position of the replacement, with the source offset it stands for
            List<int[]> positions = new ArrayList<>();
            int sourceBefore = matcher.start();
            for (int p = 0; p < template.size(); p++) {
                Piece piece = template.get(p);
                if (piece.group() >= 0 && inOrder(matcher, p, sourceBefore)) {
                    int start = matcher.start(piece.group());
                    for (int i = 0; i < matcher.end(piece.group()) - start; i++) {
                        positions.add(new int[] {out.length(), start + i});
                        out.append(text.charAt(start + i));
                    }
                    sourceBefore = matcher.end(piece.group());
                } else {
                    String literal = piece.group() >= 0 ? group(matcher, piece.group()) : piece.literal();
                    int sourceAfter = nextSourceStart(matcher, p, sourceBefore, text);
                    // a word the literal inserts starts where the source's next word does ("away apart" for "away from each other")
                    int wordStart = sourceBefore;
                    while (wordStart < sourceAfter && Character.isWhitespace(text.charAt(wordStart))) wordStart++;
                    for (int i = 0; i < literal.length(); i++) {
                        boolean afterSpace = i > 0 && Character.isWhitespace(literal.charAt(i - 1));
                        positions.add(new int[] {out.length(), i == 0 ? sourceBefore : afterSpace ? wordStart : sourceAfter});
                        out.append(literal.charAt(i));
                    }
                }
            }
            positions.add(new int[] {out.length(), matcher.end()});
            for (int[] position : positions) {
                int offsetDiff = position[1] - position[0];
                if (offsetDiff != diff) {
                    addOffCorrectMap(position[0], offsetDiff);
                    diff = offsetDiff;
                }
            }
            copiedTo = matcher.end();
        } while (matcher.find());
        return out.append(text, copiedTo, text.length()).toString();
    }

    /**
     * Whether the template's piece {@code p} copies its group where it was written: after what was copied before it,
     * with no group copied later lying between ("$1$5 $2" copies 5 early, as text of its own).
     */
    private boolean inOrder(Matcher matcher, int p, int sourceBefore) {
        int start = matcher.start(template.get(p).group());
        if (start < sourceBefore) return false;
        for (int q = p + 1; q < template.size(); q++) {
            int group = template.get(q).group();
            if (group >= 0 && matcher.start(group) >= sourceBefore && matcher.start(group) < start) return false;
        }
        return true;
    }

    /**
     * Where the source text resumes after a literal: the start of the next group copied in order, or the match's
     * end, less any white space before it.
     */
    private int nextSourceStart(Matcher matcher, int piece, int sourceBefore, String text) {
        int next = matcher.end();
        for (int p = piece + 1; p < template.size(); p++) {
            if (template.get(p).group() >= 0 && inOrder(matcher, p, sourceBefore)) {
                next = matcher.start(template.get(p).group());
                break;
            }
        }
        while (next > sourceBefore && Character.isWhitespace(text.charAt(next - 1))) next--;
        return next;
    }

    private static String group(Matcher matcher, int group) {
        String value = matcher.group(group);
        return value == null ? "" : value;
    }

    /** "$1$2 $3" as its pieces; only single-digit group references and literal text. */
    static List<Piece> parse(String replacement) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '\\') throw new IllegalArgumentException("no escapes in a rewrite: " + replacement);
            if (c == '$') {
                if (i + 1 >= replacement.length() || !Character.isDigit(replacement.charAt(i + 1))) {
                    throw new IllegalArgumentException("$ must name a group: " + replacement);
                }
                if (!literal.isEmpty()) pieces.add(new Piece(-1, literal.toString()));
                literal.setLength(0);
                pieces.add(new Piece(replacement.charAt(++i) - '0', null));
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) pieces.add(new Piece(-1, literal.toString()));
        return List.copyOf(pieces);
    }
}
