package dev.latent.cli;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckCatalog;
import dev.latent.deck.DeckException;
import dev.latent.deck.DeckLibrary;
import dev.latent.deck.DeckLoader;
import dev.latent.platform.AppPaths;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Resolves a {@code --deck} argument: a deck file's path, or the id of a bundled or user deck. */
final class DeckArgument {

    /** The deck commands use when none is named. */
    static final String DEFAULT_DECK = "autoencoders-gans";

    private DeckArgument() {
    }

    static Deck resolve(String idOrPath, Path dataDir) throws DeckException, CommandError {
        String wanted = idOrPath == null ? DEFAULT_DECK : idOrPath;
        Path asPath = pathOrNull(wanted);
        if (asPath != null && Files.isRegularFile(asPath)) return DeckLoader.load(asPath);
        DeckCatalog catalog = DeckLibrary.loadAll(AppPaths.of(dataDir).deckDir());
        return catalog.deck(wanted).orElseThrow(() -> new CommandError("no deck file or deck id \"" + wanted
                + "\"; known decks: " + catalog.decks().stream().map(Deck::id).collect(Collectors.joining(", "))));
    }

    private static Path pathOrNull(String text) {
        try {
            return Path.of(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A problem with the command's input, told in one line. */
    static final class CommandError extends Exception {
        CommandError(String message) {
            super(message);
        }
    }
}
