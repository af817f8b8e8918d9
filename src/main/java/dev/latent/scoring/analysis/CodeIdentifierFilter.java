package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Splits names written as code into their words: the tokenizer keeps "x_unlabeled" and "ae.encoder" whole (Unicode
 * word rules join letters across "_" and "."), so an answer written as code ("ae.fit(X_unlabeled, X_unlabeled)")
 * named nothing. Each part becomes a token with its own offsets ("p_data" is "p data", which a rubric's "p_data"
 * is too); a token none of whose parts is a word of two or more characters ("e.g", "w.r.t") stays as it was.
 */
final class CodeIdentifierFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    /** Parts still to emit: {start within the token, end within the token}. */
    private final Deque<int[]> pending = new ArrayDeque<>();
    private String word;
    private int wordStart;
    private State state;

    CodeIdentifierFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            emit(pending.poll());
            increment.setPositionIncrement(1);
            return true;
        }
        if (!input.incrementToken()) return false;
        if (!splittable()) return true;
        word = term.toString();
        // Offsets of the parts only where the written word is as long as the term (no folding changed its length).
        if (offset.endOffset() - offset.startOffset() != word.length()) return true;
        wordStart = offset.startOffset();
        boolean named = false;
        for (int from = 0, i = 0; i <= word.length(); i++) {
            if (i == word.length() || word.charAt(i) == '_' || word.charAt(i) == '.') {
                if (i > from) pending.add(new int[] {from, i});
                named |= isWord(from, i);
                from = i + 1;
            }
        }
        if (!named) {
            pending.clear(); // "e.g", "w.r.t": an abbreviation, not a name
            return true;
        }
        state = captureState();
        emit(pending.poll());
        return true;
    }

    private boolean splittable() {
        for (int i = 1; i + 1 < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '_' || c == '.') return true;
        }
        return false;
    }

    private boolean isWord(int from, int to) {
        if (to - from < 2) return false;
        for (int i = from; i < to; i++) if (Character.isLetter(word.charAt(i))) return true;
        return false;
    }

    private void emit(int[] part) {
        term.setEmpty().append(word, part[0], part[1]);
        offset.setOffset(wordStart + part[0], wordStart + part[1]);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }
}
