package dev.latent.scheduling;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IntervalFormatTest {

    private static String f(Duration d) {
        return IntervalFormat.format(d);
    }

    @Test
    void formatsLikeAnkisButtons() {
        assertEquals("0s", f(Duration.ZERO));
        assertEquals("45s", f(Duration.ofSeconds(45)));
        assertEquals("1m", f(Duration.ofMinutes(1)));
        assertEquals("6m", f(Duration.ofSeconds(330)), "Hard at step 0: 5.5 minutes");
        assertEquals("10m", f(Duration.ofMinutes(10)));
        assertEquals("1h", f(Duration.ofHours(1)));
        assertEquals("1.5h", f(Duration.ofMinutes(90)));
        assertEquals("1d", f(Duration.ofDays(1)));
        assertEquals("4d", f(Duration.ofDays(4)));
        assertEquals("29d", f(Duration.ofDays(29)));
        assertEquals("1mo", f(Duration.ofDays(30)));
        assertEquals("3mo", f(Duration.ofDays(91)));
        assertEquals("1.5mo", f(Duration.ofDays(46)));
        assertEquals("11.8mo", f(Duration.ofDays(360)));
        assertEquals("1y", f(Duration.ofDays(365)));
        assertEquals("1.2y", f(Duration.ofDays(438)));
        assertEquals("100y", IntervalFormat.formatDays(36500));
    }

    @Test
    void roundsIntoTheNextUnitRatherThanShowingSixtyOfOne() {
        assertEquals("1m", f(Duration.ofMillis(59_700)));
        assertEquals("1h", f(Duration.ofSeconds(3599)));
        assertEquals("1d", f(Duration.ofHours(24).minusSeconds(30)));
        assertEquals("1y", f(Duration.ofDays(364)));
    }
}
