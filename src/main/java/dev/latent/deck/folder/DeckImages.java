package dev.latent.deck.folder;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckValidator;
import dev.latent.deck.FieldPath;
import dev.latent.deck.Question;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where a deck's images are on disk: the deck model only names them ({@link DeckValidator#imageNameProblem}). */
public final class DeckImages {

    private DeckImages() {
    }

    /**
     * The file an image name stands for in a deck's folder; null when the name may not be used
     * ({@link DeckValidator#imageNameProblem}) or would lead out of the folder. Every reader and writer of deck images goes
     * through here, so none can be led elsewhere.
     */
    public static Path file(Path deckFolder, String name) {
        if (name == null || DeckValidator.imageNameProblem(name) != null) return null;
        try {
            Path folder = deckFolder.toAbsolutePath().normalize();
            Path file = folder.resolve(name).normalize();
            return file.startsWith(folder) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * Images a deck names that are not in its folder, as warnings at their fields: the deck still loads and studies,
     * and the card says the image is missing, so a missing picture need not stop a learner.
     */
    public static List<Map.Entry<String, String>> missing(Deck deck, Path deckFolder) {
        List<Map.Entry<String, String>> missing = new ArrayList<>();
        for (int i = 0; i < deck.size(); i++) {
            Question question = deck.questions().get(i);
            FieldPath at = FieldPath.ROOT.field("questions").index(i);
            if (isMissing(question.promptImage(), deckFolder)) {
                missing.add(Map.entry(at.field("promptImage").toString(), "warning: image file not found: " + question.promptImage()));
            }
            if (isMissing(question.answerImage(), deckFolder)) {
                missing.add(Map.entry(at.field("answerImage").toString(), "warning: image file not found: " + question.answerImage()));
            }
        }
        return missing;
    }

    private static boolean isMissing(String image, Path deckFolder) {
        Path file = file(deckFolder, image);
        return file != null && !Files.isRegularFile(file);
    }
}
