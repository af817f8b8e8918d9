package dev.latent.deck.folder;

import java.nio.file.Path;

/** A save refused because the deck's file changed on disk after it was read: writing would lose that change. */
public final class DeckChangedException extends DeckFolderException {

    private final transient Path file;

    public DeckChangedException(Path file, String why) {
        super(file + " was not overwritten: " + why);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
