package dev.latent.store;

import dev.latent.scheduling.CardState;

/** A card in the due queue together with its current scheduling state. */
public record DueCard(CardKey key, CardState state) {
}
