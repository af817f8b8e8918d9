package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import dev.latent.scoring.analysis.AnswerAnalyzer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The model answer's part of a rubric's score. A rubric with few phrasings a concept misses right answers in the
 * model answer's other words, so part of its score is the answer graded against the model answer read as points
 * and as words; a rubric drafted from the model answer (its points already) grades in steps, so part of its score is
 * how many of the model answer's words the answer says ({@link ModelAnswerCoverage}). The rubric's concepts and caps
 * stay its own.
 */
final class ModelAnswerBlend {

    /** The most of the score a model-answer rubric gives: to a rubric of {@link #SPARSE_BLEND_PHRASINGS} phrasings a concept or fewer. */
    static final double MODEL_ANSWER_SHARE = 0.25;
    /** At or below this many phrasings a concept, the model answer gives its full share. */
    static final double SPARSE_BLEND_PHRASINGS = 5;
    /** From this many phrasings a concept, the rubric alone grades. */
    static final double RICH_BLEND_PHRASINGS = 20;

    /**
     * The share of a drafted rubric's score that {@link ModelAnswerCoverage} gives. Measured in reference mode on
     * the twelve tuning sets (0.4 to 0.7, full coverage at 0.12 to 0.3 of the words tried): mean QWK 0.612 -> 0.699,
     * every set up (dev 0.614 -> 0.707, calibration 0.537 -> 0.668, networks 0.473 -> 0.560, the first outside deck
     * 0.752 -> 0.841, modern history 0.743 -> 0.745); coverage alone 0.686 at best. Read into a sparse written
     * rubric's part as well, it was mixed (five outside decks up by up to 0.012, three down by up to 0.008).
     */
    static final double DRAFTED_COVERAGE_SHARE = 0.6;

    private final double share;
    /** The model answer as points, for a rubric someone wrote; null for a drafted one. */
    private final CompiledRubric points;
    /** The model answer's words, for a drafted rubric; null for a written one. */
    private final ModelAnswerCoverage coverage;

    private ModelAnswerBlend(double share, CompiledRubric points, ModelAnswerCoverage coverage) {
        this.share = share;
        this.points = points;
        this.coverage = coverage;
    }

    /**
     * The blend for a rubric with this many phrasings a concept, or null when the rubric grades alone.
     *
     * @param compile compiles the model answer's points as a rubric that grades alone
     */
    static ModelAnswerBlend of(Rubric rubric, double phrasingsPerConcept, AnswerAnalyzer analyzer, String prompt,
                               String modelAnswer, Function<Rubric, CompiledRubric> compile) {
        double share = modelAnswerShare(phrasingsPerConcept);
        boolean draftLabels = keepsDraftLabels(rubric, modelAnswer);
        if (share == 0 && !draftLabels) return null;
        Rubric points = ModelAnswerPoints.rubricOf(modelAnswer, prompt, analyzer);
        if (points == null) return null;
        if (draftLabels && mostlyPhrasingsOf(rubric, points)) {
            return new ModelAnswerBlend(DRAFTED_COVERAGE_SHARE, null,
                    new ModelAnswerCoverage(analyzer, modelAnswer, prompt, ModelAnswerCoverage.FULL_AT));
        }
        return share == 0 ? null : new ModelAnswerBlend(share, compile.apply(points),
                new ModelAnswerCoverage(analyzer, modelAnswer, prompt, ModelAnswerCoverage.FULL_AT_BESIDE_POINTS));
    }

    /**
     * The share this part gives and the answer's score against the model answer. A rubric someone wrote gives its
     * share to the model answer's points, and as much again of the rest to its words ({@link ModelAnswerCoverage}):
     * at five phrasings a concept, the rubric 56 %, the points 19 %, the words 25 %. Measured on the 29 outside tuning
     * decks: mean QWK 0.812 → 0.818 / 0.821 / 0.821 with the words at 15 / 25 / 30 %, full at a fifth of them; 0.828
     * full at 0.3 ({@link ModelAnswerCoverage#FULL_AT_BESIDE_POINTS}), 25 of 29 decks up (operating systems +0.022,
     * psychology +0.021, databases +0.033, algorithms +0.020), astronomy -0.017, networks -0.012, chemistry and history
     * -0.004. Blended after the caps it gained more, but a grade over its cap would make the cap's note untrue.
     */
    ScoreResult.ModelAnswerPart part(String answer, TokenizedText tokens) {
        if (points != null) {
            int pointsScore = points.score(answer).uncappedScore();
            int wordsScore = coverage.score(tokens);
            double whole = share + (1 - share) * share;
            int score = (int) Math.round(((1 - share) * share * pointsScore + share * wordsScore) / whole);
            return new ScoreResult.ModelAnswerPart(whole, score, ScoreResult.ModelAnswerPart.Reading.POINTS);
        }
        return new ScoreResult.ModelAnswerPart(share, coverage.score(tokens), ScoreResult.ModelAnswerPart.Reading.WORDS);
    }

    /**
     * How much of the score comes from the model answer read as points ({@link ModelAnswerPoints#rubricOf}), for a
     * rubric with this many phrasings a concept: a rubric that lists few ways of saying each idea misses answers that
     * say it in the model answer's other words. A quarter of the score at five phrasings or fewer, nothing from
     * twenty (the bundled deck's rubrics have 35). Measured on the tuning sets, against the rubric alone: the bundled
     * deck cut to 3 phrasings a concept, samples / dev / calibration +0.038 / +0.012 / +0.018; at 5, +0.003 / +0.008 /
     * -0.004; at 8, +0.007 / +0.002 / +0.002; the three outside tuning decks (10, 8 and 5 phrasings a concept) +0.003 /
     * +0.008 / +0.028. A fifth and a third measured alike. The rubric's caps still apply to the blended score.
     */
    static double modelAnswerShare(double phrasingsPerConcept) {
        double sparseness = (RICH_BLEND_PHRASINGS - phrasingsPerConcept) / (RICH_BLEND_PHRASINGS - SPARSE_BLEND_PHRASINGS);
        return MODEL_ANSWER_SHARE * Math.max(0, Math.min(1, sparseness));
    }

    /**
     * Whether at least half the rubric's concepts carry the labels a draft of the model answer gives them: a draft,
     * maybe touched up (a concept marked required, a phrasing added, a misconception written). Cheap: no analysis.
     */
    private static boolean keepsDraftLabels(Rubric rubric, String modelAnswer) {
        if (rubric.concepts().size() < 2) return false;
        Set<String> labels = ModelAnswerPoints.conceptLabels(modelAnswer);
        int kept = 0;
        for (Concept concept : rubric.concepts()) if (labels.contains(concept.label())) kept++;
        return 2 * kept >= rubric.concepts().size();
    }

    /** Whether at least half the rubric's phrasings are the draft's: a teacher's own phrasings under its labels are not. */
    private static boolean mostlyPhrasingsOf(Rubric rubric, Rubric draft) {
        Set<String> drafted = new HashSet<>();
        for (Concept concept : draft.concepts()) {
            for (String phrasing : concept.phrasings()) drafted.add(phrasing.toLowerCase(Locale.ROOT));
        }
        int total = 0;
        int kept = 0;
        for (Concept concept : rubric.concepts()) {
            for (String phrasing : concept.phrasings()) {
                total++;
                if (drafted.contains(phrasing.toLowerCase(Locale.ROOT))) kept++;
            }
        }
        return total > 0 && 2 * kept >= total;
    }
}
