package dev.latent.cli;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;
import dev.latent.deck.DeckLoader;
import dev.latent.deck.DeckProblem;
import dev.latent.scoring.RubricHarness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code latent rubric-test FILE}: grades every instructor-graded sample answer of a deck with its rubric
 * and reports the agreement; the last line is {@code overall QWK 0.xxx}.
 */
@Command(name = "rubric-test",
        description = {"Grade a deck's sample answers with its rubrics and compare with the instructor's grades:",
                "exact and within-one agreement, quadratic weighted kappa (QWK), Pearson r, worst disagreements.",
                "The last line is the overall QWK."})
final class RubricTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Deck JSON file with rubrics and graded samples.")
    Path file;

    @Override
    public Integer call() {
        try {
            Deck deck = DeckLoader.load(file);
            spec.commandLine().getOut().println(RubricHarness.run(deck).format());
            return 0;
        } catch (DeckException e) {
            for (DeckProblem problem : e.problems()) spec.commandLine().getErr().println(problem);
            return 1;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("rubric-test: " + e.getMessage());
            return 1;
        } finally {
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
        }
    }
}
