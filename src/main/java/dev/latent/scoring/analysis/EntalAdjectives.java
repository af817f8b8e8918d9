package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Reads an adjective in "-ental" as its noun: Porter stems "accident" to "accid" but "accidental" (and, through {@link
 * AdverbStems}, "accidentally") to "accident", "environment" to "environ" but "environmental" to "environment", so "by
 * accident" never met a rubric's "accidentally", nor "environment factors" its "environmental factors". With the "-al"
 * off, Porter stems both alike ("experiment", "development", "government", "continent", "incident").
 */
final class EntalAdjectives extends TokenFilter {

    /** "mental", "dental", "rental" are no adjectives of a noun in "-ent". */
    private static final int MIN_LENGTH = 8;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    EntalAdjectives(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        int length = term.length();
        if (length >= MIN_LENGTH && term.charAt(length - 5) == 'e' && term.charAt(length - 4) == 'n'
                && term.charAt(length - 3) == 't' && term.charAt(length - 2) == 'a' && term.charAt(length - 1) == 'l') {
            term.setLength(length - 2);
        }
        return true;
    }
}
