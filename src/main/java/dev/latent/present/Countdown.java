package dev.latent.present;

import java.time.Duration;
import java.time.Instant;

/**
 * A per-question countdown, driven by instants passed in (no clock inside, so tests control time).
 * While running, the time left is {@code left} minus what passed since {@code since}; pausing folds
 * that into {@code left}.
 *
 * @param length what each question starts with
 * @param left time left when last started or paused
 * @param since when it was last started; null while paused
 */
public record Countdown(Duration length, Duration left, Instant since) {

    public Countdown {
        if (length.isNegative() || length.isZero()) throw new IllegalArgumentException("countdown length must be positive: " + length);
        if (left.isNegative()) left = Duration.ZERO;
    }

    /** A full countdown, not running. */
    public static Countdown of(Duration length) {
        return new Countdown(length, length, null);
    }

    public boolean running() {
        return since != null;
    }

    /** Time left at {@code now}; never negative. */
    public Duration remaining(Instant now) {
        if (since == null) return left;
        Duration passed = Duration.between(since, now);
        if (passed.isNegative()) passed = Duration.ZERO;
        Duration remaining = left.minus(passed);
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    public boolean expired(Instant now) {
        return remaining(now).isZero();
    }

    /** T: starts a paused countdown, pauses a running one; an expired one starts again from full. */
    public Countdown toggle(Instant now) {
        if (running()) return new Countdown(length, remaining(now), null);
        if (left.isZero()) return new Countdown(length, length, now);
        return new Countdown(length, left, now);
    }

    /** Full length again and paused: what a question starts with. */
    public Countdown reset() {
        return of(length);
    }
}
