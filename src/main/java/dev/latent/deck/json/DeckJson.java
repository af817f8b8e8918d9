package dev.latent.deck.json;

import dev.latent.deck.Concept;
import dev.latent.deck.Deck;
import dev.latent.deck.DeckValidator;
import dev.latent.deck.FieldPath;
import dev.latent.deck.Misconception;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.deck.Rubric;
import dev.latent.deck.SampleAnswer;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The deck file's JSON shape, exactly as written: every field nullable so that this layer, not Jackson, decides
 * what is missing and says so with the field's location. Field names here are the file format;
 * questions/deck.schema.json documents the same.
 *
 * <p>This layer only maps, in {@link #toDeck}; every rule lives in {@link DeckValidator}, which checks decks
 * however they were made.
 */
final class DeckJson {

    private DeckJson() {
    }

    record DeckDoc(@JsonProperty("$schema") String schema, String id, String title, String description,
                   List<QuestionDoc> questions) {
    }

    record QuestionDoc(String id, String prompt, String promptImage, AnswerDoc answer, String answerImage,
                       List<String> tags, RubricDoc rubric, List<SampleDoc> samples) {
    }

    record AnswerDoc(String intro, List<String> points, String outro) {
    }

    record RubricDoc(List<ConceptDoc> concepts, List<MisconceptionDoc> misconceptions) {
    }

    record ConceptDoc(String id, String label, Double weight, Boolean required, Boolean anyOrder,
                      List<String> phrasings, List<String> opposites, Double part) {
    }

    record MisconceptionDoc(String id, String label, Double penalty, Boolean anyOrder, List<String> phrasings,
                            Boolean detail) {
    }

    record SampleDoc(String answer, Integer grade, String note) {
    }

    // ---------------------------------------------------------------- mapping

    /**
     * The domain deck of a document, whatever is wrong with it, for {@link DeckValidator} to check. What the records
     * cannot hold (a null in a list, an absent list, a sample without a grade) becomes a stand-in value, and the
     * problem is recorded in {@code holes} at its field, so that the validator reports it in its place
     * ({@link DeckValidator#problems(Deck, Map, java.util.function.Function)}).
     */
    static Deck toDeck(DeckDoc doc, String source, Map<FieldPath, String> holes) {
        FieldPath root = FieldPath.ROOT;
        if (doc.questions() == null) holes.put(root.field("questions"), missing("questions"));
        List<Question> questions = items(doc.questions(), root.field("questions"), holes,
                (q, at) -> question(q, at, holes), BLANK_QUESTION);
        return new Deck(doc.id(), stripped(doc.title()), doc.description(), questions, source);
    }

    private static final Question BLANK_QUESTION = new Question(null, null, null, List.of(), null, List.of());
    private static final Concept BLANK_CONCEPT = new Concept(null, null, Concept.DEFAULT_WEIGHT, false, List.of(), false);
    private static final Misconception BLANK_MISCONCEPTION =
            new Misconception(null, null, Misconception.DEFAULT_PENALTY, List.of(), false);
    private static final SampleAnswer BLANK_SAMPLE = new SampleAnswer(null, SampleAnswer.MIN_GRADE, null);

    private static Question question(QuestionDoc doc, FieldPath at, Map<FieldPath, String> holes) {
        AnswerDoc answer = doc.answer();
        ModelAnswer model = answer == null ? null : new ModelAnswer(stripped(answer.intro()),
                strings(answer.points(), at.field("answer").field("points"), holes), stripped(answer.outro()));
        List<SampleAnswer> samples = items(doc.samples(), at.field("samples"), holes, (sample, where) -> {
            if (sample.grade() == null) holes.put(where.field("grade"), missing("grade"));
            return new SampleAnswer(sample.answer(), sample.grade() == null ? SampleAnswer.MIN_GRADE : sample.grade(),
                    sample.note());
        }, BLANK_SAMPLE);
        return new Question(doc.id(), stripped(doc.prompt()), model, strings(doc.tags(), at.field("tags"), holes),
                doc.rubric() == null ? null : rubric(doc.rubric(), at.field("rubric"), holes), samples,
                doc.promptImage(), doc.answerImage());
    }

    private static Rubric rubric(RubricDoc doc, FieldPath at, Map<FieldPath, String> holes) {
        if (doc.concepts() == null) holes.put(at.field("concepts"), missing("concepts"));
        List<Concept> concepts = items(doc.concepts(), at.field("concepts"), holes, (c, where) -> new Concept(c.id(),
                stripped(c.label()), c.weight() == null ? Concept.DEFAULT_WEIGHT : c.weight(),
                Boolean.TRUE.equals(c.required()), phrasings(c.phrasings(), where.field("phrasings"), holes),
                // A concept's words in any order unless the rubric says otherwise: "dimensionality reduction" and
                // "reduce the dimensionality" are one idea, and a rubric written without the flag should know it.
                !Boolean.FALSE.equals(c.anyOrder()), strings(c.opposites(), where.field("opposites"), holes),
                part(c.part(), where.field("part"), holes)), BLANK_CONCEPT);
        List<Misconception> misconceptions = items(doc.misconceptions(), at.field("misconceptions"), holes,
                (m, where) -> new Misconception(m.id(), stripped(m.label()),
                        m.penalty() == null ? Misconception.DEFAULT_PENALTY : m.penalty(),
                        phrasings(m.phrasings(), where.field("phrasings"), holes), Boolean.TRUE.equals(m.anyOrder()),
                        Boolean.TRUE.equals(m.detail())),
                BLANK_MISCONCEPTION);
        return new Rubric(concepts, misconceptions);
    }

    /** A concept's part: absent is none; otherwise a whole number from 1. */
    private static int part(Double value, FieldPath at, Map<FieldPath, String> holes) {
        if (value == null) return Concept.NO_PART;
        if (value < 1 || value != Math.rint(value) || value > DeckValidator.MAX_PART) {
            holes.put(at, DeckValidator.PART_RULE);
            return Concept.NO_PART;
        }
        return value.intValue();
    }

    private static List<String> phrasings(List<String> values, FieldPath at, Map<FieldPath, String> holes) {
        if (values == null) holes.put(at, "no phrasings: list at least one way to say it in \"phrasings\"");
        return strings(values, at, holes);
    }

    private static List<String> strings(List<String> values, FieldPath at, Map<FieldPath, String> holes) {
        return items(values, at, holes, (value, where) -> value.strip(), "");
    }

    /** Maps each item; a null item becomes {@code blank}, with a hole at its index. An absent list maps to none. */
    private static <T, R> List<R> items(List<T> items, FieldPath at, Map<FieldPath, String> holes,
                                        BiFunction<T, FieldPath, R> mapping, R blank) {
        List<R> out = new ArrayList<>();
        if (items == null) return out;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                holes.put(at.index(i), "must not be null");
                out.add(blank);
            } else {
                out.add(mapping.apply(items.get(i), at.index(i)));
            }
        }
        return out;
    }

    private static String missing(String field) {
        return "missing required field \"" + field + "\"";
    }

    private static String stripped(String value) {
        return value == null ? null : value.strip();
    }
}
