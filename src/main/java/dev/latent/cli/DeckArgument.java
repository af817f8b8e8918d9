package dev.latent.cli;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.DeckException;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.DeckProblem;
import dev.latent.deck.Question;
import dev.latent.platform.AppPaths;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Resolves a {@code --deck} argument: a deck file's path, or the id of a bundled or user deck. */
final class DeckArgument {

    /** The deck commands use when none is named. */
    static final String DEFAULT_DECK = "autoencoders-gans";

    private DeckArgument() {
    }

    static Deck resolve(String idOrPath, Path dataDir) throws DeckException {
        String wanted = idOrPath == null ? DEFAULT_DECK : idOrPath;
        Path asPath = pathOrNull(wanted);
        if (asPath != null && Files.isRegularFile(asPath)) return DeckLoader.load(asPath);
        DeckCatalog catalog = DeckLibrary.loadAll(AppPaths.of(dataDir).deckDir());
        return catalog.deck(wanted).orElseThrow(() -> CommandFailure.of("no deck file or deck id \"" + wanted
                + "\"; known decks: " + catalog.decks().stream().map(Deck::id).collect(Collectors.joining(", "))));
    }

    /** The given deck file, or the bundled default deck when none is given. */
    static Deck fileOrDefault(Path file) throws DeckException {
        if (file != null) return DeckLoader.load(file);
        return DeckLibrary.loadAll(null).deck(DEFAULT_DECK).orElseThrow(() -> new DeckException(List.of(
                new DeckProblem(DeckLibrary.BUNDLED_FOLDER, 0, 0, "", "the bundled deck " + DEFAULT_DECK + " is missing"))));
    }

    /** A question by id, or by 1-based position when no id matches; a {@link CommandFailure} saying which exist otherwise. */
    static Question question(Deck deck, String idOrPosition) {
        return deck.questionByIdOrPosition(idOrPosition).orElseThrow(() -> CommandFailure.of(
                "unknown question \"" + idOrPosition + "\" in deck " + deck.id() + ": give an id ("
                + deck.questions().stream().map(Question::id).collect(Collectors.joining(", ")) + ") or a position 1-" + deck.size()));
    }

    private static Path pathOrNull(String text) {
        try {
            return Path.of(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
