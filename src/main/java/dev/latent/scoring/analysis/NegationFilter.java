package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Rewrites every negation cue ({@code no}, {@code never}, {@code without}, {@code nor}, ...) to the one
 * term {@link Negation#CUE}, so that the matcher sees one negation word and a rubric phrasing such as
 * "without labels" also covers "no labels" and "doesn't use labels". Runs before the stop filter, whose
 * stop set has no negation words.
 */
final class NegationFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean nearNegations;

    /** @param nearNegations also "hardly", "rarely", ... ({@link Negation#NEAR_CUES}) */
    NegationFilter(TokenStream input, boolean nearNegations) {
        super(input);
        this.nearNegations = nearNegations;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (term.length() <= Negation.LONGEST_CUE && (Negation.CUES.contains(term.buffer(), 0, term.length())
                || nearNegations && Negation.NEAR_CUES.contains(term.buffer(), 0, term.length()))) {
            term.setEmpty().append(Negation.CUE);
        }
        return true;
    }
}
