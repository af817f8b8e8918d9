package dev.latent.scoring.draft;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import dev.latent.scoring.ModelAnswerPoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drafts a rubric of one concept a point from a long model answer (a list of tasks, steps or risks, or a few
 * sentences each making its own point), the way a teacher would: "Dimensionality reduction: ...", "Anomaly
 * detection: ..." become two concepts, not forty words. Each concept has weight 1 and the point's phrasings
 * ({@link ModelAnswerPoints}); the engine's own rules then apply (phrasing variants, near matches, full credit at a
 * share that follows how many phrasings a concept has).
 *
 * <p>{@link RubricDrafter} makes every content word of the reference a concept, which suits SemEval's one-sentence
 * references; on a five-point answer it asks for every word of every point, and a complete answer in a student's
 * own words covers a fraction of them.
 */
public final class PointDrafter {

    private PointDrafter() {
    }

    /** Whether the reference is made of points (see {@link ModelAnswerPoints#isLong}). */
    public static boolean isLong(String reference) {
        return ModelAnswerPoints.isLong(reference);
    }

    /** A rubric of one concept a point, or null when the reference makes fewer than two points. */
    public static Rubric draft(String reference, String promptOrNull) {
        List<Concept> concepts = new ArrayList<>();
        for (ModelAnswerPoints.Point point : ModelAnswerPoints.of(reference, promptOrNull)) {
            if (point.phrasings().isEmpty()) continue;
            String id = idFor(point.label(), concepts.size() + 1, concepts);
            concepts.add(new Concept(id, point.label() != null ? point.label() : point.text(), Concept.DEFAULT_WEIGHT,
                    false, point.phrasings(), true, List.of()));
        }
        return concepts.size() < 2 ? null : new Rubric(concepts, List.of());
    }

    /** A labelled point's id is its label's words ("mode-collapse"); any other's, its place ("point-3"). */
    private static String idFor(String label, int place, List<Concept> earlier) {
        String slug = label == null ? "" : label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        String id = slug.isEmpty() || slug.length() > 40 ? "point-" + place : slug;
        for (Concept concept : earlier) if (concept.id().equals(id)) return "point-" + place;
        return id;
    }
}
