package dev.latent.bench;

import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.Question;
import dev.latent.deck.SampleAnswer;
import dev.latent.scoring.CompiledRubric;
import dev.latent.scoring.Grader;
import dev.latent.scoring.ScoreResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Scoring throughput on one thread over the bundled deck's instructor-graded sample answers (realistic
 * answers of 10-60 words), goal >= 20,000 answers/s; and the time for long answers, which should grow
 * linearly with length (16 KB vs 1 MB).
 *
 * <p>Run: {@code mvn -Pbench verify -Dbench.include=ScoringBenchmark}
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Threads(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {

    static Deck bundledDeck() throws Exception {
        return DeckLoader.load(Path.of(System.getProperty("latent.questions", "questions"), "autoencoders-gans.json"));
    }

    @State(Scope.Thread)
    public static class Samples {
        List<CompiledRubric> rubrics = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        int next;

        @Setup(Level.Trial)
        public void load() throws Exception {
            for (Question question : bundledDeck().questions()) {
                if (question.rubric() == null) continue;
                CompiledRubric rubric = Grader.compile(question);
                for (SampleAnswer sample : question.samples()) {
                    rubrics.add(rubric);
                    answers.add(sample.answer());
                }
            }
        }
    }

    /** One sample answer per call, cycling through all of them (ops/s = answers/s). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ScoreResult scoreSampleAnswer(Samples samples) {
        int i = samples.next;
        samples.next = i + 1 == samples.answers.size() ? 0 : i + 1;
        return samples.rubrics.get(i).score(samples.answers.get(i));
    }

    @State(Scope.Thread)
    public static class LongAnswer {
        @Param({"16384", "1048576"})
        int chars;

        CompiledRubric rubric;
        String answer;

        @Setup(Level.Trial)
        public void build() throws Exception {
            Deck deck = bundledDeck();
            rubric = Grader.compile(deck.questions().get(deck.size() - 1));
            List<String> all = deck.questions().stream().flatMap(q -> q.samples().stream()).map(SampleAnswer::answer).toList();
            StringBuilder text = new StringBuilder(chars + 512);
            for (int i = 0; text.length() < chars; i++) text.append(all.get(i % all.size())).append(' ');
            answer = text.substring(0, chars);
        }
    }

    /** Milliseconds per long answer: 1 MB should take about 64 times as long as 16 KB. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ScoreResult scoreLongAnswer(LongAnswer state) {
        return state.rubric.score(state.answer);
    }
}
