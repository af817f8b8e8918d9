package dev.latent.scoring.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Features of an answer against other answers to the same question whose labels are known (a deck's
 * graded sample answers, or a data set's training answers): how close the nearest answer of each label
 * is, and how the nearest few vote. Used besides {@link AnswerFeatures} when such answers exist.
 */
public final class ExampleFeatures {

    public static final List<String> NAMES = List.of(
            "nearest_correct", "nearest_contradictory", "nearest_incorrect",
            "nearest_correct_trigram", "nearest_contradictory_trigram", "nearest_incorrect_trigram",
            "knn_correct", "knn_contradictory");

    /** Neighbours that vote. */
    static final int K = 5;

    /** An answer with its label, analysed once. */
    public static final class Example {
        final String text;
        final Set<String> terms;
        final ReferenceGrade.Verdict label;

        public Example(String text, ReferenceGrade.Verdict label) {
            this.text = text == null ? "" : text;
            this.terms = new HashSet<>(Words.of(text).contentTerms());
            this.label = label;
        }

        public ReferenceGrade.Verdict label() {
            return label;
        }
    }

    private ExampleFeatures() {
    }

    /** Features in {@link #NAMES} order; {@code examples} must not contain the answer itself. */
    public static double[] of(List<Example> examples, String answer) {
        Example self = new Example(answer, ReferenceGrade.Verdict.INCORRECT);
        double[] nearest = new double[3];
        double[] nearestTrigram = new double[3];
        record Scored(double similarity, int label, int index) {
        }
        List<Scored> scored = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            int label = example.label.ordinal();
            double dice = dice(self.terms, example.terms);
            double trigram = AnswerFeatures.trigramCosine(self.text, example.text);
            nearest[label] = Math.max(nearest[label], dice);
            nearestTrigram[label] = Math.max(nearestTrigram[label], trigram);
            scored.add(new Scored(0.5 * (dice + trigram), label, i));
        }
        scored.sort(Comparator.comparingDouble(Scored::similarity).reversed().thenComparingInt(Scored::index));
        double[] votes = new double[3];
        double total = 0;
        for (int i = 0; i < Math.min(K, scored.size()); i++) {
            votes[scored.get(i).label()] += scored.get(i).similarity();
            total += scored.get(i).similarity();
        }
        return new double[]{nearest[0], nearest[1], nearest[2], nearestTrigram[0], nearestTrigram[1],
                nearestTrigram[2], total > 0 ? votes[0] / total : 0, total > 0 ? votes[1] / total : 0};
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        int common = 0;
        for (String term : a) if (b.contains(term)) common++;
        return 2.0 * common / (a.size() + b.size());
    }
}
