package dev.latent.store;

import dev.latent.scoring.ConceptStatus;

import java.util.Objects;

/**
 * One concept result of a graded answer, as statistics count it: which rubric concept, its label at the time, and
 * whether the answer hit it. The store writes one review_concepts row for each, so "concepts missed most" reads
 * plain columns.
 *
 * @param id the rubric concept's id
 * @param label its label when the answer was graded; null takes the id
 * @param status hit, missed or negated (missed and negated both count as missed)
 */
public record ConceptOutcome(String id, String label, ConceptStatus status) {

    public ConceptOutcome {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a concept outcome needs the concept's id");
        Objects.requireNonNull(status, "status");
        if (label == null) label = id;
    }

    /** Not hit: missed, or stated only under a negation. */
    public boolean missed() {
        return status != ConceptStatus.HIT;
    }
}
