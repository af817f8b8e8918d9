package dev.latent.store;

/** An answer given to a card in a state it is no longer in: nothing was recorded. */
public final class StaleReviewException extends StoreException {

    public StaleReviewException(String message) {
        super(message);
    }
}
