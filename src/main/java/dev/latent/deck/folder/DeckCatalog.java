package dev.latent.deck.folder;

import dev.latent.deck.Deck;

import java.util.List;
import java.util.Optional;

/** Every deck found: those that loaded, and those that did not with their problems. */
public record DeckCatalog(List<Deck> decks, List<DeckFailure> failures) {

    public DeckCatalog {
        decks = List.copyOf(decks);
        failures = List.copyOf(failures);
    }

    public Optional<Deck> deck(String id) {
        return decks.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
