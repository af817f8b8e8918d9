package dev.latent.scoring.draft;

import dev.latent.deck.Rubric;
import dev.latent.scoring.ModelAnswerPoints;

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
        return ModelAnswerPoints.rubricOf(reference, promptOrNull);
    }
}
