package dev.latent.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints the cross-validation table of {@link SemEvalFit} on the train split alone: every candidate model
 * with its out-of-fold macro-F1. For trying features and settings without ever scoring a test split.
 * Argument: the data file.
 */
public final class SemEvalCrossValidation {

    private SemEvalCrossValidation() {
    }

    public static void main(String[] args) throws IOException {
        List<SemEvalRow> train = SemEvalData.load(Path.of(args[0])).stream().filter(SemEvalRow::isTrain).toList();
        long start = System.nanoTime();
        List<SemEvalFit.Example> examples = SemEvalFit.featurize(train);
        System.out.printf("features: %.1f s%n", (System.nanoTime() - start) / 1e9);
        SemEvalFit.Fitted fitted = SemEvalFit.fit(examples);
        fitted.choices().table().forEach(System.out::println);
        System.out.printf("chosen 2-way: %s, threshold %.2f, out-of-fold macro-F1 %.3f%n",
                fitted.choices().binaryModel().describe(), fitted.choices().threshold(), fitted.choices().oofBinaryF1());
        System.out.printf("chosen 3-way: %s, out-of-fold macro-F1 %.3f%n",
                fitted.choices().threeWayModel().describe(), fitted.choices().oofThreeWayF1());
        System.out.printf("total: %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
