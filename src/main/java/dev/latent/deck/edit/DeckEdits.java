package dev.latent.deck.edit;

import dev.latent.deck.Concept;
import dev.latent.deck.Deck;
import dev.latent.deck.DeckValidator;
import dev.latent.deck.DeckProblem;
import dev.latent.deck.Misconception;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.deck.Rubric;
import dev.latent.deck.SampleAnswer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Small pure edits of the immutable deck records, for the editor: copy-with-one-change ("withers"), list edits,
 * fresh ids, and validation by the loader's own rules.
 */
public final class DeckEdits {

    private DeckEdits() {
    }

    // ---------------------------------------------------------------- lists

    public static <T> List<T> replaced(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, value);
        return copy;
    }

    public static <T> List<T> removed(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    public static <T> List<T> appended(List<T> list, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.add(value);
        return copy;
    }

    /** The list with the element at {@code from} moved to {@code to}; out-of-range moves change nothing. */
    public static <T> List<T> moved(List<T> list, int from, int to) {
        if (from < 0 || from >= list.size() || to < 0 || to >= list.size() || from == to) return list;
        List<T> copy = new ArrayList<>(list);
        copy.add(to, copy.remove(from));
        return copy;
    }

    // ---------------------------------------------------------------- records

    public static Deck withTitle(Deck d, String title) {
        return new Deck(d.id(), title, d.description(), d.questions(), d.source());
    }

    public static Deck withId(Deck d, String id) {
        return new Deck(id, d.title(), d.description(), d.questions(), d.source());
    }

    public static Deck withDescription(Deck d, String description) {
        return new Deck(d.id(), d.title(), description, d.questions(), d.source());
    }

    public static Deck withQuestions(Deck d, List<Question> questions) {
        return new Deck(d.id(), d.title(), d.description(), questions, d.source());
    }

    /** The deck with question {@code index} changed by {@code change}. */
    public static Deck withQuestion(Deck d, int index, UnaryOperator<Question> change) {
        return withQuestions(d, replaced(d.questions(), index, change.apply(d.questions().get(index))));
    }

    public static Question withPrompt(Question q, String prompt) {
        return new Question(q.id(), prompt, q.answer(), q.tags(), q.rubric(), q.samples(), q.promptImage(), q.answerImage());
    }

    public static Question withAnswer(Question q, ModelAnswer answer) {
        return new Question(q.id(), q.prompt(), answer, q.tags(), q.rubric(), q.samples(), q.promptImage(), q.answerImage());
    }

    public static Question withTags(Question q, List<String> tags) {
        return new Question(q.id(), q.prompt(), q.answer(), tags, q.rubric(), q.samples(), q.promptImage(), q.answerImage());
    }

    /** A rubric with neither concepts nor misconceptions is no rubric: the question becomes a plain flashcard. */
    public static Question withRubric(Question q, Rubric rubric) {
        Rubric kept = rubric == null || rubric.concepts().isEmpty() && rubric.misconceptions().isEmpty() ? null : rubric;
        return new Question(q.id(), q.prompt(), q.answer(), q.tags(), kept, q.samples(), q.promptImage(), q.answerImage());
    }

    public static Question withSamples(Question q, List<SampleAnswer> samples) {
        return new Question(q.id(), q.prompt(), q.answer(), q.tags(), q.rubric(), samples, q.promptImage(), q.answerImage());
    }

    public static ModelAnswer withIntro(ModelAnswer a, String intro) {
        return new ModelAnswer(intro, a.points(), a.outro());
    }

    public static ModelAnswer withPoints(ModelAnswer a, List<String> points) {
        return new ModelAnswer(a.intro(), points, a.outro());
    }

    public static ModelAnswer withOutro(ModelAnswer a, String outro) {
        return new ModelAnswer(a.intro(), a.points(), outro);
    }

    /** The question's rubric, or an empty one to add to. */
    public static Rubric rubricOf(Question q) {
        return q.rubric() == null ? new Rubric(List.of(), List.of()) : q.rubric();
    }

    public static Rubric withConcepts(Rubric r, List<Concept> concepts) {
        return new Rubric(concepts, r.misconceptions());
    }

    public static Rubric withMisconceptions(Rubric r, List<Misconception> misconceptions) {
        return new Rubric(r.concepts(), misconceptions);
    }

    public static Concept withLabel(Concept c, String label) {
        return new Concept(c.id(), label, c.weight(), c.required(), c.phrasings(), c.anyOrder(), c.opposites(), c.part());
    }

    public static Concept withPhrasings(Concept c, List<String> phrasings) {
        return new Concept(c.id(), c.label(), c.weight(), c.required(), phrasings, c.anyOrder(), c.opposites(), c.part());
    }

    public static Concept withWeight(Concept c, double weight) {
        return new Concept(c.id(), c.label(), weight, c.required(), c.phrasings(), c.anyOrder(), c.opposites(), c.part());
    }

    public static Concept withRequired(Concept c, boolean required) {
        return new Concept(c.id(), c.label(), c.weight(), required, c.phrasings(), c.anyOrder(), c.opposites(), c.part());
    }

    public static Concept withAnyOrder(Concept c, boolean anyOrder) {
        return new Concept(c.id(), c.label(), c.weight(), c.required(), c.phrasings(), anyOrder, c.opposites(), c.part());
    }

    public static Concept withOpposites(Concept c, List<String> opposites) {
        return new Concept(c.id(), c.label(), c.weight(), c.required(), c.phrasings(), c.anyOrder(), opposites, c.part());
    }

    /** @param part the part of the question the concept answers (1, 2, ...), or {@link Concept#NO_PART} */
    public static Concept withPart(Concept c, int part) {
        return new Concept(c.id(), c.label(), c.weight(), c.required(), c.phrasings(), c.anyOrder(), c.opposites(), part);
    }

    public static Misconception withLabel(Misconception m, String label) {
        return new Misconception(m.id(), label, m.penalty(), m.phrasings(), m.anyOrder(), m.detail());
    }

    public static Misconception withPhrasings(Misconception m, List<String> phrasings) {
        return new Misconception(m.id(), m.label(), m.penalty(), phrasings, m.anyOrder(), m.detail());
    }

    public static Misconception withPenalty(Misconception m, double penalty) {
        return new Misconception(m.id(), m.label(), penalty, m.phrasings(), m.anyOrder(), m.detail());
    }

    public static Misconception withAnyOrder(Misconception m, boolean anyOrder) {
        return new Misconception(m.id(), m.label(), m.penalty(), m.phrasings(), anyOrder, m.detail());
    }

    /** @param detail whether it is a wrong detail, which caps an answer at 3, not a wrong idea, which caps it at 2 */
    public static Misconception withDetail(Misconception m, boolean detail) {
        return new Misconception(m.id(), m.label(), m.penalty(), m.phrasings(), m.anyOrder(), detail);
    }

    public static SampleAnswer withAnswerText(SampleAnswer s, String answer) {
        return new SampleAnswer(answer, s.grade(), s.note());
    }

    public static SampleAnswer withGrade(SampleAnswer s, int grade) {
        return new SampleAnswer(s.answer(), grade, s.note());
    }

    public static SampleAnswer withNote(SampleAnswer s, String note) {
        return new SampleAnswer(s.answer(), s.grade(), note);
    }

    // ---------------------------------------------------------------- new parts

    /** {@code prefix + n} for the smallest n >= 1 not in {@code taken}: ids stay unique and readable. */
    public static String freshId(String prefix, Collection<String> taken) {
        Set<String> used = Set.copyOf(taken);
        for (int n = 1; ; n++) {
            if (!used.contains(prefix + n)) return prefix + n;
        }
    }

    /** A new question at the end, with a fresh id and placeholder text to replace. */
    public static Deck withNewQuestion(Deck d) {
        String id = freshId("q", d.questionIds());
        Question blank = new Question(id, "New question", new ModelAnswer("The answer.", List.of(), ""),
                List.of(), null, List.of());
        return withQuestions(d, appended(d.questions(), blank));
    }

    private static List<String> rubricIds(Rubric r) {
        return Stream.concat(r.concepts().stream().map(Concept::id), r.misconceptions().stream().map(Misconception::id))
                .toList();
    }

    public static Question withNewConcept(Question q) {
        Rubric r = rubricOf(q);
        Concept fresh = new Concept(freshId("concept", rubricIds(r)), "New concept", Concept.DEFAULT_WEIGHT, false,
                List.of("key phrase"), true);
        return withRubric(q, withConcepts(r, appended(r.concepts(), fresh)));
    }

    public static Question withNewMisconception(Question q) {
        Rubric r = rubricOf(q);
        Misconception fresh = new Misconception(freshId("wrong", rubricIds(r)), "New misconception",
                Misconception.DEFAULT_PENALTY, List.of("wrong phrase"), false);
        return withRubric(q, withMisconceptions(r, appended(r.misconceptions(), fresh)));
    }

    // ---------------------------------------------------------------- validation

    /**
     * Everything the loader would reject in this deck once saved, as {@code field: message} (no file, no line:
     * the lines would be those of JSON the learner never sees). Empty when the deck saves cleanly.
     */
    public static List<String> problems(Deck deck) {
        return DeckValidator.problems(deck).stream().map(DeckEdits::fileFree).collect(Collectors.toList());
    }

    private static String fileFree(DeckProblem p) {
        return p.field().isEmpty() ? p.message() : p.field() + ": " + p.message();
    }
}
