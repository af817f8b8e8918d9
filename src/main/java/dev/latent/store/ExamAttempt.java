package dev.latent.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One practice exam as stored: when it ran, what it asked, and every answer with its grade.
 *
 * @param id the store's id; 0 for an attempt not yet saved
 * @param selection what was asked, in words the app understands again: "all", "deck:ID" or "tag:NAME"
 * @param timeLimit the time limit, or null when untimed
 * @param timedOut the time ran out and the remaining answers were submitted as given
 * @param countedAsReviews the answers were also recorded as reviews and moved the schedule
 * @param totalScore mean score 0-100 of the graded answers, or null when none was graded
 */
public record ExamAttempt(long id, Instant startedAt, Instant finishedAt, String selection, Duration timeLimit,
                          boolean timedOut, boolean countedAsReviews, Double totalScore, List<Answer> answers) {

    public ExamAttempt {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(selection, "selection");
        answers = List.copyOf(answers);
    }

    public Optional<Duration> optionalTimeLimit() {
        return Optional.ofNullable(timeLimit);
    }

    /**
     * One question of the exam and how it was answered.
     *
     * @param position 0-based place in the exam
     * @param score 0-100, or null for a question without a rubric
     * @param grade 0-4, or null for a question without a rubric
     * @param conceptsJson per-concept results as the review log keeps them, or null
     */
    public record Answer(int position, CardKey card, String answer, Integer score, Integer grade, String conceptsJson) {
        public Answer {
            Objects.requireNonNull(card, "card");
            answer = answer == null ? "" : answer;
        }
    }
}
