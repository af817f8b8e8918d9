package dev.latent.bench;

import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.scoring.Grader;
import dev.latent.scoring.ScoreResult;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Cold start of grading: in a fresh JVM, load the bundled deck, compile one rubric and score one answer,
 * timing each step from the start of main (and the JVM's own start-up before it). With the argument
 * {@code --warm-up}, {@link Grader#warmUpInBackground()} runs first, as the app and the CLI do, so that
 * Lucene's start-up overlaps with loading the deck. Run it several times:
 * <pre>
 * mvn -o -q package -DskipTests
 * for i in 1 2 3 4 5; do java -cp target/latent.jar:target/test-classes dev.latent.bench.ColdScoring; done
 * for i in 1 2 3 4 5; do java -cp target/latent.jar:target/test-classes dev.latent.bench.ColdScoring --warm-up; done
 * </pre>
 * and as packaged (after {@code mvn -Ppackage package}: the image's runtime, AOT cache and options):
 * <pre>
 * app=target/jpackage/latent/lib/app
 * $app/../runtime/bin/java -XX:AOTCache=$app/latent.aot -XX:TieredStopAtLevel=1 --sun-misc-unsafe-memory-access=allow \
 *     -cp $app/latent.jar:target/test-classes dev.latent.bench.ColdScoring
 * </pre>
 */
public final class ColdScoring {

    private ColdScoring() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long cpuStart = threadCpuNanos();
        boolean warmUp = args.length > 0 && args[0].equals("--warm-up");
        if (warmUp) Grader.warmUpInBackground();
        Path file = Path.of("questions/autoencoders-gans.json");
        Deck deck = DeckLoader.load(file);
        long loaded = System.nanoTime();
        long cpuLoaded = threadCpuNanos();
        var rubric = Grader.compile(deck.questions().get(deck.size() - 1));
        long compiled = System.nanoTime();
        ScoreResult result = rubric.score("GANs suffer from mode collapse, and training is unstable: the generator and "
                + "discriminator oscillate instead of converging.");
        long scored = System.nanoTime();
        long cpuScored = threadCpuNanos();
        Duration sinceJvmStart = ProcessHandle.current().info().startInstant()
                .map(t -> Duration.between(t, Instant.now())).orElse(Duration.ZERO);
        System.out.printf(Locale.ROOT, (warmUp ? "[warm-up] " : "") + "deck load %.1f ms, compile %.1f ms, first score %.1f ms; compile+score %.1f ms; "
                        + "main total %.1f ms; since JVM start %d ms (score %d)%n",
                ms(loaded - start), ms(compiled - loaded), ms(scored - compiled), ms(scored - loaded), ms(scored - start),
                sinceJvmStart.toMillis(), result.score());
        if (cpuStart >= 0) {
            System.out.printf(Locale.ROOT, "    main thread on CPU: deck load %.1f ms, compile+score %.1f ms%n",
                    ms(cpuLoaded - cpuStart), ms(cpuScored - cpuLoaded));
        }
    }

    /**
     * Time the main thread has spent on a CPU (Linux schedstat), or -1: on a machine shared with other
     * work, wall time includes waiting for a core and this does not.
     */
    private static long threadCpuNanos() {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc/thread-self/schedstat"));
            return Long.parseLong(stat.substring(0, stat.indexOf(' ')));
        } catch (Exception | Error e) {
            return -1;
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
