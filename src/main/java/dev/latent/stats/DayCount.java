package dev.latent.stats;

import java.time.LocalDate;

/** A number for one study day: cards due, in the forecast. */
public record DayCount(LocalDate day, int count) {
}
