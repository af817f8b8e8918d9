package dev.latent.eval;

import dev.latent.deck.Concept;
import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.Misconception;
import dev.latent.deck.Question;
import dev.latent.deck.Rubric;
import dev.latent.interchange.AnswerSetFile;
import dev.latent.scoring.CompiledRubric;
import dev.latent.scoring.Grader;
import dev.latent.scoring.RubricHarness.GradedAnswer;
import dev.latent.scoring.ScoringPolicy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A rubric author's aid, not part of the app: suggests concept weights and misconception penalties that make a
 * question's rubric grade its tuning answers (the deck's samples and the dev set, never the blind set) more like
 * the human graders, by coordinate descent over a few allowed values, starting from the authored ones. To check
 * that a change is not fitted to chance, every question is also fitted on half of the dev answers and measured
 * on the other half. Prints the suggestions; the author decides what goes into the deck.
 */
public final class RubricWeightFit {

    private static final double[] WEIGHTS = {0.5, 1, 2, 3, 4};
    private static final double[] PENALTIES = {1, 2, 3, 4, 6};

    public static void main(String[] args) throws Exception {
        Deck deck = DeckLoader.load(Path.of(System.getProperty("deck", "questions/autoencoders-gans.json")));
        ScoringPolicy policy = GraderExperiments.variant(ScoringPolicy.DEFAULT, args.length > 0 ? args[0] : "");
        List<GradedAnswer> dev = AnswerSetFile.read(Path.of("eval/dev-set/answers.tsv"), deck);
        double heldBefore = 0;
        double heldAfter = 0;
        int heldCount = 0;
        for (Question question : deck.questions()) {
            List<GradedAnswer> mine = new ArrayList<>();
            for (int i = 0; i < question.samples().size(); i++) {
                mine.add(new GradedAnswer(question.id(), i, question.samples().get(i).answer(), question.samples().get(i).grade()));
            }
            List<GradedAnswer> devMine = dev.stream().filter(a -> a.questionId().equals(question.id())).toList();
            // Held-out check: fit on the samples and half the dev answers, measure on the other half.
            List<GradedAnswer> shuffled = new ArrayList<>(devMine);
            java.util.Collections.shuffle(shuffled, new Random(7));
            List<GradedAnswer> halfA = shuffled.subList(0, shuffled.size() / 2);
            List<GradedAnswer> halfB = shuffled.subList(shuffled.size() / 2, shuffled.size());
            List<GradedAnswer> fitOn = new ArrayList<>(mine);
            fitOn.addAll(halfA);
            Rubric fitted = fit(question, question.rubric(), fitOn, policy);
            double before = error(question, question.rubric(), halfB, policy);
            double after = error(question, fitted, halfB, policy);
            heldBefore += before * halfB.size();
            heldAfter += after * halfB.size();
            heldCount += halfB.size();

            List<GradedAnswer> all = new ArrayList<>(mine);
            all.addAll(devMine);
            Rubric full = fit(question, question.rubric(), all, policy);
            System.out.printf(Locale.ROOT, "%s  held-out squared error %.3f -> %.3f; all tuning %.3f -> %.3f%n", question.id(),
                    before, after, error(question, question.rubric(), all, policy), error(question, full, all, policy));
            for (int c = 0; c < full.concepts().size(); c++) {
                Concept was = question.rubric().concepts().get(c);
                Concept now = full.concepts().get(c);
                if (was.weight() != now.weight()) System.out.printf(Locale.ROOT, "    concept %-26s %.1f -> %.1f%n", was.id(), was.weight(), now.weight());
            }
            for (int m = 0; m < full.misconceptions().size(); m++) {
                Misconception was = question.rubric().misconceptions().get(m);
                Misconception now = full.misconceptions().get(m);
                if (was.penalty() != now.penalty()) System.out.printf(Locale.ROOT, "    misconception %-20s %.1f -> %.1f%n", was.id(), was.penalty(), now.penalty());
            }
        }
        System.out.printf(Locale.ROOT, "held-out dev halves: mean squared grade error %.3f -> %.3f over %d answers%n",
                heldBefore / heldCount, heldAfter / heldCount, heldCount);
    }

    static Rubric fit(Question question, Rubric start, List<GradedAnswer> answers, ScoringPolicy policy) {
        Rubric best = start;
        double bestError = error(question, best, answers, policy);
        for (int pass = 0; pass < 3; pass++) {
            boolean improved = false;
            for (int c = 0; c < best.concepts().size(); c++) {
                for (double weight : WEIGHTS) {
                    Rubric candidate = withWeight(best, c, weight);
                    double e = error(question, candidate, answers, policy);
                    if (e < bestError - 0.005) {
                        best = candidate;
                        bestError = e;
                        improved = true;
                    }
                }
            }
            for (int m = 0; m < best.misconceptions().size(); m++) {
                for (double penalty : PENALTIES) {
                    Rubric candidate = withPenalty(best, m, penalty);
                    double e = error(question, candidate, answers, policy);
                    if (e < bestError - 0.005) {
                        best = candidate;
                        bestError = e;
                        improved = true;
                    }
                }
            }
            if (!improved) break;
        }
        return best;
    }

    /** Mean squared difference between the human grade and the rubric's grade. */
    static double error(Question question, Rubric rubric, List<GradedAnswer> answers, ScoringPolicy policy) {
        CompiledRubric compiled = Grader.compile(rubric, question.prompt(), question.answer().fullText(), policy);
        double sum = 0;
        for (GradedAnswer answer : answers) {
            int d = compiled.score(answer.answer()).grade() - answer.grade();
            sum += d * d;
        }
        return answers.isEmpty() ? 0 : sum / answers.size();
    }

    private static Rubric withWeight(Rubric rubric, int index, double weight) {
        List<Concept> concepts = new ArrayList<>(rubric.concepts());
        Concept c = concepts.get(index);
        concepts.set(index, new Concept(c.id(), c.label(), weight, c.required(), c.phrasings(), c.anyOrder(), c.opposites()));
        return new Rubric(concepts, rubric.misconceptions());
    }

    private static Rubric withPenalty(Rubric rubric, int index, double penalty) {
        List<Misconception> misconceptions = new ArrayList<>(rubric.misconceptions());
        Misconception m = misconceptions.get(index);
        misconceptions.set(index, new Misconception(m.id(), m.label(), penalty, m.phrasings(), m.anyOrder()));
        return new Rubric(rubric.concepts(), misconceptions);
    }
}
