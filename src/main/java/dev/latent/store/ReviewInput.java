package dev.latent.store;

import dev.latent.scheduling.ReviewType;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One answer to record: the card, how it was rated, the states the scheduler moved it from and to, and what was
 * typed. The store checks that the card is still in {@code before} (refusing a stale answer, as Anki does) and
 * writes the review log row {@link dev.latent.scheduling.RevlogEntry} derives from the two states.
 *
 * @param card the card answered
 * @param rating the learner's rating
 * @param after the card's new scheduling state
 * @param reviewedAt when the answer was rated; becomes the review id in epoch ms (bumped by 1 ms if taken)
 * @param timeTakenMs how long the learner took to answer, in ms
 * @param type the kind of review, or null to derive it from the card's state before the review (learn, review or
 *     relearn); pass {@link ReviewType#FILTERED} for cram sessions
 * @param typedAnswer the learner's typed answer, or null
 * @param score the rubric score 0-100, or null when not graded
 * @param conceptResultsJson the graded answer's feedback as JSON text (concepts, evidence, misconceptions), or null;
 *     stored as given and never read by the store
 * @param concepts the per-concept results statistics count, one review_concepts row each; empty when not graded
 * @param before the state the answer was given in, or null for a history whose states the store is to take as
 *     they are (an import)
 */
public record ReviewInput(CardKey card, Rating rating, CardState after, Instant reviewedAt, long timeTakenMs,
                          ReviewType type, String typedAnswer, Integer score, String conceptResultsJson,
                          List<ConceptOutcome> concepts, CardState before) {

    /** An answer recorded against whatever state the card is in. */
    public ReviewInput(CardKey card, Rating rating, CardState after, Instant reviewedAt, long timeTakenMs,
                       ReviewType type, String typedAnswer, Integer score, String conceptResultsJson,
                       List<ConceptOutcome> concepts) {
        this(card, rating, after, reviewedAt, timeTakenMs, type, typedAnswer, score, conceptResultsJson, concepts, null);
    }

    /** An answer without concept results (not graded, or graded before concepts were counted). */
    public ReviewInput(CardKey card, Rating rating, CardState after, Instant reviewedAt, long timeTakenMs,
                       ReviewType type, String typedAnswer, Integer score, String conceptResultsJson) {
        this(card, rating, after, reviewedAt, timeTakenMs, type, typedAnswer, score, conceptResultsJson, List.of(), null);
    }

    public ReviewInput {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(after.state(), "after.state");
        Objects.requireNonNull(after.due(), "after.due");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        if (timeTakenMs < 0) throw new IllegalArgumentException("timeTakenMs must not be negative, was " + timeTakenMs);
        if (score != null && (score < 0 || score > 100)) {
            throw new IllegalArgumentException("score must be 0-100, was " + score);
        }
        concepts = concepts == null ? List.of() : List.copyOf(concepts);
    }

    /** A rating without a typed answer (a plain flashcard flip). */
    public static ReviewInput of(CardKey card, Rating rating, CardState after, Instant reviewedAt, long timeTakenMs) {
        return new ReviewInput(card, rating, after, reviewedAt, timeTakenMs, null, null, null, null);
    }
}
