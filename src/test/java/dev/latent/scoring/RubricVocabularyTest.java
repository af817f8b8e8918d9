package dev.latent.scoring;

import dev.latent.scoring.analysis.AnswerAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Phrasings are analysed together as one text; each must come out exactly as if analysed alone. */
class RubricVocabularyTest {

    private static final AnswerAnalyzer ANALYZER = new AnswerAnalyzer();

    @Test
    void phrasingsAnalysedTogetherKeepTheirOwnWordsNegationsAndOrder() {
        List<String> phrasings = List.of("Mode collapse.", "the of a", "without labels", "unlabeled data",
                "membrane.Active transport", "t-RNA", "W^T", "line\nbreak inside", "reconstruction error");
        RubricVocabulary together = new RubricVocabulary(ANALYZER);
        List<Phrasing> compiled = together.compile(phrasings, false, "c");
        assertEquals(List.of("c: phrasing \"the of a\" has no content words and never matches"), together.warnings());
        assertEquals(phrasings.size() - 1, compiled.size());
        int next = 0;
        for (String phrasing : phrasings) {
            if (phrasing.equals("the of a")) continue;
            Phrasing one = compiled.get(next++);
            assertEquals(phrasing, one.text(), "order and text kept");
            assertEquals(expectedTerms(phrasing), terms(together, one), phrasing);
        }
        assertTrue(compiled.get(1).negated(), "without labels");
        assertTrue(compiled.get(2).negated(), "unlabeled = labels negated");
        assertFalse(compiled.get(3).negated(), "the full stop of the previous phrasing does not carry over");
    }

    @Test
    void aPhrasingHoldingAClauseConnectiveIsWarnedAboutAndIndeedNeverMatches() {
        RubricVocabulary vocabulary = new RubricVocabulary(ANALYZER);
        vocabulary.compile(List.of("unlike RNN", "no recurrence"), true, "c");
        assertEquals(1, vocabulary.warnings().size(), vocabulary.warnings().toString());
        assertTrue(vocabulary.warnings().get(0).startsWith("c: phrasing \"unlike RNN\" holds \"unlike\""),
                vocabulary.warnings().get(0));
        // what the warning says: an answer in the phrasing's very words does not match it
        var rubric = Rubrics.rubric(Rubrics.concept("no-recurrence", "unlike RNN"));
        assertEquals(ConceptStatus.MISSED, Rubrics.status(rubric, "Unlike RNN, a transformer has no recurrence.", "no-recurrence"));
        assertTrue(Grader.compile(rubric).warnings().get(0).contains("holds \"unlike\""));
    }

    @Test
    void aPhrasingHoldingAContrastIsMatchedAcrossTheAnswersOwn() {
        // The eighty-ninth deck (calculus): "continuous but not differentiable" had never matched, "but" being no word of
        // an answer; three answers saying just that were graded 1 and 2 below their graders' 3.
        var rubric = Rubrics.rubric(Rubrics.anyOrder("converse-false", "continuous but not differentiable"));
        assertTrue(Grader.compile(rubric).warnings().isEmpty(), Grader.compile(rubric).warnings().toString());
        assertEquals(ConceptStatus.HIT, Rubrics.status(rubric, "f(x) = |x| is continuous at 0 but not differentiable.",
                "converse-false"));
        assertEquals(ConceptStatus.MISSED, Rubrics.status(rubric, "It is differentiable but not continuous.", "converse-false"));
        assertEquals(ConceptStatus.MISSED, Rubrics.status(rubric, "It is continuous and differentiable.", "converse-false"));
        // The denial still speaks of its own half where the answer's contrast is another one.
        assertEquals(ConceptStatus.MISSED, Rubrics.status(rubric, "It is continuous, whereas it is not differentiable"
                + " in my notes either way.", "converse-false"));
    }

    @Test
    void aPhrasingReadAsOneWordWhoseOtherWordsSaidTheIdeaIsWarnedAbout() {
        // "how much data" comes down to "data": it is matched only as written, and the warning says so.
        RubricVocabulary vocabulary = new RubricVocabulary(ANALYZER);
        vocabulary.compile(List.of("how much data", "each step", "one mode", "it is skewed", "data per second"), true, "c",
                RubricVocabulary.NEAR_MATCH_WORDS);
        assertEquals(List.of("how much data", "each step"), vocabulary.warnings().stream()
                .map(w -> w.replaceAll("^c: phrasing \"([^\"]+)\" comes down to .*", "$1")).toList(), vocabulary.warnings().toString());
        assertTrue(vocabulary.warnings().get(0).contains("comes down to \"data\""), vocabulary.warnings().get(0));
        assertTrue(vocabulary.warnings().get(0).contains("matched only as written"), vocabulary.warnings().get(0));
        // A networks teacher's "how much data": "how fast the data travels" had earned bandwidth.
        var rubric = Rubrics.rubric(Rubrics.concept("capacity", "how much data"));
        assertEquals(ConceptStatus.MISSED, Rubrics.status(rubric, "Bandwidth is how fast the data travels.", "capacity"),
                "what the warning says");
        assertEquals(ConceptStatus.HIT, Rubrics.status(rubric, "Bandwidth is how much data you can send per second.", "capacity"));
    }

    @Test
    void aVerbsParticleSaysPartOfItsIdea() {
        // The thirty-fourth deck (circuits): "charge up" came down to "charge" and credited charging and discharging to
        // "it stores charge"; matched as written, its verb may still be inflected ("cleaning up code" says "clean up").
        var rubric = Rubrics.rubric(Rubrics.concept("stores", "stores charge"), Rubrics.concept("charges", "charge up"),
                Rubrics.concept("tidy", "clean up"), Rubrics.concept("steps", "step down"));
        assertEquals(ConceptStatus.MISSED, Rubrics.status(rubric, "It stores charge, like a tiny battery.", "charges"));
        assertEquals(ConceptStatus.HIT, Rubrics.status(rubric, "It takes time to charge up.", "charges"));
        assertEquals(ConceptStatus.HIT, Rubrics.status(rubric, "It charges up, then lets it out.", "charges"));
        assertEquals(ConceptStatus.HIT, Rubrics.status(rubric, "Refactoring is cleaning up code.", "tidy"));
        assertEquals(ConceptStatus.HIT, Rubrics.status(rubric, "The voltage is stepped down near homes.", "steps"));
        assertEquals(ConceptStatus.MISSED, Rubrics.status(rubric, "Work through it in small steps.", "steps"));
    }

    @Test
    void aWrongClaimReadAsOneWordIsMatchedAsWrittenWithoutAWarning() {
        RubricVocabulary vocabulary = new RubricVocabulary(ANALYZER);
        vocabulary.compile(List.of("how much data"), true, "m");
        assertTrue(vocabulary.warnings().isEmpty(), vocabulary.warnings().toString());
    }

    @Test
    void wordsThatOnlyStemLikeAConnectiveAreWordsOfTheAnswer() {
        // Porter stems "unlikely" as "unlike" and "exception" as "except": the written word decides, not the stem.
        RubricVocabulary vocabulary = new RubricVocabulary(ANALYZER);
        vocabulary.compile(List.of("unlikely by chance alone", "an exception to the rule"), true, "c");
        assertTrue(vocabulary.warnings().isEmpty(), vocabulary.warnings().toString());
        var rubric = Rubrics.rubric(Rubrics.concept("significant", "unlikely by chance alone"),
                Rubrics.concept("exception", "exception to the rule"));
        assertEquals(ConceptStatus.HIT, Rubrics.status(rubric,
                "The difference is unlikely to arise by chance alone.", "significant"));
        assertEquals(ConceptStatus.HIT, Rubrics.status(rubric, "Birds are an exception to the rule.", "exception"));
        // while a written connective still ends the clause
        assertEquals(ConceptStatus.MISSED, Rubrics.status(rubric, "It is unlike chance alone.", "significant"));
    }

    /** The terms one phrasing gives when it is analysed on its own (a line break read as a space). */
    private static List<String> expectedTerms(String phrasing) {
        TokenizedText alone = TokenizedText.analyze(ANALYZER, Set.of(), Set.of(), phrasing.replace('\n', ' '));
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < alone.size; i++) {
            if (alone.negator[i]) continue;
            String base = Privatives.base(alone.terms[i]);
            out.add(base != null ? base : alone.terms[i]);
        }
        return out;
    }

    private static List<String> terms(RubricVocabulary vocabulary, Phrasing phrasing) {
        List<String> out = new java.util.ArrayList<>();
        for (int word : phrasing.words()) out.add(vocabulary.term(word));
        return out;
    }

    @Test
    void anEmptyListCompilesToNothing() {
        assertArrayEquals(new Object[0], new RubricVocabulary(ANALYZER).compile(List.of(), true, "c").toArray());
    }
}
