package dev.latent.cli;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;
import dev.latent.deck.DeckLoader;
import dev.latent.deck.DeckProblem;
import dev.latent.deck.Question;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Finding the deck and the question a command-line tool works on. */
final class BundledDeck {

    static final String FILE_NAME = "autoencoders-gans.json";
    static final Path WORKING_COPY = Path.of("questions", FILE_NAME);
    static final String RESOURCE = "/questions/" + FILE_NAME;

    private BundledDeck() {
    }

    /**
     * The given deck file; without one, {@code questions/autoencoders-gans.json} in the working directory
     * when present (so an instructor's edits count), else the copy bundled in the jar.
     */
    static Deck load(Path deck) throws DeckException {
        if (deck != null) return DeckLoader.load(deck);
        if (Files.isRegularFile(WORKING_COPY)) return DeckLoader.load(WORKING_COPY);
        try (InputStream in = BundledDeck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new DeckException(List.of(new DeckProblem(RESOURCE, 0, 0, "", "bundled deck missing from the jar")));
            return DeckLoader.parse(in.readAllBytes(), "bundled " + FILE_NAME);
        } catch (IOException e) {
            throw new DeckException(List.of(new DeckProblem(RESOURCE, 0, 0, "", "cannot read bundled deck: " + e.getMessage())));
        }
    }

    /** A question by id, or by 1-based position when no id matches. */
    static Question question(Deck deck, String idOrPosition) {
        String wanted = idOrPosition.strip();
        var byId = deck.question(wanted);
        if (byId.isPresent()) return byId.get();
        if (wanted.matches("[0-9]{1,9}")) {
            int position = Integer.parseInt(wanted);
            if (position >= 1 && position <= deck.size()) return deck.questions().get(position - 1);
        }
        throw new IllegalArgumentException("unknown question \"" + idOrPosition + "\" in deck " + deck.id()
                + ": give an id (" + deck.questions().stream().map(Question::id).collect(Collectors.joining(", "))
                + ") or a position 1-" + deck.size());
    }
}
