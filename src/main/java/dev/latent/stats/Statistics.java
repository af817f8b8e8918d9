package dev.latent.stats;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the statistics screen shows, computed once.
 *
 * @param today the current study day
 * @param hasReviews whether the log holds any review at all (the screen's empty state when not)
 * @param year one entry per study day, the last {@value StatisticsCalculator#HEATMAP_DAYS} days ending today, oldest first
 * @param forecast cards due on each of the next {@value StatisticsCalculator#FORECAST_DAYS} study days; today's
 *     count includes overdue cards
 * @param desiredRetention the retention FSRS aims for (the learner's setting)
 * @param lastMonth true retention over the last 30 days
 * @param retentionByMonth true retention per calendar month, the last 12 months, oldest first
 * @param concepts the concepts missed most in the last {@value StatisticsCalculator#CONCEPT_DAYS} days, most
 *     missed first
 * @param questionScores the score history of the chosen deck's questions
 * @param exams decks with an exam date still ahead, soonest first
 */
public record Statistics(LocalDate today, boolean hasReviews, List<DayActivity> year, List<DayCount> forecast,
                         double desiredRetention, Retention lastMonth, List<Retention> retentionByMonth,
                         List<ConceptMastery> concepts, List<QuestionScores> questionScores, List<ExamOutlook> exams) {

    public Statistics {
        year = List.copyOf(year);
        forecast = List.copyOf(forecast);
        retentionByMonth = List.copyOf(retentionByMonth);
        concepts = List.copyOf(concepts);
        questionScores = List.copyOf(questionScores);
        exams = List.copyOf(exams);
    }

    public int reviewsInYear() {
        return year.stream().mapToInt(DayActivity::reviews).sum();
    }

    /** Study days with at least one review in the last year. */
    public int activeDays() {
        return (int) year.stream().filter(d -> d.reviews() > 0).count();
    }

    public DayActivity todayActivity() {
        return year.get(year.size() - 1);
    }

    /** The last {@code days} days of the year, oldest first. */
    public List<DayActivity> lastDays(int days) {
        return year.subList(Math.max(0, year.size() - days), year.size());
    }

    public Duration timeLastDays(int days) {
        return lastDays(days).stream().map(DayActivity::time).reduce(Duration.ZERO, Duration::plus);
    }

    public int maxReviewsPerDay() {
        return year.stream().mapToInt(DayActivity::reviews).max().orElse(0);
    }
}
