package dev.latent.exam;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.Scheduler;
import dev.latent.scoring.ScoreResult;
import dev.latent.store.ExamAttempt;
import dev.latent.scheduling.ReviewType;
import dev.latent.store.Store;
import dev.latent.study.Answering;
import dev.latent.study.ConceptResultsJson;
import dev.latent.study.RatingThresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a finished exam in the store. The schedule is left alone unless the learner chose "count as reviews":
 * then each graded answer is also a review (type FILTERED, like Anki's cram decks) rated with the rating its score
 * suggests, and the card moves as FSRS says. Questions left unanswered, and those without a rubric (no score to rate
 * on), are not counted.
 */
public final class ExamRecorder {

    private ExamRecorder() {
    }

    public static ExamAttempt record(Store store, ExamReport report, Scheduler scheduler, boolean countAsReviews) {
        List<ExamAttempt.Answer> answers = new ArrayList<>();
        for (ExamReport.Item item : report.items()) {
            answers.add(new ExamAttempt.Answer(item.position(), item.card(), item.answer(),
                    item.score().map(ScoreResult::score).orElse(null), item.score().map(ScoreResult::grade).orElse(null),
                    item.score().map(ConceptResultsJson::of).orElse(null)));
        }
        Double total = report.totalScore().isPresent() ? report.totalScore().getAsDouble() : null;
        ExamAttempt saved = store.recordExam(new ExamAttempt(0, report.startedAt(), report.finishedAt(), report.selection(),
                report.timeLimit(), report.timedOut(), countAsReviews, total, answers));
        if (countAsReviews) countAsReviews(store, report, scheduler);
        return saved;
    }

    private static void countAsReviews(Store store, ExamReport report, Scheduler scheduler) {
        // The exam's time, shared out evenly: the exam does not time each question.
        long timeEach = report.items().isEmpty() ? 0
                : Math.max(0, report.duration().dividedBy(report.items().size()).toMillis());
        for (ExamReport.Item item : report.items()) {
            // Only an answer is a review: a question left blank (time ran out before it, say) was never recalled or
            // failed, so it leaves the schedule as it was; the report still lists it as unanswered.
            if (!item.answered() || item.score().isEmpty()) continue;
            Optional<CardState> state = store.cardState(item.card());
            if (state.isEmpty()) continue; // a deck that was never synced has no card to move
            Rating rating = RatingThresholds.DEFAULT.ratingFor(item.score().get().score());
            Answering.answer(store, scheduler, item.card(), state.get(), rating, report.finishedAt(),
                    java.time.Duration.ofMillis(timeEach), ReviewType.FILTERED, item.answer(), item.score());
        }
    }

}
