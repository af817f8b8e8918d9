package dev.latent.present;

import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassAnswerScorerTest {

    private static final Deck DECK = load();

    private static Deck load() {
        try {
            return DeckLoader.load(Path.of(System.getProperty("latent.questions", "questions"), "autoencoders-gans.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void hitLabelsAreTheRubricLabelsOfWhatTheAnswerSaid() {
        Question tasks = DECK.question("ae-tasks").orElseThrow();
        var result = new ClassAnswerScorer().score(tasks, "denoising and anomaly detection").orElseThrow();
        assertEquals(List.of("Anomaly / outlier detection (high reconstruction error)", "Denoising (cleaning noisy inputs)"),
                ClassAnswerScorer.hitLabels(result));
    }

    @Test
    void aNegatedConceptIsNotShownAsHit() {
        Question tasks = DECK.question("ae-tasks").orElseThrow();
        var result = new ClassAnswerScorer().score(tasks, "they are not used for denoising").orElseThrow();
        assertTrue(ClassAnswerScorer.hitLabels(result).isEmpty(), ClassAnswerScorer.hitLabels(result).toString());
    }

    @Test
    void nothingToScoreWithoutARubricOrAnAnswer() {
        ClassAnswerScorer scorer = new ClassAnswerScorer();
        Question plain = new Question("q", "?", new ModelAnswer("a", List.of(), ""), List.of(), null, List.of());
        assertTrue(scorer.score(plain, "anything").isEmpty());
        assertTrue(scorer.score(DECK.questions().get(0), "   ").isEmpty());
    }
}
