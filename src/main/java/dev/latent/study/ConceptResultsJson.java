package dev.latent.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latent.scoring.ConceptResult;
import dev.latent.scoring.ConceptStatus;
import dev.latent.scoring.Evidence;
import dev.latent.scoring.MisconceptionResult;
import dev.latent.scoring.ScoreResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-concept results of a graded answer, as the review log keeps them: enough for statistics
 * (which concepts a learner misses) and to show old feedback again, without the rubric.
 */
public final class ConceptResultsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConceptResultsJson() {
    }

    public static String of(ScoreResult score) {
        List<Map<String, Object>> concepts = new ArrayList<>();
        for (ConceptResult concept : score.concepts()) {
            // Not stating a concept the model answer does not state is no miss: statistics never see it.
            if (concept.alsoAccepted() && concept.status() == ConceptStatus.MISSED) continue;
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
