package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import dev.latent.scoring.analysis.AnswerAnalyzer;

import java.util.List;

/**
 * Entry point of the scoring engine: compile a rubric once, then score answers with it.
 * <pre>
 * CompiledRubric rubric = Grader.compile(question.rubric());
 * ScoreResult result = rubric.score(typedAnswer);
 * </pre>
 */
public final class Grader {

    private static final AnswerAnalyzer PORTER = new AnswerAnalyzer(AnswerAnalyzer.Stemming.PORTER);
    private static final AnswerAnalyzer MINIMAL = new AnswerAnalyzer(AnswerAnalyzer.Stemming.MINIMAL);

    private Grader() {
    }

    /** Compiles with {@link ScoringPolicy#DEFAULT}. */
    public static CompiledRubric compile(Rubric rubric) {
        return compile(rubric, ScoringPolicy.DEFAULT);
    }

    public static CompiledRubric compile(Rubric rubric, ScoringPolicy policy) {
        if (rubric == null) throw new IllegalArgumentException("no rubric to compile");
        AnswerAnalyzer analyzer = policy.stemming() == AnswerAnalyzer.Stemming.PORTER ? PORTER : MINIMAL;
        return new CompiledRubric(rubric, policy, analyzer);
    }

    /**
     * Pays the one-time start-up cost of the analysis chain now: loading Lucene's classes and running
     * their static set-up (Lucene probes the JVM through JMX on first use), tens of milliseconds in a cold
     * JVM. Call it where a delay is invisible; idempotent and cheap once done.
     */
    public static void warmUp() {
        Rubric rubric = new Rubric(List.of(new Concept("warm-up", "warm-up", 1, false, List.of("latent space"), true)), List.of());
        compile(rubric).score("The encoder isn't trained without a latent space.");
    }

    /**
     * {@link #warmUp()} on a daemon thread, so that it overlaps with whatever start-up does next (loading
     * the deck, building the window). Returns the thread, for callers that want to join it.
     */
    public static Thread warmUpInBackground() {
        Thread thread = new Thread("latent-grader-warm-up") {
            @Override
            public void run() {
                warmUp();
            }
        };
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
