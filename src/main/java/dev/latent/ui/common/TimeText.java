package dev.latent.ui.common;

import dev.latent.scheduling.IntervalFormat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Human wording for when something happens: "in 10m", "tomorrow at 09:30", "on 12 Mar". */
public final class TimeText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** The one way a full date is written on every screen: "3 Dec 2026". */
    private static final DateTimeFormatter FULL_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private TimeText() {
    }

    public static String date(LocalDate date) {
        return FULL_DATE.format(date);
    }

    public static String dateTime(Instant when, ZoneId zone) {
        ZonedDateTime at = when.atZone(zone);
        return FULL_DATE.format(at) + ", " + TIME.format(at);
    }

    public static String relative(Instant now, Instant when, ZoneId zone) {
        Duration until = Duration.between(now, when);
        if (!until.isNegative() && until.compareTo(Duration.ofHours(1)) < 0) {
            return "in " + IntervalFormat.format(until.isZero() ? Duration.ofSeconds(1) : until);
        }
        ZonedDateTime at = when.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        if (at.toLocalDate().equals(today)) return "today at " + TIME.format(at);
        if (at.toLocalDate().equals(today.plusDays(1))) return "tomorrow at " + TIME.format(at);
        return "on " + DATE.format(at);
    }
}
