package dev.latent.scheduling;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetentionSimulatorTest {

    @Test
    void higherRetentionBuysRecallWithReviews() {
        List<RetentionSimulator.Outcome> table = RetentionSimulator.compare(FsrsParameters.DEFAULT,
                RetentionSimulator.RatingHabits.TYPICAL, 20, 365, 1);
        assertEquals(6, table.size());
        for (int i = 0; i < table.size(); i++) {
            assertEquals(RetentionSimulator.RETENTIONS[i], table.get(i).retention());
            if (i > 0) {
                assertTrue(table.get(i).recall() > table.get(i - 1).recall(), "recall rises with retention: " + table);
            }
        }
        RetentionSimulator.Outcome at85 = table.get(3);
        RetentionSimulator.Outcome at95 = table.get(5);
        assertTrue(at95.reviewsPerDay() > 1.3 * at85.reviewsPerDay(), "0.95 costs far more than 0.85: " + table);
        // At least the 20 first ratings a day, and recall near the retention aimed for.
        assertTrue(table.get(0).reviewsPerDay() > 20, table.toString());
        assertTrue(Math.abs(at85.recall() - 0.85) < 0.08, table.toString());
        assertEquals(table, RetentionSimulator.compare(FsrsParameters.DEFAULT, RetentionSimulator.RatingHabits.TYPICAL, 20, 365, 1),
                "the same inputs give the same table");
    }

    @Test
    void habitsComeFromTheHistoryWhenItIsLongEnough() {
        ReviewHistory.Builder b = new ReviewHistory.Builder();
        long day = 86_400_000_000L;
        for (int c = 0; c < 60; c++) {
            b.add("c" + c, c % 2 == 0 ? Rating.GOOD : Rating.AGAIN, c);
            b.add("c" + c, Rating.EASY, c + 3 * day);
            b.add("c" + c, Rating.HARD, c + 3 * day + 60_000_000L); // same day: not a recall of a forgotten card
        }
        RetentionSimulator.RatingHabits habits = RetentionSimulator.RatingHabits.of(b.build());
        assertArrayEquals(new double[]{0.5, 0, 0.5, 0}, habits.first(), 1e-12);
        assertArrayEquals(new double[]{0, 0, 1}, habits.recalled(), 1e-12);
        assertSame(RetentionSimulator.RatingHabits.TYPICAL,
                RetentionSimulator.RatingHabits.of(new ReviewHistory.Builder().add("x", Rating.GOOD, 0).build()));
    }
}
