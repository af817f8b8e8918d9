package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;

/**
 * Keeps a singular noun in "-us" or "-as" whole for the stemmer: Porter takes the "s" off "focus", "bias" and "virus"
 * as off a plural ("focu", "bia", "viru") but stems "focused", "biased" and "viruses" to "focus", "bias" and "virus",
 * so "managers can be biased" never met a rubric's "bias". A word that is another word with an "s" ("areas",
 * "menus") is a plural and is left to the stemmer, as are initials' plurals ("GPUs") and adjectives in "-ous".
 */
final class SingularsInS extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    SingularsInS(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        int n = term.length();
        if (n >= 3 && !keyword.isKeyword() && term.charAt(n - 1) == 's') {
            char before = term.charAt(n - 2);
            boolean us = before == 'u' && (n < 4 || term.charAt(n - 3) != 'o');
            if ((us || before == 'a') && hasVowelBefore(n - 2) && !EnglishWords.contains(new String(term.buffer(), 0, n - 1))) {
                keyword.setKeyword(true);
            }
        }
        return true;
    }

    /** "focus", "bias": a vowel before the ending, which "gpus" and "cpus" (plurals of initials) lack. */
    private boolean hasVowelBefore(int end) {
        for (int i = 0; i < end; i++) {
            char c = term.charAt(i);
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'y') return true;
        }
        return false;
    }
}
