package dev.latent.cli;

import dev.latent.deck.DeckException;
import dev.latent.deck.DeckLoader;
import dev.latent.deck.DeckProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code latent validate FILE...}: every problem as file:line:col, exit code 0 when all decks are valid. */
@Command(name = "validate", description = "Check deck files. Prints each problem as file:line:col: field: message.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Deck JSON files to check.")
    List<Path> files;

    @Override
    public Integer call() {
        int invalid = 0;
        for (Path file : files) {
            try {
                var deck = DeckLoader.load(file);
                spec.commandLine().getOut().printf("%s: ok (%d questions)%n", file, deck.size());
            } catch (DeckException e) {
                invalid++;
                for (DeckProblem problem : e.problems()) spec.commandLine().getErr().println(problem);
            }
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return invalid == 0 ? 0 : 1;
    }
}
