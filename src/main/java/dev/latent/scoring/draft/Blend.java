package dev.latent.scoring.draft;

import java.util.List;

/**
 * The mean of several classifiers' probabilities (a logistic model and boosted trees: the one smooth, the
 * other sharp, their errors partly cancel), then per-class log-offsets: {@code p(k) ∝ mean_k · exp(offset_k)},
 * which moves the argmax as the offsets of the three-way model do.
 */
public record Blend(List<Classifier> members, double[] logOffsets) implements Classifier {

    public Blend {
        members = List.copyOf(members);
        if (members.isEmpty()) throw new IllegalArgumentException("a blend needs members");
        Classifier first = members.get(0);
        for (Classifier member : members) {
            if (!member.classes().equals(first.classes()) || member.features() != first.features()) {
                throw new IllegalArgumentException("blended classifiers must share classes and features");
            }
        }
        if (logOffsets.length != first.classes().size()) throw new IllegalArgumentException("one offset per class");
        logOffsets = logOffsets.clone();
    }

    @Override
    public List<String> classes() {
        return members.get(0).classes();
    }

    @Override
    public int features() {
        return members.get(0).features();
    }

    @Override
    public double[] probabilities(double[] x) {
        int classCount = classes().size();
        double[] mean = new double[classCount];
        for (Classifier member : members) {
            double[] p = member.probabilities(x);
            for (int k = 0; k < classCount; k++) mean[k] += p[k] / members.size();
        }
        double sum = 0;
        for (int k = 0; k < classCount; k++) {
            mean[k] *= Math.exp(logOffsets[k]);
            sum += mean[k];
        }
        for (int k = 0; k < classCount; k++) mean[k] /= sum;
        return mean;
    }
}
