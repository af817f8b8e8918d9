package dev.latent.scoring.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerAnalyzerTest {

    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private record Token(String term, int start, int end) {
    }

    private List<Token> tokens(String text) throws IOException {
        List<Token> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            stream.end();
        }
        return out;
    }

    private List<String> terms(String text) throws IOException {
        return tokens(text).stream().map(Token::term).toList();
    }

    @Test
    void namesWrittenAsCodeAreSplitIntoTheirWords() throws IOException {
        String code = "ae.fit(X_unlabeled, X_unlabeled); clf = Sequential([ae.encoder])";
        List<Token> tokens = tokens(code);
        assertEquals(List.of("ae", "fit", "x", "unlabel", "x", "unlabel", "clf", "sequenti", "ae", "encod"),
                tokens.stream().map(Token::term).toList());
        Token encoder = tokens.get(9);
        assertEquals("encoder", code.substring(encoder.start(), encoder.end()), "each part keeps its own offsets");
        assertEquals(List.of("p", "data"), terms("p_data"), "a rubric's notation reads the same way");
        assertEquals(List.of("denois"), terms("e.g. denoising"), "an abbreviation of single letters stays a stop word");
        assertEquals(List.of("ae.encod"), AnalyzedTerms.of(new AnswerAnalyzer(AnswerAnalyzer.Stemming.PORTER_ALONE), "ae.encoder"),
                "the reference model was trained without it");
    }

    @Test
    void keepsNegationWordsThatEnglishStopSetsDrop() throws IOException {
        assertEquals(List.of("not", "overfit"), terms("It does not overfit"));
        assertEquals(List.of("not", "label"), terms("There are no labels"));
        assertEquals(List.of("not", "converg"), terms("it never converges"));
        assertEquals(List.of("train", "not", "label"), terms("trained without labels"));
    }

    @Test
    void nearNegationsAreNegationsExceptInTheReferenceModelsReading() throws IOException {
        for (String word : List.of("hardly", "seldom", "rarely", "barely", "scarcely")) {
            assertEquals(List.of("collaps", "not", "happen"), terms("collapse " + word + " happens"), word);
        }
        assertEquals(List.of("hardli"), AnalyzedTerms.of(new AnswerAnalyzer(AnswerAnalyzer.Stemming.PORTER_ALONE), "hardly"),
                "the reference model was trained without them");
    }

    @Test
    void anIngWrittenWithoutItsGIsReadWithIt() throws IOException {
        assertEquals(terms("training the decoder, nothing new"), terms("trainin' the decoder, nothin' new"));
        assertEquals(List.of(new Token("detect", 0, 9)), tokens("detectin'"), "the word keeps its offsets, apostrophe and all");
        assertEquals(terms("detecting"), terms("detectin\u2019"));
        // Only for an apostrophe, and only where the word is no English word and the "-ing" is one.
        assertEquals(List.of("actin", "calvin"), terms("actin Calvin"));
        assertEquals(List.of("domain", "berlin"), terms("the 'domain' and 'Berlin'"));
        assertEquals(List.of("trainin"), AnalyzedTerms.of(new AnswerAnalyzer(AnswerAnalyzer.Stemming.PORTER_ALONE), "trainin'"),
                "not as the reference model was trained");
    }

    @Test
    void contractionsBecomeANegationToken() throws IOException {
        for (String contraction : List.of("isn't", "doesn't", "can't", "won't", "don't", "cannot", "doesnt", "isn’t")) {
            assertEquals(List.of("not", "stabl"), terms("training " + contraction + " stable").subList(1, 3),
                    contraction);
        }
    }

    @Test
    void aComparisonWrittenAsMathReadsAsWords() throws IOException {
        assertEquals(terms("codings dimension smaller than input dimension"), terms("codings dimension < input dimension"));
        assertEquals(terms("codings larger than inputs"), terms("codings>inputs"));
        assertEquals(terms("k smaller than d"), terms("k \u226A d"));
        // arrows and "at most" are not a comparison of sizes
        assertEquals(List.of("encod", "decod"), terms("encoder -> decoder"));
        assertEquals(List.of("decod", "encod"), terms("decoder <- encoder"));
        assertEquals(List.of("x", "y"), terms("x <= y"));
        assertEquals(List.of("x", "y"), terms("x => y"));
    }

    @Test
    void notEqualAndTheProductsOfVectorsReadAsWords() throws IOException {
        assertEquals(terms("det a not 0"), terms("det(A) != 0"));
        assertEquals(terms("det a not 0"), terms("det(A) \u2260 0"));
        assertEquals(terms("u dot v 0"), terms("u \u00B7 v = 0"));
        assertEquals(terms("u cross v 0"), terms("u x v = 0"));
        assertEquals(terms("a cross b"), terms("a \u00D7 b"));
        // an "x" that is no sign: a word, a number beside it
        assertEquals(List.of("box", "x", "three"), terms("box x 3"));
        assertEquals(terms("u dot v 0"), terms("u.v = 0"));
        assertEquals(terms("u dot v 0"), terms("u . v = 0"));
        // a full stop that is no sign: an abbreviation, a transpose, a sentence that ends on a letter
        assertEquals(List.of("map"), terms("e.g. a map"));
        assertEquals(List.of("take", "vector", "b", "next"), terms("Take vector a. B is next"));
    }

    @Test
    void sizesAndComparisonsThatAllowEqualityReadAsWords() throws IOException {
        assertEquals(terms("codings larger than inputs"), terms("codings \u2265 inputs"));
        assertEquals(terms("codings larger than inputs"), terms("codings >= inputs"));
        assertEquals(terms("codings smaller than inputs"), terms("codings \u2264 inputs"));
        assertEquals(terms("coding layer smaller than input"), terms("|coding layer| < |input|"));
        assertEquals(terms("coding layer larger than input"), terms("|coding layer| \u2265 |input|"));
        // a norm keeps its bars out of the words; a list's bars are separators, not sizes
        assertEquals(terms("loss x x"), terms("loss ||x - x||"));
        assertEquals(List.of("denois", "anomali"), terms("denoising | anomaly"));
    }

    @Test
    void possessivesAndOtherCliticsAreCutOff() throws IOException {
        assertEquals(List.of("encod", "output"), terms("the encoder's output"));
        assertEquals(List.of("lose", "inform"), terms("it'll lose information"));
    }

    @Test
    void foldsCaseCompatibilityFormsAndDiacritics() throws IOException {
        assertEquals(terms("autoencoder"), terms("ＡＵＴＯＥＮＣＯＤＥＲ")); // full-width forms, NFKC
        assertEquals(terms("naive bayes"), terms("naïve Bayes"));
        assertEquals(terms("reseau"), terms("Réseau"));
        assertEquals(terms("efficient"), terms("eﬃcient")); // ligature ﬃ
        assertEquals(List.of("latent"), terms("la\u200Btent")); // zero-width space inside a word
        assertEquals(List.of("latent"), terms("la\u200Dtent\u200E")); // joiner, left-to-right mark
        assertEquals(terms("latent"), terms("lat\u00ADent")); // soft hyphen
    }

    @Test
    void dropsEmojiAndKeepsOtherScripts() throws IOException {
        assertEquals(List.of("gan", "train"), terms("GAN 🙂🔥 training"));
        assertEquals(List.of("مرحبا", "latent"), terms("مرحبا latent"));
        assertEquals(List.of("gan"), terms("\u202EGAN\u202C\u0000\u0007"));
    }

    @Test
    void keepsOffsetsIntoTheOriginalText() throws IOException {
        String text = "The ＶＡＥ’s de\u200Bcoder doesn't blur.";
        List<Token> tokens = tokens(text);
        assertEquals(List.of("vae", "decod", "not", "blur"), tokens.stream().map(Token::term).toList());
        assertEquals("ＶＡＥ’s", text.substring(tokens.get(0).start(), tokens.get(0).end()));
        assertEquals("de\u200Bcoder", text.substring(tokens.get(1).start(), tokens.get(1).end()));
        assertEquals("doesn't", text.substring(tokens.get(2).start(), tokens.get(2).end()));
        assertEquals("blur", text.substring(tokens.get(3).start(), tokens.get(3).end()));
    }

    @Test
    void stopWordsGoButContentWordsOfTheSubjectStay() throws IOException {
        assertEquals(List.of("more", "less", "between", "real", "fake"),
                terms("the more, the less; it is between the real and the fake"));
        assertFalse(AnswerAnalyzer.STOP_WORDS.contains("not"));
        assertFalse(AnswerAnalyzer.STOP_WORDS.contains("no"));
        assertTrue(AnswerAnalyzer.STOP_WORDS.contains("the"));
        assertEquals(List.of("root", "grow", "up"), terms("roots grow up"));
        assertEquals(List.of("peopl", "should", "speak"), terms("how people should speak"));
        assertEquals(List.of("root", "grow"), AnalyzedTerms.of(new AnswerAnalyzer(AnswerAnalyzer.Stemming.PORTER_ALONE),
                "roots should grow up"), "the reference model's reading keeps the stop words it was trained with");
    }

    @Test
    void wordsPorterWouldMergeKeepTheirOwnStems() throws IOException {
        // Porter alone stems all four to "gener" and "divergence" to "diverg"
        assertEquals(List.of("generator", "generativ", "generaliz", "gener", "divergence", "diverg"),
                terms("Generators, generative generalisation generate divergences; they diverge"));
        assertEquals(terms("generator"), terms("GENERATOR"));
        // "pretrained on generic data" says nothing of generating data
        assertEquals(List.of("generic", "data", "gener", "data"), terms("generic data, generate data"));
    }

    @Test
    void minimalStemmingOnlyStripsPlurals() throws IOException {
        AnswerAnalyzer minimal = new AnswerAnalyzer(AnswerAnalyzer.Stemming.MINIMAL);
        List<String> out = new ArrayList<>();
        try (TokenStream stream = minimal.tokenStream("f", "generators generated")) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) out.add(term.toString());
            stream.end();
        }
        assertEquals(List.of("generator", "generated"), out);
    }

    @Test
    void aPredicateLeftOutAfterAContrastIsReadAgain() throws IOException {
        // The cryptography deck: "hashes can't be reversed but encryption can" had denied encryption's reversal.
        assertEquals(terms("hashes can't be reversed but encryption can be reversed"), terms("hashes can't be reversed but encryption can"));
        assertEquals(terms("encryption can be reversed, but hashes can't be reversed."),
                terms("encryption can be reversed, but hashes can't."));
        assertEquals(terms("A GAN doesn't need labels, while a classifier does need labels if it learns."),
                terms("A GAN doesn't need labels, while a classifier does if it learns."));
        // Not where the second clause goes on with its own predicate, nor across a sentence.
        assertEquals(List.of("hash", "not", "revers", "but", "encrypt", "decrypt"), terms("hashes can't be reversed but encryption can decrypt"));
        assertEquals(List.of("hash", "not", "revers", "but", "encrypt"), terms("hashes can't be reversed. But encryption can."));
        // The words put back point at the auxiliary's end: offsets stay in order for the reader.
        List<Token> tokens = tokens("hashes can't be reversed but encryption can");
        for (int i = 1; i < tokens.size(); i++) assertTrue(tokens.get(i).start() >= tokens.get(i - 1).end(), tokens.toString());
    }

    @Test
    void aPredicateLeftOutAfterACommaIsReadAgainWhereTheClauseEnds() throws IOException {
        // The robotics deck: "closed loop has feedback, open loop doesn't", three answers graded 2, scored 0.
        assertEquals(terms("closed loop has feedback, open loop doesn't have feedback"), terms("closed loop has feedback, open loop doesn't"));
        assertEquals(terms("User mode programs cant access hardware, the kernel can access hardware."),
                terms("User mode programs cant access hardware, the kernel can."));
        // Not where the second subject is defined ("is when"), nor where its clause goes on.
        assertEquals(List.of("not", "affect", "parasit", "harm"),
                terms("one isn't affected, parasitism is when one is harmed"));
        assertEquals(List.of("close", "loop", "feedback", "open", "loop", "not", "us", "sensor"),
                terms("closed loop has feedback, open loop doesn't use sensors"));
    }

    @Test
    void aDenialDeniedSaysTheThingMustBe() throws IOException {
        // A sixteenth-dev-set answer graded 0: "You can't not use the labels" was read as not using them.
        assertEquals(terms("you must use the labels"), terms("You can't not use the labels"));
        assertEquals(terms("you must use the labels"), terms("you cannot not use the labels"));
        assertEquals(List.of("not", "us", "label"), terms("you can't use the labels"));
    }
}
