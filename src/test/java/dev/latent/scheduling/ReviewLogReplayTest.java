package dev.latent.scheduling;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewLogReplayTest {

    private static final Scheduler REFERENCE = new Scheduler(SchedulerConfig.DEFAULT.withFuzz(false));

    @Test
    void realLogMatchesPyFsrsFigures() throws Exception {
        List<ReviewLogReplay.Review> log;
        try (InputStream in = getClass().getResourceAsStream("/fsrs/review_logs_josh_1711744352250_to_1728234780857.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            log = ReviewLogReplay.readCsv(reader);
        }
        ReviewLogReplay.Metrics m = ReviewLogReplay.evaluate(log, REFERENCE);

        // Reference: py-fsrs 6.3.1, default parameters (README of the shared FSRS figures).
        assertEquals(12_580, m.reviews());
        assertEquals(1_205, m.cards());
        assertEquals(5_329, m.count());
        assertEquals(0.4587, m.logLoss(), 0.00005);
        assertEquals(0.7653, m.meanPredictedRecall(), 0.00005);
        assertEquals(0.7921, m.observedRecall(), 0.00005);
    }

    @Test
    void countsOnlyReviewsAtLeastADayApartAndSortsByTime() throws Exception {
        // Card a: first review (no prediction), +10 min (same day, skipped), +2 days (counted, recalled).
        // Card b: listed out of order; its first review in time is 01-01, then Again 3 days later (counted, forgotten).
        String csv = """
                card_id,review_rating,review_time,review_duration
                a,3,2024-01-01T10:00:00+00:00,1000
                b,1,2024-01-04T09:00:00Z,
                a,3,2024-01-01T10:10:00+00:00,1000
                b,3,2024-01-01T09:00:00+00:00,500
                a,3,2024-01-03T10:10:00.5+00:00,1000
                """;
        List<ReviewLogReplay.Review> log = ReviewLogReplay.readCsv(new BufferedReader(new StringReader(csv)));
        assertEquals(5, log.size());
        assertEquals(null, log.get(1).durationMillis());
        assertEquals(Instant.parse("2024-01-03T10:10:00.500Z"), log.get(4).time());

        ReviewLogReplay.Metrics m = ReviewLogReplay.evaluate(log, REFERENCE);
        assertEquals(2, m.count());
        assertEquals(2, m.cards());
        assertEquals(0.5, m.observedRecall(), 1e-12);

        // The predictions, recomputed independently from the scheduler's own replay of each card.
        CardState a = CardState.newCard(Instant.parse("2024-01-01T10:00:00Z"));
        a = REFERENCE.review(a, Rating.GOOD, Instant.parse("2024-01-01T10:00:00Z")).card();
        a = REFERENCE.review(a, Rating.GOOD, Instant.parse("2024-01-01T10:10:00Z")).card();
        double pa = REFERENCE.retrievability(a, Instant.parse("2024-01-03T10:10:00.5Z"));
        CardState b = CardState.newCard(Instant.parse("2024-01-01T09:00:00Z"));
        b = REFERENCE.review(b, Rating.GOOD, Instant.parse("2024-01-01T09:00:00Z")).card();
        double pb = REFERENCE.retrievability(b, Instant.parse("2024-01-04T09:00:00Z"));
        assertEquals((pa + pb) / 2, m.meanPredictedRecall(), 1e-12);
        assertEquals((-Math.log(pa) - Math.log(1 - pb)) / 2, m.logLoss(), 1e-12);
    }

    @Test
    void reportsTheLineOfABadRow() {
        String csv = "card_id,review_rating,review_time,review_duration\n"
                + "a,3,2024-01-01T10:00:00+00:00,1000\n"
                + "a,5,2024-01-02T10:00:00+00:00,1000\n";
        ReviewLogFormatException e = assertThrows(ReviewLogFormatException.class,
                () -> ReviewLogReplay.readCsv(new BufferedReader(new StringReader(csv))));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("line 3: review_rating"), e.getMessage());
    }

    @Test
    void rejectsBadTimesFieldCountsAndHeaders() {
        assertLine(2, "card_id,review_rating,review_time,review_duration\na,3,yesterday,1\n");
        assertLine(2, "card_id,review_rating,review_time,review_duration\na,3,2024-01-01T10:00:00,1\n"); // no offset
        assertLine(3, "card_id,review_rating,review_time,review_duration\na,3,2024-01-01T10:00:00Z,1\na,3\n");
        assertLine(2, "card_id,review_rating,review_time,review_duration\na,3,2024-01-01T10:00:00Z,fast\n");
        assertLine(1, "id,rating,time,duration\na,3,2024-01-01T10:00:00Z,1\n");
        assertLine(1, "");
    }

    private static void assertLine(int line, String csv) {
        ReviewLogFormatException e = assertThrows(ReviewLogFormatException.class,
                () -> ReviewLogReplay.readCsv(new BufferedReader(new StringReader(csv))));
        assertEquals(line, e.line(), e.getMessage());
    }

    @Test
    void emptyLogHasNoFigures() throws IOException, ReviewLogFormatException {
        List<ReviewLogReplay.Review> log = ReviewLogReplay.readCsv(new BufferedReader(
                new StringReader("card_id,review_rating,review_time,review_duration\n")));
        ReviewLogReplay.Metrics m = ReviewLogReplay.evaluate(log, REFERENCE);
        assertEquals(0, m.count());
        assertTrue(Double.isNaN(m.logLoss()));
    }
}
