package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.text.Normalizer;

/**
 * NFKC-normalises each token, drops invisible format characters (zero-width space/joiners, bidi marks,
 * soft hyphen), drops emoji (they carry no rubric term) and unifies typographic apostrophes to {@code '}. Works on the term only, so offsets keep
 * pointing into the original text. ICU is not on the class path; {@link Normalizer} does the NFKC part
 * and {@link org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter}, next in the chain, the diacritics.
 */
final class UnicodeFoldingFilter extends TokenFilter {

    private static final String EMOJI = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    UnicodeFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (isPlainAscii(term)) return true; // the common case: nothing to do
            if (EMOJI.equals(type.type())) continue;
            String folded = fold(term);
            if (folded.isEmpty()) continue; // a token made only of invisible characters
            term.setEmpty().append(folded);
            return true;
        }
        return false;
    }

    private static boolean isPlainAscii(CharTermAttribute term) {
        char[] buffer = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) {
            if (buffer[i] >= 0x80) return false;
        }
        return true;
    }

    /** The NFKC form without format characters, with ’ ‘ ʼ ′ as {@code '}. */
    static String fold(CharSequence text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normal.length());
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032') {
                out.append('\'');
            } else if (Character.getType(c) != Character.FORMAT) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
