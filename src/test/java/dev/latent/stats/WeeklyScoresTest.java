package dev.latent.stats;

import dev.latent.store.ReviewStats;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WeeklyScoresTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static ReviewStats.ScorePoint at(String instant, int score) {
        return new ReviewStats.ScorePoint(Instant.parse(instant), score);
    }

    @Test
    void oneMeanPerWeekOnItsThursdayOldestFirst() {
        List<WeeklyScores.Week> weeks = WeeklyScores.of(List.of(
                at("2026-02-23T10:00:00Z", 40), // Monday
                at("2026-03-01T20:00:00Z", 80), // Sunday, same week
                at("2026-03-02T10:00:00Z", 90)), ZONE); // next Monday
        assertEquals(List.of(
                new WeeklyScores.Week(LocalDate.of(2026, 2, 26).toEpochDay(), 60),
                new WeeklyScores.Week(LocalDate.of(2026, 3, 5).toEpochDay(), 90)), weeks);
    }

    @Test
    void theWeekIsTheLearnersLocalWeek() {
        // 23:30 UTC on a Sunday is already Monday in Berlin: the next week there.
        List<WeeklyScores.Week> weeks = WeeklyScores.of(List.of(at("2026-03-01T23:30:00Z", 50)), ZONE);
        assertEquals(LocalDate.of(2026, 3, 5).toEpochDay(), weeks.get(0).epochDay());
    }

    @Test
    void noAnswersNoWeeks() {
        assertEquals(List.of(), WeeklyScores.of(List.of(), ZONE));
    }
}
