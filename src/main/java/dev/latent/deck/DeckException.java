package dev.latent.deck;

import java.util.List;
import java.util.stream.Collectors;

/** A deck file that cannot be used, with every problem found in it. */
public final class DeckException extends Exception {

    private final transient List<DeckProblem> problems;

    public DeckException(List<DeckProblem> problems) {
        super(problems.stream().map(DeckProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("a deck error needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public List<DeckProblem> problems() {
        return problems;
    }
}
