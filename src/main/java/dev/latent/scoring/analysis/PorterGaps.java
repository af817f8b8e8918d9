package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;

/**
 * Word forms Porter stems apart from their base, put right before it runs:
 * <ul>
 *   <li>a singular noun in "-us" or "-as" is kept whole: Porter takes the "s" off "focus", "bias" and "virus" as off
 *   a plural ("focu", "bia", "viru") but stems "focused", "biased" and "viruses" to "focus", "bias" and "virus", so
 *   "managers can be biased" never met a rubric's "bias". A word that is another word with an "s" ("areas",
 *   "menus") is a plural and is left to the stemmer, as are initials' plurals ("GPUs") and adjectives in "-ous";</li>
 *   <li>a short verb in "-y" or "-ie" keeps its base in "-ies" and "-ied": Porter turns "y" into "i" only after a
 *   vowel, so "try" stayed "try" while "tries" and "tried" became "tri", and "tie" stayed "tie" while "tied" became
 *   "ti" (not "lying" as "lie": it merged two of the ethics deck's words and cost it 0.014);</li>
 *   <li>a verb in "-nce" keeps its "e" in "-nced" and "-ncing": Porter takes "-ence" off "experience" and
 *   "influence" but not off "experienced" and "influenced";</li>
 *   <li>an adjective in "-sional" (and "-sionality") is read as its noun: Porter stems "dimension" and "dimensions"
 *   to "dimens" but "dimensional" and "dimensionality" to "dimension" ("fewer dimensions" never met "lower
 *   dimensional"); "-tional" it reads alike ("emotion", "emotional");</li>
 *   <li>an adjective in "-ental" is read as its noun: Porter stems "accident" to "accid" but "accidental" (and,
 *   through {@link AdverbStems}, "accidentally") to "accident", "environment" to "environ" but "environmental" to
 *   "environment", so "by accident" never met a rubric's "accidentally". With the "-al" off, Porter stems both alike
 *   ("experiment", "development", "government", "continent", "incident").</li>
 * </ul>
 */
final class PorterGaps extends TokenFilter {

    /** "mental", "dental", "rental" are no adjectives of a noun in "-ent". */
    private static final int MIN_ENTAL = 8;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    PorterGaps(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (keyword.isKeyword()) return true;
        int n = term.length();
        if (n < 3) return true;
        char last = term.charAt(n - 1); // most words end in none of these: one look decides
        if (last == 's') {
            if (endsWith("ies")) {
                shortVerb(n - 3);
            } else {
                char before = term.charAt(n - 2);
                boolean us = before == 'u' && (n < 4 || term.charAt(n - 3) != 'o');
                if ((us || before == 'a') && hasVowelBefore(n - 2)
                        && !EnglishWords.contains(new String(term.buffer(), 0, n - 1))) {
                    keyword.setKeyword(true);
                }
            }
        } else if (last == 'd') {
            if (endsWith("ied")) shortVerb(n - 3);
            else if (n >= 7 && endsWith("nced")) term.setLength(n - 1);
        } else if (last == 'g' && n >= 8 && endsWith("ncing")) {
            term.setLength(n - 3).append('e');
        } else if (last == 'l') {
            if (n >= 9 && endsWith("sional")) term.setLength(n - 2);
            else if (n >= MIN_ENTAL && endsWith("ental")) term.setLength(n - 2);
        } else if (last == 'y' && n >= 12 && endsWith("sionality")) {
            term.setLength(n - 5);
        }
        return true;
    }

    /** "tries" → "try", "ties" → "tie": the stem before the ending has no vowel of its own. */
    private void shortVerb(int stemLength) {
        if (stemLength == 0 || hasVowelBefore(stemLength)) return;
        term.setLength(stemLength).append(stemLength == 1 ? "ie" : "y");
    }

    private boolean endsWith(String ending) {
        int n = term.length();
        int k = ending.length();
        if (n < k) return false;
        for (int i = 0; i < k; i++) if (term.charAt(n - k + i) != ending.charAt(i)) return false;
        return true;
    }

    /** A vowel before {@code end}: "focus", "bias" have one, "gpus" and "cpus" (plurals of initials) and "tries" none. */
    private boolean hasVowelBefore(int end) {
        for (int i = 0; i < end; i++) {
            char c = term.charAt(i);
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') return true;
        }
        return false;
    }
}
