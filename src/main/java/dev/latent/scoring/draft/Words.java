package dev.latent.scoring.draft;

import dev.latent.scoring.analysis.AnswerAnalyzer;
import dev.latent.scoring.analysis.Negation;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A text as the scoring engine's analysis chain sees it, plus what the drafter needs on top: the written
 * form of each term, its sentence, and whether a negation cue governs it. Negation scope follows the
 * engine's rule of thumb: a cue negates the next few content words of its clause.
 */
final class Words {

    /** Content words after a cue that it still negates, as {@code ScoringPolicy.DEFAULT.negationScope()}. */
    static final int NEGATION_SCOPE = 3;

    /** The analysis the reference grader's model was trained with. */
    private static final AnswerAnalyzer ANALYZER = new AnswerAnalyzer(AnswerAnalyzer.Stemming.PORTER_ALONE);
    private static final Set<String> CLAUSE_BREAKERS = Set.copyOf(Negation.CLAUSE_CONNECTIVES);

    /** One content term (or negation cue) of a text. */
    record Word(String term, String written, int sentence, boolean cue, boolean negated) {
    }

    final List<Word> words;

    private Words(List<Word> words) {
        this.words = words;
    }

    static Words of(String text) {
        String input = text == null ? "" : text;
        List<Word> out = new ArrayList<>();
        int sentence = 0;
        int previousEnd = 0;
        int scopeLeft = 0;
        boolean previousWasCue = false;
        try (TokenStream stream = ANALYZER.tokenStream("text", input)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() != 1) previousWasCue = false;
                String between = input.substring(Math.min(previousEnd, offset.startOffset()), offset.startOffset());
                if (endsSentence(between)) {
                    sentence++;
                    scopeLeft = 0;
                } else if (endsClause(between)) {
                    scopeLeft = 0;
                }
                previousEnd = offset.endOffset();
                String stem = term.toString();
                String written = input.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
                if (CLAUSE_BREAKERS.contains(stem) || CLAUSE_BREAKERS.contains(written)) {
                    scopeLeft = 0;
                    continue;
                }
                // "not only X" asserts X; the engine drops the cue and the canceller (even across a period).
                if (Negation.CANCELLERS.contains(stem) && !out.isEmpty() && out.get(out.size() - 1).cue()
                        && previousWasCue) {
                    out.remove(out.size() - 1);
                    scopeLeft = 0;
                    previousWasCue = false;
                    continue;
                }
                previousWasCue = stem.equals(Negation.CUE);
                if (stem.equals(Negation.CUE)) {
                    out.add(new Word(stem, written, sentence, true, false));
                    scopeLeft = NEGATION_SCOPE;
                    continue;
                }
                out.add(new Word(stem, written, sentence, false, scopeLeft > 0));
                if (scopeLeft > 0) scopeLeft--;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return new Words(out);
    }

    private static boolean endsSentence(String between) {
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') return true;
        }
        return false;
    }

    private static boolean endsClause(String between) {
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (c == ',' || c == ':' || c == '(' || c == ')' || c == '-' && between.length() > 1) return true;
        }
        return false;
    }

    /** The distinct content terms (no negation cue), in order of first appearance. */
    Set<String> contentTerms() {
        Set<String> out = new LinkedHashSet<>();
        for (Word word : words) if (!word.cue()) out.add(word.term());
        return out;
    }

    int contentCount() {
        int count = 0;
        for (Word word : words) if (!word.cue()) count++;
        return count;
    }

    int cueCount() {
        int count = 0;
        for (Word word : words) if (word.cue()) count++;
        return count;
    }

    /** The analyser's term for one word, or null when it is a stop word. */
    static String termOf(String word) {
        List<Word> found = of(word).words;
        return found.isEmpty() ? null : found.get(0).term();
    }
}
