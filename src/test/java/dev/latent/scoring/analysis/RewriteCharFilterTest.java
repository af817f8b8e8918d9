package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Skipping the rewrites a text cannot need must change nothing: same text out, same offsets back. The text is what
 * Lucene's pattern filters make of it; the offsets are the group-keeping ones of {@link RegexRewriteFilter}.
 */
class RewriteCharFilterTest {

    private static final List<RewriteCharFilter.Rewrite> REWRITES = AnswerAnalyzer.REWRITES;

    @Test
    void givesWhatTheWholeChainGivesOnTextsThatNeedRewrites() throws IOException {
        List<String> texts = List.of(
                "", "plain words only", "membrane.Active transport", "ratio:High", "a.B", "ab.Cd", "t-RNA and k-means",
                "semi-supervised", "x\u2010ray", "codings < inputs", "k \u226A d", "a -> b <- c => d <= e", "W^T and W^{T}",
                "W\u1D40 x", "W.T @ h", "la\u200Btent", "end.\u200BActive", "\uD835\uDC00-RNA", "no.\uD835\uDC00b",
                "x > y.Then t-RNA^T", "plates move away from each other.Then AWAY FROM ONE ANOTHER", "AwaY from each other", "within 24hrs, over 30YRS, 5mins.x");
        for (String text : texts) assertSameAsWholeChain(text);
    }

    @Test
    void givesWhatTheWholeChainGivesOnRandomTexts() throws IOException {
        String alphabet = "abTtKX .:-<>^{}()=\u2010\u226A\u226B\u1D40\u200B\u2060Éé12";
        Random random = new Random(7);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertSameAsWholeChain(text.toString());
        }
    }

    @Test
    void anOrdinaryAnswerNeedsNoRewrite() {
        String answer = "An autoencoder learns codings. It is trained to reconstruct its inputs: no labels, semi-supervised.";
        for (RewriteCharFilter.Rewrite rewrite : REWRITES) assertFalse(rewrite.mayMatch().test(answer), rewrite.pattern().pattern());
    }

    private static void assertSameAsWholeChain(String text) throws IOException {
        Reader lucene = new StringReader(text);
        Reader whole = new StringReader(text);
        for (RewriteCharFilter.Rewrite rewrite : REWRITES) {
            lucene = new PatternReplaceCharFilter(rewrite.pattern(), rewrite.replacement(), lucene);
            whole = new RegexRewriteFilter(rewrite.pattern(), rewrite.replacement(), whole);
        }
        CharFilter gated = new RewriteCharFilter(new StringReader(text), REWRITES);
        String expected = readAll(lucene);
        assertEquals(expected, readAll(whole), text);
        assertEquals(expected, readAll(gated), text);
        for (int offset = 0; offset <= expected.length(); offset++) {
            assertEquals(((CharFilter) whole).correctOffset(offset), gated.correctOffset(offset), text + " @" + offset);
        }
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[3];
        for (int read; (read = reader.read(buffer, 0, buffer.length)) != -1; ) out.append(buffer, 0, read);
        return out.toString();
    }
}
