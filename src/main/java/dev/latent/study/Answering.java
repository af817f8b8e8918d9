package dev.latent.study;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.ReviewOutcome;
import dev.latent.scheduling.ReviewType;
import dev.latent.scheduling.Scheduler;
import dev.latent.scoring.ScoreResult;
import dev.latent.store.CardKey;
import dev.latent.store.Review;
import dev.latent.store.ReviewInput;
import dev.latent.store.Store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one path of an answer into the schedule, for the reviewer and for exams counted as reviews: the scheduler
 * moves the card from the state it was shown in, and the store records the review against that state (refusing
 * it, with nothing written, if the card has moved since). Read top to bottom: rating, outcome, record.
 */
public final class Answering {

    private Answering() {
    }

    /**
     * @param before the card's state when it was shown
     * @param type the kind of review, or null for the one its state implies (learn, review, relearn)
     * @param typed what the learner typed, or null
     * @param score the grade of the typed answer, if it was graded
     * @return the review as recorded
     */
    public static Review answer(Store store, Scheduler scheduler, CardKey card, CardState before, Rating rating,
                                Instant at, Duration taken, ReviewType type, String typed, Optional<ScoreResult> score) {
        Objects.requireNonNull(before, "before");
        long fuzzSeed = Scheduler.fuzzSeed(card.toString(), store.reviewCount(card));
        ReviewOutcome outcome = scheduler.review(before, rating, at, fuzzSeed);
        return store.recordReview(new ReviewInput(card, rating, outcome.card(), at,
                Math.max(0, taken.toMillis()), type, typed,
                score.map(ScoreResult::score).orElse(null), score.map(ConceptResultsJson::of).orElse(null),
                score.map(ConceptResultsJson::outcomes).orElse(List.of()), before));
    }
}
