package dev.latent.scoring;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.deck.SampleAnswer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Test this question" for a whole deck: scores every instructor-graded sample answer with the rubric and
 * measures how far the engine's grades agree with the instructor's, per question and over the deck.
 */
public final class RubricHarness {

    /** Disagreements listed per question and overall. */
    public static final int WORST_SHOWN = 5;

    private RubricHarness() {
    }

    /**
     * Agreement statistics of one set of grade pairs.
     *
     * @param qwk quadratic weighted kappa, see {@link AgreementMetrics#quadraticWeightedKappa}
     * @param pearson Pearson r of the grades (NaN when one side is constant)
     */
    public record Agreement(int samples, double exact, double withinOne, double qwk, double pearson) {

        static Agreement of(int[] instructor, int[] engine) {
            return new Agreement(instructor.length, AgreementMetrics.agreement(instructor, engine, 0),
                    AgreementMetrics.agreement(instructor, engine, 1),
                    AgreementMetrics.quadraticWeightedKappa(instructor, engine, SampleAnswer.MIN_GRADE, SampleAnswer.MAX_GRADE),
                    AgreementMetrics.pearson(instructor, engine));
        }
    }

    /** A sample answer the engine graded differently from the instructor. */
    public record Disagreement(String questionId, int sampleIndex, String answer, int instructorGrade, int engineGrade,
                               int score) {

        public int gap() {
            return Math.abs(instructorGrade - engineGrade);
        }
    }

    /** One question's result; {@code warnings} lists rubric phrasings that can never match. */
    public record QuestionReport(String questionId, Agreement agreement, List<Disagreement> worst, List<String> warnings) {
    }

    /**
     * The question's own model answer graded by its rubric: it must reach the top grade, or the rubric asks for
     * something the model answer does not give (or reads a misconception into it).
     *
     * @param why what held it back, when it did: the flags and misconceptions of its grading
     * @param warnings the rubric's phrasings that can never earn credit, as compiling it found them (whether or not
     *                 the deck has graded samples to test it on)
     */
    public record ModelAnswerGrade(String questionId, int score, int grade, List<String> why, List<String> warnings) {

        public boolean passes() {
            return grade == SampleAnswer.MAX_GRADE;
        }

        /** "the model answer grades 2 (score 56): a required key idea is missing" */
        public String problem() {
            return "the model answer grades " + grade + " (score " + score + ") by its own rubric"
                    + (why.isEmpty() ? "" : ": " + String.join("; ", why))
                    + "; add phrasings for what it says, or fix the rubric";
        }
    }

    /** Every question with a rubric, its model answer graded and its phrasings checked. */
    public static List<ModelAnswerGrade> modelAnswers(Deck deck) {
        List<ModelAnswerGrade> out = new ArrayList<>();
        for (Question question : deck.questions()) {
            if (question.rubric() == null) continue;
            CompiledRubric rubric = Grader.compile(question);
            ScoreResult result = rubric.score(question.answer().fullText());
            List<String> why = new ArrayList<>();
            for (ScoreFlag flag : result.flags()) why.add(flag.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            for (MisconceptionResult m : result.misconceptions()) why.add("reads the misconception \"" + m.label() + "\"");
            out.add(new ModelAnswerGrade(question.id(), result.score(), result.grade(), why, List.copyOf(rubric.warnings())));
        }
        return out;
    }

    /**
     * The deck's result: overall statistics pool all sample answers of all questions with a rubric;
     * {@code modelAnswers} lists every question's model answer graded by its own rubric.
     */
    public record Report(String deckId, List<QuestionReport> questions, Agreement overall, List<Disagreement> worst,
                         List<ModelAnswerGrade> modelAnswers) {

        /** The model answers that do not reach the top grade: each a rubric to fix. */
        public List<ModelAnswerGrade> failingModelAnswers() {
            return modelAnswers.stream().filter(m -> !m.passes()).toList();
        }

        /** A plain-text report whose last line is {@code overall QWK 0.873}. */
        public String format() {
            return format(true);
        }

        /**
         * The report; without answers, the figures, warnings and errors only, never an answer's words: for answer
         * sets a grader must never be tuned on, whose disagreements nobody should read.
         */
        public String format(boolean withAnswers) {
            StringBuilder out = new StringBuilder();
            out.append("Rubric test: deck ").append(deckId).append('\n');
            out.append(String.format(Locale.ROOT, "%-22s %4s %7s %7s %7s %7s%n", "question", "n", "exact", "±1", "QWK", "r"));
            for (QuestionReport question : questions) {
                out.append(row(question.questionId(), question.agreement()));
            }
            out.append(row("overall", overall));
            for (QuestionReport question : questions) {
                for (String warning : question.warnings()) out.append("warning: ").append(question.questionId())
                        .append(": ").append(warning).append('\n');
            }
            for (ModelAnswerGrade model : failingModelAnswers()) {
                out.append("error: ").append(model.questionId()).append(": ").append(model.problem()).append('\n');
            }
            if (withAnswers && !worst.isEmpty()) {
                out.append("\nWorst disagreements (instructor → engine):\n");
                for (Disagreement d : worst) {
                    out.append(String.format(Locale.ROOT, "  %-18s #%-2d %d → %d (score %3d)  %s%n", d.questionId(),
                            d.sampleIndex() + 1, d.instructorGrade(), d.engineGrade(), d.score(), excerpt(d.answer(), 90)));
                }
            }
            out.append(String.format(Locale.ROOT, "overall QWK %.3f", overall.qwk()));
            return out.toString();
        }

        private static String row(String name, Agreement a) {
            return String.format(Locale.ROOT, "%-22s %4d %6.0f%% %6.0f%% %7s %7s%n", name, a.samples(), 100 * a.exact(),
                    100 * a.withinOne(), number(a.qwk()), number(a.pearson()));
        }

        private static String number(double value) {
            return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
        }
    }

    /**
     * An answer graded by a person, to hold the rubric against.
     *
     * @param questionId the deck question it answers
     * @param index its place among the graded answers to that question (0-based), as shown in reports
     */
    public record GradedAnswer(String questionId, int index, String answer, int grade) {
    }

    public static Report run(Deck deck) {
        return run(deck, ScoringPolicy.DEFAULT);
    }

    /** The deck's own instructor-graded samples. */
    public static Report run(Deck deck, ScoringPolicy policy) {
        List<GradedAnswer> samples = new ArrayList<>();
        for (Question question : deck.questions()) {
            for (int i = 0; i < question.samples().size(); i++) {
                SampleAnswer sample = question.samples().get(i);
                samples.add(new GradedAnswer(question.id(), i, sample.answer(), sample.grade()));
            }
        }
        return run(deck, samples, policy);
    }

    /**
     * Any graded answers to the deck's questions (a blind answer set, a learner's disputed grades), in the deck's
     * question order; answers to questions without a rubric are left out.
     *
     * @throws IllegalArgumentException when an answer names a question the deck does not have, or none can be graded
     */
    public static Report run(Deck deck, List<GradedAnswer> answers, ScoringPolicy policy) {
        for (GradedAnswer answer : answers) {
            if (deck.question(answer.questionId()).isEmpty()) {
                throw new IllegalArgumentException("deck " + deck.id() + " has no question " + answer.questionId());
            }
        }
        List<QuestionReport> questions = new ArrayList<>();
        List<Integer> allInstructor = new ArrayList<>();
        List<Integer> allEngine = new ArrayList<>();
        List<Disagreement> allDisagreements = new ArrayList<>();
        for (Question question : deck.questions()) {
            List<GradedAnswer> mine = answers.stream().filter(a -> a.questionId().equals(question.id())).toList();
            if (question.rubric() == null || mine.isEmpty()) continue;
            CompiledRubric rubric = Grader.compile(question, policy);
            int n = mine.size();
            int[] instructor = new int[n];
            int[] engine = new int[n];
            List<Disagreement> disagreements = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                GradedAnswer graded = mine.get(i);
                ScoreResult result = rubric.score(graded.answer());
                instructor[i] = graded.grade();
                engine[i] = result.grade();
                allInstructor.add(instructor[i]);
                allEngine.add(engine[i]);
                if (instructor[i] != engine[i]) {
                    disagreements.add(new Disagreement(question.id(), graded.index(), graded.answer(), graded.grade(),
                            result.grade(), result.score()));
                }
            }
            allDisagreements.addAll(disagreements);
            questions.add(new QuestionReport(question.id(), Agreement.of(instructor, engine), worst(disagreements),
                    rubric.warnings()));
        }
        if (allInstructor.isEmpty()) throw new IllegalArgumentException("deck " + deck.id() + " has no graded answers to test");
        Agreement overall = Agreement.of(allInstructor.stream().mapToInt(Integer::intValue).toArray(),
                allEngine.stream().mapToInt(Integer::intValue).toArray());
        return new Report(deck.id(), questions, overall, worst(allDisagreements), modelAnswers(deck));
    }

    private static List<Disagreement> worst(List<Disagreement> disagreements) {
        return disagreements.stream()
                .sorted(Comparator.comparingInt(Disagreement::gap).reversed())
                .limit(WORST_SHOWN)
                .toList();
    }

    static String excerpt(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
