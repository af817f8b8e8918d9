package dev.latent.deck;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The deck file's JSON shape, exactly as written: every field nullable so that the validator, not
 * Jackson, decides what is missing and says so with the field's location. Mapped to the domain records
 * once valid. Field names here are the file format; questions/deck.schema.json documents the same.
 */
final class DeckJson {

    private DeckJson() {
    }

    record DeckDoc(@JsonProperty("$schema") String schema, String id, String title, String description,
                   List<QuestionDoc> questions) {
    }

    record QuestionDoc(String id, String prompt, AnswerDoc answer, List<String> tags, RubricDoc rubric,
                       List<SampleDoc> samples) {
    }

    record AnswerDoc(String intro, List<String> points, String outro) {
    }

    record RubricDoc(List<ConceptDoc> concepts, List<MisconceptionDoc> misconceptions) {
    }

    record ConceptDoc(String id, String label, Double weight, Boolean required, Boolean anyOrder,
                      List<String> phrasings, List<String> opposites) {
    }

    record MisconceptionDoc(String id, String label, Double penalty, Boolean anyOrder, List<String> phrasings) {
    }

    record SampleDoc(String answer, Integer grade, String note) {
    }
}
