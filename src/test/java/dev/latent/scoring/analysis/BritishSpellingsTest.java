package dev.latent.scoring.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A student who writes British English meets a rubric written in American English, and the other way round: Porter
 * had left "colour"/"color", "organis"/"organ" and "centr"/"center" apart, so "blending the colours of edge pixels"
 * missed a graphics rubric's "blend colors", and "fertilizer" an ecology rubric's "fertiliser runoff".
 */
class BritishSpellingsTest {

    private static List<String> terms(String text) {
        return AnalyzedTerms.of(new AnswerAnalyzer(), text);
    }

    @Test
    void britishAndAmericanSpellingsAnalyseToOneTerm() {
        List<List<String>> pairs = List.of(
                List.of("colours", "colors"), List.of("organise", "organize"), List.of("organisation", "organization"),
                List.of("analysed", "analyzed"), List.of("centre", "center"), List.of("centred", "centered"),
                List.of("kilometres", "kilometers"), List.of("fibre", "fiber"), List.of("behaviour", "behavior"),
                List.of("favourite", "favorite"), List.of("haemoglobin", "hemoglobin"), List.of("anaemia", "anemia"),
                List.of("paediatric", "pediatric"), List.of("defence", "defense"), List.of("grey", "gray"),
                List.of("catalogue", "catalog"), List.of("optimiser", "optimizer"), List.of("fertiliser", "fertilizer"),
                List.of("regularisation", "regularization"), List.of("visualising", "visualizing"));
        for (List<String> pair : pairs) assertEquals(terms(pair.get(1)), terms(pair.get(0)), pair.toString());
    }

    @Test
    void wordsThatOnlyLookBritishKeepTheirOwnTerms() {
        assertNull(BritishSpellings.american("noise"), "two letters before -ise: no verb in -ize");
        assertNull(BritishSpellings.american("denoising"), "a vowel before -ise: no verb in -ize");
        assertNull(BritishSpellings.american("analyses"), "the plural of analysis");
        assertNull(BritishSpellings.american("hours"));
        assertNotEquals(terms("timber"), terms("timbre"));
        assertNotEquals(terms("outer"), terms("outre"));
        assertEquals(List.of("colour"), AnalyzedTerms.of(new AnswerAnalyzer(AnswerAnalyzer.Stemming.PORTER_ALONE), "colour"),
                "the reference model was trained without it");
    }
}
