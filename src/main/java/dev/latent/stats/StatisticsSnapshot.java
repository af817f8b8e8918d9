package dev.latent.stats;

import dev.latent.deck.Deck;
import dev.latent.scheduling.Scheduler;
import dev.latent.store.ExamAttempt;
import dev.latent.store.Store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything the statistics screen shows, read from the store in one go so that a screen can compute it off its
 * UI thread: the figures and series ({@link Statistics}), each charted question's weekly mean scores (in the order
 * of {@link Statistics#questionScores()}), and the practice exams taken, newest first.
 */
public record StatisticsSnapshot(Statistics stats, List<List<WeeklyScores.Week>> weeklyScores, List<ExamAttempt> examAttempts) {

    public StatisticsSnapshot {
        weeklyScores = List.copyOf(weeklyScores);
        examAttempts = List.copyOf(examAttempts);
    }

    /** @param scoreDeck the deck whose questions' scores are charted */
    public static StatisticsSnapshot load(Store store, List<Deck> decks, Deck scoreDeck, Scheduler scheduler, Instant now,
                                          ZoneId zone) {
        Statistics stats = StatisticsCalculator.compute(store, decks, scoreDeck, scheduler, now, zone);
        List<List<WeeklyScores.Week>> weekly = stats.questionScores().stream()
                .map(question -> WeeklyScores.of(question.points(), zone)).toList();
        return new StatisticsSnapshot(stats, weekly, store.examAttempts());
    }
}
