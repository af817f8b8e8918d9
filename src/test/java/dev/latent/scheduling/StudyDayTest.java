package dev.latent.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StudyDayTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void dayStartsAtFourInTheMorning() {
        assertEquals(LocalDate.of(2024, 1, 14), StudyDay.of(Instant.parse("2024-01-15T03:59:59Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2024, 1, 15), StudyDay.of(Instant.parse("2024-01-15T04:00:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2024, 1, 14), StudyDay.of(Instant.parse("2024-01-15T00:00:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2024, 1, 15), StudyDay.of(Instant.parse("2024-01-15T23:59:59Z"), ZoneOffset.UTC));
        assertEquals(Instant.parse("2024-01-15T04:00:00Z"), StudyDay.start(LocalDate.of(2024, 1, 15), ZoneOffset.UTC));
    }

    @Test
    void usesLocalTimeOfTheZone() {
        // 4 AM in New York in winter (EST, UTC-5) is 09:00 UTC.
        assertEquals(Instant.parse("2024-01-15T09:00:00Z"), StudyDay.start(LocalDate.of(2024, 1, 15), NEW_YORK));
        assertEquals(LocalDate.of(2024, 1, 14), StudyDay.of(Instant.parse("2024-01-15T08:59:59Z"), NEW_YORK));
        assertEquals(LocalDate.of(2024, 1, 15), StudyDay.of(Instant.parse("2024-01-15T09:00:00Z"), NEW_YORK));
    }

    @Test
    void springForwardDayIsTwentyThreeHours() {
        // US clocks jumped 02:00 EST -> 03:00 EDT on 2024-03-10.
        Instant start9 = StudyDay.start(LocalDate.of(2024, 3, 9), NEW_YORK);
        Instant start10 = StudyDay.start(LocalDate.of(2024, 3, 10), NEW_YORK);
        assertEquals(Instant.parse("2024-03-09T09:00:00Z"), start9);
        assertEquals(Instant.parse("2024-03-10T08:00:00Z"), start10); // 04:00 EDT
        assertEquals(Duration.ofHours(23), Duration.between(start9, start10));
        // 03:59 EDT on the 10th still belongs to the 9th.
        assertEquals(LocalDate.of(2024, 3, 9), StudyDay.of(Instant.parse("2024-03-10T07:59:00Z"), NEW_YORK));
        assertEquals(LocalDate.of(2024, 3, 10), StudyDay.of(Instant.parse("2024-03-10T08:00:00Z"), NEW_YORK));
    }

    @Test
    void fallBackDayIsTwentyFiveHours() {
        // US clocks went 02:00 EDT -> 01:00 EST on 2024-11-03; 01:30 happened twice.
        Instant start2 = StudyDay.start(LocalDate.of(2024, 11, 2), NEW_YORK);
        Instant start3 = StudyDay.start(LocalDate.of(2024, 11, 3), NEW_YORK);
        assertEquals(Instant.parse("2024-11-02T08:00:00Z"), start2); // 04:00 EDT
        assertEquals(Instant.parse("2024-11-03T09:00:00Z"), start3); // 04:00 EST
        assertEquals(Duration.ofHours(25), Duration.between(start2, start3));
        assertEquals(LocalDate.of(2024, 11, 2), StudyDay.of(Instant.parse("2024-11-03T05:30:00Z"), NEW_YORK)); // 01:30 EDT
        assertEquals(LocalDate.of(2024, 11, 2), StudyDay.of(Instant.parse("2024-11-03T06:30:00Z"), NEW_YORK)); // 01:30 EST
        assertEquals(LocalDate.of(2024, 11, 2), StudyDay.of(Instant.parse("2024-11-03T08:59:00Z"), NEW_YORK)); // 03:59 EST
    }

    @Test
    void europeanSummerTime() {
        // Berlin went 02:00 CET -> 03:00 CEST on 2024-03-31; 4 AM is then UTC+2.
        assertEquals(Instant.parse("2024-03-31T02:00:00Z"), StudyDay.start(LocalDate.of(2024, 3, 31), BERLIN));
        assertEquals(Instant.parse("2024-03-30T03:00:00Z"), StudyDay.start(LocalDate.of(2024, 3, 30), BERLIN));
        assertEquals(Instant.parse("2024-04-01T02:00:00Z"), StudyDay.nextStart(Instant.parse("2024-03-31T12:00:00Z"), BERLIN));
    }

    @Test
    void skippedDateDoesNotBreakDays() {
        // Samoa skipped 2011-12-30 (UTC-10 -> UTC+14); 02:00 on the 31st still belongs to the 29th's study day.
        ZoneId apia = ZoneId.of("Pacific/Apia");
        Instant early31 = Instant.parse("2011-12-30T12:00:00Z"); // 2011-12-31T02:00+14:00
        assertEquals(LocalDate.of(2011, 12, 29), StudyDay.of(early31, apia));
        assertEquals(Instant.parse("2011-12-30T14:00:00Z"), StudyDay.nextStart(early31, apia)); // 04:00+14 on the 31st
    }

    @Test
    void everyInstantLiesInItsDayAcrossYearsAndZones() {
        Random random = new Random(42);
        ZoneId[] zones = {NEW_YORK, BERLIN, ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"),
                ZoneId.of("America/Santiago"), ZoneId.of("Pacific/Apia"), ZoneOffset.UTC};
        long from = Instant.parse("2010-01-01T00:00:00Z").getEpochSecond();
        long span = Duration.ofDays(365 * 16).getSeconds();
        for (int i = 0; i < 20_000; i++) {
            ZoneId zone = zones[random.nextInt(zones.length)];
            Instant instant = Instant.ofEpochSecond(from + (long) (random.nextDouble() * span));
            LocalDate day = StudyDay.of(instant, zone);
            Instant start = StudyDay.start(day, zone);
            Instant next = StudyDay.start(day.plusDays(1), zone);
            assertFalse(instant.isBefore(start), () -> instant + " before start of " + day + " in " + zone);
            assertTrue(instant.isBefore(next), () -> instant + " not before the next day after " + day + " in " + zone);
            assertEquals(day, StudyDay.of(start, zone));
        }
    }
}
