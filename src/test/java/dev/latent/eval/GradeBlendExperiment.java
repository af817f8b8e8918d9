package dev.latent.eval;

import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.Question;
import dev.latent.interchange.TsvTable;
import dev.latent.scoring.AgreementMetrics;
import dev.latent.scoring.CompiledRubric;
import dev.latent.scoring.ConceptStatus;
import dev.latent.scoring.Grader;
import dev.latent.scoring.ScoreFlag;
import dev.latent.scoring.ScoreResult;
import dev.latent.scoring.analysis.AnalyzedTerms;
import dev.latent.scoring.draft.LogisticModelFit;
import dev.latent.scoring.analysis.AnswerAnalyzer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Would the grade agree with people better if a few numbers were fitted to graded answers the rubrics were never
 * written from? Three candidates, each judged by leaving one writer out at a time: grade bands fitted alone; the
 * full-credit share and curve with their bands; a second opinion (ridge regression over the rubric's result and
 * looser overlap with the model answer and the deck's samples). Run on the calibration set
 * ({@code eval/calibration-set}, argument) or the dev set (default). Not a test; run its main with the test class
 * path. Never run on the blind sets.
 */
public final class GradeBlendExperiment {

    record Row(String questionId, String answer, int grade, String writer) {
    }

    private static final AnswerAnalyzer ANALYZER = new AnswerAnalyzer();

    public static void main(String[] args) throws Exception {
        Deck deck = DeckLoader.load(Path.of("questions/autoencoders-gans.json"));
        List<Row> dev = read(Path.of(args.length > 0 ? args[0] : "eval/dev-set/answers.tsv"));
        Map<String, CompiledRubric> rubrics = new HashMap<>();
        for (Question q : deck.questions()) rubrics.put(q.id(), Grader.compile(q));

        double[][] x = new double[dev.size()][];
        int[] y = new int[dev.size()];
        int[] engine = new int[dev.size()];
        for (int i = 0; i < dev.size(); i++) {
            Row row = dev.get(i);
            Question q = deck.question(row.questionId()).orElseThrow();
            ScoreResult r = rubrics.get(q.id()).score(row.answer());
            x[i] = features(q, r, row.answer());
            y[i] = row.grade();
            engine[i] = r.grade();
        }
        report("engine", y, engine);
        int[] scores = new int[dev.size()];
        for (int i = 0; i < dev.size(); i++) scores[i] = encode((int) Math.round(x[i][2] * 100), (int) Math.round(x[i][1] * 100));
        int[] banded = new int[dev.size()];
        for (String held : writersOf(dev)) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < dev.size(); i++) if (!dev.get(i).writer().equals(held)) train.add(i);
            dev.latent.scoring.GradeBands bands = bestBands(train, scores, y);
            System.out.println("  bands without " + held + ": " + bands);
            for (int i = 0; i < dev.size(); i++) if (dev.get(i).writer().equals(held)) banded[i] = gradeOf(bands, scores[i]);
        }
        report("bands fitted (held out)", y, banded);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < dev.size(); i++) all.add(i);
        System.out.println("bands fitted on all: " + bestBands(all, scores, y));
        Set<String> writers = new LinkedHashSet<>();
        for (Row r : dev) writers.add(r.writer());
        for (double lambda : new double[]{0.1, 1, 10}) {
            for (String mode : List.of("free", "within1")) {
                int[] predicted = new int[dev.size()];
                for (String held : writers) {
                    List<double[]> tx = new ArrayList<>();
                    List<Integer> ty = new ArrayList<>();
                    for (int i = 0; i < dev.size(); i++) {
                        if (!dev.get(i).writer().equals(held)) {
                            tx.add(x[i]);
                            ty.add(y[i]);
                        }
                    }
                    double[] w = ridge(tx, ty, lambda);
                    for (int i = 0; i < dev.size(); i++) {
                        if (!dev.get(i).writer().equals(held)) continue;
                        double p = dot(w, x[i]);
                        int g = (int) Math.round(Math.max(0, Math.min(4, p)));
                        if (mode.equals("within1")) g = Math.max(engine[i] - 1, Math.min(engine[i] + 1, g));
                        predicted[i] = g;
                    }
                }
                report("blend λ=" + lambda + " " + mode, y, predicted);
            }
        }
        policyFit(deck, dev, y);
        double[] w = ridge(java.util.Arrays.stream(x).toList(), java.util.Arrays.stream(y).boxed().toList(), 1);
        System.out.println("weights (all dev, λ=1): " + java.util.Arrays.toString(w));
    }

    /** Full-credit share and curve with their best bands, chosen without the held-out writer. */
    static void policyFit(Deck deck, List<Row> rows, int[] y) {
        record Variant(double share, double curve, int[] scores) {
        }
        List<Variant> variants = new ArrayList<>();
        for (double share : new double[]{0.6, 0.65, 0.7, 0.75, 0.8}) {
            for (double curve : new double[]{0.7, 0.8, 0.9, 1.0}) {
                var base = dev.latent.scoring.ScoringPolicy.DEFAULT;
                var policy = new dev.latent.scoring.ScoringPolicy(base.gradeBands(), base.requiredMissingMaxGrade(),
                        base.keywordListMaxGrade(), base.contradictionMaxGrade(), base.misconceptionMaxGrade(),
                        base.phraseGap(), base.negationScope(), share, curve, base.stemming());
                Map<String, CompiledRubric> rubrics = new HashMap<>();
                int[] scores = new int[rows.size()];
                for (int i = 0; i < rows.size(); i++) {
                    Question q = deck.question(rows.get(i).questionId()).orElseThrow();
                    // caps are applied to the score through the default bands' maxScoreFor; refit bands on the capped score
                    var r = rubrics.computeIfAbsent(q.id(), id -> Grader.compile(q, policy)).score(rows.get(i).answer());
                    scores[i] = encode(r.uncappedScore(), r.score());
                }
                variants.add(new Variant(share, curve, scores));
            }
        }
        int[] predicted = new int[rows.size()];
        for (String held : writersOf(rows)) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) if (!rows.get(i).writer().equals(held)) train.add(i);
            double bestFit = -1;
            Variant best = null;
            dev.latent.scoring.GradeBands bestBands = null;
            for (Variant v : variants) {
                var bands = bestBands(train, v.scores(), y);
                int[] gold = train.stream().mapToInt(i -> y[i]).toArray();
                int[] p = train.stream().mapToInt(i -> gradeOf(bands, v.scores()[i])).toArray();
                double fit = AgreementMetrics.quadraticWeightedKappa(gold, p, 0, 4) + 0.5 * AgreementMetrics.agreement(gold, p, 1);
                if (fit > bestFit) {
                    bestFit = fit;
                    best = v;
                    bestBands = bands;
                }
            }
            System.out.printf(Locale.ROOT, "  without %s: share %.2f curve %.1f %s%n", held, best.share(), best.curve(), bestBands);
            for (int i = 0; i < rows.size(); i++) if (rows.get(i).writer().equals(held)) predicted[i] = gradeOf(bestBands, best.scores()[i]);
        }
        report("share+curve+bands (held out)", y, predicted);
    }

    /** An answer's uncapped score and the highest grade its caps allow, in one int. */
    static int encode(int uncapped, int capped) {
        int capGrade = capped < uncapped ? dev.latent.scoring.GradeBands.DEFAULT.gradeOf(capped) : 4;
        return uncapped * 10 + capGrade;
    }

    static int gradeOf(dev.latent.scoring.GradeBands bands, int encoded) {
        return Math.min(bands.gradeOf(encoded / 10), encoded % 10);
    }

    static Set<String> writersOf(List<Row> rows) {
        Set<String> writers = new LinkedHashSet<>();
        for (Row r : rows) writers.add(r.writer());
        return writers;
    }

    /** The grade bands (steps of 5) that agree best with the grades: QWK first, then within one. */
    static dev.latent.scoring.GradeBands bestBands(List<Integer> rows, int[] scores, int[] grades) {
        dev.latent.scoring.GradeBands best = null;
        double bestFit = -1;
        int[] gold = rows.stream().mapToInt(i -> grades[i]).toArray();
        int[] predicted = new int[gold.length];
        for (int a = 5; a <= 50; a += 5) {
            for (int b = a + 5; b <= 75; b += 5) {
                for (int c = b + 5; c <= 90; c += 5) {
                    for (int d = c + 5; d <= 100; d += 5) {
                        var bands = new dev.latent.scoring.GradeBands(a, b, c, d);
                        for (int k = 0; k < gold.length; k++) predicted[k] = gradeOf(bands, scores[rows.get(k)]);
                        double fit = AgreementMetrics.quadraticWeightedKappa(gold, predicted, 0, 4)
                                + 0.5 * AgreementMetrics.agreement(gold, predicted, 1);
                        if (fit > bestFit + 1e-12) {
                            bestFit = fit;
                            best = bands;
                        }
                    }
                }
            }
        }
        return best;
    }

    static void report(String name, int[] gold, int[] predicted) {
        System.out.printf(Locale.ROOT, "%-26s QWK %.3f exact %4.1f%% within one %4.1f%%%n", name,
                AgreementMetrics.quadraticWeightedKappa(gold, predicted, 0, 4),
                100 * AgreementMetrics.agreement(gold, predicted, 0), 100 * AgreementMetrics.agreement(gold, predicted, 1));
    }

    /** Features of one graded answer: the rubric's verdict and how much of the model answer's wording it shares. */
    static double[] features(Question q, ScoreResult r, String answer) {
        List<String> answerTerms = terms(answer);
        Set<String> answerSet = new HashSet<>(answerTerms);
        Set<String> modelTerms = new HashSet<>(terms(q.answer().fullText()));
        Set<String> promptTerms = new HashSet<>(terms(q.prompt()));
        Set<String> modelOnly = new HashSet<>(modelTerms);
        modelOnly.removeAll(promptTerms);
        double modelRecall = modelOnly.isEmpty() ? 0 : modelOnly.stream().filter(answerSet::contains).count() / (double) modelOnly.size();
        double onTopic = answerTerms.isEmpty() ? 0 : answerTerms.stream()
                .filter(t -> modelTerms.contains(t) || promptTerms.contains(t)).count() / (double) answerTerms.size();
        double length = Math.log1p(answerTerms.size());
        double requiredMissed = r.concepts().stream().filter(c -> c.required() && c.status() != ConceptStatus.HIT).count();
        double requiredAll = Math.max(1, r.concepts().stream().filter(c -> c.required()).count());
        double sampleGrade = nearestSampleGrade(q, answerSet);
        return new double[]{1, r.score() / 100.0, r.uncappedScore() / 100.0, r.grade(), requiredMissed / requiredAll,
                r.misconceptions().isEmpty() ? 0 : 1, r.has(ScoreFlag.CONTRADICTION) ? 1 : 0,
                modelRecall, onTopic, length, answerTerms.isEmpty() ? 1 : 0, sampleGrade};
    }

    static double nearestSampleGrade(Question q, Set<String> answer) {
        double weighted = 0, total = 0;
        for (var s : q.samples()) {
            Set<String> st = new HashSet<>(terms(s.answer()));
            Set<String> union = new HashSet<>(st);
            union.addAll(answer);
            st.retainAll(answer);
            double jaccard = union.isEmpty() ? 0 : st.size() / (double) union.size();
            double k = Math.pow(jaccard, 3);
            weighted += k * s.grade();
            total += k;
        }
        return total == 0 ? 0 : weighted / total;
    }

    static List<String> terms(String text) {
        return AnalyzedTerms.of(ANALYZER, text);
    }

    /** Ridge regression by its normal equations; the intercept (column 0) is not shrunk. */
    static double[] ridge(List<double[]> x, List<Integer> y, double lambda) {
        int d = x.get(0).length;
        double[][] a = new double[d][d];
        double[] b = new double[d];
        for (int n = 0; n < x.size(); n++) {
            double[] xi = x.get(n);
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) a[i][j] += xi[i] * xi[j];
                b[i] += xi[i] * y.get(n);
            }
        }
        for (int i = 1; i < d; i++) a[i][i] += lambda;
        return LogisticModelFit.solve(a, b);
    }

    static double dot(double[] w, double[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) s += w[i] * x[i];
        return s;
    }

    static List<Row> read(Path file) throws IOException, TsvTable.TsvException {
        TsvTable.Table table = TsvTable.parse(TsvTable.readFile(file));
        int q = table.column("question"), a = table.column("answer"), g = table.column("grade"), w = table.column("writer");
        List<Row> rows = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            rows.add(new Row(row.cells().get(q), row.cells().get(a), Integer.parseInt(row.cells().get(g).strip()),
                    w < 0 ? "" : row.cells().get(w)));
        }
        return rows;
    }

    private GradeBlendExperiment() {
    }
}
