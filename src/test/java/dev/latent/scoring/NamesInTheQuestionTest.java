package dev.latent.scoring;

import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.latent.scoring.ConceptStatus.HIT;
import static dev.latent.scoring.Rubrics.anyOrder;
import static dev.latent.scoring.Rubrics.result;
import static dev.latent.scoring.Rubrics.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A question that names things with a function word ("a while loop", "a for loop", "a try/except block", from the
 * eighteenth deck, Python) is answered with them as names: a connective there ends no clause, a phrasing may hold it,
 * and a phrasing that says "for loop" needs the answer to say it, not just "loop".
 */
class NamesInTheQuestionTest {

    private static final String LOOPS = "What is the difference between a for loop and a while loop?";

    @Test
    void aWhileLoopIsAThing() {
        Rubric loops = rubric(anyOrder("while-condition", "while the condition is true"),
                anyOrder("for-iterates", "for loop goes through each item"));
        CompiledRubric compiled = Rubrics.forQuestion(loops, LOOPS);
        assertTrue(compiled.warnings().stream().noneMatch(w -> w.contains("holds")), compiled.warnings().toString());
        ScoreResult answer = compiled.score("A while loop keeps going as long as the condition is true.");
        assertEquals(HIT, result(answer, "while-condition").status(), answer.toString());
    }

    @Test
    void aForLoopIsNotAnyLoop() {
        Rubric loops = rubric(List.of(anyOrder("while-condition", "while the condition is true")),
                List.of(Rubrics.misconception("for-condition", 2, "for loop runs while a condition is true")));
        CompiledRubric compiled = Rubrics.forQuestion(loops, LOOPS);
        ScoreResult right = compiled.score("While loops run while a condition is true.");
        assertTrue(right.misconceptions().isEmpty(), "a while loop, not a for loop: " + right);
        for (String wrong : List.of("A for loop runs while a condition is true.", "for-loops run while a condition is true")) {
            ScoreResult claimed = compiled.score(wrong);
            assertEquals(1, claimed.misconceptions().size(), wrong + ": " + claimed);
        }
    }

    @Test
    void tryExceptIsAThing() {
        Rubric exceptions = rubric(anyOrder("except-catches", "jumps to the except block"));
        CompiledRubric compiled = Rubrics.forQuestion(exceptions, "How does a try/except block handle an exception?");
        ScoreResult answer = compiled.score("When the try part raises an error, Python jumps to the except block.");
        assertEquals(HIT, result(answer, "except-catches").status(), answer.toString());
    }

    @Test
    void elsewhereWhileStillEndsAClause() {
        Rubric gan = rubric(List.of(anyOrder("minimax", "generator minimizes discriminator maximizes")),
                List.of(Rubrics.misconception("same-loss", 2, "both minimize the loss")));
        CompiledRubric compiled = Rubrics.forQuestion(gan, "How is a GAN trained?");
        assertTrue(compiled.warnings().isEmpty(), compiled.warnings().toString());
        // Where the question names no while loop, a phrasing's "while" is a bound as the answer's is, not a word to match.
        CompiledRubric named = Rubrics.forQuestion(rubric(anyOrder("c", "runs while true")), "How is a GAN trained?");
        assertTrue(named.warnings().isEmpty(), named.warnings().toString());
        ScoreResult across = named.score("It runs while the flag is true.");
        assertEquals(HIT, result(across, "c").status(), across.toString());
    }

    @Test
    void aOneWordWrongClaimIsNotTheQuestionsOwnWordOfTheSameStem() {
        // The developmental psychology deck: "criticise" stems as the "critical" of "a critical period", so every
        // answer naming the period made the claim, its model answer among them.
        Rubric period = rubric(List.of(anyOrder("window", "window of time")),
                List.of(Rubrics.misconception("criticism", 1, "criticise", "critical thinking")));
        CompiledRubric compiled = Rubrics.forQuestion(period, "What is a critical (or sensitive) period in development?");
        assertTrue(compiled.score("A critical period is a window of time for learning.").misconceptions().isEmpty());
        assertEquals(1, compiled.score("It is when you criticise what others do.").misconceptions().size());
        assertEquals(1, compiled.score("It is about critical thinking.").misconceptions().size());
        // Without the question's word the stem still reads the claim in any form.
        CompiledRubric elsewhere = Rubrics.forQuestion(period, "What is a sensitive period in development?");
        assertEquals(1, elsewhere.score("Parents are critical of their children then.").misconceptions().size());
    }

    @Test
    void aNameTheQuestionHyphenatesLendsNoWordToAnotherIdea() {
        // The ninety-first deck (signal processing): "a low pass filter blocks the high frequencies" had also said "high
        // frequencies pass", the high-pass filter's idea, through the "pass" of "low pass".
        Rubric filters = rubric(anyOrder("lowpass", "low frequencies pass", "blocks high frequencies"),
                anyOrder("highpass", "high frequencies pass", "blocks low frequencies"));
        CompiledRubric compiled = Rubrics.forQuestion(filters,
                "What is the difference between a low-pass and a high-pass filter, and what would you use each for?");
        for (String answer : List.of("A low pass filter blocks the high frequencies.", "A low-pass filter blocks the high frequencies.")) {
            ScoreResult read = compiled.score(answer);
            assertEquals(HIT, result(read, "lowpass").status(), answer + ": " + read);
            assertEquals(ConceptStatus.MISSED, result(read, "highpass").status(), answer + ": " + read);
        }
        // Said apart from the name, the words are the answer's own.
        ScoreResult both = compiled.score("In a high-pass filter the high frequencies pass; a low-pass one blocks high frequencies.");
        assertEquals(HIT, result(both, "highpass").status(), both.toString());
        assertEquals(HIT, result(both, "lowpass").status(), both.toString());
        // The question's initialism spelled out is its name too: "BFS" lends no "first" to "first in first out".
        Rubric search = rubric(anyOrder("bfs-queue", "first in first out", "queue"));
        CompiledRubric bfs = Rubrics.forQuestion(search, "What is the difference between breadth-first search and depth-first search?");
        assertEquals(ConceptStatus.MISSED, Rubrics.status(bfs, "BFS explores the neighbours first.", "bfs-queue"));
        assertEquals(HIT, Rubrics.status(bfs, "BFS explores the neighbours first, from a queue.", "bfs-queue"));
    }

    @Test
    void theQuestionsHyphenatedNameStillMakesItsPhrasingsEchoes() {
        // The ninetieth deck (information retrieval): "tf" and "idf" are words of the question's "TF-IDF", so they earn nothing.
        Rubric weighting = rubric(anyOrder("term-frequency", "tf", "how many times the word appears"));
        CompiledRubric compiled = Rubrics.forQuestion(weighting, "What does TF-IDF weighting do, and why does it give rare words more weight?");
        assertEquals(ConceptStatus.MISSED, Rubrics.status(compiled, "tfidf = tf * log(N/df)", "term-frequency"));
        assertTrue(compiled.warnings().stream().anyMatch(w -> w.contains("\"tf\"") && w.contains("question")), compiled.warnings().toString());
    }
}
