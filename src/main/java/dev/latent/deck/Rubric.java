package dev.latent.deck;

import java.util.List;

/** A keyword rubric: weighted concepts that earn credit and misconceptions that cost it. */
public record Rubric(List<Concept> concepts, List<Misconception> misconceptions) {

    public Rubric {
        concepts = concepts == null ? List.of() : List.copyOf(concepts);
        misconceptions = misconceptions == null ? List.of() : List.copyOf(misconceptions);
    }

    public double totalWeight() {
        return concepts.stream().mapToDouble(Concept::weight).sum();
    }
}
