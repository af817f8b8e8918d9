package dev.latent.scoring;

/**
 * How an answer fared on one concept.
 *
 * @param evidence for HIT the best affirming match, for NEGATED the best negated match; null when MISSED
 * @param contradicted the answer also negates the concept, or states its opposite, elsewhere
 * @param alsoAccepted the model answer does not state this concept: hitting it adds credit, missing it costs
 *     nothing and is not shown or counted as missed
 */
public record ConceptResult(String id, String label, double weight, boolean required, ConceptStatus status,
                            Evidence evidence, boolean contradicted, boolean alsoAccepted) {

    /** Missed (or negated) in a way that counts against the answer: an expected concept not hit. */
    public boolean isMissing() {
        return status != ConceptStatus.HIT && !alsoAccepted;
    }
}
