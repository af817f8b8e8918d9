package dev.latent.eval;

import dev.latent.scoring.draft.AnswerFeatures;
import dev.latent.scoring.draft.DraftedRubric;
import dev.latent.scoring.draft.BoostedTrees;
import dev.latent.scoring.draft.Classifier;
import dev.latent.scoring.draft.LogisticModel;
import dev.latent.scoring.draft.LogisticModelFit;
import dev.latent.scoring.draft.BoostedTreesFit;
import dev.latent.scoring.draft.ReferenceModel;
import dev.latent.scoring.draft.RubricDrafter;

import dev.latent.scoring.draft.ExampleFeatures;
import dev.latent.scoring.draft.ReferenceGrade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the {@link ReferenceModel} on SemEval rows. Every choice (the L2 penalty of each model and the
 * binary threshold) is made by cross-validation inside the train split, with folds by question so that
 * a fold's questions are unseen by the model scoring them. {@link #fit} refuses any row that is not from
 * the train split: the test splits cannot reach the fitting code.
 */
final class SemEvalFit {

    static final int FOLDS = 5;
    static final double[] L2_GRID = {1e-3, 1e-2, 1e-1};
    static final int ITERATIONS = 25;
    /** Least likeness of reference answers for a question to lend its labelled answers (term Jaccard). */
    static final double SIMILAR_REFERENCE = 0.3;
    static final int[] ROUND_CHECKPOINTS = {100, 200, 400};
    static final List<BoostedTrees.Settings> TREE_GRID = List.of(
            new BoostedTrees.Settings(400, 2, 0.05, 1.0, 5, 32),
            new BoostedTrees.Settings(400, 4, 0.05, 1.0, 5, 32),
            new BoostedTrees.Settings(400, 5, 0.02, 5.0, 20, 32));

    /** A row with its features, computed once. */
    record Example(SemEvalRow row, double[] features) {

        int binaryLabel() {
            return row.label2().equals("correct") ? 1 : 0;
        }

        int threeWayLabel() {
            int index = ReferenceModel.THREE_WAY_CLASSES.indexOf(row.label3());
            if (index < 0) throw new IllegalArgumentException("unknown label " + row.label3());
            return index;
        }
    }

    /** A model family with its settings: one candidate of the cross-validated choice. */
    sealed interface Candidate permits Logistic, Trees, Blended {
        String describe();
    }

    record Logistic(double l2) implements Candidate {
        public String describe() {
            return "logistic regression, L2 = " + l2;
        }
    }

    /** Boosted trees read after {@code rounds} rounds of a fit with {@code settings}. */
    record Trees(BoostedTrees.Settings settings, int rounds) implements Candidate {
        public String describe() {
            return "boosted trees, " + rounds + " rounds of depth " + settings.depth() + ", learning rate "
                    + settings.learningRate() + ", L2 " + settings.lambda() + ", min child weight "
                    + settings.minChildWeight();
        }

        BoostedTrees.Settings final_() {
            return new BoostedTrees.Settings(rounds, settings.depth(), settings.learningRate(), settings.lambda(),
                    settings.minChildWeight(), settings.bins());
        }
    }

    /** The mean of a logistic model's and boosted trees' probabilities. */
    record Blended(Logistic logistic, Trees trees) implements Candidate {
        public String describe() {
            return "mean of " + logistic.describe() + " and " + trees.describe();
        }
    }

    /** What the fit chose and how it did out of fold, for the report. */
    record Choices(Candidate binaryModel, Candidate threeWayModel, double threshold, double[] threeWayOffsets,
                   double oofBinaryF1, double oofThreeWayF1, List<String> table) {
    }

    /** The fitted model, its choices, and the chosen candidates' out-of-fold predictions (train row order). */
    record Fitted(ReferenceModel model, Choices choices, int[] oofBinary, int[] oofThreeWay) {
    }

    private SemEvalFit() {
    }

    /** Features for every row, drafting one rubric per distinct (reference, question). */
    static List<Example> featurize(List<SemEvalRow> rows) {
        Map<String, DraftedRubric> drafts = new HashMap<>();
        return rows.stream().map(row -> {
            DraftedRubric draft = drafts.computeIfAbsent(row.reference() + "\u0000" + row.question(),
                    key -> RubricDrafter.prepare(row.reference(), row.question()));
            return new Example(row, AnswerFeatures.of(draft, row.answer()));
        }).toList();
    }

    /** The reference-only model: folds by question, so each fold's questions are unseen by its model. */
    static Fitted fit(List<Example> train) {
        return fit(train, AnswerFeatures.NAMES, e -> e.row().questionId());
    }

    /**
     * Fits on train rows only, choosing penalties and threshold by cross-validation with folds grouped by
     * {@code group} (a row's question, or its answer id when the model may have seen the question).
     */
    static Fitted fit(List<Example> train, List<String> featureNames, java.util.function.Function<Example, String> group) {
        return fit(train, featureNames, group, TREE_GRID);
    }

    /** As above, trying boosted trees with each of {@code treeGrid} (none: logistic regression only). */
    static Fitted fit(List<Example> train, List<String> featureNames, java.util.function.Function<Example, String> group,
                      List<BoostedTrees.Settings> treeGrid) {
        for (Example example : train) {
            if (!example.row().isTrain()) {
                throw new IllegalArgumentException("fitting on a " + example.row().split() + " row: "
                        + example.row().answerId() + "; only train rows may be used");
            }
        }
        double[][] x = train.stream().map(Example::features).toArray(double[][]::new);
        int[] y2 = train.stream().mapToInt(Example::binaryLabel).toArray();
        int[] y3 = train.stream().mapToInt(Example::threeWayLabel).toArray();
        int[] fold = train.stream().mapToInt(e -> Math.floorMod(group.apply(e).hashCode(), FOLDS)).toArray();

        List<String> table = new ArrayList<>();
        Map<Candidate, double[][]> binaryOof = outOfFold(x, y2, fold, ReferenceModel.BINARY_CLASSES, false, treeGrid);
        double bestBinaryF1 = -1, threshold = 0.5;
        Candidate binaryChoice = null;
        for (Map.Entry<Candidate, double[][]> entry : binaryOof.entrySet()) {
            double[] p = Arrays.stream(entry.getValue()).mapToDouble(row -> row[1]).toArray();
            double[] best = bestThreshold(y2, p);
            table.add("2-way | " + entry.getKey().describe() + " | " + String.format(java.util.Locale.ROOT, "%.3f", best[1]));
            if (best[1] > bestBinaryF1 + 1e-12) {
                bestBinaryF1 = best[1];
                binaryChoice = entry.getKey();
                threshold = best[0];
            }
        }
        Map<Candidate, double[][]> threeWayOof = outOfFold(x, y3, fold, ReferenceModel.THREE_WAY_CLASSES, true, treeGrid);
        double bestThreeWayF1 = -1;
        Candidate threeWayChoice = null;
        double[] offsets = new double[3];
        for (Map.Entry<Candidate, double[][]> entry : threeWayOof.entrySet()) {
            double[] best = bestOffsets(y3, entry.getValue());
            table.add("3-way | " + entry.getKey().describe() + " | " + String.format(java.util.Locale.ROOT, "%.3f", best[2]));
            if (best[2] > bestThreeWayF1 + 1e-12) {
                bestThreeWayF1 = best[2];
                threeWayChoice = entry.getKey();
                offsets = new double[]{0, best[0], best[1]};
            }
        }
        Classifier binary = train(binaryChoice, ReferenceModel.BINARY_CLASSES, x, y2, null);
        Classifier threeWay = withOffsets(train(threeWayChoice, ReferenceModel.THREE_WAY_CLASSES, x, y3,
                LogisticModelFit.balancedWeights(y3, 3)), offsets);
        int[] oofBinary = new int[x.length];
        int[] oofThreeWay = new int[x.length];
        double[][] binaryP = binaryOof.get(binaryChoice);
        double[][] threeWayP = threeWayOof.get(threeWayChoice);
        for (int i = 0; i < x.length; i++) {
            oofBinary[i] = binaryP[i][1] >= threshold ? 1 : 0;
            oofThreeWay[i] = argmax(threeWayP[i], offsets);
        }
        return new Fitted(new ReferenceModel(featureNames, binary, threshold, threeWay),
                new Choices(binaryChoice, threeWayChoice, threshold, offsets, bestBinaryF1, bestThreeWayF1, table),
                oofBinary, oofThreeWay);
    }

    private static int argmax(double[] p, double[] offsets) {
        int top = 0;
        double topScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < p.length; k++) {
            double score = Math.log(Math.max(1e-300, p[k])) + offsets[k];
            if (score > topScore) {
                topScore = score;
                top = k;
            }
        }
        return top;
    }

    private static Classifier train(Candidate candidate, List<String> classes, double[][] x, int[] y, double[] weights) {
        if (candidate instanceof Blended blended) {
            return new dev.latent.scoring.draft.Blend(List.of(train(blended.logistic(), classes, x, y, weights),
                    train(blended.trees(), classes, x, y, weights)), new double[classes.size()]);
        }
        if (candidate instanceof Logistic logistic) return LogisticModelFit.fit(classes, x, y, weights, logistic.l2(), ITERATIONS);
        Trees trees = (Trees) candidate;
        return BoostedTreesFit.fit(classes, x, y, weights, trees.final_());
    }

    /** The chosen log-offsets go into the scores, so the stored model predicts with them. */
    private static Classifier withOffsets(Classifier model, double[] offsets) {
        if (model instanceof dev.latent.scoring.draft.Blend blend) return new dev.latent.scoring.draft.Blend(blend.members(), offsets);
        if (model instanceof LogisticModel m) {
            double[][] weights = new double[3][];
            for (int k = 0; k < 3; k++) {
                weights[k] = m.weights()[k].clone();
                weights[k][0] += offsets[k];
            }
            return new LogisticModel(m.classes(), m.mean(), m.scale(), weights);
        }
        BoostedTrees t = (BoostedTrees) model;
        double[] base = t.base().clone();
        for (int k = 0; k < 3; k++) base[k] += offsets[k];
        return new BoostedTrees(t.classes(), t.features(), base, t.trees());
    }

    /** Out-of-fold class probabilities of every row, for every candidate. */
    private static Map<Candidate, double[][]> outOfFold(double[][] x, int[] y, int[] fold, List<String> classes,
                                                        boolean balanced, List<BoostedTrees.Settings> treeGrid) {
        Map<Candidate, double[][]> out = new java.util.LinkedHashMap<>();
        for (double l2 : L2_GRID) out.put(new Logistic(l2), new double[x.length][]);
        for (BoostedTrees.Settings settings : treeGrid) {
            for (int rounds : ROUND_CHECKPOINTS) out.put(new Trees(settings, rounds), new double[x.length][]);
        }
        for (int f = 0; f < FOLDS; f++) {
            Split split = split(x, y, fold, f);
            double[] weights = balanced ? LogisticModelFit.balancedWeights(split.y, classes.size()) : null;
            for (double l2 : L2_GRID) {
                LogisticModel model = LogisticModelFit.fit(classes, split.x, split.y, weights, l2, ITERATIONS);
                double[][] target = out.get(new Logistic(l2));
                for (int i = 0; i < x.length; i++) if (fold[i] == f) target[i] = model.probabilities(x[i]);
            }
            for (BoostedTrees.Settings settings : treeGrid) {
                BoostedTrees model = BoostedTreesFit.fit(classes, split.x, split.y, weights, settings);
                for (int rounds : ROUND_CHECKPOINTS) {
                    double[][] target = out.get(new Trees(settings, rounds));
                    for (int i = 0; i < x.length; i++) if (fold[i] == f) target[i] = model.probabilities(x[i], rounds);
                }
            }
        }
        // Blends of each logistic candidate with each tree candidate: their out-of-fold means, no refit needed.
        Map<Candidate, double[][]> blends = new java.util.LinkedHashMap<>();
        for (Map.Entry<Candidate, double[][]> l : out.entrySet()) {
            if (!(l.getKey() instanceof Logistic logistic)) continue;
            for (Map.Entry<Candidate, double[][]> t : out.entrySet()) {
                if (!(t.getKey() instanceof Trees trees)) continue;
                double[][] mean = new double[x.length][classes.size()];
                for (int i = 0; i < x.length; i++) {
                    for (int k = 0; k < classes.size(); k++) mean[i][k] = 0.5 * (l.getValue()[i][k] + t.getValue()[i][k]);
                }
                blends.put(new Blended(logistic, trees), mean);
            }
        }
        out.putAll(blends);
        return out;
    }

    /**
     * The previous model, for comparison: logistic regression on the first {@code count} features
     * ({@link AnswerFeatures#NAMES} only ever grows at its end), chosen the same way.
     */
    static Fitted fitBaseline(List<Example> train, int count) {
        List<Example> cut = train.stream().map(e -> new Example(e.row(), Arrays.copyOf(e.features(), count))).toList();
        return fit(cut, AnswerFeatures.NAMES.subList(0, count), e -> e.row().questionId(), List.of());
    }

    /**
     * The rows with {@link ExampleFeatures} appended: each row compared with the labelled answers to its
     * question in {@code labelled} other than itself. Every labelled answer must be a train row.
     */
    static List<Example> withExamples(List<Example> rows, List<Example> labelled) {
        Map<String, List<Example>> byQuestion = new HashMap<>();
        Map<String, ExampleFeatures.Example> analysed = new HashMap<>();
        for (Example example : labelled) {
            if (!example.row().isTrain()) {
                throw new IllegalArgumentException("labelled answers must come from train: " + example.row().answerId());
            }
            byQuestion.computeIfAbsent(example.row().questionId(), q -> new ArrayList<>()).add(example);
            analysed.put(example.row().answerId(), new ExampleFeatures.Example(example.row().answer(),
                    ReferenceGrade.Verdict.values()[example.threeWayLabel()]));
        }
        List<Example> out = new ArrayList<>(rows.size());
        for (Example example : rows) {
            List<ExampleFeatures.Example> others = new ArrayList<>();
            for (Example other : byQuestion.getOrDefault(example.row().questionId(), List.of())) {
                if (!other.row().answerId().equals(example.row().answerId())) others.add(analysed.get(other.row().answerId()));
            }
            if (others.isEmpty()) continue;
            double[] extra = ExampleFeatures.of(others, example.row().answer());
            double[] features = Arrays.copyOf(example.features(), example.features().length + extra.length);
            System.arraycopy(extra, 0, features, example.features().length, extra.length);
            out.add(new Example(example.row(), features));
        }
        return out;
    }

    /**
     * The rows with {@link ExampleFeatures} against the labelled answers to <em>other</em> questions whose
     * reference answers are alike ({@link ExampleFeatures#referenceSimilarity} at least
     * {@link #SIMILAR_REFERENCE}), each weighted by that likeness, and the best likeness found. A row's own
     * question never lends its answers, so train rows see what a test row of an unseen question sees.
     * Every labelled answer must be a train row; rows without a similar question keep zeros.
     */
    static List<Example> withSimilarQuestions(List<Example> rows, List<Example> labelled) {
        Map<String, List<ExampleFeatures.Example>> answersByQuestion = new java.util.LinkedHashMap<>();
        Map<String, String> referenceOf = new HashMap<>();
        for (Example example : labelled) {
            if (!example.row().isTrain()) {
                throw new IllegalArgumentException("labelled answers must come from train: " + example.row().answerId());
            }
            answersByQuestion.computeIfAbsent(example.row().questionId(), q -> new ArrayList<>())
                    .add(new ExampleFeatures.Example(example.row().answer(),
                            ReferenceGrade.Verdict.values()[example.threeWayLabel()]));
            referenceOf.putIfAbsent(example.row().questionId(), example.row().reference());
        }
        record Pool(List<ExampleFeatures.Example> answers, double bestSimilarity) {
        }
        Map<String, Pool> pools = new HashMap<>();
        List<Example> out = new ArrayList<>(rows.size());
        for (Example example : rows) {
            Pool pool = pools.computeIfAbsent(example.row().questionId() + "\u0000" + example.row().reference(), key -> {
                List<ExampleFeatures.Example> answers = new ArrayList<>();
                double best = 0;
                for (Map.Entry<String, List<ExampleFeatures.Example>> question : answersByQuestion.entrySet()) {
                    if (question.getKey().equals(example.row().questionId())) continue;
                    double similarity = ExampleFeatures.referenceSimilarity(example.row().reference(),
                            referenceOf.get(question.getKey()));
                    if (similarity < SIMILAR_REFERENCE) continue;
                    best = Math.max(best, similarity);
                    for (ExampleFeatures.Example answer : question.getValue()) answers.add(answer.weighted(similarity));
                }
                return new Pool(answers, best);
            });
            double[] extra = pool.answers().isEmpty() ? new double[ExampleFeatures.NAMES.size()]
                    : ExampleFeatures.of(pool.answers(), example.row().answer());
            double[] features = Arrays.copyOf(example.features(), example.features().length + extra.length + 1);
            System.arraycopy(extra, 0, features, example.features().length, extra.length);
            features[features.length - 1] = pool.bestSimilarity();
            out.add(new Example(example.row(), features));
        }
        return out;
    }

    static List<String> withSimilarQuestionNames() {
        List<String> names = new ArrayList<>(AnswerFeatures.NAMES);
        for (String name : ExampleFeatures.NAMES) names.add("similar_question_" + name);
        names.add("best_reference_similarity");
        return names;
    }

    static List<String> withExampleNames() {
        List<String> names = new ArrayList<>(AnswerFeatures.NAMES);
        names.addAll(ExampleFeatures.NAMES);
        return names;
    }

    private record Split(double[][] x, int[] y) {
    }

    private static Split split(double[][] x, int[] y, int[] fold, int held) {
        int n = 0;
        for (int value : fold) if (value != held) n++;
        double[][] sx = new double[n][];
        int[] sy = new int[n];
        int at = 0;
        for (int i = 0; i < x.length; i++) {
            if (fold[i] == held) continue;
            sx[at] = x[i];
            sy[at++] = y[i];
        }
        return new Split(sx, sy);
    }

    /**
     * {contradictory offset, incorrect offset, macro-F1}: the log-offsets in -1.0, -0.9, ... 1.0 added to
     * those classes' log-probabilities (correct's stays 0) that maximise three-way macro-F1 under argmax.
     */
    static double[] bestOffsets(int[] gold, double[][] p) {
        double best = -1, bestContradictory = 0, bestIncorrect = 0;
        int[] predicted = new int[gold.length];
        for (int a = -10; a <= 10; a++) {
            for (int b = -10; b <= 10; b++) {
                double[] offset = {0, a / 10.0, b / 10.0};
                for (int i = 0; i < gold.length; i++) {
                    int top = 0;
                    double topScore = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k < 3; k++) {
                        double score = Math.log(Math.max(1e-300, p[i][k])) + offset[k];
                        if (score > topScore) {
                            topScore = score;
                            top = k;
                        }
                    }
                    predicted[i] = top;
                }
                double f1 = Metrics.macroF1(gold, predicted, 3);
                if (f1 > best + 1e-12) { // strictly better: ties keep the first in this fixed order
                    best = f1;
                    bestContradictory = a / 10.0;
                    bestIncorrect = b / 10.0;
                }
            }
        }
        return new double[]{bestContradictory, bestIncorrect, best};
    }

    /** {threshold, macro-F1} maximising binary macro-F1 over thresholds 0.05, 0.06, ... 0.95. */
    static double[] bestThreshold(int[] gold, double[] p) {
        double best = -1, at = 0.5;
        for (int step = 5; step <= 95; step++) {
            double t = step / 100.0;
            int[] predicted = new int[p.length];
            for (int i = 0; i < p.length; i++) predicted[i] = p[i] >= t ? 1 : 0;
            double f1 = Metrics.macroF1(gold, predicted, 2);
            if (f1 > best) {
                best = f1;
                at = t;
            }
        }
        return new double[]{at, best};
    }
}
