package dev.latent.stats;

import java.time.Duration;
import java.time.LocalDate;

/**
 * One study day of the review log.
 *
 * @param reviews answers given that day
 * @param time time spent answering
 * @param recallChecks answers to cards last reviewed at least a day before
 * @param recalled those not rated Again
 */
public record DayActivity(LocalDate day, int reviews, Duration time, int recallChecks, int recalled) {
}
