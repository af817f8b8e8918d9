package dev.latent.scoring;

import dev.latent.scoring.analysis.Negation;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;

/**
 * A text after analysis: its content terms in order, each with its character offsets into the original
 * string, the sentence and clause it belongs to, and whether it is a (live) negation cue. Clause and
 * sentence boundaries come from the punctuation between tokens in the original text and from
 * connectives such as "but"; function words are counted from the stop filter's position gaps.
 */
final class TokenizedText {

    final String text;
    int size;
    String[] terms;
    int[] starts;
    int[] ends;
    int[] sentence;
    int[] clause;
    boolean[] negator;
    /** Function words: stop words removed, negation cues and connectives. */
    int functionWords;
    /** Pieces separated by commas, semicolons, slashes, line breaks or sentence ends. */
    int segments;

    private TokenizedText(String text, int capacity) {
        this.text = text;
        terms = new String[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        sentence = new int[capacity];
        clause = new int[capacity];
        negator = new boolean[capacity];
    }

    int contentWords() {
        int count = 0;
        for (int i = 0; i < size; i++) if (!negator[i]) count++;
        return count;
    }

    static TokenizedText analyze(Analyzer analyzer, Set<String> connectives, Set<String> cancellers, String text) {
        TokenizedText out = new TokenizedText(text, Math.max(4, Math.min(text.length() / 5 + 4, 1 << 16)));
        int sentence = 0;
        int clause = 0;
        int segments = 0;
        int previousEnd = 0;
        boolean sawContent = false;
        try (TokenStream stream = analyzer.tokenStream("answer", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.functionWords += increment.getPositionIncrement() - 1;
                int start = offset.startOffset();
                int end = offset.endOffset();
                int boundary = boundaryBetween(text, previousEnd, start);
                if (boundary != NONE && sawContent) {
                    clause++;
                    if (boundary != CONJUNCTION) segments++;
                    if (boundary == SENTENCE) sentence++;
                }
                previousEnd = end;
                String word = term.toString();
                if (connectives.contains(word)) {
                    out.functionWords++;
                    if (sawContent) clause++;
                    continue;
                }
                boolean cue = word.equals(Negation.CUE);
                if (cue) out.functionWords++;
                // "not only X": the cue does not negate X.
                if (out.size > 0 && out.negator[out.size - 1] && cancellers.contains(word)
                        && increment.getPositionIncrement() == 1) {
                    out.negator[out.size - 1] = false;
                    out.functionWords++;
                    continue;
                }
                out.add(word, start, end, sentence, clause, cue);
                sawContent = true;
            }
            stream.end();
            out.functionWords += Math.max(0, increment.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        out.segments = out.size == 0 ? 0 : segments + 1;
        return out;
    }

    private void add(String term, int start, int end, int sentenceId, int clauseId, boolean cue) {
        if (size == terms.length) {
            int capacity = terms.length * 2;
            terms = Arrays.copyOf(terms, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            sentence = Arrays.copyOf(sentence, capacity);
            clause = Arrays.copyOf(clause, capacity);
            negator = Arrays.copyOf(negator, capacity);
        }
        terms[size] = term;
        starts[size] = start;
        ends[size] = end;
        sentence[size] = sentenceId;
        clause[size] = clauseId;
        negator[size] = cue;
        size++;
    }

    private static final int NONE = 0;
    /** A clause-opening function word ("and", "because", "which") between two words: ends a negation's scope but not a list item. */
    private static final int CONJUNCTION = 1;
    private static final int CLAUSE = 2;
    private static final int SENTENCE = 3;

    /**
     * Stop words that open a new clause, and so end a negation's scope: "it can't reconstruct the input
     * because information is lost" does not negate "information is lost".
     */
    private static final String[] CLAUSE_FUNCTION_WORDS = {"and", "because", "since", "so", "which", "that", "when",
            "if", "then", "where", "who"};

    private static boolean isClauseFunctionWord(String text, int start, int end) {
        int length = end - start;
        for (String word : CLAUSE_FUNCTION_WORDS) {
            if (word.length() == length && text.regionMatches(true, start, word, 0, length)) return true;
        }
        return false;
    }

    /** The strongest boundary in the text between two tokens (stop words in there are just skipped). */
    private static int boundaryBetween(String text, int from, int to) {
        int found = NONE;
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '.', '!', '?', ';', '\n', '\r' -> {
                    return SENTENCE;
                }
                case ',', ':', '(', ')', '/', '|', '\u2013', '\u2014', '"', '\u201C', '\u201D', '[', ']' -> found = CLAUSE;
                default -> {
                    if (found == NONE && Character.isLetter(text.charAt(i)) && (i == from || !Character.isLetter(text.charAt(i - 1)))) {
                        int end = i;
                        while (end < to && Character.isLetter(text.charAt(end))) end++;
                        if (isClauseFunctionWord(text, i, end)) found = CONJUNCTION;
                    }
                }
            }
        }
        return found;
    }
}
