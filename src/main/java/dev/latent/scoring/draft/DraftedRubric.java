package dev.latent.scoring.draft;

import dev.latent.deck.Rubric;
import dev.latent.scoring.CompiledRubric;
import dev.latent.scoring.Grader;
import dev.latent.scoring.ScoringPolicy;
import dev.latent.scoring.ScoreResult;

import java.util.Set;

/**
 * A rubric drafted by {@link RubricDrafter}, compiled once, with the analysed reference and question
 * kept for the features {@link ReferenceGrader} reads besides the rubric score. Immutable.
 */
public final class DraftedRubric {

    private final Rubric rubric;
    private final CompiledRubric compiled;
    final Words reference;
    final Words prompt;
    final Set<String> referenceTerms;
    final Set<String> promptTerms;
    final String referenceText;

    DraftedRubric(Rubric rubric, String referenceText, Words reference, Words prompt) {
        this.referenceText = referenceText == null ? "" : referenceText;
        this.rubric = rubric;
        this.compiled = Grader.compile(rubric, ScoringPolicy.DRAFTED);
        this.reference = reference;
        this.prompt = prompt;
        this.referenceTerms = Set.copyOf(reference.contentTerms());
        this.promptTerms = Set.copyOf(prompt.contentTerms());
    }

    public Rubric rubric() {
        return rubric;
    }

    public CompiledRubric compiled() {
        return compiled;
    }

    /** The drafted rubric's own verdict (coverage of the reference), before any trained model. */
    public ScoreResult score(String answer) {
        return compiled.score(answer);
    }
}
