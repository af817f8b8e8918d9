package dev.latent.store;

import dev.latent.scheduling.FsrsParameters;
import dev.latent.scheduling.ReviewHistory;
import java.util.Optional;

/**
 * The FSRS side of one {@link Store} ({@link Store#fsrs()}): the review history the optimizer reads and the
 * parameters fitted from it, for the collection or one deck ({@link FittedParameters}). Calls are serialised with
 * the store's own.
 */
public final class StoreFsrsParameters {

    private final Store store;

    StoreFsrsParameters(Store store) {
        this.store = store;
    }

    /**
     * The review log as the FSRS optimizer and its metrics read it: each card's ratings and times, streamed row by
     * row into a compact {@link ReviewHistory} (13 bytes a review, so a million reviews fit easily). Manual entries
     * (Anki's "set due date" rows) are left out; cram and exam answers count, as in Anki with rescheduling on.
     *
     * @param deckId only this deck's cards (including cards since removed from it), or null for every deck
     */
    public ReviewHistory reviewHistory(String deckId) {
        if (deckId != null) CardKey.requireId(deckId, "deckId");
        return store.read(c -> FittedParameters.history(c, deckId));
    }

    /**
     * The FSRS parameters to schedule the deck's cards with: the deck's own if it has them, else the collection's
     * (fitted from the whole history), else empty for FSRS-6's defaults.
     *
     * @param deckId a deck, or null for the collection's own
     */
    public Optional<FsrsParameters> fsrsParameters(String deckId) {
        if (deckId != null) CardKey.requireId(deckId, "deckId");
        return store.read(c -> FittedParameters.of(c, deckId));
    }

    /** Whether the deck has FSRS parameters of its own (rather than the collection's or the defaults). */
    public boolean hasOwnFsrsParameters(String deckId) {
        CardKey.requireId(deckId, "deckId");
        return store.read(c -> FittedParameters.hasOwn(c, deckId));
    }

    /**
     * Keeps FSRS parameters for the collection (deck null) or one deck, or removes them (parameters null): the
     * collection then goes back to FSRS-6's defaults, a deck to the collection's.
     */
    public void setFsrsParameters(String deckId, FsrsParameters parameters) {
        if (deckId != null) CardKey.requireId(deckId, "deckId");
        String scope = deckId == null ? "" : deckId;
        store.update(c -> FittedParameters.set(c, scope, parameters));
    }
}
