package dev.latent.stats;

import dev.latent.store.ReviewStats;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A question's scores as one point per week, the mean of that week's answers: every answer as a point is a
 * thicket after a few months. Each point sits on the Thursday of its week (Monday + 3), so a week's dot is drawn
 * in the middle of it.
 */
public final class WeeklyScores {

    /** One week's mean score; {@code epochDay} is the week's middle day. */
    public record Week(long epochDay, double mean) {
    }

    private WeeklyScores() {
    }

    /** The weeks with answers, oldest first; empty for no answers. */
    public static List<Week> of(List<ReviewStats.ScorePoint> points, ZoneId zone) {
        TreeMap<Long, double[]> weeks = new TreeMap<>();
        for (ReviewStats.ScorePoint point : points) {
            LocalDate day = point.at().atZone(zone).toLocalDate();
            long monday = day.minusDays(day.getDayOfWeek().getValue() - 1L).toEpochDay();
            double[] sum = weeks.computeIfAbsent(monday, k -> new double[2]);
            sum[0] += point.score();
            sum[1]++;
        }
        List<Week> result = new ArrayList<>(weeks.size());
        weeks.forEach((monday, sum) -> result.add(new Week(monday + 3, sum[0] / sum[1])));
        return List.copyOf(result);
    }
}
