package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static dev.latent.scoring.Rubrics.anyOrder;
import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.rubric;
import static dev.latent.scoring.Rubrics.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Words written in another form than the rubric's, as testers of a history deck found them: irregular past tenses
 * ("paid" for "pay") are the verb; ordinals and Roman numerals are their numbers ("2nd", "WWII"); a number is never
 * a typo of another ("1932" is not "1923").
 */
class WordFormsTest {

    @Test
    void anIrregularPastIsItsVerb() {
        Rubric reparations = rubric(anyOrder("reparations", "pay for the damage", "lose territory"));
        assertEquals(HIT, status(reparations, "Germany paid for the damage.", "reparations"));
        assertEquals(HIT, status(reparations, "Germany lost territory.", "reparations"));
        Rubric fought = rubric(concept("proxy", "fought proxy wars"));
        assertEquals(HIT, status(fought, "They fight proxy wars.", "proxy"), "the other way round too");
        assertEquals(HIT, status(fought, "They fought proxy wars.", "proxy"));
        Rubric lit = rubric(Rubrics.anyOrder("half-lit", "half is lit"));
        assertEquals(HIT, status(lit, "The Sun lights up only half of the Moon.", "half-lit"), "the fifteenth deck's answer");
        assertEquals(HIT, status(rubric(concept("made", "make new samples")), "It made new samples.", "made"));
    }

    @Test
    void anAdjectiveInEntalIsItsNoun() {
        // The seventy-first deck (media studies): "misinformation is by accident" missed the rubric's "accidentally",
        // Porter stemming "accident" and "accidental" apart.
        Rubric intent = rubric(concept("unintended", "accidentally"));
        assertEquals(HIT, status(intent, "Misinformation is spread by accident.", "unintended"));
        Rubric factors = rubric(concept("nurture", "environment"));
        assertEquals(HIT, status(factors, "Environmental factors matter too.", "nurture"));
        Rubric mind = rubric(concept("teeth", "dental care"));
        assertEquals(MISSED, status(mind, "Mental care matters.", "teeth"), "\"mental\" is no \"-ental\" of a noun");
    }

    @Test
    void aSingularInUsOrAsMeetsItsOtherForms() {
        // The seventy-eighth deck (human resources): "managers can be biased" missed the rubric's "bias", Porter
        // reading "bias" as a plural ("bia") and stemming "biased" to "bias".
        Rubric appraisal = rubric(concept("bias", "bias"));
        assertEquals(HIT, status(appraisal, "Managers can be biased.", "bias"));
        assertEquals(HIT, status(rubric(concept("focus", "focus on the customer")), "Marketing is focused on the customer.", "focus"));
        assertEquals(HIT, status(rubric(concept("viral", "viruses")), "A virus cannot grow alone.", "viral"));
        // plurals stay plurals: of a word ("areas") and of initials ("GPUs")
        assertEquals(HIT, status(rubric(concept("area", "urban area")), "Urban areas grow.", "area"));
        assertEquals(HIT, status(rubric(concept("gpu", "needs a GPU")), "It needs GPUs.", "gpu"));
    }

    @Test
    void aShortVerbAndAVerbInNceMeetTheirOtherForms() {
        // Porter turns "y" into "i" only after a vowel: "tries" was "tri", "try" stayed "try".
        assertEquals(HIT, status(rubric(concept("fool", "tries to fool the discriminator")), "G must try to fool the discriminator.", "fool"));
        assertEquals(HIT, status(rubric(anyOrder("tied", "tie the weights")), "The weights are tied.", "tied"));
        // Porter takes "-ence" off "experience" but not off "experienced"
        assertEquals(HIT, status(rubric(concept("exp", "experience")), "Experienced players know it.", "exp"));
        // nor "-ion" off "dimensional" and "dimensionality", which it stems to "dimension", "dimensions" to "dimens"
        assertEquals(HIT, status(rubric(concept("low", "low dimensional")), "It maps data to low dimensions.", "low"));
        assertEquals(HIT, status(rubric(concept("reduce", "reduce dimensions")), "It can reduce dimensionality.", "reduce"));
    }

    @Test
    void wordsThatAreMostlySomethingElseAreLeftAsTheyAre() {
        Rubric mean = rubric(concept("mean", "mean and variance"));
        assertEquals(MISSED, status(mean, "This meant that variance grew.", "mean"), "\"meant\" is no statistician's mean");
        Rubric side = rubric(concept("left", "left ventricle"));
        assertEquals(HIT, status(side, "The left ventricle pumps to the body.", "left"));
    }

    @Test
    void aNumberIsNoTypoOfAnother() {
        Rubric year = rubric(concept("hyperinflation", "hyperinflation", "1923"));
        assertEquals(MISSED, status(year, "Unemployment was around 6 million by 1932.", "hyperinflation"));
        assertEquals(HIT, status(year, "Prices exploded in 1923.", "hyperinflation"));
        assertEquals(HIT, status(year, "Hyperinflaton wiped out savings.", "hyperinflation"), "words keep their typos");
    }

    @Test
    void ordinalsAndRomanNumeralsAreTheirNumbers() {
        Rubric war = rubric(concept("ww2", "Second World War", "WW2", "world war two"));
        assertEquals(HIT, status(war, "It led to the 2nd world war.", "ww2"));
        assertEquals(HIT, status(war, "It led to WWII.", "ww2"));
        assertEquals(HIT, status(war, "It led to World War II.", "ww2"));
        Rubric layer = rubric(concept("first-layer", "first hidden layer"));
        assertEquals(HIT, status(layer, "The 1st hidden layer learns edges.", "first-layer"));
    }

    @Test
    void aNumbersThousandsCommasAreNoSeparatorsOfAlternatives() {
        Rubric army = rubric(concept("military", "100,000 men", "no air force"));
        assertEquals(HIT, status(army, "The army was cut to 100000 men.", "military"));
        assertEquals(HIT, status(army, "The army was cut to 100,000 men.", "military"));
        assertEquals(MISSED, status(army, "The army was cut to 100 men.", "military"));
    }

    @Test
    void aWordWithTheOppositePrefixIsNoTypo() {
        Rubric inflation = rubric(concept("inflation", "inflation"));
        assertEquals(MISSED, status(inflation, "Deflation made it worse.", "inflation"));
        assertEquals(HIT, status(inflation, "Inflaton made money worthless.", "inflation"));
        Rubric tonic = rubric(concept("hypotonic", "hypotonic solution"));
        assertEquals(MISSED, status(tonic, "It is placed in a hypertonic solution.", "hypotonic"));
        Rubric depolarisation = rubric(concept("depolarisation", "depolarisation"));
        assertEquals(MISSED, status(depolarisation, "Then repolarisation follows.", "depolarisation"));
        Rubric ascending = rubric(concept("ascending", "ascending colon"));
        assertEquals(MISSED, status(ascending, "It moves through the descending colon.", "ascending"));
    }

    @Test
    void twoWordsThatSpellARubricWordAreThatWord() {
        // The ninety-fifth deck (typography): "the height of lower case letters" missed "height of lowercase", whose
        // stem ("lowercas") is no join of "lower" and "case".
        Rubric xHeight = rubric(concept("definition", "height of lowercase"));
        assertEquals(HIT, status(xHeight, "It's the height of lower case letters.", "definition"));
        assertEquals(HIT, status(xHeight, "It's the height of lower-case letters.", "definition"));
        assertEquals(HIT, status(xHeight, "It's the height of lowercase letters.", "definition"));
        assertEquals(MISSED, status(xHeight, "Its height is lower, in case of small letters.", "definition"),
                "words apart, not written together");
    }

    @Test
    void howAndAnAdjectiveOfAnAmountSayTheAmount() {
        // The ninety-fifth deck (typography): "how tall the small letters are" missed "height of lowercase".
        Rubric letters = rubric(anyOrder("height", "letter height"));
        ScoreResult tall = Rubrics.forQuestion(letters, "What does this measure say about type?").score("It is how tall the letters are.");
        assertEquals(HIT, Rubrics.result(tall, "height").status());
        assertEquals("tall the letters", Rubrics.result(tall, "height").evidence().text(), "the evidence shows the adjective");
        assertEquals(MISSED, status(letters, "The letters are tall.", "height"), "an adjective without 'how' asks for no amount");
        assertEquals(HIT, status(rubric(concept("speed", "speed")), "It depends on how fast it runs.", "speed"));
        assertEquals(MISSED, status(rubric(concept("length", "line length")), "It is how long the line takes to read.", "length"),
                "'how long' asks as often for a time");
    }
}
