package dev.latent.bench;

import dev.latent.scheduling.FsrsOptimizer;
import dev.latent.scheduling.FsrsParameters;
import dev.latent.scheduling.ReplayMetrics;
import dev.latent.scheduling.ReviewHistory;
import dev.latent.scheduling.ReviewLogReplay;
import dev.latent.scheduling.SimulatedLearner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Fitting FSRS-6 to a review history (issue 18's goals: the shared log of 12,580 reviews in under 10 s on one core;
 * a collection of 1,000,000 reviews without running out of memory). Each figure is one whole fit, single-threaded:
 * <ul>
 *   <li>{@code sharedLog}: the 12,580 reviews of py-fsrs's test log (the first fit in a fresh JVM is the one a learner
 *       waits for, so warm-up is one fit and the figures include the first measured ones);</li>
 *   <li>{@code millionReviews}: about 1,000,000 reviews of 50,000 cards by a simulated learner, in a JVM limited to
 *       a 256 MB heap (the history itself takes 13 bytes a review).</li>
 * </ul>
 * The setup prints the fitted log loss, so a run also shows the fit is real.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class FsrsOptimizeBenchmark {

    private ReviewHistory shared;
    private ReviewHistory million;

    @Setup
    public void setUp() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fsrs/review_logs_josh_1711744352250_to_1728234780857.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            shared = ReviewHistory.of(ReviewLogReplay.readCsv(reader));
        }
        FsrsParameters learner = FsrsParameters.of(0.5, 1.5, 4.0, 12.0, 5.5, 0.6, 2.0, 0.02, 1.2, 0.2, 1.1,
                1.9, 0.08, 0.35, 2.0, 0.4, 2.4, 0.6, 0.2, 0.1, 0.35);
        ReviewHistory.Builder builder = new ReviewHistory.Builder();
        SimulatedLearner.add(builder, learner, 50_000, 18, 1);
        million = builder.build();
        FsrsOptimizer.Result fit = FsrsOptimizer.fit(shared);
        System.out.printf(Locale.ROOT, "%nshared log: %d reviews, log loss %.4f default, %.4f fitted; simulated: %d reviews"
                        + " of %d cards%n", shared.reviewCount(), ReplayMetrics.of(shared, FsrsParameters.DEFAULT).logLoss(),
                ReplayMetrics.of(shared, fit.parameters()).logLoss(), million.reviewCount(), million.cardCount());
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 10)
    @Fork(value = 1, jvmArgsAppend = "-XX:ActiveProcessorCount=1")
    public FsrsOptimizer.Result sharedLog() {
        return FsrsOptimizer.fit(shared);
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 2)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-XX:ActiveProcessorCount=1"})
    public FsrsOptimizer.Result millionReviews() {
        FsrsOptimizer.Result result = FsrsOptimizer.fit(million);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%nmillion: %d reviews scored, log loss %.4f default, %.4f fitted; heap in use"
                        + " %d MB of at most %d MB%n", result.scoredReviews(), result.defaultLoss(), result.fittedLoss(),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
        return result;
    }
}
