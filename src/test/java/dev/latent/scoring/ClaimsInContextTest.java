package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.NEGATED;
import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.misconception;
import static dev.latent.scoring.Rubrics.result;
import static dev.latent.scoring.Rubrics.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the sixteenth deck's answers (operating systems) showed the grader misreading: a negation inside a "when"
 * condition run on into the main clause without a comma, "its own memory" read as just "memory", and "the same
 * process" read as the claim that two things are the same.
 */
class ClaimsInContextTest {

    private static final Rubric PAGE_FAULT = rubric(concept("page-fault", "page fault"), concept("load", "load from disk"),
            concept("more-than-ram", "more memory than physical", "bigger than ram"));

    @Test
    void aNegatedConditionDeniesOnlyTheCondition() {
        for (String answer : List.of("When the page is not in RAM you get a page fault and the OS loads it from disk.",
                "when a page isnt in RAM you get a page fault and the OS loads it from disk",
                "If the page is not in memory we get a page fault.")) {
            ScoreResult result = Grader.compile(PAGE_FAULT).score(answer);
            assertEquals(HIT, result(result, "page-fault").status(), answer + ": " + result);
            assertFalse(result.has(ScoreFlag.CONTRADICTION), "no opposite was said: " + result);
        }
    }

    @Test
    void aNegationOutsideAConditionStillDenies() {
        assertEquals(NEGATED, result(Grader.compile(PAGE_FAULT).score("The OS does not raise a page fault."), "page-fault").status());
        assertEquals(NEGATED, result(Grader.compile(PAGE_FAULT).score("When memory is full, you do not get a page fault."),
                "page-fault").status(), "the denial is in the main clause");
    }

    @Test
    void theSameDescribingANounIsNoClaimOfLikeness() {
        Rubric threads = rubric(List.of(concept("inside", "inside a process")),
                List.of(misconception("same-thing", 2, "process and thread are the same")));
        ScoreResult described = Grader.compile(threads).score(
                "A thread is a unit of execution inside a process - threads of the same process share its memory.");
        assertTrue(described.misconceptions().isEmpty(), "\"the same process\" claims nothing: " + described);
        ScoreResult claimed = Grader.compile(threads).score("A process and a thread are the same.");
        assertEquals(1, claimed.misconceptions().size(), claimed.toString());
        ScoreResult thing = Grader.compile(threads).score("A process and a thread are the same thing.");
        assertEquals(1, thing.misconceptions().size(), "\"thing\" is no noun of its own: " + thing);
    }

    @Test
    void aSecondStatementHasItsOwnSubject() {
        Rubric tuples = rubric(List.of(concept("list-mutable", "lists mutable")),
                List.of(misconception("list-immutable", 2, "lists are immutable"),
                        misconception("syntax-error", 2, "exception syntax error")));
        for (String answer : List.of("A list is mutable and a tuple is immutable.", "A list is mutable, a tuple is immutable.")) {
            ScoreResult two = Grader.compile(tuples).score(answer);
            assertTrue(two.misconceptions().isEmpty(), "\"immutable\" is said of the tuple: " + two);
        }
        ScoreResult claimed = Grader.compile(tuples).score("A list is immutable and a tuple is mutable.");
        assertEquals(1, claimed.misconceptions().size(), claimed.toString());
        ScoreResult defined = Grader.compile(tuples).score("An exception is when the code has a syntax error.");
        assertEquals(1, defined.misconceptions().size(), "a \"when\" clause says what the subject is: " + defined);
    }

    @Test
    void aConditionOrAKindPickedOutMakesNoClaim() {
        Rubric validity = rubric(List.of(concept("valid-def", "conclusion must be true")),
                List.of(misconception("valid-true", 2, "valid arguments have true premises", "valid means the premises are true")));
        for (String answer : List.of("Valid means if the premises were true the conclusion would have to be true.",
                "A valid argument is one where IF the premises are true, the conclusion has to be true.",
                "A sound argument is a valid argument whose premises are actually all true.")) {
            ScoreResult right = Grader.compile(validity).score(answer);
            assertTrue(right.misconceptions().isEmpty(), answer + ": " + right);
        }
        for (String answer : List.of("A valid argument has true premises.", "Valid means the premises are true.")) {
            ScoreResult wrong = Grader.compile(validity).score(answer);
            assertEquals(1, wrong.misconceptions().size(), answer + ": " + wrong);
        }
        Rubric verdict = rubric(List.of(concept("no", "not necessarily")), List.of(misconception("perfect-is-good", 3, "yes perfect")));
        ScoreResult yes = Grader.compile(verdict).score("I think yes if it reconstructs perfectly it learned the data well.");
        assertEquals(1, yes.misconceptions().size(), "a verdict's \"if\" restates the question: " + yes);
    }

    @Test
    void aClaimEndsBeforeTheNextStatementAndSeeingIfIsNoCondition() {
        Rubric determinants = rubric(List.of(concept("singular", "not invertible")),
                List.of(misconception("det-matrix", 2, "determinant is a matrix"),
                        misconception("cross-zero", 2, "cross product is zero")));
        ScoreResult singular = Grader.compile(determinants).score("A determinant of zero means the matrix is singular.");
        assertTrue(singular.misconceptions().isEmpty(), "\"the matrix\" is what the next statement is about: " + singular);
        ScoreResult claimed = Grader.compile(determinants).score("The determinant is a matrix.");
        assertEquals(1, claimed.misconceptions().size(), claimed.toString());
        ScoreResult checked = Grader.compile(determinants).score("You check by doing the cross product and seeing if it comes out as zero.");
        assertEquals(1, checked.misconceptions().size(), "\"seeing if\" asks whether, it supposes nothing: " + checked);
    }

    @Test
    void aNounOpeningTheNextStatementIsNoObjectOfTheVerbBefore() {
        Rubric refraction = rubric(List.of(concept("slows", "light slows down")),
                List.of(misconception("frequency-changes", 1, "changes frequency")));
        ScoreResult stays = Grader.compile(refraction).score("While the speed and wavelength change the frequency stays the same.");
        assertTrue(stays.misconceptions().isEmpty(), "\"the frequency\" is the subject of \"stays\": " + stays);
        for (String answer : List.of("Refraction changes the frequency of the light.", "Changing the frequency is what refraction does.")) {
            ScoreResult claimed = Grader.compile(refraction).score(answer);
            assertEquals(1, claimed.misconceptions().size(), answer + ": " + claimed);
        }
    }

    @Test
    void notEqualIsADenialAndTheDotIsAWord() {
        Rubric inverse = rubric(concept("det-nonzero", "det(A) != 0", "determinant is not zero"), concept("dot-zero", "u \u00B7 v = 0"));
        assertEquals(HIT, result(Grader.compile(inverse).score("invertible when det(A) != 0"), "det-nonzero").status());
        assertEquals(ConceptStatus.MISSED, result(Grader.compile(inverse).score("invertible if det(A) = 0"), "det-nonzero").status());
        assertEquals(HIT, result(Grader.compile(inverse).score("check that u \u00B7 v = 0"), "dot-zero").status());
    }

    @Test
    void sizesComparedAsMathStateTheDefinitions() {
        Rubric sizes = rubric(concept("under", "coding layer smaller"), concept("over", "coding layer larger"));
        ScoreResult math = Grader.compile(sizes).score("under: |coding layer| < |input|; over: |coding layer| \u2265 |input|.");
        assertEquals(HIT, result(math, "under").status(), math.toString());
        assertEquals(HIT, result(math, "over").status(), math.toString());
        assertEquals("coding layer| \u2265", result(math, "over").evidence().text(), "the evidence points at what was typed");
    }

    @Test
    void aComparingWordDescribesTheWordRightAfterIt() {
        Rubric depth = rubric(List.of(concept("codings", "codings smaller")),
                List.of(misconception("depth", 1, "more layers", "fewer hidden layers")));
        for (String answer : List.of("An overcomplete AE has more units in its coding layer than the input layer.",
                "Undercomplete has fewer neurons in the hidden layer than the input.")) {
            ScoreResult width = Grader.compile(depth).score(answer);
            assertTrue(width.misconceptions().isEmpty(), "the number of units, not of layers: " + width);
        }
        for (String answer : List.of("Overcomplete has more layers than normal.", "Undercomplete has fewer hidden layers.")) {
            ScoreResult layers = Grader.compile(depth).score(answer);
            assertEquals(1, layers.misconceptions().size(), answer + ": " + layers);
        }
    }

    @Test
    void aWordOfAnotherConceptsCompoundIsNotItsOwnConcept() {
        Rubric thrashing = rubric(concept("page-faults", "page faults"), concept("swapping", "paging", "swapping"));
        ScoreResult faults = Grader.compile(thrashing).score("Too many page faults.");
        assertEquals(HIT, result(faults, "page-faults").status());
        assertEquals(ConceptStatus.MISSED, result(faults, "swapping").status(), "\"page\" here names the faults: " + faults);
        assertEquals(HIT, result(Grader.compile(thrashing).score("The OS keeps paging."), "swapping").status());
        Rubric meiosis = rubric(concept("haploid", "haploid"), concept("four-cells", "haploid cells"));
        ScoreResult cells = Grader.compile(meiosis).score("It makes four haploid cells.");
        assertEquals(HIT, result(cells, "haploid").status(), "the phrasing's own word is its own: " + cells);
    }

    @Test
    void theQuestionsCompoundEchoedIsOneName() {
        Rubric lightYear = rubric(Rubrics.anyOrder("old-light", "takes years to reach", "left the star", "old light"), Rubrics.anyOrder("below-7", "pH below 7"));
        String prompt = "What is a light-year, and what does the pH scale show?";
        ScoreResult echoed = Rubrics.forQuestion(lightYear, prompt)
                .score("A light year is how long it takes light to get from the Sun to Earth.");
        assertEquals(ConceptStatus.MISSED, result(echoed, "old-light").status(), "\"year\" names the light-year: " + echoed);
        ScoreResult said = Rubrics.forQuestion(lightYear, prompt)
                .score("Its light takes years to reach us.");
        assertEquals(HIT, result(said, "old-light").status(), said.toString());
        ScoreResult modifier = Rubrics.forQuestion(lightYear, prompt)
                .score("Acids are below 7 on the pH scale.");
        assertEquals(HIT, result(modifier, "below-7").status(), "the compound's first word keeps its meaning: " + modifier);
        Rubric osmosis = rubric(Rubrics.anyOrder("water-enters", "cell takes up water", "absorbs water", "swells"));
        ScoreResult cell = Rubrics.forQuestion(osmosis, "What happens to a red blood cell placed in pure water?")
                .score("A red blood cell in pure water takes in water by osmosis.");
        assertEquals(HIT, result(cell, "water-enters").status(), "the cell named as the phrasing writes it is the cell: " + cell);
    }

    @Test
    void aWrongClaimsEndSaidOfANearerSubjectIsTheRightClaim() {
        Rubric pretraining = rubric(List.of(concept("reuse-encoder", "encoder feature extractor")),
                List.of(misconception("reuse-decoder", 2, "decoder feature extractor")));
        ScoreResult nearer = Grader.compile(pretraining).score("Discard the decoder and keep the encoder as a feature extractor.");
        assertTrue(nearer.misconceptions().isEmpty(), "the feature extractor is the encoder: " + nearer);
        assertEquals(HIT, result(nearer, "reuse-encoder").status(), nearer.toString());
        ScoreResult wrong = Grader.compile(pretraining).score("Keep the decoder as a feature extractor.");
        assertEquals(1, wrong.misconceptions().size(), wrong.toString());
    }

    @Test
    void aWrongClaimOfOneWordIsMadeOnlyAsWritten() {
        // The fifteenth deck's "because they are bigger" and "we are at the centre" came down to "bigger" and "centre".
        Rubric orbits = rubric(List.of(concept("longer-path", "longer path")),
                List.of(misconception("heavier-slower", 2, "because they are bigger"), misconception("centre", 2, "we are at the centre")));
        ScoreResult right = Grader.compile(orbits).score("Outer planets have a longer path: their orbits are much bigger. "
                + "Galaxies move away from each other, not from one centre.");
        assertTrue(right.misconceptions().isEmpty(), right.toString());
        ScoreResult wrong = Grader.compile(orbits).score("They move slowly because they are bigger, and we are at the centre.");
        assertEquals(2, wrong.misconceptions().size(), wrong.toString());
    }

    @Test
    void ownIsAWordOfTheClaim() {
        Rubric threads = rubric(List.of(concept("share-memory", "share memory", "same memory")),
                List.of(misconception("threads-own-memory", 1, "each thread has its own memory")));
        ScoreResult shared = Grader.compile(threads).score("Threads share the memory of the process, processes don't.");
        assertTrue(shared.misconceptions().isEmpty(), "sharing memory is not owning it: " + shared);
        assertEquals(HIT, result(shared, "share-memory").status(), shared.toString());
        ScoreResult owned = Grader.compile(threads).score("Each thread gets its own memory.");
        assertEquals(1, owned.misconceptions().size(), "the wrong claim itself still counts: " + owned);
    }

    @Test
    void aClaimDoesNotRunOnPastAndAToAnotherThing() {
        // The twenty-first deck's (computer security) model answer was read as its misconception.
        Rubric keys = rubric(List.of(concept("pair", "key pair")),
                List.of(misconception("share-private", 2, "share the private key")));
        ScoreResult pair = Grader.compile(keys).score(
                "Asymmetric encryption uses a key pair: a public key that can be shared and a private key kept secret.");
        assertTrue(pair.misconceptions().isEmpty(), "the private key is another thing beside the shared one: " + pair);
        ScoreResult shared = Grader.compile(keys).score("Both sides share the private key and use it to decrypt.");
        assertEquals(1, shared.misconceptions().size(), shared.toString());
        Rubric both = rubric(List.of(concept("pair", "key pair")),
                List.of(misconception("share-both", 2, "share the public and the private key")));
        ScoreResult joined = Grader.compile(both).score("You share the public and the private key with everyone.");
        assertEquals(1, joined.misconceptions().size(), "the phrasing itself says \"and\": " + joined);
        // The twenty-fifth deck (ecology): a phrasing of two clauses written without "and" is not one verb and its object.
        Rubric mutualism = rubric(List.of(concept("both", "both benefit")),
                List.of(misconception("commensalism", 2, "mutualism one benefits the other is unaffected")));
        ScoreResult unaffected = Grader.compile(mutualism).score("Mutualism is when one benefits and the other is unaffected.");
        assertEquals(1, unaffected.misconceptions().size(), unaffected.toString());
    }

    @Test
    void aClaimDeniedRightAfterItsWordsIsNotMade() {
        // The twenty-first deck (computer security): "Note two passwords isn't 2FA" read as "two passwords" (are 2FA).
        Rubric factors = rubric(List.of(concept("second", "second factor")),
                List.of(misconception("two-passwords", 2, "two passwords", "entering the password twice")));
        for (String answer : List.of("Note two passwords isn't 2FA (same factor).",
                "Entering the password twice does not count as a second factor.")) {
            ScoreResult denied = Grader.compile(factors).score(answer);
            assertTrue(denied.misconceptions().isEmpty(), answer + ": " + denied);
        }
        for (String answer : List.of("Using two passwords is 2FA.", "Two passwords are not only safer, they are 2FA.")) {
            ScoreResult claimed = Grader.compile(factors).score(answer);
            assertEquals(1, claimed.misconceptions().size(), answer + ": " + claimed);
        }
    }

    @Test
    void aHeadingAnsweredNoInItsCellIsNotClaimed() {
        // The twenty-sixth dev set's flattened tables: "necessarily good | no | why | ..." had claimed "necessarily good".
        Rubric verdict = rubric(List.of(concept("copies", "copies the input")),
                List.of(misconception("perfect-is-good", 2, "necessarily good")));
        for (String answer : List.of("necessarily good | no | why | it may just copy the input",
                "Necessarily good? -> no, it may just copy the input", "necessarily good: no")) {
            ScoreResult denied = Grader.compile(verdict).score(answer);
            assertTrue(denied.misconceptions().isEmpty(), answer + ": " + denied);
        }
        ScoreResult claimed = Grader.compile(verdict).score("necessarily good | yes | why | it reconstructs perfectly");
        assertEquals(1, claimed.misconceptions().size(), claimed.toString());
    }

    @Test
    void aClaimLeadingOneThingToAnotherIsNotARelativeClausesOwnVerb() {
        // The ninetieth deck (information retrieval): its model answer, "a postings list: the list of documents that
        // contain that term", had made its own wrong claim "documents to terms" (a forward index) and failed validate.
        Rubric index = rubric(List.of(concept("postings", "postings list")),
                List.of(misconception("forward-index", 2, "documents to terms", "maps documents to words")));
        ScoreResult right = Grader.compile(index).score("It maps each term to a postings list: the list of documents that contain that term.");
        assertTrue(right.misconceptions().isEmpty(), right.toString());
        for (String wrong : List.of("It maps documents to terms.", "For every document it stores its words: documents to terms.")) {
            assertEquals(1, Grader.compile(index).score(wrong).misconceptions().size(), wrong);
        }
        // "of" is no way from one thing to another: "a chart that shows data" still says "chart of data".
        Rubric graphs = rubric(List.of(concept("nodes", "nodes and edges")), List.of(misconception("chart", 2, "chart of data")));
        assertEquals(1, Grader.compile(graphs).score("A graph is like a bar chart that shows data.").misconceptions().size());
    }

    @Test
    void aClaimOfAThingLeftOutIsNotMadeOfIt() {
        // The twenty-eighth dev set: "Without autoencoders you'd only use the labeled part; with them you can also use
        // the unlabeled data" had claimed that the autoencoder is trained on the labeled data only.
        Rubric pretraining = rubric(List.of(concept("unlabeled", "pretrain on unlabeled data")),
                List.of(misconception("labeled-only", 4, "autoencoder only labeled")));
        ScoreResult right = Grader.compile(pretraining).score(
                "Without autoencoders you'd only use the labeled part; with them you can also pretrain on the unlabeled data.");
        assertTrue(right.misconceptions().isEmpty(), right.toString());
        assertEquals(1, Grader.compile(pretraining).score("With autoencoders you'd only use the labeled part.").misconceptions().size());
        assertEquals(1, Grader.compile(pretraining).score("The autoencoder is trained only on labeled data.").misconceptions().size());
    }

    @Test
    void aClaimsObjectInAClauseAboutAnotherThingIsNotMade() {
        // The hundred-and-eleventh deck (intellectual property): its trademark model answer's "to protect consumers
        // from confusion about who makes a product" read its own wrong claim "protects the product".
        Rubric trademark = rubric(List.of(concept("source", "identifies the source")),
                List.of(misconception("product", 2, "protects the product"),
                        misconception("predicts", 2, "generative model predicts labels")));
        for (String right : List.of("It identifies the source, to protect consumers from confusion about who makes a product.",
                "It identifies the source and protects people who make a product.")) {
            ScoreResult result = Grader.compile(trademark).score(right);
            assertTrue(result.misconceptions().isEmpty(), result.toString());
        }
        assertEquals(1, Grader.compile(trademark).score("A trademark protects the product.").misconceptions().size());
        assertEquals(1, Grader.compile(trademark).score("It protects the product that makes money.").misconceptions().size());
        // Where the gap says what a thing is, its clause is the claim: "one that predicts labels".
        assertEquals(1, Grader.compile(trademark).score("A generative model is one that predicts labels.").misconceptions().size());
    }

    @Test
    void aClaimQuotedWholeIsMentionedNotMade() {
        // The spaceflight and intellectual-property decks: "Movies where ships 'push off the air' have it backwards" and
        // "saying 'no copyright infringement intended' does not make a use fair" had made the claims they quote (4s graded 2).
        Rubric thrust = rubric(List.of(concept("exhaust", "exhaust backward")),
                List.of(misconception("air", 3, "pushes off the air"), misconception("disclaimer", 1, "no infringement intended")));
        for (String right : List.of("It throws exhaust backward. Movies where ships 'push off the air' have it backwards.",
                "It throws exhaust backward; saying \u201cno copyright infringement intended\u201d changes nothing.",
                "It throws exhaust backward, and films where ships \"push off the air\" are wrong.")) {
            ScoreResult result = Grader.compile(thrust).score(right);
            assertTrue(result.misconceptions().isEmpty(), result.toString());
        }
        // Claimed where the marks are apostrophes, or hold only part of it.
        assertEquals(1, Grader.compile(thrust).score("The rocket's engine pushes off the air, that's all.").misconceptions().size());
        assertEquals(1, Grader.compile(thrust).score("It pushes off the 'air' behind it.").misconceptions().size());
    }

    @Test
    void aClaimNamedAndMadeSmallIsNotMade() {
        // The hundred-and-ninth deck (spaceflight): its model answer's "friction of air sliding along the surface is only
        // a minor contributor" read its own wrong claim "air friction" and failed validate.
        Rubric heating = rubric(List.of(concept("compression", "compression of the air")),
                List.of(misconception("friction", 2, "air friction")));
        for (String right : List.of("Compression of the air heats it; air friction sliding along the surface is only a minor contributor.",
                "Compression of the air does it, air friction plays a small part.")) {
            ScoreResult result = Grader.compile(heating).score(right);
            assertTrue(result.misconceptions().isEmpty(), result.toString());
        }
        assertEquals(1, Grader.compile(heating).score("Air friction heats it up.").misconceptions().size());
        assertEquals(1, Grader.compile(heating).score("Air friction heats it, and the compression is minor.").misconceptions().size(),
                "past its clause the smallness is another thing's");
    }

    @Test
    void aClaimPutInSequenceByAfterOrBeforeIsNotMade() {
        // The ninety-seventh deck (sleep science): its model answer's "sleep prepares the brain to learn: after sleep
        // deprivation ..." read its own wrong claim "learn in your sleep", and the deck failed `validate` as made.
        Rubric memory = rubric(List.of(concept("consolidation", "consolidates memories")),
                List.of(misconception("sleep-learning", 2, "learn in your sleep"),
                        misconception("all-nighter", 2, "all-nighter helps")));
        ScoreResult right = Grader.compile(memory).score(
                "Sleep consolidates memories and prepares the brain to learn: after sleep deprivation encoding is poor.");
        assertTrue(right.misconceptions().isEmpty(), right.toString());
        // "before" as written: the stemmer's "befor" had never counted as a word of sequence.
        ScoreResult before = Grader.compile(memory).score("You learn before sleep and sleep consolidates memories.");
        assertTrue(before.misconceptions().isEmpty(), before.toString());
        assertEquals(1, Grader.compile(memory).score("You can learn in your sleep with tapes.").misconceptions().size());
        assertEquals(1, Grader.compile(memory).score("An all-nighter before the exam helps.").misconceptions().size(),
                "'before' with a thing of its own between the claim's words");
    }

    @Test
    void aClaimDoesNotRunOnPastAColonAfterAWholeClause() {
        // The ninety-seventh deck (sleep science): "... learning matters too: being sleep-deprived makes encoding worse"
        // claimed "learn in your sleep". After a heading of a few words the colon still joins a label to its claim.
        Rubric memory = rubric(List.of(concept("consolidation", "consolidates memories")),
                List.of(misconception("sleep-learning", 2, "learn in your sleep"),
                        misconception("labels", 2, "GANs need labels")));
        ScoreResult right = Grader.compile(memory).score(
                "Sleep consolidates memories, and for new learning it matters too: being sleep deprived makes encoding worse.");
        assertTrue(right.misconceptions().isEmpty(), right.toString());
        assertEquals(1, Grader.compile(memory).score("GANs: they need labels for training.").misconceptions().size());
    }

    @Test
    void aClaimsWordsOpeningAClauseOfConsequenceAreThatClausesSubject() {
        // The ninety-sixth deck (principles of flight): "flaps increase lift coefficient so stall speed is lower" had
        // claimed that flaps increase the stall speed.
        Rubric flaps = rubric(List.of(concept("lower-stall", "lower stall speed")),
                List.of(misconception("raise-stall", 2, "flaps increase stall speed"),
                        misconception("swapped", 2, "SCM is transportation logistics is planning")));
        ScoreResult right = Grader.compile(flaps).score("Flaps increase lift coefficient so stall speed is lower.");
        assertTrue(right.misconceptions().isEmpty(), right.toString());
        assertEquals(1, Grader.compile(flaps).score("Flaps increase the stall speed.").misconceptions().size());
        assertEquals(1, Grader.compile(flaps).score("SCM is the transportation part and logistics is the planning.")
                .misconceptions().size(), "two definitions joined by 'and' are one claim");
    }
}
