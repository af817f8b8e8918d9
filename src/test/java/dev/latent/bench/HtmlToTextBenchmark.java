package dev.latent.bench;

import dev.latent.interchange.HtmlText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * HTML-to-text on import for 1 MB and 2 MB fields of the shapes that made the old hand-written reducer quadratic
 * (many script elements, unclosed quotes, bare ampersands): time should double, not quadruple, from 1 to 2 MB.
 * Before jsoup a 1 MB field took 21-31 s and 2 MB 175 s.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class HtmlToTextBenchmark {

    @Param({"1", "2"})
    int megabytes;

    @Param({"scripts", "quotes", "ampersands"})
    String shape;

    private String html;

    @Setup
    public void setUp() {
        String unit = switch (shape) {
            case "scripts" -> "<script>x</script>a";
            case "quotes" -> "<a title=\"";
            default -> "&amp &";
        };
        html = unit.repeat(megabytes * 1024 * 1024 / unit.length());
    }

    @Benchmark
    public String toText() {
        return HtmlText.toText(html);
    }
}
