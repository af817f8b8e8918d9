package dev.latent.eval;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.deck.json.DeckLoader;
import dev.latent.scoring.draft.DraftedRubric;
import dev.latent.scoring.draft.ReferenceGrade;
import dev.latent.scoring.draft.ReferenceGrader;
import dev.latent.scoring.draft.RubricDrafter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reference mode ({@code grade --batch} with a {@code reference} column) on the 0-4 scale: how well do the trained
 * model's probability and the drafted rubric's coverage order answers, with thresholds fitted leaving one question
 * out at a time (the nearest thing here to questions the grader has never seen)? Not a test; run its main with the
 * test class path. Never on the blind sets.
 */
public final class ReferenceModeExperiment {

    public static void main(String[] args) throws Exception {
        Deck deck = DeckLoader.load(Path.of("questions/autoencoders-gans.json"));
        List<GradeBlendExperiment.Row> rows = new ArrayList<>(GradeBlendExperiment.read(Path.of("eval/dev-set/answers.tsv")));
        rows.addAll(GradeBlendExperiment.read(Path.of("eval/calibration-set/answers.tsv")));
        ReferenceGrader grader = ReferenceGrader.bundled();
        Map<String, DraftedRubric> drafts = new HashMap<>();
        int n = rows.size();
        int[] human = new int[n], shipped = new int[n], pScore = new int[n], coverage = new int[n];
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            var row = rows.get(i);
            Question q = deck.question(row.questionId()).orElseThrow();
            DraftedRubric draft = drafts.computeIfAbsent(q.id(), id -> RubricDrafter.prepare(q.answer().fullText(), q.prompt()));
            ReferenceGrade g = grader.grade(draft, row.answer());
            human[i] = row.grade();
            shipped[i] = g.grade();
            pScore[i] = (int) Math.round(100 * g.pCorrect());
            var r = g.rubricResult();
            double[] f = dev.latent.scoring.draft.AnswerFeatures.of(draft, row.answer());
            x[i] = new double[f.length + 4];
            x[i][0] = 1;
            x[i][1] = g.pCorrect();
            x[i][2] = g.pThreeWayCorrect();
            x[i][3] = g.pContradictory();
            System.arraycopy(f, 0, x[i], 4, f.length);
            coverage[i] = r.possible() <= 0 ? 0 : (int) Math.round(100 * Math.max(0, r.earned() - r.penalty()) / r.possible());
        }
        GradeBlendExperiment.report("shipped", human, shipped);
        for (double lambda : new double[]{1, 10, 100}) {
            int[] predicted = new int[n];
            for (Question held : deck.questions()) {
                List<double[]> tx = new ArrayList<>();
                List<Integer> ty = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (rows.get(i).questionId().equals(held.id())) continue;
                    tx.add(x[i]);
                    ty.add(human[i]);
                }
                double[] w = GradeBlendExperiment.ridge(tx, ty, lambda);
                for (int i = 0; i < n; i++) {
                    if (!rows.get(i).questionId().equals(held.id())) continue;
                    predicted[i] = (int) Math.round(Math.max(0, Math.min(4, GradeBlendExperiment.dot(w, x[i]))));
                }
            }
            GradeBlendExperiment.report("ridge λ=" + lambda + ", question held out", human, predicted);
        }
        for (var entry : List.of(Map.entry("pCorrect", pScore), Map.entry("coverage", coverage))) { // in this order, run after run
            int[] predicted = new int[n];
            for (Question held : deck.questions()) {
                List<Integer> train = new ArrayList<>();
                for (int i = 0; i < n; i++) if (!rows.get(i).questionId().equals(held.id())) train.add(i);
                int[] encoded = new int[n];
                for (int i = 0; i < n; i++) encoded[i] = GradeBlendExperiment.encode(entry.getValue()[i], entry.getValue()[i]); // no cap
                var bands = GradeBlendExperiment.bestBands(train, encoded, human);
                System.out.printf(Locale.ROOT, "  %s without %s: %s%n", entry.getKey(), held.id(), bands);
                for (int i = 0; i < n; i++) if (rows.get(i).questionId().equals(held.id())) predicted[i] = bands.gradeOf(entry.getValue()[i]);
            }
            GradeBlendExperiment.report(entry.getKey() + " bands, question held out", human, predicted);
        }
    }

    private ReferenceModeExperiment() {
    }
}
