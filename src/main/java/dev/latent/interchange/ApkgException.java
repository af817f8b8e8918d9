package dev.latent.interchange;

/** An Anki archive or collection that cannot be imported; the message says why in one line. */
public final class ApkgException extends Exception {
    public ApkgException(String message) {
        super(message);
    }
}
