package dev.latent.deck.folder;

/** A change to the user deck folder that was refused or failed: the message says why, in one line. */
public class DeckFolderException extends Exception {

    public DeckFolderException(String message) {
        super(message);
    }

    public DeckFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
