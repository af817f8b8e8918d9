package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static dev.latent.scoring.ConceptStatus.NEGATED;
import static dev.latent.scoring.Rubrics.anyOrder;
import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.misconception;
import static dev.latent.scoring.Rubrics.result;
import static dev.latent.scoring.Rubrics.rubric;
import static dev.latent.scoring.Rubrics.status;
import static dev.latent.scoring.Rubrics.withOpposites;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatcherTest {

    private static final Rubric RECONSTRUCT = rubric(concept("reconstruct", "decoder reconstructs the input"));

    @Test
    void anyPhrasingCountsIncludingAbbreviations() {
        Rubric rubric = rubric(concept("vae", "variational autoencoder", "VAE"), concept("mse", "mean squared error", "MSE"));
        assertEquals(HIT, status(rubric, "A VAE is trained with an MSE term", "vae"));
        assertEquals(HIT, status(rubric, "A VAE is trained with an MSE term", "mse"));
        assertEquals(HIT, status(rubric, "variational auto-encoders use the mean squared error", "vae"));
        assertEquals(HIT, status(rubric, "variational auto-encoders use the mean squared error", "mse"));
        assertEquals(MISSED, status(rubric, "a GAN uses a discriminator", "vae"));
    }

    @Test
    void multiWordPhrasingsMatchWithinASmallWindowInOrder() {
        assertEquals(HIT, status(RECONSTRUCT, "the decoder reconstructs the input", "reconstruct"));
        // three words between consecutive phrase words (function words are not counted)
        assertEquals(HIT, status(RECONSTRUCT, "the decoder then tries hard to reconstruct the original input", "reconstruct"));
        // four content words between "decoder" and "reconstruct": outside the window
        assertEquals(MISSED, status(RECONSTRUCT, "the decoder network then tries extremely hard to reconstruct the input", "reconstruct"));
        assertEquals(MISSED, status(RECONSTRUCT, "the input reconstructs the decoder", "reconstruct"));
        // not across a sentence end
        assertEquals(MISSED, status(RECONSTRUCT, "We train the decoder. Reconstructs input.", "reconstruct"));
    }

    @Test
    void anyOrderConceptsMatchInAnyOrderWithinTheWindow() {
        Rubric rubric = rubric(anyOrder("labels", "labels needed"));
        assertEquals(HIT, status(rubric, "needed: labels", "labels"));
        assertEquals(HIT, status(rubric, "labels are needed", "labels"));
        assertEquals(MISSED, status(rubric, "needed for the final step of the pipeline with extra labels", "labels"));
    }

    @Test
    void evidenceOffsetsPointIntoTheOriginalAnswer() {
        String answer = "Then the Decoder\u200B tries to RECONSTRUCT\tthe input.";
        ScoreResult score = Grader.compile(RECONSTRUCT).score(answer);
        Evidence evidence = result(score, "reconstruct").evidence();
        assertNotNull(evidence);
        assertEquals("decoder reconstructs the input", evidence.phrasing());
        assertEquals(answer.indexOf("Decoder"), evidence.start());
        assertEquals(answer.indexOf("input") + "input".length(), evidence.end());
        assertEquals(answer.substring(evidence.start(), evidence.end()), evidence.text());
        assertEquals(List.of("Decoder", "RECONSTRUCT", "input"),
                evidence.words().stream().map(span -> span.of(answer).replace("\u200B", "")).toList());
    }

    @Test
    void typosAreToleratedByWordLength() {
        Rubric rubric = rubric(concept("disc", "discriminator"), concept("enc", "encoder"), concept("gan", "GAN"),
                concept("loss", "loss"));
        assertEquals(HIT, status(rubric, "the discrimnator", "disc"), "1 edit, 13 letters");
        assertEquals(HIT, status(rubric, "the dicsrimnator", "disc"), "2 edits (a swap and a deletion), 13 letters");
        assertEquals(MISSED, status(rubric, "the dicsrminatr", "disc"), "3 edits");
        assertEquals(HIT, status(rubric, "the encdoer", "enc"), "a swap, 7 letters");
        assertEquals(MISSED, status(rubric, "the ecndoer", "enc"), "2 edits, 7 letters allow 1");
        assertEquals(MISSED, status(rubric, "a GAM", "gan"), "no tolerance below 4 letters");
        assertEquals(HIT, status(rubric, "the lsos", "loss"), "a swap in a 4-letter word");
    }

    @Test
    void noTypoToleranceTowardsAnotherRubricTerm() {
        // "encodnig" is 1 edit from "encoding" and 2 from "decoding" (8 letters allow 2): a typo of the first only.
        Rubric encodingOnly = rubric(concept("enc", "encoding"));
        assertEquals(HIT, status(encodingOnly, "encodnig", "enc"));
        // "decoding" is 2 edits from "encoding", but another first letter: another word, rubric or not.
        assertEquals(MISSED, status(encodingOnly, "decoding", "enc"));
        Rubric both = rubric(concept("enc", "encoding"), concept("dec", "decoding"));
        assertEquals(MISSED, status(both, "decoding", "enc"));
        assertEquals(HIT, status(both, "decoding", "dec"));
        // undercomplete / overcomplete and generator / discriminator never mix
        Rubric completeness = rubric(concept("under", "undercomplete"), concept("over", "overcomplete"));
        assertEquals(MISSED, status(completeness, "an overcomplete code", "under"));
        assertEquals(HIT, status(completeness, "an overcomplte code", "over"));
        // a common word is not a typo of a rubric term: "model" is not "mode"
        assertEquals(MISSED, status(rubric(concept("mode", "mode collapse")), "the model collapses", "mode"));
    }

    @Test
    void aShortWordWithAnotherFirstLetterIsAnotherWordNotATypo() {
        Rubric lighting = rubric(concept("light", "lighting changes"));
        assertEquals(MISSED, status(lighting, "shifting them right changes the label", "light"), "right is not light");
        assertEquals(HIT, status(lighting, "ligthing changes", "light"), "a swap inside the word still is");
        Rubric anomaly = rubric(concept("anomaly", "anomaly"));
        assertEquals(HIT, status(anomaly, "naomaly detection", "anomaly"), "the first two letters swapped");
        // from 8 letters two edits are tolerated, a dropped first letter among them ("iscriminator")
        assertEquals(HIT, status(rubric(concept("disc", "discriminator")), "the iscriminator", "disc"));
    }

    @Test
    void aPhrasingWrittenAsCodeIsMatchedInItsOrder() {
        Rubric eval = rubric(anyOrder("eval", "neurons used", "full network", "dropout disabled", "model.eval"));
        assertEquals(HIT, status(eval, "call model.eval() before testing", "eval"));
        assertEquals(HIT, status(eval, "put the model in eval mode", "eval"), "its words, in its order");
        assertEquals(MISSED, status(eval, "when we evaluate the model it drops units", "eval"), "a rubric in any order, but code in its own");
    }

    @Test
    void droppingANegatingPrefixIsNotATypo() {
        Rubric rubric = rubric(concept("unstable", "unstable"), concept("complete", "incomplete"));
        assertEquals(MISSED, status(rubric, "training is stable", "unstable"));
        assertEquals(HIT, status(rubric, "training is unstabel", "unstable"));
        assertEquals(MISSED, status(rubric, "the code is complete", "complete"));
    }

    @Test
    void negationHasAScope() {
        Rubric rubric = rubric(concept("overfit", "overfits"), concept("stable", "stable"), concept("labels", "labels"));
        assertEquals(NEGATED, status(rubric, "it does not overfit", "overfit"));
        assertEquals(NEGATED, status(rubric, "it doesn't really overfit", "overfit"));
        assertEquals(NEGATED, status(rubric, "GAN training isn't stable", "stable"));
        assertEquals(NEGATED, status(rubric, "it is no longer stable", "stable"));
        assertEquals(NEGATED, status(rubric, "it never overfits", "overfit"));
        assertEquals(NEGATED, status(rubric, "trained without labels", "labels"));
        // the scope ends at the clause
        assertEquals(HIT, status(rubric, "it is not large, but it overfits", "overfit"));
        assertEquals(HIT, status(rubric, "no, it overfits", "overfit"));
        assertEquals(HIT, status(rubric, "no encoder is used and training is stable", "stable"));
        // and after a few words
        assertEquals(HIT, status(rubric, "not with small batches, large learning rates or dropout it overfits", "overfit"));
        // "not only X but also Y" affirms X
        assertEquals(HIT, status(rubric, "it is not only stable but also fast", "stable"));
    }

    @Test
    void aPhrasingWithNegationMatchesTheNegatedRest() {
        Rubric rubric = rubric(concept("unsupervised", "unsupervised", "without labels"));
        assertEquals(HIT, status(rubric, "it learns with no labels", "unsupervised"));
        assertEquals(HIT, status(rubric, "it doesn't need any labels", "unsupervised"));
        assertEquals(HIT, status(rubric, "trained without labels", "unsupervised"));
        assertEquals(MISSED, status(rubric, "it needs labels", "unsupervised"));
        assertEquals(NEGATED, status(rubric, "it is not unsupervised", "unsupervised"));
    }

    @Test
    void statingTheOppositeIsAMisconceptionAndNegatingItAffirms() {
        Rubric rubric = rubric(withOpposites("unstable", List.of("unstable", "instability"), List.of("stable")));
        ScoreResult stable = Grader.compile(rubric).score("GAN training is stable");
        assertEquals(MISSED, result(stable, "unstable").status());
        assertEquals(1, stable.misconceptions().size());
        assertEquals("unstable", stable.misconceptions().get(0).oppositeOf());
        assertEquals("stable", stable.misconceptions().get(0).evidence().text());
        assertEquals(0, stable.score());

        ScoreResult notStable = Grader.compile(rubric).score("GAN training isn't stable");
        assertEquals(HIT, result(notStable, "unstable").status());
        Evidence evidence = result(notStable, "unstable").evidence();
        assertEquals("stable", evidence.text());
        assertEquals(new Span(13, 18), evidence.negation());
        assertTrue(notStable.misconceptions().isEmpty());
        assertEquals(100, notStable.score());
    }

    @Test
    void aShortRubricsThreeWordPhrasingMatchesWithOneWordMissing() {
        String answer = "you look for info that supports what you already believe";
        List<String> few = List.of("information that supports our view", "confirms beliefs", "what we already think");
        assertEquals(HIT, status(rubric(anyOrder("seek", few.toArray(String[]::new))), answer, "seek"));
        // So does one written as a teaching assistant writes, up to nine phrasings a concept.
        List<String> nine = new java.util.ArrayList<>(few);
        nine.addAll(List.of("seek confirmation", "cherry-pick evidence", "selective search", "favour agreeing sources",
                "ignore contrary evidence", "biased search"));
        assertEquals(HIT, status(rubric(anyOrder("seek", nine.toArray(String[]::new))), answer, "seek"));
        // A concept written with many more phrasings asks for all three words (a missing one is more likely a real gap).
        List<String> many = new java.util.ArrayList<>(nine);
        many.add("only reads what agrees");
        assertEquals(MISSED, status(rubric(anyOrder("seek", many.toArray(String[]::new))), answer, "seek"));
        // So does one written with one or two, which borrows the model answer's words instead.
        assertEquals(MISSED, status(rubric(anyOrder("seek", "information that supports our view")), answer, "seek"));
    }

    @Test
    void aWrongClaimMadeWithALightVerbNeedsThatVerb() {
        // "make" is an empty word to a concept ("makes fake images" states "fake images"), but it is the claim of
        // "ribosome makes amino acids": linking amino acids is what a ribosome does.
        Rubric rubric = rubric(List.of(concept("joins", "joins amino acids")),
                List.of(misconception("makes-aa", 1, "ribosome makes amino acids")));
        CompiledRubric compiled = Grader.compile(rubric);
        assertTrue(compiled.score("The ribosome links the amino acids into a chain.").misconceptions().isEmpty());
        assertTrue(compiled.score("the ribosome joins amino acids").misconceptions().isEmpty());
        for (String wrong : List.of("the ribosome makes the amino acids", "Ribosomes make amino acids.",
                "ribosome made amino acids")) {
            assertEquals(1, compiled.score(wrong).misconceptions().size(), wrong);
        }
        // A concept's light verb stays empty: "makes fake images" is found in "creates fake images".
        assertEquals(HIT, status(rubric(concept("fake", "makes fake images")), "it creates fake images", "fake"));
    }

    @Test
    void anOppositeIsStatedInsideOneListPiece() {
        // "four haploid cells ..., mitosis makes two identical diploid ones": meiosis does not produce diploid cells.
        Rubric rubric = rubric(new dev.latent.deck.Concept("haploid", "haploid", 1, false, List.of("haploid"), true,
                List.of("meiosis produces diploid cells")));
        CompiledRubric compiled = Grader.compile(rubric);
        ScoreResult right = compiled.score("Meiosis produces four haploid cells that are all different, "
                + "mitosis makes two identical diploid ones.");
        assertTrue(right.misconceptions().isEmpty(), right.toString());
        assertEquals(HIT, result(right, "haploid").status());
        assertEquals(1, compiled.score("meiosis produces diploid cells").misconceptions().size());
    }

    @Test
    void aMisconceptionStatedUnderANegationIsTheCorrectClaimAndCostsNothing() {
        // As the README tells rubric writers: write the wrong claim plainly, its denial is not penalised.
        Rubric rubric = rubric(List.of(concept("shrinks", "shrinks weights")),
                List.of(misconception("l2-sparse", 2, "L2 sparse weights")));
        assertEquals(1, Grader.compile(rubric).score("L2 gives sparse weights").misconceptions().size());
        assertTrue(Grader.compile(rubric).score("L2 shrinks the weights but does not make them sparse").misconceptions().isEmpty());
        assertTrue(Grader.compile(rubric).score("L2 shrinks weights, while L1 gives sparse weights").misconceptions().isEmpty(),
                "the claim about L1 is not one about L2");
    }

    @Test
    void missedConceptsHaveNoEvidence() {
        ScoreResult score = Grader.compile(RECONSTRUCT).score("nothing relevant here");
        assertEquals(MISSED, result(score, "reconstruct").status());
        assertNull(result(score, "reconstruct").evidence());
    }

    @Test
    void stuffStandsForTheDataOrInformationARubricNames() {
        Rubric loses = rubric(concept("loses", "loses information", "information lost"), concept("creates", "create new data"));
        assertEquals(HIT, status(loses, "Too small a code loses stuff.", "loses"));
        assertEquals(HIT, status(loses, "Generative models create new stuff.", "creates"));
        assertEquals(MISSED, status(loses, "Too small a code loses accuracy.", "loses"));
    }
}
