package dev.latent.scoring;

/**
 * A misconception the answer states.
 *
 * @param penalty credit it costs, in concept-weight units
 * @param oppositeOf when the answer states the opposite of a concept, that concept's id (and
 *                   {@code id} is {@code conceptId + "~opposite"}); null for a rubric misconception
 */
public record MisconceptionResult(String id, String label, double penalty, Evidence evidence, String oppositeOf) {
}
