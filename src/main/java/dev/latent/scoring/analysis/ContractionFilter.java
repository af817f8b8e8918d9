package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.Set;

/**
 * Resolves English contractions after lower-casing: every negated form ({@code isn't}, {@code can't},
 * {@code won't}, {@code cannot}, and the same typed without the apostrophe) becomes the single token
 * {@code not}; other clitics ({@code 's 're 've 'll 'd 'm}) are cut off so that {@code encoder's} is
 * {@code encoder}. The token keeps the offsets of the whole written word.
 */
final class ContractionFilter extends TokenFilter {

    /** Negated auxiliaries people type without the apostrophe. */
    private static final Set<String> BARE_NEGATIONS = Set.of(
            "isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "cant", "cannot", "wont",
            "wouldnt", "shouldnt", "couldnt", "hasnt", "havent", "hadnt", "aint", "neednt", "mustnt", "mightnt");

    private static final String[] CLITICS = {"'s", "'re", "'ve", "'ll", "'d", "'m"};

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ContractionFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        int length = term.length();
        if (length < 3) return true;
        String word = term.toString();
        if (word.endsWith("n't") || BARE_NEGATIONS.contains(word)) {
            term.setEmpty().append(Negation.CUE);
            return true;
        }
        if (word.indexOf('\'') < 0) return true;
        for (String clitic : CLITICS) {
            if (word.endsWith(clitic) && length > clitic.length()) {
                term.setLength(length - clitic.length());
                return true;
            }
        }
        if (word.endsWith("'")) term.setLength(length - 1); // plural possessive: encoders'
        return true;
    }
}
