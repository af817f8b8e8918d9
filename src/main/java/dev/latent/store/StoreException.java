package dev.latent.store;

/** The store could not do what was asked; the message says why in words a learner can act on. Nothing was changed. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
