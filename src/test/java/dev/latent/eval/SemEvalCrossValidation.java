package dev.latent.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints the cross-validation table of {@link SemEvalFit} on the train split alone: every candidate model
 * with its out-of-fold macro-F1. For trying features and settings without ever scoring a test split.
 * Arguments: the data file, and {@code --similar-questions} for the variant that also reads labelled
 * answers to other questions with alike reference answers ({@link SemEvalFit#withSimilarQuestions}).
 */
public final class SemEvalCrossValidation {

    private SemEvalCrossValidation() {
    }

    public static void main(String[] args) throws IOException {
        List<SemEvalRow> train = SemEvalData.load(Path.of(args[0])).stream().filter(SemEvalRow::isTrain).toList();
        long start = System.nanoTime();
        boolean similar = args.length > 1 && args[1].equals("--similar-questions");
        List<SemEvalFit.Example> plain = SemEvalFit.featurize(train);
        List<SemEvalFit.Example> examples = similar ? SemEvalFit.withSimilarQuestions(plain, plain) : plain;
        System.out.printf("features: %.1f s%n", (System.nanoTime() - start) / 1e9);
        SemEvalFit.Fitted fitted = similar
                ? SemEvalFit.fit(examples, SemEvalFit.withSimilarQuestionNames(), e -> e.row().questionId())
                : SemEvalFit.fit(examples);
        fitted.choices().table().forEach(System.out::println);
        System.out.printf("chosen 2-way: %s, threshold %.2f, out-of-fold macro-F1 %.3f%n",
                fitted.choices().binaryModel().describe(), fitted.choices().threshold(), fitted.choices().oofBinaryF1());
        System.out.printf("chosen 3-way: %s, out-of-fold macro-F1 %.3f%n",
                fitted.choices().threeWayModel().describe(), fitted.choices().oofThreeWayF1());
        for (String corpus : SemEvalReport.CORPORA) {
            java.util.List<Integer> rows = new java.util.ArrayList<>();
            for (int i = 0; i < examples.size(); i++) if (examples.get(i).row().corpus().equals(corpus)) rows.add(i);
            int[] g2 = rows.stream().mapToInt(i -> examples.get(i).binaryLabel()).toArray();
            int[] p2 = rows.stream().mapToInt(i -> fitted.oofBinary()[i]).toArray();
            int[] g3 = rows.stream().mapToInt(i -> examples.get(i).threeWayLabel()).toArray();
            int[] p3 = rows.stream().mapToInt(i -> fitted.oofThreeWay()[i]).toArray();
            System.out.printf("out of fold, %s (%d rows): 2-way macro-F1 %.3f, 3-way macro-F1 %.3f%n", corpus, rows.size(),
                    Metrics.macroF1(g2, p2, 2), Metrics.macroF1(g3, p3, 3));
        }
        System.out.printf("total: %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
