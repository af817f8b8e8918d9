package dev.latent.scoring;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import dev.latent.scoring.analysis.AnswerAnalyzer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The phrasings a sparsely written concept borrows from the model answer: the words of the one point that states it.
 * Part of compiling a rubric ({@link CompiledRubric}).
 */
final class BorrowedPhrasings {

    private BorrowedPhrasings() {
    }

    /**
     * The mean number of phrasings of the rubric's concepts, borrowed ones included: how many ways of saying each
     * idea it knows.
     */
    static double perConcept(Rubric rubric, List<List<String>> borrowed) {
        if (rubric.concepts().isEmpty()) return 0;
        double total = 0;
        for (int c = 0; c < rubric.concepts().size(); c++) {
            total += rubric.concepts().get(c).phrasings().size() + borrowed.get(c).size();
        }
        return total / rubric.concepts().size();
    }

    /** A concept written with this many phrasings or fewer borrows the words of the model-answer point that states it. */
    static final int BORROWING_PHRASINGS = 2;

    /**
     * Per concept, the phrasings it borrows from the model answer: a concept written with one or two phrasings (a
     * label, as a teacher in a hurry writes a rubric) also matches the words of the one point of the model answer
     * that states it ({@link ModelAnswerPoints}). None when the concept has more phrasings, when no point or several
     * state it, or without a model answer. Measured on the tuning sets: label-only rubrics QWK 0.690 -> 0.726 (dev),
     * 0.651 -> 0.738 (calibration); two phrasings a concept 0.742 -> 0.760, 0.685 -> 0.733; from three phrasings it
     * was mixed (dev +0.017, calibration -0.002, samples -0.020; borrowing only the point's multi-word phrasings,
     * +0.002 / +0.020 / -0.017 at three and -0.020 / -0.017 / -0.078 at five), so richer rubrics are left as written.
     */
    static List<List<String>> of(Rubric rubric, ScoringPolicy policy, AnswerAnalyzer analyzer, String prompt,
                                 String modelAnswer) {
        List<List<String>> none = new ArrayList<>();
        for (int c = 0; c < rubric.concepts().size(); c++) none.add(List.of());
        if (modelAnswer == null) return none;
        boolean any = false;
        for (Concept concept : rubric.concepts()) any |= borrows(concept);
        if (!any) return none;
        List<ModelAnswerPoints.Point> points = new ArrayList<>();
        for (ModelAnswerPoints.Point point : ModelAnswerPoints.of(modelAnswer, prompt, analyzer)) {
            if (!point.phrasings().isEmpty()) points.add(point);
        }
        // One point is the whole answer: its words would say every concept at once.
        if (points.size() < 2) return none;
        // Which concepts each point states, by the rubric as written.
        CompiledRubric asWritten = new CompiledRubric(rubric, policy, analyzer, null, null);
        List<List<ConceptResult>> stated = new ArrayList<>();
        for (ModelAnswerPoints.Point point : points) stated.add(asWritten.score(point.text()).concepts());
        List<List<String>> borrowed = new ArrayList<>();
        for (int c = 0; c < rubric.concepts().size(); c++) {
            Concept concept = rubric.concepts().get(c);
            ModelAnswerPoints.Point stating = null;
            int count = 0;
            for (int p = 0; p < points.size(); p++) {
                if (stated.get(p).get(c).status() != ConceptStatus.HIT) continue;
                stating = points.get(p);
                count++;
            }
            // A point that states other concepts too still lends its words (borrowing only from points that state
            // this concept alone was worse: calibration set 0.733 -> 0.703 at two phrasings a concept).
            if (!borrows(concept) || count != 1) {
                borrowed.add(List.of());
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (String written : concept.phrasings()) seen.add(written.toLowerCase(java.util.Locale.ROOT));
            List<String> more = new ArrayList<>();
            for (String phrasing : stating.phrasings()) {
                if (seen.add(phrasing.toLowerCase(java.util.Locale.ROOT))) more.add(phrasing);
            }
            borrowed.add(more);
        }
        return borrowed;
    }

    /** Whether a concept is written sparsely enough to borrow (and is not only a yes/no verdict). */
    private static boolean borrows(Concept concept) {
        return !concept.phrasings().isEmpty() && concept.phrasings().size() <= BORROWING_PHRASINGS
                && OpeningVerdict.phrasingVerdict(concept.phrasings().get(0)) == null;
    }
}
