package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Question;
import dev.latent.deck.Rubric;
import dev.latent.scoring.analysis.AnswerAnalyzer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the scoring engine: compile a rubric once, then score answers with it.
 * <pre>
 * CompiledRubric rubric = Grader.compile(question);
 * ScoreResult result = rubric.score(typedAnswer);
 * </pre>
 * Compiling a question rather than its bare rubric lets the grader read the model answer: concepts it does not
 * state are only "also accepted".
 */
public final class Grader {

    /** One analysis chain per kind of stemming, shared: a chain reuses its components per thread. */
    private static final Map<AnswerAnalyzer.Stemming, AnswerAnalyzer> ANALYZERS = new EnumMap<>(AnswerAnalyzer.Stemming.class);

    static {
        for (AnswerAnalyzer.Stemming stemming : AnswerAnalyzer.Stemming.values()) {
            ANALYZERS.put(stemming, new AnswerAnalyzer(stemming));
        }
    }

    private Grader() {
    }

    /** The shared analysis chain for a kind of stemming (the one compiled rubrics of that policy use). */
    static AnswerAnalyzer analyzer(AnswerAnalyzer.Stemming stemming) {
        return ANALYZERS.get(stemming);
    }

    /** A question's rubric, with its model answer, by {@link ScoringPolicy#DEFAULT}. */
    public static CompiledRubric compile(Question question) {
        return compile(question, ScoringPolicy.DEFAULT);
    }

    public static CompiledRubric compile(Question question, ScoringPolicy policy) {
        if (question.rubric() == null) throw new IllegalArgumentException("question " + question.id() + " has no rubric");
        return compile(question.rubric(), question.prompt(), question.answer().fullText(), policy);
    }

    /** A rubric without a model answer: every concept is expected. */
    public static CompiledRubric compile(Rubric rubric) {
        return compile(rubric, null, null, ScoringPolicy.DEFAULT);
    }

    public static CompiledRubric compile(Rubric rubric, ScoringPolicy policy) {
        return compile(rubric, null, null, policy);
    }

    /**
     * @param prompt the question, or null: an answer's words that only repeat it earn nothing
     * @param modelAnswer the model answer, or null when there is none (every concept is then expected)
     */
    public static CompiledRubric compile(Rubric rubric, String prompt, String modelAnswer, ScoringPolicy policy) {
        if (rubric == null) throw new IllegalArgumentException("no rubric to compile");
        return new CompiledRubric(rubric, policy, analyzer(policy.stemming()), prompt, modelAnswer);
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
