package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.CharFilter;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Locale;

/**
 * An "-ing" written without its "g", an apostrophe in its place, as people write speech ("trainin' the decoder",
 * "nothin' new", "detectin' strange things"): the apostrophe is read as the "g", so "nothin'" denies as "nothing" does
 * and "trainin'" stems with "training". Only where the word as written is no English word and the word with its "g"
 * is: a quoted 'domain' or 'Berlin' stays as it is, and "actin" or "Calvin" without an apostrophe are never touched.
 * One letter for one, so every offset stays where it was.
 */
final class DroppedGCharFilter extends CharFilter {

    private Reader rewritten;

    DroppedGCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (rewritten == null) rewritten = new StringReader(withTheirG(RewriteCharFilter.readAll(input)));
        return rewritten.read(buffer, offset, length);
    }

    @Override
    protected int correct(int currentOffset) {
        return currentOffset;
    }

    /** The text with the apostrophe of each "-in'" that stands for "-ing" made a "g". */
    static String withTheirG(String text) {
        char[] chars = null;
        for (int apostrophe = 3; apostrophe < text.length(); apostrophe++) {
            char c = text.charAt(apostrophe);
            if (c != '\'' && c != '\u2019' || text.charAt(apostrophe - 1) != 'n' || text.charAt(apostrophe - 2) != 'i') continue;
            if (apostrophe + 1 < text.length() && Character.isLetter(text.charAt(apostrophe + 1))) continue; // "ain't"
            int start = apostrophe - 2;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
            if (apostrophe - start < 4) continue; // "in'", "sin'"
            String word = text.substring(start, apostrophe).toLowerCase(Locale.ROOT);
            if (EnglishWords.contains(word) || !EnglishWords.contains(word + "g")) continue;
            if (chars == null) chars = text.toCharArray();
            chars[apostrophe] = 'g';
        }
        return chars == null ? text : new String(chars);
    }
}
