package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

import java.util.Locale;

/** The written form of a word as the typo matcher compares it: folded like the analyzer, but unstemmed. */
public final class Folding {

    private Folding() {
    }

    public static String surface(String written) {
        String text = written;
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) ascii = text.charAt(i) < 0x80;
        if (!ascii) {
            text = UnicodeFoldingFilter.fold(text);
            char[] input = text.toCharArray();
            char[] output = new char[input.length * 4];
            int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
            text = new String(output, 0, length);
        }
        text = text.toLowerCase(Locale.ROOT);
        int apostrophe = text.indexOf('\'');
        return apostrophe > 0 ? text.substring(0, apostrophe) : text;
    }
}
