package dev.latent.store;

import java.util.List;

/**
 * What {@link Store#syncDeck} changed.
 *
 * @param added question ids that got a new card
 * @param orphaned question ids whose question vanished from the deck (cards and history kept)
 * @param returned question ids that came back and were un-orphaned
 */
public record DeckSync(List<String> added, List<String> orphaned, List<String> returned) {

    public DeckSync {
        added = List.copyOf(added);
        orphaned = List.copyOf(orphaned);
        returned = List.copyOf(returned);
    }
}
