package dev.latent.scoring;

import dev.latent.scoring.analysis.AnswerAnalyzer;

import java.util.HashSet;
import java.util.Set;

/**
 * How many of the model answer's own words an answer says: its content words that are neither the question's nor
 * {@link ModelAnswerPoints#EMPTY_WORDS}, each counted once. A smooth measure where a rubric drafted from the model
 * answer grades in steps (a rubric of three points gives none, a third, two thirds or all of its credit); a student
 * who says a fifth of those words in sentences of their own has, on the tuning sets, usually said the whole answer.
 */
final class ModelAnswerCoverage {

    /** The share of the model answer's words that earns the full coverage score. */
    static final double FULL_AT = 0.2;

    private final Set<String> terms;

    ModelAnswerCoverage(AnswerAnalyzer analyzer, String modelAnswer, String promptOrNull) {
        Set<String> own = new HashSet<>(TokenizedText.contentTerms(analyzer, modelAnswer));
        if (promptOrNull != null) {
            own.removeAll(TokenizedText.contentTerms(analyzer, PromptInstructions.withoutInstructions(promptOrNull)));
        }
        own.removeAll(TokenizedText.contentTerms(analyzer, ModelAnswerPoints.EMPTY_WORDS));
        this.terms = Set.copyOf(own);
    }

    /** 0-100: the share of the model answer's words the answer says, full at {@link #FULL_AT}. */
    int score(TokenizedText answer) {
        if (terms.isEmpty()) return 0;
        Set<String> said = new HashSet<>();
        for (int i = 0; i < answer.size; i++) {
            if (!answer.negator[i] && terms.contains(answer.terms[i])) said.add(answer.terms[i]);
        }
        return (int) Math.round(100 * Math.min(1, said.size() / (terms.size() * FULL_AT)));
    }
}
