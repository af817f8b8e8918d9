package dev.latent.scoring;

import dev.latent.scoring.analysis.AnswerAnalyzer;

import java.util.HashSet;
import java.util.Set;

/**
 * How many of the model answer's own words an answer says: its content words that are neither the question's nor
 * {@link ModelAnswerPoints#EMPTY_WORDS}, each counted once, a misspelt one too ({@link Typos}, as the rubric's words
 * are read). A smooth measure where a rubric drafted from the model answer grades in steps (a rubric of three points
 * gives none, a third, two thirds or all of its credit); a student who says a fifth of those words in sentences of
 * their own has, on the tuning sets, usually said the whole answer.
 */
final class ModelAnswerCoverage {

    /** The share of the model answer's words that earns the full coverage score, for a rubric drafted from it. */
    static final double FULL_AT = 0.2;
    /**
     * The same for a rubric someone wrote, where the words are a second reading beside its points: on the 29 outside
     * tuning decks, mean QWK 0.823 at a fifth, 0.828 at 0.3, 0.827 at 0.35, 0.828 at 0.4, 0.825 at a half.
     */
    static final double FULL_AT_BESIDE_POINTS = 0.3;

    private final Set<String> terms;
    private final String[] byIndex;
    private final int[] masks;
    private final double fullAt;

    /** @param fullAt the share of the model answer's words that earns the full score */
    ModelAnswerCoverage(AnswerAnalyzer analyzer, String modelAnswer, String promptOrNull, double fullAt) {
        this.fullAt = fullAt;
        Set<String> own = new HashSet<>(TokenizedText.contentTerms(analyzer, modelAnswer));
        if (promptOrNull != null) {
            own.removeAll(TokenizedText.contentTerms(analyzer, PromptInstructions.withoutInstructions(promptOrNull)));
        }
        own.removeAll(ModelAnswerPoints.emptyTerms(analyzer));
        this.terms = Set.copyOf(own);
        this.byIndex = own.toArray(new String[0]);
        this.masks = new int[byIndex.length];
        for (int i = 0; i < byIndex.length; i++) masks[i] = Typos.letterMask(byIndex[i]);
    }

    /**
     * 0-100: the share of the model answer's words the answer says, full at {@code fullAt}. Measured against exact
     * words only, in reference mode on the tuning sets: mean QWK 0.699 -> 0.703, seven sets up (chemistry +0.032,
     * networks +0.011), three down (psychology -0.011).
     */
    int score(TokenizedText answer) {
        if (terms.isEmpty()) return 0;
        Set<String> said = new HashSet<>();
        for (int i = 0; i < answer.size; i++) {
            if (answer.negator[i]) continue;
            String term = answer.terms[i];
            if (terms.contains(term)) {
                said.add(term);
            } else if (!Typos.REAL_WORDS.contains(term)) {
                String meant = misspelt(term);
                if (meant != null) said.add(meant);
            }
        }
        return (int) Math.round(100 * Math.min(1, said.size() / (terms.size() * fullAt)));
    }

    /** The model answer's word this answer word misspells, or null. */
    private String misspelt(String term) {
        int mask = Typos.letterMask(term);
        for (int i = 0; i < byIndex.length; i++) {
            if (Typos.mayBeTypo(term, mask, byIndex[i], masks[i]) && Typos.isTypo(term, byIndex[i], true)) return byIndex[i];
        }
        return null;
    }
}
