package dev.latent.scheduling;

import java.time.Duration;
import java.util.Locale;

/**
 * Short interval labels for the rating buttons, as Anki shows them: "45s", "10m", "1.5h", "4d", "3mo", "1.2y".
 *
 * <p>Seconds, minutes and days are whole; hours, months and years keep one decimal when it is not zero.
 * A month is 365/12 days and a year 365 days, like Anki's rslib.
 */
public final class IntervalFormat {

    private static final double MINUTE = 60;
    private static final double HOUR = 60 * MINUTE;
    private static final double DAY = 24 * HOUR;
    private static final double MONTH = 365.0 / 12 * DAY;
    private static final double YEAR = 365 * DAY;

    private IntervalFormat() {
    }

    public static String format(Duration interval) {
        double seconds = Math.max(0, interval.toMillis() / 1000.0);
        // Pick the unit after rounding, so 59.7 s reads "1m" rather than "60s".
        if (Math.round(seconds) < 60) return Math.round(seconds) + "s";
        if (Math.round(seconds / MINUTE) < 60) return Math.round(seconds / MINUTE) + "m";
        if (tenths(seconds / HOUR) < 240) return oneDecimal(seconds / HOUR, "h");
        if (Math.round(seconds / DAY) < 30) return Math.round(seconds / DAY) + "d";
        if (tenths(seconds / MONTH) < 120) return oneDecimal(seconds / MONTH, "mo");
        return oneDecimal(seconds / YEAR, "y");
    }

    /** Whole days, as the Review intervals in the store are kept. */
    public static String formatDays(int days) {
        return format(Duration.ofDays(days));
    }

    private static long tenths(double value) {
        return Math.round(value * 10);
    }

    private static String oneDecimal(double value, String unit) {
        double rounded = tenths(value) / 10.0;
        if (rounded == Math.rint(rounded)) return (long) rounded + unit;
        return String.format(Locale.ROOT, "%.1f%s", rounded, unit);
    }
}
