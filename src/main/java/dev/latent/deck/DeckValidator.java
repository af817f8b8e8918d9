package dev.latent.deck;

import com.fasterxml.jackson.core.JsonLocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Checks a bound deck document field by field, collecting every problem with its location, and maps it
 * to the domain records. The rules match questions/deck.schema.json, plus what a schema cannot say:
 * ids unique within their scope.
 */
final class DeckValidator {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    // Bounds on a rubric, so that grading stays quick (a 10,000-concept rubric took half a minute) and scores stay
    // meaningful (huge weights overflowed to a score of 0). Far above what a real rubric needs; the schema says the same.
    static final int MAX_CONCEPTS = 30;
    static final int MAX_MISCONCEPTIONS = 30;
    static final int MAX_PHRASINGS = 100;
    static final int MAX_OPPOSITES = 30;
    static final int MAX_PHRASINGS_PER_RUBRIC = 1000;
    static final int MAX_PHRASING_LENGTH = 200;
    static final double MAX_WEIGHT = 100;

    private final String file;
    private final Map<String, JsonLocation> locations;
    private final List<DeckProblem> problems = new ArrayList<>();

    DeckValidator(String file, Map<String, JsonLocation> locations) {
        this.file = file;
        this.locations = locations;
    }

    List<DeckProblem> problems() {
        return problems;
    }

    /** The deck, or null when there were problems. */
    Deck validate(DeckJson.DeckDoc doc) {
        FieldPath root = FieldPath.ROOT;
        String id = id(doc.id(), root.field("id"));
        String title = text(doc.title(), root.field("title"));
        List<Question> questions = new ArrayList<>();
        if (doc.questions() == null) {
            missing(root.field("questions"));
        } else if (doc.questions().isEmpty()) {
            report(root.field("questions"), "a deck needs at least one question");
        } else {
            Map<String, FieldPath> seenIds = new HashMap<>();
            eachItem(doc.questions(), root.field("questions"), (question, at) -> {
                Question valid = question(question, at);
                if (question.id() != null && valid != null) unique(seenIds, question.id(), at.field("id"), "question");
                return valid;
            }, questions);
        }
        if (!problems.isEmpty()) return null;
        return new Deck(id, title, doc.description(), questions, file);
    }

    private Question question(DeckJson.QuestionDoc doc, FieldPath at) {
        int before = problems.size();
        String id = id(doc.id(), at.field("id"));
        String prompt = text(doc.prompt(), at.field("prompt"));
        ModelAnswer answer = answer(doc.answer(), at.field("answer"));
        List<String> tags = new ArrayList<>();
        if (doc.tags() != null) eachItem(doc.tags(), at.field("tags"), this::text, tags);
        Rubric rubric = doc.rubric() == null ? null : rubric(doc.rubric(), at.field("rubric"));
        List<SampleAnswer> samples = new ArrayList<>();
        if (doc.samples() != null) eachItem(doc.samples(), at.field("samples"), this::sample, samples);
        if (problems.size() > before) return null;
        return new Question(id, prompt, answer, tags, rubric, samples);
    }

    private ModelAnswer answer(DeckJson.AnswerDoc doc, FieldPath at) {
        if (doc == null) {
            missing(at);
            return null;
        }
        List<String> points = new ArrayList<>();
        if (doc.points() != null) eachItem(doc.points(), at.field("points"), this::text, points);
        boolean hasIntro = doc.intro() != null && !doc.intro().isBlank();
        if (!hasIntro && (doc.points() == null || doc.points().isEmpty())) {
            report(at, "the answer is empty: give an \"intro\" or at least one entry in \"points\"");
            return null;
        }
        return new ModelAnswer(doc.intro() == null ? "" : doc.intro().strip(), points,
                doc.outro() == null ? "" : doc.outro().strip());
    }

    private Rubric rubric(DeckJson.RubricDoc doc, FieldPath at) {
        List<Concept> concepts = new ArrayList<>();
        List<Misconception> misconceptions = new ArrayList<>();
        Map<String, FieldPath> seenIds = new HashMap<>();
        if (doc.concepts() == null) {
            missing(at.field("concepts"));
        } else if (doc.concepts().isEmpty()) {
            report(at.field("concepts"), "a rubric needs at least one concept");
        } else {
            eachItem(doc.concepts(), at.field("concepts"), (concept, where) -> {
                Concept valid = concept(concept, where);
                if (concept.id() != null) unique(seenIds, concept.id(), where.field("id"), "rubric entry");
                return valid;
            }, concepts);
        }
        if (doc.concepts() != null && doc.concepts().size() > MAX_CONCEPTS) {
            report(at.field("concepts"), "a rubric has at most " + MAX_CONCEPTS + " concepts, this one has "
                    + doc.concepts().size() + "; split the question");
        }
        if (doc.misconceptions() != null && doc.misconceptions().size() > MAX_MISCONCEPTIONS) {
            report(at.field("misconceptions"), "a rubric has at most " + MAX_MISCONCEPTIONS + " misconceptions, this one has "
                    + doc.misconceptions().size());
        }
        if (doc.misconceptions() != null) {
            eachItem(doc.misconceptions(), at.field("misconceptions"), (misconception, where) -> {
                Misconception valid = misconception(misconception, where);
                if (misconception.id() != null) unique(seenIds, misconception.id(), where.field("id"), "rubric entry");
                return valid;
            }, misconceptions);
        }
        int phrasings = 0;
        for (Concept concept : concepts) phrasings += concept.phrasings().size() + concept.opposites().size();
        for (Misconception misconception : misconceptions) phrasings += misconception.phrasings().size();
        boolean countsWithinBounds = (doc.concepts() == null || doc.concepts().size() <= MAX_CONCEPTS)
                && (doc.misconceptions() == null || doc.misconceptions().size() <= MAX_MISCONCEPTIONS);
        if (countsWithinBounds && phrasings > MAX_PHRASINGS_PER_RUBRIC) {
            report(at, "a rubric has at most " + MAX_PHRASINGS_PER_RUBRIC + " phrasings in all, this one has " + phrasings);
        }
        return new Rubric(concepts, misconceptions);
    }

    private Concept concept(DeckJson.ConceptDoc doc, FieldPath at) {
        String id = id(doc.id(), at.field("id"));
        String label = text(doc.label(), at.field("label"));
        double weight = positive(doc.weight(), Concept.DEFAULT_WEIGHT, at.field("weight"), "weight");
        List<String> phrasings = phrasings(doc.phrasings(), at.field("phrasings"));
        List<String> opposites = new ArrayList<>();
        if (doc.opposites() != null) {
            if (doc.opposites().size() > MAX_OPPOSITES) {
                report(at.field("opposites"), "at most " + MAX_OPPOSITES + " opposites, found " + doc.opposites().size());
            }
            eachItem(doc.opposites(), at.field("opposites"), this::phrasing, opposites);
        }
        return new Concept(id, label, weight, Boolean.TRUE.equals(doc.required()), phrasings,
                Boolean.TRUE.equals(doc.anyOrder()), opposites);
    }

    private Misconception misconception(DeckJson.MisconceptionDoc doc, FieldPath at) {
        String id = id(doc.id(), at.field("id"));
        String label = text(doc.label(), at.field("label"));
        double penalty = positive(doc.penalty(), Misconception.DEFAULT_PENALTY, at.field("penalty"), "penalty");
        List<String> phrasings = phrasings(doc.phrasings(), at.field("phrasings"));
        return new Misconception(id, label, penalty, phrasings, Boolean.TRUE.equals(doc.anyOrder()));
    }

    private List<String> phrasings(List<String> values, FieldPath at) {
        List<String> phrasings = new ArrayList<>();
        if (values == null) {
            report(at, "no phrasings: list at least one way to say it in \"phrasings\"");
        } else if (values.isEmpty()) {
            report(at, "no phrasings: list at least one way to say it");
        } else {
            if (values.size() > MAX_PHRASINGS) {
                report(at, "at most " + MAX_PHRASINGS + " phrasings, found " + values.size());
            }
            eachItem(values, at, this::phrasing, phrasings);
        }
        return phrasings;
    }

    private String phrasing(String value, FieldPath at) {
        String text = text(value, at);
        if (text != null && text.length() > MAX_PHRASING_LENGTH) {
            report(at, "a phrasing is at most " + MAX_PHRASING_LENGTH + " characters, this one has " + text.length());
        }
        return text;
    }

    private SampleAnswer sample(DeckJson.SampleDoc doc, FieldPath at) {
        if (doc.answer() == null) missing(at.field("answer"));
        if (doc.grade() == null) {
            missing(at.field("grade"));
        } else if (doc.grade() < SampleAnswer.MIN_GRADE || doc.grade() > SampleAnswer.MAX_GRADE) {
            report(at.field("grade"), "grade must be 0-4, was " + doc.grade());
        }
        if (doc.answer() == null || doc.grade() == null) return null;
        return new SampleAnswer(doc.answer(), doc.grade(), doc.note());
    }

    private double positive(Double value, double fallback, FieldPath at, String what) {
        if (value == null) return fallback;
        if (!(value > 0)) {
            report(at, what + " must be greater than 0, was " + stripZeros(value));
            return fallback;
        }
        if (value > MAX_WEIGHT) {
            report(at, what + " must be at most " + stripZeros(MAX_WEIGHT) + ", was " + stripZeros(value));
            return fallback;
        }
        return value;
    }

    private static String stripZeros(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private String id(String value, FieldPath at) {
        if (value == null) {
            missing(at);
        } else if (!ID.matcher(value).matches()) {
            report(at, "id \"" + value + "\" must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return value;
    }

    private String text(String value, FieldPath at) {
        if (value == null) {
            missing(at);
        } else if (value.isBlank()) {
            report(at, "must not be empty");
        }
        return value == null ? null : value.strip();
    }

    private void unique(Map<String, FieldPath> seen, String id, FieldPath at, String what) {
        FieldPath first = seen.putIfAbsent(id, at);
        if (first != null) {
            JsonLocation firstAt = locations.get(first.pointer());
            String where = firstAt == null ? first.toString() : "line " + firstAt.getLineNr();
            report(at, "duplicate " + what + " id \"" + id + "\" (first used at " + where + ")");
        }
    }

    /** Validates each item of a list, reporting null items, and adds the valid ones to {@code into}. */
    private <T, R> void eachItem(List<T> items, FieldPath at, BiFunction<T, FieldPath, R> check, List<R> into) {
        for (int i = 0; i < items.size(); i++) {
            FieldPath itemAt = at.index(i);
            T item = items.get(i);
            if (item == null) {
                report(itemAt, "must not be null");
                continue;
            }
            R valid = check.apply(item, itemAt);
            if (valid != null) into.add(valid);
        }
    }

    private void missing(FieldPath at) {
        String name = at.segments().isEmpty() ? "" : at.segments().get(at.segments().size() - 1).toString();
        report(at, "missing required field \"" + name + "\"");
    }

    /** Reports at the value's own location, or at its nearest enclosing value when it is absent. */
    private void report(FieldPath at, String message) {
        FieldPath located = at;
        JsonLocation location = locations.get(located.pointer());
        while (location == null && !located.segments().isEmpty()) {
            located = located.parent();
            location = locations.get(located.pointer());
        }
        problems.add(DeckLoader.problemAt(file, location, at.toString(), message));
    }
}
