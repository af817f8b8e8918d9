package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.Rubrics.misconceptionIds;
import static dev.latent.scoring.Rubrics.concept;
import static dev.latent.scoring.Rubrics.forQuestion;
import static dev.latent.scoring.Rubrics.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An answer that calls the two things the question asks it to tell apart the same denies the question: the
 * twenty-first deck (computer security) graded "They are basically the same thing, both mean logging in with your
 * username and password" 3 for its keywords; its graders gave it 0.
 */
class SameThingTest {

    private static final String PROMPT = "What is the difference between authentication and authorization?";
    private static final Rubric ACCESS = rubric(concept("identity", "verify identity", "logging in", "username and password"),
            concept("permissions", "permissions", "what you are allowed to access"));

    private static List<String> wrong(String prompt, String answer) {
        return misconceptionIds(forQuestion(ACCESS, prompt).score(answer));
    }

    @Test
    void callingThemTheSameDeniesTheQuestion() {
        for (String answer : List.of(
                "They are basically the same thing, both mean logging in with your username and password.",
                "There is no real difference, both are about logging in.",
                "Authentication is logging in. Authorization is basically the same thing but for admins.",
                "they're the same, just different words")) {
            ScoreResult score = forQuestion(ACCESS, PROMPT).score(answer);
            assertEquals(List.of(Verdict.SAME_THING), wrong(PROMPT, answer), answer);
            assertTrue(score.grade() <= 1, answer + ": " + score);
        }
    }

    @Test
    void notABeliefReportedOrDeniedNorWhereNoDifferenceIsAsked() {
        for (String answer : List.of("People often think they are the same thing, but authentication checks identity.",
                "They are the same thing? No, they are not: one checks identity, one checks permissions.",
                "They are the same thing to most users, but not to the system: authentication checks identity.",
                "There is no difference in speed; authentication verifies identity and authorization grants permissions.")) {
            assertTrue(wrong(PROMPT, answer).isEmpty(), answer);
        }
        assertTrue(wrong("What does authentication do?", "It is basically the same thing as logging in.").isEmpty());
        // The thirtieth deck (accounting): what is called the same is something else than what the question compares.
        assertTrue(wrong("What is the difference between cash accounting and accrual accounting?", "Cash accounting records "
                + "profit once the cash is in the bank, so cash and profit are the same thing under that method.").isEmpty());
        assertEquals(List.of(Verdict.SAME_THING), wrong("What is the difference between mass and weight?",
                "Weight I think is basically the same thing, but in newtons."));
    }
}
