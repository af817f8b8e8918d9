package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two sides set against each other by their own words, what both have in common left unsaid: "ionic = transfer,
 * covalent = share" (the tenth deck's "Ionic: electrons transferred" and "Covalent: electrons shared"), "plankton
 * drift, nekton swim".
 */
class SideWordsTest {

    private static final String PROMPT = "What is the difference between an ionic bond and a covalent bond?";
    private static final Rubric BONDS = new Rubric(List.of(
            concept("ionic-transfer", "Ionic: electrons transferred", "transfer electrons", "electrons transferred"),
            concept("covalent-share", "Covalent: electrons shared", "share electrons", "shared electrons"),
            concept("ions", "Ionic: oppositely charged ions attract", "charged ions", "ions attract")), List.of());

    private static Concept concept(String id, String label, String... phrasings) {
        return new Concept(id, label, 1, false, List.of(phrasings), true);
    }

    private static ScoreResult score(String answer) {
        return Rubrics.forQuestion(BONDS, PROMPT).score(answer);
    }

    private static ConceptStatus status(String answer, String concept) {
        return Rubrics.result(score(answer), concept).status();
    }

    @Test
    void bothSidesSaidByTheirOwnWordsStateBothConcepts() {
        for (String answer : List.of("ionic = transfer, covalent = share",
                "In ionic bonds they are transferred; in covalent bonds they are shared.")) {
            assertEquals(HIT, status(answer, "ionic-transfer"), answer);
            assertEquals(HIT, status(answer, "covalent-share"), answer);
        }
        // The credit shows the words that earned it.
        assertEquals("transfer", Rubrics.result(score("ionic = transfer, covalent = share"), "ionic-transfer").evidence().text());
    }

    @Test
    void oneSideAloneSaysNothingOfWhatBothHave() {
        // Without the other side set against it, "transfer" alone does not say which thing is transferred.
        assertEquals(MISSED, status("ionic = transfer", "ionic-transfer"));
        // The full words of the other side are enough to set it against.
        assertEquals(HIT, status("ionic = transfer, covalent bonds share electrons", "ionic-transfer"));
    }

    @Test
    void onlyAfterItsOwnSide() {
        // Swapped: each side's word is said of the other.
        String swapped = "covalent = transfer, ionic = share";
        assertEquals(MISSED, status(swapped, "ionic-transfer"), swapped);
        assertEquals(MISSED, status(swapped, "covalent-share"), swapped);
        // Nor a side named only to set it aside.
        assertEquals(MISSED, status("unlike ionic, transfer happens here and covalent = share", "ionic-transfer"));
    }

    @Test
    void noWarningIsAboutPhrasingsTheAuthorDidNotWrite() {
        assertEquals(List.of(), Rubrics.forQuestion(BONDS, PROMPT).warnings());
    }

    @Test
    void noSideNamedBetweenTheWordsMatched() {
        // The eleventh deck: "insulin decreases blood sugar" less what both labels say is "decreases sugar", and
        // "... sugar and glucagon decreases it" has those words with the other side named between them.
        Rubric hormones = new Rubric(List.of(
                concept("insulin-lowers", "Insulin lowers blood glucose (cells take up glucose, stored as glycogen)",
                        "insulin lowers blood glucose", "insulin decreases blood sugar", "cells take up glucose"),
                concept("glucagon-raises", "Glucagon raises blood glucose (glycogen broken down)",
                        "glucagon raises blood glucose", "glucagon increases blood sugar", "glycogen broken down")), List.of());
        CompiledRubric compiled = Rubrics.forQuestion(hormones, "How do insulin and glucagon control blood glucose levels?");
        String swapped = "Insulin increases blood sugar and glucagon decreases it, when glycogen is broken down.";
        assertEquals(HIT, Rubrics.status(compiled, swapped, "glucagon-raises"), swapped);
        assertEquals(MISSED, Rubrics.status(compiled, swapped, "insulin-lowers"), swapped);
        String right = "insulin lowers it, glucagon raises it";
        assertEquals(HIT, Rubrics.status(compiled, right, "insulin-lowers"), right);
        assertEquals(HIT, Rubrics.status(compiled, right, "glucagon-raises"), right);
    }

    @Test
    void wordsLeftOfBothSidesOnceTheirNameGoesTellNeither() {
        // The ninety-first deck (signal processing): less "low" and "high", "blocks high frequencies" (low-pass) and
        // "blocks low frequencies" (high-pass) both leave "blocks", so "the low pass blocks the low frequencies and the
        // high pass blocks high ones", every word of it swapped, had been credited both.
        Rubric filters = new Rubric(List.of(
                concept("lowpass", "A low-pass filter passes frequencies below the cutoff", "blocks high frequencies",
                        "passes low frequencies"),
                concept("highpass", "A high-pass filter passes frequencies above the cutoff", "blocks low frequencies",
                        "passes high frequencies")), List.of());
        CompiledRubric compiled = Rubrics.forQuestion(filters,
                "What is the difference between a low-pass and a high-pass filter, and what would you use each for?");
        String swapped = "a low pass filter blocks the low frequencies and the high pass blocks high ones";
        assertEquals(MISSED, Rubrics.status(compiled, swapped, "lowpass"), swapped);
        assertEquals(MISSED, Rubrics.status(compiled, swapped, "highpass"), swapped);
        String right = "a low pass filter blocks the high frequencies and the high pass blocks the low frequencies";
        assertEquals(HIT, Rubrics.status(compiled, right, "lowpass"), right);
        assertEquals(HIT, Rubrics.status(compiled, right, "highpass"), right);
        // Words the sides share beside their names still tell them apart once the names go ("ionic = transfer").
        assertEquals(HIT, status("ionic = transfer, covalent = share", "covalent-share"));
    }
}
