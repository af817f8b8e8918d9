package dev.latent.scoring.analysis;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rewritten answer's words point back at what the student typed, so that evidence highlights the right text. */
class RegexRewriteFilterTest {

    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    @Test
    void aSentenceTypedWithoutItsSpaceKeepsItsWordsOffsets() {
        // Lucene's pattern filter pointed "StyleGAN" at "tyleGAN": the inserted space was charged to the match's end.
        assertEquals(List.of("ab=ab", "stylegan=StyleGAN", "work=works"), tokens("ab.StyleGAN works"));
        assertEquals(List.of("membran=membrane", "activ=Active", "transport=transport"), tokens("membrane.Active transport"));
    }

    @Test
    void insertedWordsPointAtWhatTheyReplace() {
        assertEquals(List.of("code=codings", "smaller=<", "input=inputs"), tokens("codings < inputs"));
        assertEquals(List.of("w=W", "transpos=^{T}", "decod=decoder"), tokens("W^{T} decoder"));
        assertEquals(List.of("w=W", "transpos=.T"), tokens("W.T"));
    }

    @Test
    void awayFromEachOtherSaysApartAndPointsAtItsWords() {
        // the stop filter left "move away" of "move away from each other": no "apart" for a rubric's "move apart"
        assertEquals(List.of("plate=plates", "move=move", "awai=away", "apart=from each other"),
                tokens("plates move away from each other"));
        assertEquals(List.of("run=ran", "awai=away", "home=home"), tokens("they ran away from home"));
        List<String> asTrained = AnalyzedTerms.of(new AnswerAnalyzer(AnswerAnalyzer.Stemming.PORTER_ALONE),
                "move away from each other");
        assertEquals(List.of("move", "awai"), asTrained, "the reference model reads as it was trained");
    }

    @Test
    void aPrefixLeftHangingPointsAtItselfAndItsPairAtItself() {
        assertEquals(List.of("undercomplet=under", "overcomplet=overcomplete", "code=codings"),
                tokens("under- and overcomplete codings"));
        assertEquals(List.of("pretrain=pre", "post=post", "train=training"), tokens("pre- or post-training"));
    }

    @Test
    void aHyphenatedLetterSpansTheWholeWord() {
        assertEquals(List.of("us=use", "trna=t-RNA"), tokens("use t-RNA"));
    }

    @Test
    void copiedTextOutsideAMatchKeepsItsOffsets() throws IOException {
        Pattern runOn = Pattern.compile("(\\p{L}{2})([.:])(\\p{Lu}\\p{L})");
        Random random = new Random(11);
        String alphabet = "abXY .:é";
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            RegexRewriteFilter filter = new RegexRewriteFilter(runOn, "$1$2 $3", new StringReader(text.toString()));
            String out = read(filter);
            // every character of the output but an inserted space is the character its offset points at
            for (int i = 0; i < out.length(); i++) {
                int source = filter.correctOffset(i);
                assertTrue(source >= 0 && source <= text.length(), text + " @" + i);
                if (!(out.charAt(i) == ' ' && (source >= text.length() || text.charAt(source) != ' '))) {
                    assertEquals(out.charAt(i), text.charAt(source), text + " @" + i);
                }
            }
            assertEquals(text.length(), filter.correctOffset(out.length()), text.toString());
        }
    }

    @Test
    void anEmojiCutInTwoLosesNoWord() {
        // Lucene's tokenizer gave no word at all from a text ending in a lone high surrogate.
        assertEquals(List.of("dimens=dimensionality", "reduct=reduction"), tokens("dimensionality reduction \uD83D"));
        assertEquals(List.of("dimens=dimensionality", "reduct=reduction"), tokens("dimensionality\uDE00 reduction\uD83D"));
        assertEquals("a\uD83D\uDE00b\uFFFD", RewriteCharFilter.withoutLoneSurrogates("a\uD83D\uDE00b\uD83D"));
    }

    @Test
    void aTemplateOtherThanGroupsAndTextIsRefused() {
        Pattern any = Pattern.compile("x");
        assertThrows(IllegalArgumentException.class, () -> new RegexRewriteFilter(any, "\\1", new StringReader("")));
        assertThrows(IllegalArgumentException.class, () -> new RegexRewriteFilter(any, "${name}", new StringReader("")));
    }

    /** Each term with the original text its offsets point at, "term=text". */
    private List<String> tokens(String text) {
        return AnalyzedTerms.withText(analyzer, text);
    }

    private static String read(RegexRewriteFilter filter) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[5];
        for (int read; (read = filter.read(buffer, 0, buffer.length)) != -1; ) out.append(buffer, 0, read);
        return out.toString();
    }
}
