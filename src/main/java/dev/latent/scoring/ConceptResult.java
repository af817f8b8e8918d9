package dev.latent.scoring;

/**
 * How an answer fared on one concept.
 *
 * @param evidence for HIT the first affirming match, for NEGATED the first negated match; null when MISSED
 * @param contradicted the answer also negates the concept, or states its opposite, elsewhere
 */
public record ConceptResult(String id, String label, double weight, boolean required, ConceptStatus status,
                            Evidence evidence, boolean contradicted) {
}
