package dev.latent.stats;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.exam.ExamDatePlanner;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.StudyDay;
import dev.latent.store.CardKey;
import dev.latent.store.ReviewStats;
import dev.latent.store.Store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Computes {@link Statistics} from the store. The store keeps the review log summed per quarter hour and sums those
 * between the local study days' starts (4 AM) this class gives it; this class places the days and folds them into
 * months. The folding steps are plain functions over bucket lists, tested on hand-made logs.
 */
public final class StatisticsCalculator {

    public static final int HEATMAP_DAYS = 365;
    public static final int FORECAST_DAYS = 30;
    /** Concept mastery looks at this many days, split into two halves to tell the trend. */
    public static final int CONCEPT_DAYS = 56;
    /** A trend needs this many answers in each half. */
    public static final int TREND_MIN_SEEN = 3;
    /** A change of miss rate smaller than this is "steady". */
    public static final double TREND_THRESHOLD = 0.10;
    /** At most this many questions get a score line. */
    public static final int MAX_SCORE_LINES = 12;

    private StatisticsCalculator() {
    }

    /**
     * @param decks the decks loaded (for exam dates and titles)
     * @param scoreDeck the deck whose questions' scores to chart, or null for none
     */
    public static Statistics compute(Store store, List<Deck> decks, Deck scoreDeck, Scheduler scheduler, Instant now,
                                     ZoneId zone) {
        LocalDate today = StudyDay.of(now, zone);
        LocalDate first = today.minusDays(HEATMAP_DAYS - 1);
        boolean hasReviews = store.statistics().hasReviews();
        // The store sums each study day (the quarter hours between its 4 AM starts); perDay places the days.
        List<DayActivity> year = perDay(hasReviews ? store.statistics().reviewTotals(dayStartInstants(first, HEATMAP_DAYS + 1, zone))
                : List.of(), first, HEATMAP_DAYS, zone);
        List<DayCount> forecast = forecast(store.statistics().dueBuckets(StudyDay.start(today.plusDays(FORECAST_DAYS), zone)),
                today, FORECAST_DAYS, zone);

        List<ConceptMastery> concepts = List.of();
        if (hasReviews) {
            LocalDate conceptsFrom = today.minusDays(CONCEPT_DAYS - 1);
            concepts = mastery(store.statistics().conceptTallies(StudyDay.start(conceptsFrom, zone),
                    StudyDay.start(conceptsFrom.plusDays(CONCEPT_DAYS / 2), zone), StudyDay.start(today.plusDays(1), zone)));
        }
        List<QuestionScores> scores = new ArrayList<>();
        if (scoreDeck != null && hasReviews) {
            for (Question question : scoreDeck.questions().subList(0, Math.min(MAX_SCORE_LINES, scoreDeck.size()))) {
                CardKey key = new CardKey(scoreDeck.id(), question.id());
                scores.add(new QuestionScores(key, question.prompt(), store.statistics().scoreHistory(key)));
            }
        }
        return new Statistics(today, hasReviews, year, forecast, scheduler.config().desiredRetention(),
                retentionSince(year, today.minusDays(29)), retentionByMonth(year, YearMonth.from(today), 12),
                concepts, scores, exams(store, decks, scheduler, now, zone));
    }

    /** Folds quarter-hour buckets (sorted by start) into {@code days} study days from {@code first}. */
    static List<DayActivity> perDay(List<ReviewStats.Bucket> buckets, LocalDate first, int days, ZoneId zone) {
        int[] reviews = new int[days];
        long[] timeMs = new long[days];
        int[] checks = new int[days];
        int[] recalled = new int[days];
        long[] starts = dayStarts(first, days + 1, zone);
        int day = 0;
        for (ReviewStats.Bucket bucket : buckets) {
            if (bucket.startMs() < starts[0]) continue;
            while (day < days && bucket.startMs() >= starts[day + 1]) day++;
            if (day >= days) break;
            reviews[day] += bucket.count();
            timeMs[day] += bucket.timeMs();
            checks[day] += bucket.recallChecks();
            recalled[day] += bucket.recalled();
        }
        List<DayActivity> result = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            result.add(new DayActivity(first.plusDays(i), reviews[i], Duration.ofMillis(timeMs[i]), checks[i], recalled[i]));
        }
        return result;
    }

    /** Cards due per study day from today; anything due before today is overdue and counts today. */
    static List<DayCount> forecast(List<ReviewStats.Bucket> dueBuckets, LocalDate today, int days, ZoneId zone) {
        int[] due = new int[days];
        long[] starts = dayStarts(today, days + 1, zone);
        int day = 0;
        for (ReviewStats.Bucket bucket : dueBuckets) {
            if (bucket.startMs() < starts[0]) {
                due[0] += bucket.count();
                continue;
            }
            while (day < days && bucket.startMs() >= starts[day + 1]) day++;
            if (day >= days) break;
            due[day] += bucket.count();
        }
        List<DayCount> result = new ArrayList<>(days);
        for (int i = 0; i < days; i++) result.add(new DayCount(today.plusDays(i), due[i]));
        return result;
    }

    static Retention retentionSince(List<DayActivity> days, LocalDate from) {
        int checks = 0;
        int recalled = 0;
        for (DayActivity d : days) {
            if (d.day().isBefore(from)) continue;
            checks += d.recallChecks();
            recalled += d.recalled();
        }
        return new Retention(from, checks, recalled);
    }

    /** True retention per calendar month (of the study day), the {@code months} months up to {@code last}. */
    static List<Retention> retentionByMonth(List<DayActivity> days, YearMonth last, int months) {
        Map<YearMonth, int[]> byMonth = new LinkedHashMap<>();
        for (int i = months - 1; i >= 0; i--) byMonth.put(last.minusMonths(i), new int[2]);
        for (DayActivity d : days) {
            int[] counts = byMonth.get(YearMonth.from(d.day()));
            if (counts == null) continue;
            counts[0] += d.recallChecks();
            counts[1] += d.recalled();
        }
        List<Retention> result = new ArrayList<>(months);
        byMonth.forEach((month, counts) -> result.add(new Retention(month.atDay(1), counts[0], counts[1])));
        return result;
    }

    /** Miss rates and trends, the most missed first (most answers first on a tie). */
    static List<ConceptMastery> mastery(List<ReviewStats.ConceptTally> tallies) {
        List<ConceptMastery> result = new ArrayList<>(tallies.size());
        for (ReviewStats.ConceptTally t : tallies) {
            OptionalDouble earlier = rate(t.missedEarlier(), t.seenEarlier());
            OptionalDouble later = rate(t.missedLater(), t.seenLater());
            result.add(new ConceptMastery(t.card(), t.conceptId(), t.label(), t.seen(), t.missed(), earlier, later,
                    trend(t.seenEarlier(), t.missedEarlier(), t.seenLater(), t.missedLater())));
        }
        result.sort(Comparator.comparingInt(ConceptMastery::missed).reversed()
                .thenComparing(Comparator.comparingDouble(ConceptMastery::missRate).reversed())
                .thenComparing(m -> m.card().toString()).thenComparing(ConceptMastery::conceptId));
        return result;
    }

    static ConceptMastery.Trend trend(int seenEarlier, int missedEarlier, int seenLater, int missedLater) {
        if (seenEarlier < TREND_MIN_SEEN || seenLater < TREND_MIN_SEEN) return ConceptMastery.Trend.TOO_FEW;
        double change = missedLater / (double) seenLater - missedEarlier / (double) seenEarlier;
        if (change <= -TREND_THRESHOLD) return ConceptMastery.Trend.IMPROVING;
        if (change >= TREND_THRESHOLD) return ConceptMastery.Trend.WORSENING;
        return ConceptMastery.Trend.STEADY;
    }

    private static OptionalDouble rate(int missed, int seen) {
        return seen == 0 ? OptionalDouble.empty() : OptionalDouble.of(missed / (double) seen);
    }

    static List<ExamOutlook> exams(Store store, List<Deck> decks, Scheduler scheduler, Instant now, ZoneId zone) {
        LocalDate today = StudyDay.of(now, zone);
        List<ExamOutlook> exams = new ArrayList<>();
        for (Deck deck : decks) {
            Optional<LocalDate> date = store.examDates().examDate(deck.id());
            if (date.isEmpty() || date.get().isBefore(today)) continue;
            double recall = ExamDatePlanner.projectedRecall(store, deck.id(), scheduler,
                    ExamDatePlanner.examInstant(date.get(), zone));
            exams.add(new ExamOutlook(deck.id(), deck.title(), date.get(), ChronoUnit.DAYS.between(today, date.get()), recall));
        }
        exams.sort(Comparator.comparing(ExamOutlook::examDate));
        return exams;
    }

    private static List<Instant> dayStartInstants(LocalDate first, int count, ZoneId zone) {
        List<Instant> starts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) starts.add(StudyDay.start(first.plusDays(i), zone));
        return starts;
    }

    private static long[] dayStarts(LocalDate first, int count, ZoneId zone) {
        return dayStartInstants(first, count, zone).stream().mapToLong(Instant::toEpochMilli).toArray();
    }
}
