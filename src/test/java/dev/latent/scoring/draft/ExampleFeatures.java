package dev.latent.scoring.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Features of an answer against other answers whose labels are known (a deck's graded sample answers, or
 * a data set's training answers): how close the nearest answer of each label is, and how the nearest few
 * vote. The answers are to the same question, or to other questions weighted by how alike their reference
 * answers are ({@link #referenceSimilarity}). Used besides {@link AnswerFeatures} when such answers exist.
 */
public final class ExampleFeatures {

    public static final List<String> NAMES = List.of(
            "nearest_correct", "nearest_contradictory", "nearest_incorrect",
            "nearest_correct_trigram", "nearest_contradictory_trigram", "nearest_incorrect_trigram",
            "knn_correct", "knn_contradictory");

    /** Neighbours that vote. */
    static final int K = 5;

    /**
     * An answer with its label, analysed once. {@code weight} (0-1) scales its similarity to the answer
     * being graded: 1 for an answer to the same question, less for one to a merely similar question.
     */
    public static final class Example {
        final Set<String> terms;
        final Trigrams trigrams;
        final ReferenceGrade.Verdict label;
        final double weight;

        public Example(String text, ReferenceGrade.Verdict label) {
            this(text, label, 1.0);
        }

        public Example(String text, ReferenceGrade.Verdict label, double weight) {
            this.terms = new HashSet<>(Words.of(text).contentTerms());
            this.trigrams = Trigrams.of(text);
            this.label = label;
            this.weight = weight;
        }

        /** The same answer with another weight, without analysing it again. */
        public Example weighted(double otherWeight) {
            return new Example(terms, trigrams, label, otherWeight);
        }

        private Example(Set<String> terms, Trigrams trigrams, ReferenceGrade.Verdict label, double weight) {
            this.terms = terms;
            this.trigrams = trigrams;
            this.label = label;
            this.weight = weight;
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
            double dice = example.weight * dice(self.terms, example.terms);
            double trigram = example.weight * self.trigrams.cosine(example.trigrams);
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

    /**
     * How alike two reference answers are: the Jaccard index of their content terms (after stemming).
     * Answers to questions whose references are alike tend to be right or wrong for the same reasons.
     */
    public static double referenceSimilarity(String referenceA, String referenceB) {
        Set<String> a = new HashSet<>(Words.of(referenceA).contentTerms());
        Set<String> b = new HashSet<>(Words.of(referenceB).contentTerms());
        if (a.isEmpty() && b.isEmpty()) return 0;
        int common = 0;
        for (String term : a) if (b.contains(term)) common++;
        return common / (double) (a.size() + b.size() - common);
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        int common = 0;
        for (String term : a) if (b.contains(term)) common++;
        return 2.0 * common / (a.size() + b.size());
    }
}
