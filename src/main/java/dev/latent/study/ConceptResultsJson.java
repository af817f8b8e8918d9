package dev.latent.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latent.scoring.ConceptResult;
import dev.latent.scoring.ConceptStatus;
import dev.latent.scoring.Evidence;
import dev.latent.scoring.MisconceptionResult;
import dev.latent.scoring.ScoreResult;
import dev.latent.store.ConceptOutcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-concept results of a graded answer, as the review log keeps them: the outcomes statistics count
 * (which concepts a learner misses, {@link #outcomes}) and the feedback as JSON, to show again without the rubric
 * ({@link #of}). Both leave out the same concepts.
 */
public final class ConceptResultsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConceptResultsJson() {
    }

    /** The concept outcomes the review log's statistics rows are written from. */
    public static List<ConceptOutcome> outcomes(ScoreResult score) {
        List<ConceptOutcome> outcomes = new ArrayList<>();
        for (ConceptResult concept : score.concepts()) {
            if (counted(concept)) outcomes.add(new ConceptOutcome(concept.id(), concept.label(), concept.status()));
        }
        return outcomes;
    }

    /** Not stating a concept the model answer does not state is no miss: statistics never see it. */
    private static boolean counted(ConceptResult concept) {
        return !(concept.alsoAccepted() && concept.status() == ConceptStatus.MISSED);
    }

    public static String of(ScoreResult score) {
        List<Map<String, Object>> concepts = new ArrayList<>();
        for (ConceptResult concept : score.concepts()) {
            if (!counted(concept)) continue;
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", concept.id());
            entry.put("label", concept.label());
            entry.put("status", concept.status().name());
            putEvidence(entry, concept.evidence());
            concepts.add(entry);
        }
        List<Map<String, Object>> misconceptions = new ArrayList<>();
        for (MisconceptionResult misconception : score.misconceptions()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", misconception.id());
            entry.put("label", misconception.label());
            putEvidence(entry, misconception.evidence());
            misconceptions.add(entry);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("grade", score.grade());
        all.put("concepts", concepts);
        all.put("misconceptions", misconceptions);
        try {
            return JSON.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps always serialise", e);
        }
    }

    private static void putEvidence(Map<String, Object> entry, Evidence evidence) {
        if (evidence == null) return;
        entry.put("start", evidence.start());
        entry.put("end", evidence.end());
        entry.put("phrasing", evidence.phrasing());
    }
}
