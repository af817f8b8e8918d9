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
 * A wrong claim made with "all", "both" or "one" is made only where the answer says that quantity: the seventeenth
 * deck's (databases) model answer was read as claiming both of its own misconceptions, "inner join returns all rows"
 * in "an inner join returns only the rows where the condition matches". Also from that deck: the quantity is looked
 * for in the claim's sentence, and a shortened phrasing made only of the question's words is an echo of it.
 */
class QuantifiedClaimsTest {

    private static final Rubric JOINS = rubric(List.of(concept("matching", "only matching rows")),
            List.of(misconception("inner-all", 1, "inner join returns all rows"),
                    misconception("left-both", 1, "left join returns all rows from both tables")));

    @Test
    void aClaimOfAllIsNotMadeByOnly() {
        ScoreResult only = Grader.compile(JOINS).score("An inner join returns only the rows where the join condition matches.");
        assertTrue(only.misconceptions().isEmpty(), only.toString());
        ScoreResult all = Grader.compile(JOINS).score("An inner join returns all rows of the two tables.");
        assertEquals(List.of("inner-all"), misconceptionIds(all), all.toString());
        ScoreResult every = Grader.compile(JOINS).score("The inner join returns every row.");
        assertEquals(List.of("inner-all"), misconceptionIds(every), "\"every\" says \"all\": " + every);
    }

    @Test
    void aClaimThatSomethingReallyHappenedNeedsItsReally() {
        // The eighty-eighth deck (social psychology): its model answer's "told to give increasingly strong electric
        // shocks to a learner (a confederate). No shocks were actually delivered" was read as its own wrong claim
        // "actually shocked the learner", "actually" being a filler word the analyzer drops.
        Rubric milgram = rubric(List.of(concept("obeyed", "obeyed to the maximum")),
                List.of(misconception("real-shocks", 1, "actually shocked the learner")));
        ScoreResult story = Grader.compile(milgram).score("Participants were told to give stronger and stronger shocks to a"
                + " learner, who was a confederate, and most obeyed to the maximum.");
        assertTrue(story.misconceptions().isEmpty(), story.toString());
        for (String claim : List.of("The teachers actually shocked the learner every time.",
                "They really shocked the learner, which is why it was so unethical.")) {
            ScoreResult result = Grader.compile(milgram).score(claim);
            assertEquals(List.of("real-shocks"), misconceptionIds(result), result.toString());
        }
    }

    @Test
    void aClaimOfAllAndBothNeedsBoth() {
        ScoreResult leftOnly = Grader.compile(JOINS).score("A left outer join returns every row of the left table.");
        assertTrue(leftOnly.misconceptions().isEmpty(), "one table, not both: " + leftOnly);
        ScoreResult both = Grader.compile(JOINS).score("A left join returns all rows from both tables.");
        assertEquals(List.of("left-both"), misconceptionIds(both), both.toString());
    }

    @Test
    void theQuantityIsSaidInTheClaimsSentence() {
        ScoreResult twoSentences = Grader.compile(JOINS).score(
                "Inner join only returns rows with a match in both tables. Left outer join returns all rows from the left table.");
        assertTrue(twoSentences.misconceptions().isEmpty(), "\"both\" belongs to the sentence before: " + twoSentences);
    }

    @Test
    void aClaimOfAsManyIsMadeOnlyWhereThePlentyIsSaid() {
        // The fortieth deck's (compilers) model answer failed validate: "as many registers as variables" had read as
        // "registers ... variables" in "Register allocation decides which variables are kept in registers".
        Rubric registers = rubric(List.of(concept("assign", "assigns variables to registers")),
                List.of(misconception("unlimited", 1, "as many registers as variables")));
        ScoreResult model = Grader.compile(registers).score(
                "Register allocation decides which variables and temporaries are kept in the CPU's registers.");
        assertTrue(model.misconceptions().isEmpty(), model.toString());
        ScoreResult asMany = Grader.compile(registers).score("The CPU has as many registers as there are variables.");
        assertEquals(List.of("unlimited"), misconceptionIds(asMany), asMany.toString());
        ScoreResult enough = Grader.compile(registers).score("There are enough registers for every variable, so nothing goes to RAM.");
        assertEquals(List.of("unlimited"), misconceptionIds(enough),
                "\"enough registers for every variable\" says as many: " + enough);
        Rubric prices = rubric(List.of(concept("elastic", "sensitive to price")),
                List.of(misconception("price-change", 1, "how much the price goes up")));
        ScoreResult named = Grader.compile(prices).score("People buy more when the price goes up.");
        assertEquals(List.of("price-change"), misconceptionIds(named),
                "\"how much\" names a quantity, claims none: " + named);
    }

    @Test
    void aQuantityAfterTheNextWordAtTheSentencesEndIsStillBeside() {
        Rubric inverse = rubric(concept("identity", "A A^-1 = I"));
        ScoreResult times = Grader.compile(inverse).score("The inverse is A^-1 so that A times A^-1 equals I.");
        assertEquals(ConceptStatus.HIT, Rubrics.result(times, "identity").status(), times.toString());
        ScoreResult other = Grader.compile(inverse).score("A times A^-1 equals the zero matrix.");
        assertEquals(ConceptStatus.MISSED, Rubrics.result(other, "identity").status(), other.toString());
    }

    @Test
    void aShortenedPhrasingMadeOfTheQuestionsWordsIsAnEcho() {
        Rubric keys = rubric(concept("fk-references", "refers to the primary key of another table"));
        String prompt = "What is a primary key, and how does a foreign key link two tables?";
        ScoreResult echo = Rubrics.forQuestion(keys, prompt)
                .score("A primary key is the password that protects the table.");
        assertEquals(ConceptStatus.MISSED, Rubrics.result(echo, "fk-references").status(), echo.toString());
        ScoreResult said = Rubrics.forQuestion(keys, prompt)
                .score("A foreign key refers to the primary key of another table.");
        assertEquals(ConceptStatus.HIT, Rubrics.result(said, "fk-references").status(), said.toString());
    }

    @Test
    void anotherIsAWordOfAConcept() {
        Rubric keys = rubric(Rubrics.anyOrder("fk-references", "column that matches the primary key in the other table"),
                concept("compete", "networks compete with each other"));
        ScoreResult first = Grader.compile(keys).score("A primary key is the first column of the table, usually the ID.");
        assertEquals(ConceptStatus.MISSED, Rubrics.result(first, "fk-references").status(), first.toString());
        ScoreResult other = Grader.compile(keys).score("The foreign key is a column matching the primary key of a different table.");
        assertEquals(ConceptStatus.HIT, Rubrics.result(other, "fk-references").status(), other.toString());
        ScoreResult reciprocal = Grader.compile(keys).score("The two networks compete.");
        assertEquals(ConceptStatus.HIT, Rubrics.result(reciprocal, "compete").status(), "\"each other\" is no quantity: " + reciprocal);
    }

    @Test
    void aConceptKeepsItsMatchWithoutTheQuantity() {
        Rubric gan = rubric(concept("trained-together", "both networks trained together"));
        ScoreResult together = Grader.compile(gan).score("The generator and discriminator networks are trained together.");
        assertEquals(ConceptStatus.HIT, Rubrics.result(together, "trained-together").status(), together.toString());
    }

    @Test
    void aClaimAboutAnyThingNeedsItsAny() {
        // The twenty-second deck (algorithms): "it works when the problem has optimal substructure" is no claim that
        // dynamic programming works for any problem.
        Rubric dynamic = rubric(List.of(concept("overlapping", "overlapping subproblems")),
                List.of(misconception("any-problem", 1, "works for any problem")));
        ScoreResult when = Grader.compile(dynamic).score("It works when the problem has overlapping subproblems.");
        assertTrue(when.misconceptions().isEmpty(), when.toString());
        for (String answer : List.of("It works for any problem.", "DP works on every problem you give it.")) {
            ScoreResult any = Grader.compile(dynamic).score(answer);
            assertEquals(List.of("any-problem"), misconceptionIds(any), answer + ": " + any);
        }
    }

    @Test
    void aClaimOfOnceNeedsItsOnce() {
        // The ninety-seventh deck (sleep science): "you go through them in cycles of about 90 minutes" claimed that the
        // stages happen once ("go through once").
        Rubric stages = rubric(List.of(concept("cycles", "90 minutes")), List.of(misconception("once", 1, "go through once")));
        ScoreResult cycles = Grader.compile(stages).score("You go through them in cycles of about 90 minutes, several a night.");
        assertTrue(cycles.misconceptions().isEmpty(), cycles.toString());
        for (String answer : List.of("You go through the stages once.", "Each night you go through them once.")) {
            assertEquals(List.of("once"), misconceptionIds(Grader.compile(stages).score(answer)), answer);
        }
    }

    @Test
    void theVerbOwnIsNoQuantifierAndAClaimAsWrittenMayGoOnPastItsWord() {
        // The thirtieth deck (accounting): "something you own" read as "your own", so "what I own, liabilities" was a
        // liability said with "own" beside it. Read as a verb, the claim is its words as written, which go on past
        // their one content word.
        Rubric swapped = rubric(List.of(concept("owned", "what you own")),
                List.of(misconception("swapped", 2, "a liability is something you own")));
        ScoreResult right = Grader.compile(swapped).score("Assets are what I own, liabilities are what I owe.");
        assertTrue(right.misconceptions().isEmpty(), right.toString());
        ScoreResult wrong = Grader.compile(swapped).score("A liability is something you own.");
        assertEquals(List.of("swapped"), misconceptionIds(wrong), wrong.toString());
        Rubric threads = rubric(List.of(concept("own-stack", "its own stack")), List.of());
        assertEquals(ConceptStatus.MISSED, Rubrics.status(threads, "Threads share the stack.", "own-stack"));
        assertEquals(ConceptStatus.HIT, Rubrics.status(threads, "Each thread has its own stack.", "own-stack"));
        // The operating systems deck wrote it without the possessive: a phrasing that opens with "own" says the
        // adjective too ("I think threads also share the stack" had earned "own stack").
        Rubric bare = rubric(List.of(concept("own-stack", "own stack")), List.of());
        assertEquals(ConceptStatus.MISSED, Rubrics.status(bare, "I think threads also share the stack.", "own-stack"));
        assertEquals(ConceptStatus.HIT, Rubrics.status(bare, "Each thread has its own stack.", "own-stack"));
        assertEquals(ConceptStatus.HIT, Rubrics.status(bare, "A thread's own stack holds its calls.", "own-stack"));
        // The eleventh deck (chemistry): "it gets used up" says "used up".
        Rubric catalyst = rubric(List.of(concept("faster", "speeds up")), List.of(misconception("consumed", 1, "used up")));
        assertEquals(List.of("consumed"),
                misconceptionIds(Grader.compile(catalyst).score("It gets used up in the reaction.")));
        assertTrue(Grader.compile(catalyst).score("It is used to speed up the reaction.").misconceptions().isEmpty());
        // The supply-chain deck: an "up" that leads the match is a preposition and needs no verb ("further" is a
        // stop word, so "further up the chain" is "up chain": "further up the supply chain" had said nothing).
        Rubric upstream = rubric(List.of(concept("upstream", "further up the chain")), List.of());
        assertEquals(ConceptStatus.HIT, Rubrics.status(upstream, "Orders swing more further up the supply chain.", "upstream"));
        assertEquals(ConceptStatus.MISSED, Rubrics.status(upstream, "The chain of shops kept going up.", "upstream"));
    }

    @Test
    void aClaimThatSomethingIsAnAmountNeedsTheAmountAndOneOfWhereNeedsNone() {
        // The human geography deck: "distribution is how people are spread out" had stated "distribution is how many
        // people per area" (its "how many" and "per" are function words), and "density is how many people live in an
        // area" had stated "density is where people live".
        Rubric swapped = rubric(List.of(concept("spread", "how people are spread out")),
                List.of(misconception("distribution-per-area", 1, "distribution is how many people per"),
                        misconception("density-is-where", 1, "density is where people live")));
        ScoreResult right = Grader.compile(swapped).score("Density is how many people live in an area, per square kilometre."
                + " Distribution is how people are spread out across an area.");
        assertTrue(right.misconceptions().isEmpty(), right.toString());
        for (String answer : List.of("Distribution is the number of people per square kilometre.",
                "Distribution is how many people live in an area.")) {
            assertEquals(List.of("distribution-per-area"), misconceptionIds(Grader.compile(swapped).score(answer)),
                    answer);
        }
        assertEquals(List.of("density-is-where"),
                misconceptionIds(Grader.compile(swapped).score("Density is where people live.")));
    }
}
