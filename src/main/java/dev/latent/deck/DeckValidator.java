package dev.latent.deck;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules a deck must follow, checked on the domain records however the deck was made: loaded from a file,
 * built by the editor on every keystroke, or converted from Anki. Collects every problem with its field
 * ({@code questions[2].rubric.concepts[0].weight}). The rules match questions/deck.schema.json, plus what a schema
 * cannot say: ids unique within their scope.
 */
public final class DeckValidator {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    /** The rule for deck and question ids ({@link #isValidId}), in words, for every message about one. */
    public static final String ID_RULE = "1-100 letters, digits, '.', '_' or '-', starting with a letter or digit";

    // Bounds on a rubric, so that grading stays quick (a 10,000-concept rubric took half a minute) and scores stay
    // meaningful (huge weights overflowed to a score of 0). Far above what a real rubric needs; the schema says the same.
    static final int MAX_CONCEPTS = 30;
    static final int MAX_MISCONCEPTIONS = 30;
    static final int MAX_PHRASINGS = 100;
    static final int MAX_OPPOSITES = 30;
    /** Parts of a question a concept may name: far more than any question is asked in. */
    public static final int MAX_PART = 99;
    public static final String PART_RULE = "must be a whole number from 1 to " + MAX_PART
            + " (the part of the question this concept answers), or left out";
    static final int MAX_PHRASINGS_PER_RUBRIC = 1000;
    static final int MAX_PHRASING_LENGTH = 200;
    static final double MAX_WEIGHT = 100;

    /** Image formats JavaFX can show, by file extension. */
    public static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp");
    static final int MAX_IMAGE_NAME_LENGTH = 200;

    private final ProblemReporter out;

    private DeckValidator(ProblemReporter out) {
        this.out = out;
    }

    /**
     * Everything wrong with a deck, each problem at its field, with no line or column (a deck built in code has none).
     * Empty when the deck is valid: saving it writes a file that loads back the same.
     */
    public static List<DeckProblem> problems(Deck deck) {
        return problems(deck, Map.of(), at -> null);
    }

    /**
     * Everything wrong with a deck read from a file, each problem placed in the file.
     *
     * @param holes what the reader could not put into the records (a null in a list, an absent list), by field; the
     *              records hold a stand-in there, and the message is reported in the field's place
     * @param positions where a field's value starts in the file, or null when not known; a problem at a field with
     *                  no position is placed where the nearest enclosing value starts
     */
    public static List<DeckProblem> problems(Deck deck, Map<FieldPath, String> holes,
                                             Function<FieldPath, DeckProblem.Position> positions) {
        ProblemReporter out = new ProblemReporter(deck.source() == null ? "deck" : deck.source(), holes, positions);
        new DeckValidator(out).deck(deck);
        return out.problems();
    }

    private void deck(Deck deck) {
        FieldPath root = FieldPath.ROOT;
        id(deck.id(), root.field("id"));
        text(deck.title(), root.field("title"));
        if (out.reportHole(root.field("questions"))) return;
        if (deck.questions().isEmpty()) {
            out.report(root.field("questions"), "a deck needs at least one question");
            return;
        }
        Map<String, FieldPath> seenIds = new HashMap<>();
        for (int i = 0; i < deck.size(); i++) {
            Question question = deck.questions().get(i);
            FieldPath at = root.field("questions").index(i);
            if (out.reportHole(at)) continue;
            int before = out.count();
            question(question, at);
            if (question.id() != null && out.count() == before) unique(seenIds, question.id(), at.field("id"), "question");
        }
    }

    private void question(Question question, FieldPath at) {
        id(question.id(), at.field("id"));
        text(question.prompt(), at.field("prompt"));
        image(question.promptImage(), at.field("promptImage"));
        answer(question.answer(), at.field("answer"));
        image(question.answerImage(), at.field("answerImage"));
        for (int i = 0; i < question.tags().size(); i++) text(question.tags().get(i), at.field("tags").index(i));
        if (question.rubric() != null) rubric(question.rubric(), at.field("rubric"));
        for (int i = 0; i < question.samples().size(); i++) {
            FieldPath where = at.field("samples").index(i);
            if (!out.reportHole(where)) sample(question.samples().get(i), where);
        }
    }

    private void answer(ModelAnswer answer, FieldPath at) {
        if (answer == null) {
            out.missing(at);
            return;
        }
        for (int i = 0; i < answer.points().size(); i++) text(answer.points().get(i), at.field("points").index(i));
        if (answer.intro().isBlank() && answer.points().isEmpty()) {
            out.report(at, "the answer is empty: give an \"intro\" or at least one entry in \"points\"");
        }
    }

    private void image(String name, FieldPath at) {
        if (name == null) return;
        String problem = imageNameProblem(name);
        if (problem != null) out.report(at, problem);
    }

    /** Why an image name cannot be used, or null when it is a plain relative file name of a format JavaFX shows. */
    public static String imageNameProblem(String name) {
        if (name.isBlank()) return "must not be empty";
        if (name.length() > MAX_IMAGE_NAME_LENGTH) return "an image name is at most " + MAX_IMAGE_NAME_LENGTH + " characters";
        if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*") || name.contains("//")) {
            return "\"" + name + "\" must be a file name relative to the deck's folder, with '/' between folders";
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..") || part.equals(".") || part.isEmpty()) {
                return "\"" + name + "\" must stay inside the deck's folder (no \"..\", \".\" or empty parts)";
            }
        }
        if (name.chars().anyMatch(c -> c < 0x20)) return "an image name must not hold control characters";
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!IMAGE_EXTENSIONS.contains(extension)) {
            return "\"" + name + "\" is not an image the app can show: use .png, .jpg, .jpeg, .gif or .bmp";
        }
        return null;
    }

    private void rubric(Rubric rubric, FieldPath at) {
        Map<String, FieldPath> seenIds = new HashMap<>();
        List<Concept> concepts = rubric.concepts();
        List<Misconception> misconceptions = rubric.misconceptions();
        if (out.reportHole(at.field("concepts"))) {
            // absent: said so
        } else if (concepts.isEmpty()) {
            out.report(at.field("concepts"), "a rubric needs at least one concept");
        } else {
            for (int i = 0; i < concepts.size(); i++) {
                FieldPath where = at.field("concepts").index(i);
                if (out.reportHole(where)) continue;
                concept(concepts.get(i), where);
                if (concepts.get(i).id() != null) unique(seenIds, concepts.get(i).id(), where.field("id"), "rubric entry");
            }
        }
        if (concepts.size() > MAX_CONCEPTS) {
            out.report(at.field("concepts"), "a rubric has at most " + MAX_CONCEPTS + " concepts, this one has "
                    + concepts.size() + "; split the question");
        }
        if (misconceptions.size() > MAX_MISCONCEPTIONS) {
            out.report(at.field("misconceptions"), "a rubric has at most " + MAX_MISCONCEPTIONS
                    + " misconceptions, this one has " + misconceptions.size());
        }
        for (int i = 0; i < misconceptions.size(); i++) {
            FieldPath where = at.field("misconceptions").index(i);
            if (out.reportHole(where)) continue;
            misconception(misconceptions.get(i), where);
            if (misconceptions.get(i).id() != null) {
                unique(seenIds, misconceptions.get(i).id(), where.field("id"), "rubric entry");
            }
        }
        int phrasings = 0;
        for (Concept concept : concepts) phrasings += concept.phrasings().size() + concept.opposites().size();
        for (Misconception misconception : misconceptions) phrasings += misconception.phrasings().size();
        boolean countsWithinBounds = concepts.size() <= MAX_CONCEPTS && misconceptions.size() <= MAX_MISCONCEPTIONS;
        if (countsWithinBounds && phrasings > MAX_PHRASINGS_PER_RUBRIC) {
            out.report(at, "a rubric has at most " + MAX_PHRASINGS_PER_RUBRIC + " phrasings in all, this one has " + phrasings);
        }
    }

    private void concept(Concept concept, FieldPath at) {
        id(concept.id(), at.field("id"));
        text(concept.label(), at.field("label"));
        positive(concept.weight(), at.field("weight"), "weight");
        phrasings(concept.phrasings(), at.field("phrasings"));
        if (concept.opposites().size() > MAX_OPPOSITES) {
            out.report(at.field("opposites"), "at most " + MAX_OPPOSITES + " opposites, found " + concept.opposites().size());
        }
        for (int i = 0; i < concept.opposites().size(); i++) phrasing(concept.opposites().get(i), at.field("opposites").index(i));
        if (!out.reportHole(at.field("part")) && (concept.part() < Concept.NO_PART || concept.part() > MAX_PART)) {
            out.report(at.field("part"), PART_RULE);
        }
    }

    private void misconception(Misconception misconception, FieldPath at) {
        id(misconception.id(), at.field("id"));
        text(misconception.label(), at.field("label"));
        positive(misconception.penalty(), at.field("penalty"), "penalty");
        phrasings(misconception.phrasings(), at.field("phrasings"));
    }

    private void phrasings(List<String> phrasings, FieldPath at) {
        if (out.reportHole(at)) return;
        if (phrasings.isEmpty()) {
            out.report(at, "no phrasings: list at least one way to say it");
            return;
        }
        if (phrasings.size() > MAX_PHRASINGS) out.report(at, "at most " + MAX_PHRASINGS + " phrasings, found " + phrasings.size());
        for (int i = 0; i < phrasings.size(); i++) phrasing(phrasings.get(i), at.index(i));
    }

    private void phrasing(String value, FieldPath at) {
        if (out.reportHole(at)) return;
        text(value, at);
        if (value != null && value.strip().length() > MAX_PHRASING_LENGTH) {
            out.report(at, "a phrasing is at most " + MAX_PHRASING_LENGTH + " characters, this one has " + value.strip().length());
        }
    }

    private void sample(SampleAnswer sample, FieldPath at) {
        if (sample.answer() == null) out.missing(at.field("answer"));
        if (out.reportHole(at.field("grade"))) return;
        if (sample.grade() < SampleAnswer.MIN_GRADE || sample.grade() > SampleAnswer.MAX_GRADE) {
            out.report(at.field("grade"), "grade must be 0-4, was " + sample.grade());
        }
    }

    private void positive(double value, FieldPath at, String what) {
        if (!(value > 0)) {
            out.report(at, what + " must be greater than 0, was " + stripZeros(value));
        } else if (value > MAX_WEIGHT) {
            out.report(at, what + " must be at most " + stripZeros(MAX_WEIGHT) + ", was " + stripZeros(value));
        }
    }

    private static String stripZeros(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** Whether {@code id} may be a deck's or a question's id (it also names the deck's file). */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private void id(String value, FieldPath at) {
        if (value == null) {
            out.missing(at);
        } else if (!ID.matcher(value).matches()) {
            out.report(at, "id \"" + value + "\" must be " + ID_RULE);
        }
    }

    private void text(String value, FieldPath at) {
        if (out.reportHole(at)) return;
        if (value == null) {
            out.missing(at);
        } else if (value.isBlank()) {
            out.report(at, "must not be empty");
        }
    }

    private void unique(Map<String, FieldPath> seen, String id, FieldPath at, String what) {
        FieldPath first = seen.putIfAbsent(id, at);
        if (first != null) out.report(at, "duplicate " + what + " id \"" + id + "\" (first used at " + out.whereIs(first) + ")");
    }
}
