package dev.latent.stats;

import dev.latent.store.CardKey;
import dev.latent.store.ReviewStats;

import java.util.List;

/** Every graded answer to one question, oldest first: its score over time. */
public record QuestionScores(CardKey card, String prompt, List<ReviewStats.ScorePoint> points) {

    public QuestionScores {
        points = List.copyOf(points);
    }
}
