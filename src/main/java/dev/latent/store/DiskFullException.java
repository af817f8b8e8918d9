package dev.latent.store;

/**
 * The disk holding the data folder is full. Nothing is damaged and nothing that was saved is lost: the write that
 * did not fit was rolled back. Restoring a backup is the wrong cure (it could replace good data); freeing space is.
 */
public class DiskFullException extends StoreException {

    public DiskFullException(String message, Throwable cause) {
        super(message, cause);
    }
}
