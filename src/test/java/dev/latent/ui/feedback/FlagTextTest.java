package dev.latent.ui.feedback;

import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.scoring.Grader;
import dev.latent.scoring.ScoreFlag;
import dev.latent.scoring.ScoreResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlagTextTest {

    private static ScoreResult grade(String questionId, String answer) throws Exception {
        Deck deck = DeckLoader.load(Path.of("questions/autoencoders-gans.json"));
        return Grader.compile(deck.question(questionId).orElseThrow()).score(answer);
    }

    @Test
    void aMissingRequiredIdeaSaysCappedOnlyWhereTheCapLoweredTheGrade() throws Exception {
        ScoreResult offTopic = grade("ae-tied-weights", "The weather is nice today.");
        assertTrue(offTopic.has(ScoreFlag.REQUIRED_MISSING), offTopic.toString());
        assertEquals("A required key idea is missing.", ScoreNotes.flagText(ScoreFlag.REQUIRED_MISSING, offTopic));

        ScoreResult capped = grade("ae-complete", "undercomplete is smaller, overcomplete is bigger. risks are under and overfitting");
        assertTrue(capped.has(ScoreFlag.REQUIRED_MISSING) && capped.score() < capped.uncappedScore(), capped.toString());
        assertEquals("A required key idea is missing, so the grade is capped.",
                ScoreNotes.flagText(ScoreFlag.REQUIRED_MISSING, capped));
    }

    @Test
    void aTypedNonAnswerIsToldWhyItEarnsNothing() throws Exception {
        ScoreResult guess = grade("ae-tasks", "idk, something about the reconstruction error");
        assertEquals(0, guess.score(), guess.toString());
        assertEquals(List.of("Read as no answer, so it earns no credit: it says you don't know."),
                ScoreNotes.flagNotes(guess, true));
        ScoreResult blank = grade("ae-tasks", "");
        assertTrue(ScoreNotes.flagNotes(blank, false).isEmpty(), "\"(no answer)\" says it: " + ScoreNotes.flagNotes(blank, false));
    }

    @Test
    void aListOfTermsIsToldToExplainThemOnlyWhereTheListCostCredit() throws Exception {
        ScoreResult full = grade("ae-tied-weights", "W_dec = W_enc^T; halves params -> less overfitting, faster training");
        assertTrue(full.has(ScoreFlag.KEYWORD_LIST) && full.score() == 100, full.toString());
        assertTrue(ScoreNotes.flagNotes(full, true).isEmpty(), ScoreNotes.flagNotes(full, true).toString());
        ScoreResult capped = new ScoreResult(39, 1, 70, 5, 0, 10, List.of(), List.of(),
                List.of(ScoreFlag.KEYWORD_LIST));
        assertEquals(List.of(ScoreNotes.flagText(ScoreFlag.KEYWORD_LIST, capped)), ScoreNotes.flagNotes(capped, true));
    }

    @Test
    void aPartLeftUnansweredIsQuotedWhereTheQuestionsSentencesAreItsParts() throws Exception {
        ScoreResult howOnly = grade("ae-tied-weights", "The decoder uses the transpose of the encoder weights.");
        assertEquals("Not answered: \u201CWhat is the point of doing so?\u201D, so the grade is capped.",
                ScoreNotes.flagText(ScoreFlag.PART_UNANSWERED, howOnly));
        // Three sentences, two parts (the definitions; both risks): which sentence is missing cannot be told.
        ScoreResult definitionsOnly = grade("ae-complete", "Undercomplete: a smaller code than the input. Overcomplete: a"
                + " larger code than the input.");
        assertTrue(definitionsOnly.has(ScoreFlag.PART_UNANSWERED), definitionsOnly.toString());
        assertTrue(ScoreNotes.flagText(ScoreFlag.PART_UNANSWERED, definitionsOnly).startsWith("One part of the question is not answered"),
                ScoreNotes.flagText(ScoreFlag.PART_UNANSWERED, definitionsOnly));
    }

    @Test
    void theModelAnswersPartSaysHowTheModelAnswerWasRead() {
        String points = ScoreNotes.modelAnswerText(new ScoreResult.ModelAnswerPart(0.25, 80, ScoreResult.ModelAnswerPart.Reading.POINTS));
        assertEquals("25% of this score is how much of the model answer you covered (80/100): this rubric lists few"
                + " ways of saying each idea.", points);
        String words = ScoreNotes.modelAnswerText(new ScoreResult.ModelAnswerPart(0.6, 45, ScoreResult.ModelAnswerPart.Reading.WORDS));
        assertEquals("60% of this score is how many of the model answer's words you used (45/100): this rubric was"
                + " drafted from the model answer.", words);
    }
}
