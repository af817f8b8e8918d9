package dev.latent.deck.folder;

import dev.latent.deck.DeckProblem;

import java.util.List;

/** A deck file that could not be opened, with what is wrong with it. */
public record DeckFailure(String source, List<DeckProblem> problems) {

    public DeckFailure {
        problems = List.copyOf(problems);
    }
}
