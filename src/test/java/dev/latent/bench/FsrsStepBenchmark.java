package dev.latent.bench;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.ReviewOutcome;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** One FSRS scheduling step: rating a Review-state card Good 12 days after its last review, with fuzz. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class FsrsStepBenchmark {

    private final Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT);
    private final Instant lastReview = Instant.parse("2025-01-01T09:00:00Z");
    private final CardState card = new CardState(CardState.State.REVIEW, null, 10.0, 5.5,
            lastReview.plus(Duration.ofDays(10)), lastReview);
    private final Instant now = lastReview.plus(Duration.ofDays(12));
    private long seed = 42;

    @Benchmark
    public ReviewOutcome reviewGood() {
        return scheduler.review(card, Rating.GOOD, now, seed++);
    }

    @Benchmark
    public double retrievability() {
        return scheduler.retrievability(card, now);
    }
}
