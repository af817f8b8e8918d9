package dev.latent.testing;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.deck.SampleAnswer;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.ReviewOutcome;
import dev.latent.scheduling.Scheduler;
import dev.latent.scoring.CompiledRubric;
import dev.latent.scoring.Grader;
import dev.latent.scoring.ScoreResult;
import dev.latent.store.CardKey;
import dev.latent.store.ReviewInput;
import dev.latent.scheduling.ReviewType;
import dev.latent.store.Store;
import dev.latent.study.ConceptResultsJson;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A learner's months of study, simulated through the real grader and scheduler: on most days the due cards are
 * answered (with the deck's sample answers, better ones as time goes on), sometimes a few extra for practice.
 * Gives the statistics screen a believable history to show.
 */
public final class StudyHistory {

    private StudyHistory() {
    }

    /** Studies {@code deck} every day from {@code days} days before {@code end} up to the day before it. */
    public static int simulate(Store store, Deck deck, Scheduler scheduler, Instant end, int days, ZoneId zone, long seed) {
        Random random = new Random(seed);
        Map<String, CompiledRubric> rubrics = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        LocalDate first = end.atZone(zone).toLocalDate().minusDays(days);
        store.syncDeck(deck.id(), deck.questions().stream().map(Question::id).toList(), first.atStartOfDay(zone).toInstant());
        int reviews = 0;
        for (int d = 0; d < days; d++) {
            if (random.nextDouble() < 0.22) continue; // a day off
            Instant at = first.plusDays(d).atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(zone).toInstant();
            double progress = d / (double) days;
            List<Question> today = new ArrayList<>();
            for (Question q : deck.questions()) {
                CardState state = store.cardState(new CardKey(deck.id(), q.id())).orElseThrow();
                if (!state.due().isAfter(at.plus(Duration.ofHours(12)))) today.add(q);
            }
            int extra = random.nextInt(4);
            for (int i = 0; i < extra; i++) today.add(deck.questions().get(random.nextInt(deck.size())));
            for (int i = 0; i < today.size(); i++) {
                Question q = today.get(i);
                CardKey key = new CardKey(deck.id(), q.id());
                CardState state = store.cardState(key).orElseThrow();
                boolean cram = i >= today.size() - extra;
                // Early on mostly weak answers, later mostly strong ones.
                int grade = Math.max(0, Math.min(SampleAnswer.MAX_GRADE,
                        (int) Math.round(progress * 4 + random.nextGaussian() * 0.9)));
                String answer = sample(q, grade);
                ScoreResult score = rubrics.computeIfAbsent(q.id(), id -> Grader.compile(q)).score(answer);
                Rating rating = dev.latent.study.RatingThresholds.DEFAULT.ratingFor(score.score());
                int n = counts.merge(key.toString(), 1, Integer::sum);
                ReviewOutcome outcome = scheduler.review(state, rating, at, Scheduler.fuzzSeed(key.toString(), n));
                store.recordReview(new ReviewInput(key, rating, outcome.card(), at, 15_000 + random.nextInt(75_000),
                        cram ? ReviewType.FILTERED : null, answer, score.score(), ConceptResultsJson.of(score),
                        ConceptResultsJson.outcomes(score)));
                reviews++;
                at = at.plus(Duration.ofSeconds(30 + random.nextInt(90)));
            }
        }
        return reviews;
    }

    private static String sample(Question q, int grade) {
        for (int g = grade; g >= 0; g--) {
            for (SampleAnswer s : q.samples()) if (s.grade() == g) return s.answer();
        }
        return q.samples().get(0).answer();
    }
}
