package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

import java.io.IOException;
import java.io.Reader;

/**
 * Removes the invisible characters that split a word for the tokenizer although a reader sees one word:
 * zero-width space, word joiner, zero-width no-break space (BOM), Mongolian vowel separator. Other
 * invisible format characters (joiners, bidi marks, soft hyphen) do not split words under UAX#29 and are
 * dropped by {@link UnicodeFoldingFilter}. Offsets are corrected back to the original text.
 *
 * <p>Reads its input whole on first use: answers are at most a few pages, and it keeps the offset map simple.
 */
final class InvisibleCharFilter extends BaseCharFilter {

    private char[] text;
    private int length;
    private int position;

    InvisibleCharFilter(Reader input) {
        super(input);
    }

    static boolean isWordSplittingInvisible(char c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u180E';
    }

    private void fill() throws IOException {
        char[] all = new char[1024];
        int total = 0;
        int read;
        while ((read = input.read(all, total, all.length - total)) > 0) {
            total += read;
            if (total == all.length) all = java.util.Arrays.copyOf(all, all.length * 2);
        }
        text = all; // filtered in place: the write index never passes the read index
        int removed = 0;
        boolean inRun = false;
        for (int i = 0; i < total; i++) {
            char c = all[i];
            if (isWordSplittingInvisible(c)) {
                removed++;
                inRun = true;
                continue;
            }
            if (inRun) {
                addOffCorrectMap(length, removed); // one entry per run of removed characters
                inRun = false;
            }
            text[length++] = c;
        }
        if (inRun) addOffCorrectMap(length, removed);
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        if (text == null) fill();
        if (position >= length) return -1;
        int n = Math.min(count, length - position);
        System.arraycopy(text, position, buffer, offset, n);
        position += n;
        return n;
    }
}
