package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.Rubrics.misconceptionIds;
import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.misconception;
import static dev.latent.scoring.Rubrics.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A wrong claim written as "X is Y" claims that X is Y: the twentieth deck's (linear algebra) model answer, "the dot
 * product of two vectors gives a scalar", was read as its misconception "dot product is a vector", whose stop words
 * leave "dot product vector".
 */
class CopulaClaimsTest {

    private static final Rubric PRODUCTS = rubric(List.of(concept("dot-scalar", "dot product gives a scalar")),
            List.of(misconception("dot-vector", 1, "dot product is a vector")));

    @Test
    void aVectorTheProductIsOfIsNoClaimThatItIsOne() {
        ScoreResult of = Grader.compile(PRODUCTS).score("The dot product of two vectors gives a scalar.");
        assertTrue(of.misconceptions().isEmpty(), of.toString());
        assertEquals(ConceptStatus.HIT, Rubrics.result(of, "dot-scalar").status(), of.toString());
    }

    @Test
    void theClaimMadeWithACopulaOrAnEqualsSignStillCounts() {
        for (String answer : List.of("The dot product is a vector.", "Dot products are vectors too.",
                "dot product = vector")) {
            ScoreResult said = Grader.compile(PRODUCTS).score(answer);
            assertEquals(List.of("dot-vector"), misconceptionIds(said),
                    answer + ": " + said);
        }
    }

    @Test
    void aOneWordClaimIsStillMatchedAsWritten() {
        Rubric orbits = rubric(List.of(concept("gravity", "gravity")),
                List.of(misconception("bigger", 1, "because they are bigger")));
        ScoreResult said = Grader.compile(orbits).score("Outer planets take longer because they are bigger.");
        assertEquals(1, said.misconceptions().size(), said.toString());
        ScoreResult other = Grader.compile(orbits).score("The outer orbits are bigger, so the trip around takes longer.");
        assertTrue(other.misconceptions().isEmpty(), other.toString());
    }

    @Test
    void aPassiveWithGetSaysItToo() {
        // The twenty-fifth deck (ecology): "the energy gets destroyed" claims "energy is destroyed".
        Rubric energy = rubric(List.of(concept("heat", "lost as heat")), List.of(misconception("destroyed", 1, "energy is destroyed")));
        ScoreResult got = Grader.compile(energy).score("Because the energy gets destroyed when it goes up the chain.");
        assertEquals(1, got.misconceptions().size(), got.toString());
    }

    @Test
    void aSubstanceAWrongClaimNamesByItsFormulaIsSaidByIt() {
        // The eightieth deck (marine biology): "H2O" is read as "water", so its wrong claim "oxygen from H2O" (split
        // from the molecules) had read as its model answer's "the oxygen in the water".
        Rubric gills = rubric(List.of(concept("diffuse", "oxygen diffuses into the blood")),
                List.of(misconception("split", 1, "oxygen from H2O")));
        assertClaimedOnlyWhereSaid(gills, List.of("Fish extract most of the oxygen in the water.",
                        "Oxygen dissolved in the water diffuses into the blood."), "split",
                "They get their oxygen from H2O molecules.", "The gills take oxygen from h2o.");
    }

    @Test
    void aGetThatTakesAnObjectIsNoCopula() {
        // The seventy-eighth deck (human resources): its model answer's "good onboarding gets new hires up to speed"
        // was read as the wrong claim "onboarding is hiring".
        Rubric onboarding = rubric(List.of(concept("integrate", "integrating new employees")),
                List.of(misconception("hiring", 1, "onboarding is hiring")));
        assertClaimedOnlyWhereSaid(onboarding, List.of("Good onboarding gets new hires up to speed faster.",
                        "Onboarding gets the hires settled in."), "hiring",
                "Onboarding is hiring people.", "Onboarding gets hired out to agencies.");
    }

    @Test
    void aComparisonIsNoClaimOfKind() {
        // The thirty-first deck (microbiology): "viruses are much smaller than bacteria" read as "a virus is a small bacterium".
        Rubric kinds = rubric(List.of(concept("not-cell", "not a cell")),
                List.of(misconception("small-bacterium", 2, "a virus is a small bacterium")));
        ScoreResult compared = Grader.compile(kinds).score("Viruses are also much smaller than bacteria.");
        assertTrue(compared.misconceptions().isEmpty(), compared.toString());
        ScoreResult claimed = Grader.compile(kinds).score("A virus is just a very small bacterium.");
        assertEquals(1, claimed.misconceptions().size(), claimed.toString());
    }

    @Test
    void aUnitOfAnotherThingIsNoUnitOfTheClaimsThing() {
        // The thirty-second deck (linguistics): the right definition of a phoneme read as "smallest unit of meaning".
        Rubric units = rubric(List.of(concept("sound", "smallest unit of sound")),
                List.of(misconception("meaning", 2, "phoneme is the smallest unit of meaning")));
        ScoreResult sound = Grader.compile(units).score("A phoneme is the smallest unit of sound that can change meaning.");
        assertTrue(sound.misconceptions().isEmpty(), sound.toString());
        assertEquals(ConceptStatus.HIT, Rubrics.result(sound, "sound").status(), sound.toString());
        ScoreResult meaning = Grader.compile(units).score("A phoneme is the smallest unit of meaning.");
        assertEquals(1, meaning.misconceptions().size(), meaning.toString());
        // The eleventh deck (chemistry): a complement of two things joined by "and" is both.
        Rubric isotopes = rubric(List.of(concept("neutrons", "different number of neutrons")),
                List.of(misconception("protons", 2, "different number of protons")));
        ScoreResult both = Grader.compile(isotopes).score("Isotopes have different numbers of neutrons and protons.");
        assertEquals(1, both.misconceptions().size(), both.toString());
    }
    @Test
    void whatTheAnswerCallsItIsThePredicateNotAThingAfterAPreposition() {
        // The linear algebra deck: "the determinant is a number you get from the matrix" had stated its wrong claim
        // "the determinant is a matrix".
        Rubric determinant = rubric(List.of(concept("scalar", "a number")),
                List.of(misconception("is-matrix", 1, "the determinant is a matrix")));
        assertClaimedOnlyWhereSaid(determinant, List.of("The determinant is a number you get from the matrix."), "is-matrix",
                "The determinant is a matrix.", "The determinant is a special matrix.", "The determinant is a kind of matrix.");
    }
    @Test
    void aPredicateOfItsOwnBeforeAPrepositionRelatesTheTwo() {
        // The law deck's best answer, "Motive is irrelevant to mens rea", had stated its wrong claim "motive is the
        // mens rea" (a subject two words long).
        Rubric mensRea = rubric(List.of(concept("guilty-mind", "guilty mind")),
                List.of(misconception("motive", 1, "motive is the mens rea")));
        assertClaimedOnlyWhereSaid(mensRea, List.of("Mens rea is the guilty mind. Motive is irrelevant to mens rea.",
                "Motive is not relevant to mens rea.", "Motive is separate from the mens rea."), "motive",
                "Motive is the mens rea.", "Motive is equal to the mens rea.", "Motive is basically the mens rea.");
    }
    @Test
    void aDefinitionByAnotherNounIsNotAClaimOfWhatFollowsItsPreposition() {
        // The human geography deck's model answer, "Population density is the average number of people living in a
        // given area", had stated its wrong claim "density is where people live" and failed validate.
        Rubric density = rubric(List.of(concept("per-area", "people per area")),
                List.of(misconception("density-is-spread", 1, "density is where people live")));
        assertClaimedOnlyWhereSaid(density, List.of("Population density is the average number of people living in a given"
                + " area."), "density-is-spread", "Density is where people live in a country.");
    }
    @Test
    void aClaimOfHavingIsSaidAsHaving() {
        // The computer architecture deck's model answer, "RISC programs need more instructions", had stated its wrong
        // claim "RISC has more instructions" ("has" is a stop word).
        Rubric risc = rubric(List.of(concept("simple", "simple instructions")),
                List.of(misconception("risc-more", 1, "RISC has more instructions")));
        assertClaimedOnlyWhereSaid(risc, List.of("RISC programs need more instructions and rely on the compiler."),
                "risc-more", "RISC has more instructions than CISC.", "RISC comes with more instructions.",
                "RISC chips have more instructions.");
    }

    @Test
    void aClaimOfNecessityIsSaidAsOne() {
        // The probability deck's model answer, "sums of independent normal variables are again normal", had stated its
        // wrong claim "variables must be normal" ("must" is a stop word).
        Rubric clt = rubric(List.of(concept("sums", "sum approximately normal")),
                List.of(misconception("clt-needs-normal", 1, "variables must be normal")));
        assertClaimedOnlyWhereSaid(clt, List.of("Sums of independent normal variables are again normal."), "clt-needs-normal",
                "For the CLT the variables must be normal.", "The variables have to be normal first.",
                "It requires the variables to be normal.");
    }

    @Test
    void aThingTheAnswerNamesAndGoesOnToDescribeIsWhatItSays() {
        // The sixty-second deck (personal finance): "a budget is a plan for how you will spend and save" was read as
        // its wrong claim "budget is your savings".
        Rubric budget = rubric(List.of(concept("plan", "plan")), List.of(misconception("savings", 1, "budget is your savings")));
        assertClaimedOnlyWhereSaid(budget, List.of("A budget is a plan for how you will spend and save your money.",
                        "A budget is a list that shows what you spend and save."), "savings",
                "A budget is your savings.", "My budget is just the savings in my account.",
                "A budget is the savings you have.");
    }

    @Test
    void aWrongClaimOpeningOnItsCopulaIsSaidOnlyWithOne() {
        // The seventy-third deck (supply chain): its model answer's "on top of the normal cycle stock" was read as the
        // wrong claim "(safety stock) is the cycle stock".
        Rubric safety = rubric(List.of(concept("buffer", "extra inventory")), List.of(misconception("cycle", 1, "is the cycle stock")));
        assertClaimedOnlyWhereSaid(safety, List.of("Safety stock is extra inventory on top of the normal cycle stock."), "cycle",
                "Safety stock is the cycle stock.", "Safety stocks are the cycle stock of a firm.");
    }

    @Test
    void aDoingTheAnswerSaysOfItsSubjectIsNoClaimOfWhatItIs() {
        // The sixty-fourth deck (memory and learning): its model answer "Retrieval is getting stored information back"
        // was read as the wrong claim "retrieval is storing".
        Rubric stages = rubric(List.of(concept("retrieval", "getting information back")),
                List.of(misconception("swapped", 1, "retrieval is storing")));
        assertClaimedOnlyWhereSaid(stages, List.of("Retrieval is getting stored information back out of memory.",
                        "Retrieval is bringing the stored memory back."), "swapped",
                "Retrieval is storing information.", "Retrieval is the storing of memories.");
    }

    /** Each answer that does not say the wrong claim states none; each that says it states exactly that one. */
    private static void assertClaimedOnlyWhereSaid(Rubric rubric, List<String> notSaid, String claim, String... said) {
        for (String answer : notSaid) {
            ScoreResult result = Grader.compile(rubric).score(answer);
            assertTrue(result.misconceptions().isEmpty(), answer + ": " + result);
        }
        for (String answer : said) {
            ScoreResult result = Grader.compile(rubric).score(answer);
            assertEquals(List.of(claim), misconceptionIds(result),
                    answer + ": " + result);
        }
    }
}
