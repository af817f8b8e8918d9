package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.Rubrics.misconceptionIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A phrasing written the quick way a teacher writes one means its alternatives, not every word at once; a long one may miss a word. */
class PhrasingVariantsTest {

    @Test
    void aWrongClaimWrittenAsAListIsTheStudentsList() {
        // The thirty-eighth deck (marketing): "people, product, price, promotion" split into its items made "product"
        // alone a misconception, and the model answer naming the product made three.
        Rubric fourPs = Rubrics.rubric(List.of(Rubrics.concept("place", "place", "distribution")),
                List.of(Rubrics.misconception("people", 1, "people, product, price, promotion"),
                        Rubrics.misconception("profit", 1, "product, price, profit")));
        ScoreResult model = Grader.compile(fourPs).score("Product, price, place and promotion.");
        assertTrue(model.misconceptions().isEmpty(), model.toString());
        for (String listed : List.of("people, product, price, promotion", "product, price, promotion, people",
                "product, price, promotion and people")) {
            ScoreResult said = Grader.compile(fourPs).score(listed);
            assertEquals(List.of("people"), misconceptionIds(said), listed);
        }
        assertEquals(List.of("profit"),
                misconceptionIds(Grader.compile(fourPs).score("The 4 Ps are product, price, profit and promotion")));
        assertTrue(PhrasingVariants.isList("a, b, c"));
        assertTrue(!PhrasingVariants.isList("lose information, underfit"), "two alternatives");
    }

    @Test
    void slashesBracketsCommasAndHyphensGiveAlternatives() {
        assertEquals(List.of("anomaly detection", "outlier detection"), PhrasingVariants.of("anomaly/outlier detection"));
        assertEquals(List.of("anomaly detection", "outlier detection"), PhrasingVariants.of("anomaly / outlier detection"));
        assertEquals(List.of("reconstruction error", "MSE"), PhrasingVariants.of("reconstruction error (MSE)"));
        assertEquals(List.of("lose information", "underfit"), PhrasingVariants.of("lose information, underfit"));
        assertEquals(List.of("copy input", "identity"), PhrasingVariants.of("copy input; identity"));
        assertEquals(List.of("de-noising", "denoising"), PhrasingVariants.of("de-noising"));
        assertEquals(List.of("Anomaly detection", "outlier detection", "high reconstruction error"),
                PhrasingVariants.of("Anomaly / outlier detection (high reconstruction error)"));
        assertEquals(List.of("encoder size", "decoder size", "bottleneck size"), PhrasingVariants.of("encoder/decoder/bottleneck size"));
        assertEquals(List.of("Task: data augmentation", "data augmentation"), PhrasingVariants.of("Task: data augmentation"));
        assertEquals(List.of("Too undercomplete: loses information", "cannot reconstruct", "loses information"),
                PhrasingVariants.of("Too undercomplete: loses information, cannot reconstruct"));
    }

    @Test
    void aMeasureWordBeforeTheThingMeasuredMayBeLeftOut() {
        assertEquals(List.of("half the number of chromosomes", "half chromosomes"),
                PhrasingVariants.of("half the number of chromosomes"));
        assertEquals(List.of("harmless form of the pathogen", "harmless pathogen"),
                PhrasingVariants.of("harmless form of the pathogen"));
        // One word left would say nothing by itself.
        assertEquals(List.of("number of classes"), PhrasingVariants.of("number of classes"));
        assertEquals(List.of("movement of water"), PhrasingVariants.of("movement of water"));
        Rubric haploid = new Rubric(List.of(new Concept("haploid", "haploid", 1, false,
                List.of("half the number of chromosomes"), true)), List.of());
        assertEquals(ConceptStatus.HIT, Rubrics.status(haploid, "4 cells w/ half the chromosomes", "haploid"));
    }

    @Test
    void notationAndSingleLettersAreLeftAlone() {
        for (String written : List.of("learn w/o labels", "p(x)", "q(z|x)", "G(z)", "W.T", "1/2 the parameters", "mode collapse")) {
            assertEquals(List.of(written), PhrasingVariants.of(written), written);
        }
    }

    @Test
    void manySlashesStopAtABound() {
        List<String> variants = PhrasingVariants.of("aa/bb/cc dd/ee/ff gg/hh/ii jj/kk/ll");
        assertEquals(PhrasingVariants.MAX_VARIANTS, variants.size());
        assertTrue(variants.contains("aa dd gg jj") && variants.stream().allMatch(v -> v.split(" ").length == 4), variants.toString());
    }

    @Test
    void eachAlternativeEarnsTheConcept() {
        Rubric rubric = rubric("anomaly/outlier detection (high reconstruction error)");
        for (String answer : List.of("Used for outlier detection.", "Used for anomaly detection.",
                "An input with a high reconstruction error is unusual.")) {
            assertEquals(ConceptStatus.HIT, Grader.compile(rubric).score(answer).concepts().get(0).status(), answer);
        }
        assertEquals(ConceptStatus.MISSED, Grader.compile(rubric).score("Used for detection.").concepts().get(0).status());
        assertEquals(ConceptStatus.HIT, Grader.compile(rubric("de-noising")).score("denoising images").concepts().get(0).status());
    }

    @Test
    void aPhrasingIsUselessOnlyWhenNoAlternativeHasAContentWord() {
        assertEquals(List.of(), Grader.compile(rubric("reconstruction error (e.g.)")).warnings());
        List<String> warnings = Grader.compile(rubric("the, of it")).warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("\"the, of it\" has no content words"), warnings.get(0));
    }

    @Test
    void aLongPhrasingMatchesWithOneWordMissingButAShortOneAndAMisconceptionDoNot() {
        // five content words: decoder, reuses, encoder, weights, transposed
        Rubric described = rubric("decoder reuses the encoder weights transposed");
        assertEquals(ConceptStatus.HIT, Grader.compile(described).score("The decoder reuses the encoder's weights.").concepts().get(0).status());
        assertEquals(ConceptStatus.MISSED, Grader.compile(described).score("The decoder has its own weights.").concepts().get(0).status());
        assertEquals(ConceptStatus.MISSED, Grader.compile(rubric("reuse encoder weights")).score("Reuse the weights.").concepts().get(0).status());
        Rubric misconception = new Rubric(List.of(new Concept("c", "c", 1, true, List.of("codings"), true, List.of())),
                List.of(new dev.latent.deck.Misconception("m", "m", 1, List.of("decoder learns separate weight matrices"), false)));
        ScoreResult result = Grader.compile(misconception).score("The codings; the decoder learns weight matrices.");
        assertEquals(List.of(), result.misconceptions(), "a misconception needs every word");
    }

    private static Rubric rubric(String phrasing) {
        return new Rubric(List.of(new Concept("c", "c", 1, true, List.of(phrasing), true, List.of())), List.of());
    }
}
