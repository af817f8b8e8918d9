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

    /** The deck's result: overall statistics pool all sample answers of all questions with a rubric. */
    public record Report(String deckId, List<QuestionReport> questions, Agreement overall, List<Disagreement> worst) {

        /** A plain-text report whose last line is {@code overall QWK 0.873}. */
        public String format() {
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
            if (!worst.isEmpty()) {
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

    public static Report run(Deck deck) {
        return run(deck, ScoringPolicy.DEFAULT);
    }

    public static Report run(Deck deck, ScoringPolicy policy) {
        List<QuestionReport> questions = new ArrayList<>();
        List<Integer> allInstructor = new ArrayList<>();
        List<Integer> allEngine = new ArrayList<>();
        List<Disagreement> allDisagreements = new ArrayList<>();
        for (Question question : deck.questions()) {
            if (question.rubric() == null || question.samples().isEmpty()) continue;
            CompiledRubric rubric = Grader.compile(question.rubric(), policy);
            int n = question.samples().size();
            int[] instructor = new int[n];
            int[] engine = new int[n];
            List<Disagreement> disagreements = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                SampleAnswer sample = question.samples().get(i);
                ScoreResult result = rubric.score(sample.answer());
                instructor[i] = sample.grade();
                engine[i] = result.grade();
                if (instructor[i] != engine[i]) {
                    disagreements.add(new Disagreement(question.id(), i, sample.answer(), sample.grade(), result.grade(),
                            result.score()));
                }
            }
            for (int i = 0; i < n; i++) {
                allInstructor.add(instructor[i]);
                allEngine.add(engine[i]);
            }
            allDisagreements.addAll(disagreements);
            questions.add(new QuestionReport(question.id(), Agreement.of(instructor, engine), worst(disagreements),
                    rubric.warnings()));
        }
        if (allInstructor.isEmpty()) throw new IllegalArgumentException("deck " + deck.id() + " has no graded sample answers");
        Agreement overall = Agreement.of(allInstructor.stream().mapToInt(Integer::intValue).toArray(),
                allEngine.stream().mapToInt(Integer::intValue).toArray());
        return new Report(deck.id(), questions, overall, worst(allDisagreements));
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
