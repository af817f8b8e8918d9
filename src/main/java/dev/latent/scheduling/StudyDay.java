package dev.latent.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The learner's study day, Anki's convention: a day starts at 4 AM local time, so a late-night session
 * still counts toward the evening's day and its daily limits.
 */
public final class StudyDay {

    /** Local time at which a new study day begins. */
    public static final LocalTime DAY_START = LocalTime.of(4, 0);

    private StudyDay() {
    }

    /** The study day that {@code instant} belongs to in {@code zone}. */
    public static LocalDate of(Instant instant, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(zone, "zone");
        LocalDate date = instant.atZone(zone).toLocalDate();
        // Defined through start() rather than "local time < 4:00" so that days never overlap even when a DST change
        // moves or repeats 4 AM itself. A loop, not one step back: a zone that skipped a whole date (Samoa, 2011)
        // gives that date the same start as the next one.
        while (instant.isBefore(start(date, zone))) {
            date = date.minusDays(1);
        }
        return date;
    }

    /**
     * The instant the study day {@code day} begins: 4 AM local time on that date. In the rare zones where a DST gap
     * skips 4 AM it is shifted later by the length of the gap; where an overlap repeats it, the first occurrence counts.
     */
    public static Instant start(LocalDate day, ZoneId zone) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(zone, "zone");
        return ZonedDateTime.of(day, DAY_START, zone).toInstant();
    }

    /** The instant the study day after the one containing {@code instant} begins. */
    public static Instant nextStart(Instant instant, ZoneId zone) {
        return start(of(instant, zone).plusDays(1), zone);
    }
}
