package dev.latent.scoring;

/** What an answer did with one rubric concept. */
public enum ConceptStatus {
    /** Stated (in affirmative form, or as its negated opposite): earns the concept's weight. */
    HIT,
    /** Not mentioned. */
    MISSED,
    /** Mentioned only under a negation ("does not overfit"): earns nothing. */
    NEGATED
}
