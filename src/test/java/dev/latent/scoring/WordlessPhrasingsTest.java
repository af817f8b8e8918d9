package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.ConceptStatus.MISSED;
import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.forQuestion;
import static dev.latent.scoring.Rubrics.result;
import static dev.latent.scoring.Rubrics.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A phrasing made only of function words is matched as written: the twenty-first deck's (computer security) teacher
 * wrote "who you are" for authentication and "what you can do" for authorization, which the analyzer reads as nothing.
 */
class WordlessPhrasingsTest {

    private static final String PROMPT = "What is the difference between authentication and authorization?";
    private static final Rubric ACCESS = rubric(concept("authentication identity", "who you are", "verify identity"),
            concept("authorization permissions", "what you can do", "permissions"));

    private static ConceptStatus status(String answer, String concept) {
        return result(forQuestion(ACCESS, PROMPT).score(answer), concept).status();
    }

    @Test
    void aPhrasingOfFunctionWordsIsFoundAsWritten() {
        String answer = "Authentication checks who you are; authorization decides what you can do.";
        assertEquals(HIT, status(answer, "authentication identity"));
        assertEquals(HIT, status(answer, "authorization permissions"));
        ScoreResult score = forQuestion(ACCESS, PROMPT).score(answer);
        assertEquals("who you are", result(score, "authentication identity").evidence().text());
        assertEquals(MISSED, status("Authentication checks whether you are logged in.", "authentication identity"));
    }

    @Test
    void itsPersonMayBeNamedAndItsShortVerbInflected() {
        // The ninety-fourth deck (game theory): "do what the other player did", "doing what they did" for tit-for-tat's
        // "do what they did".
        Rubric titForTat = rubric(concept("copies", "do what they did"));
        for (String answer : List.of("Then you do what the other player did last time.", "Tit for tat is doing what they did to you.",
                "You do whatever your rival did last round.")) {
            assertEquals(HIT, Rubrics.status(titForTat, answer, "copies"), answer);
        }
        assertEquals(MISSED, Rubrics.status(titForTat, "You do what the rules say.", "copies"));
        assertEquals(HIT, status("Authorization is what a user can do.", "authorization permissions"));
    }

    @Test
    void notWhenNegatedNorSaidOfTheOtherSubject() {
        assertEquals(MISSED, status("Authentication: it doesn't matter who you are.", "authentication identity"));
        String swapped = "Authorization checks who you are, and authentication decides what you can do.";
        assertEquals(MISSED, status(swapped, "authentication identity"), "said of authorization");
        assertEquals(MISSED, status(swapped, "authorization permissions"), "said of authentication");
    }

    @Test
    void theRubricWarnsItIsMatchedOnlyAsWrittenAndDropsAnEcho() {
        List<String> warnings = forQuestion(ACCESS, PROMPT).warnings();
        assertTrue(warnings.contains("authentication identity: phrasing \"who you are\" has no content words, so it is matched"
                + " only as written"), warnings.toString());
        Rubric echo = rubric(concept("identity", "who you are", "identity"));
        CompiledRubric asked = forQuestion(echo, "Does a login check who you are?");
        assertTrue(asked.warnings().stream().anyMatch(w -> w.contains("\"who you are\" is in the question itself")),
                asked.warnings().toString());
        assertEquals(MISSED, result(asked.score("Yes, it checks who you are."), "identity").status());
    }
    @Test
    void signsAndAnAcronymThatSpellsAFunctionWordAreFoundAsWritten() {
        // The Python deck's "[]" and "[:]" had never matched; a one-word phrasing in lower case still does not.
        Rubric python = rubric(concept("list-syntax", "square brackets", "[]"), concept("copy", "[:]", "copy()"),
                concept("health", "WHO"), concept("filler", "which"));
        ScoreResult signs = forQuestion(python, "What is the difference between a list and a tuple?")
                .score("A list is written with [] and you copy it with a[:].");
        assertEquals(HIT, result(signs, "list-syntax").status());
        assertEquals(HIT, result(signs, "copy").status());
        ScoreResult acronym = forQuestion(python, "Who sets the guidelines?").score("The WHO does, which is part of the UN.");
        assertEquals(HIT, result(acronym, "health").status());
        assertEquals(MISSED, result(acronym, "filler").status());
        assertEquals(MISSED, result(forQuestion(python, "Who sets the guidelines?").score("Who knows."), "health").status());
    }
}
