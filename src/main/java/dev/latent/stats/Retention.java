package dev.latent.stats;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * True retention over a period: of the answers to cards last reviewed at least a day before, the share not rated
 * Again. FSRS aims for the desired retention; when the true figure runs well below it, intervals are too long.
 *
 * @param from the first study day of the period
 */
public record Retention(LocalDate from, int checks, int recalled) {

    /** Empty when the period holds no such answer. */
    public OptionalDouble rate() {
        return checks == 0 ? OptionalDouble.empty() : OptionalDouble.of(recalled / (double) checks);
    }
}
