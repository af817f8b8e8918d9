package dev.latent.ui;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;
import dev.latent.deck.DeckFolder;
import dev.latent.deck.DeckFolderException;
import dev.latent.deck.DeckLoader;
import dev.latent.deck.DeckProblem;
import dev.latent.interchange.AnkiText;
import dev.latent.interchange.AnkiTextException;
import dev.latent.interchange.ApkgImport;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Importing a deck file from anywhere into the user deck folder, and removing one, with the dialogs that go with
 * them. Nothing in an imported file is run or rendered as HTML: JSON decks are validated by {@link
 * dev.latent.deck.DeckLoader}, Anki files are reduced to text by {@link dev.latent.interchange}, and only a deck
 * that passed is written (atomically) into the folder.
 */
final class DeckImport {

    private DeckImport() {
    }

    static Optional<Path> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a deck");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Decks and Anki files", "*.json", "*.txt", "*.csv", "*.tsv", "*.apkg"),
                new FileChooser.ExtensionFilter("Latent deck (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("Anki notes in plain text (*.txt, *.csv)", "*.txt", "*.csv", "*.tsv"),
                new FileChooser.ExtensionFilter("Anki package, legacy (*.apkg)", "*.apkg"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    /**
     * Validates and copies the file into the folder; problems are shown in a dialog and nothing is written. A deck
     * whose id one of the learner's decks already has replaces it only after asking.
     */
    static Optional<DeckFolder.Saved> run(Window owner, Path file, DeckFolder folder) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".json");
        try {
            Deck deck = json ? DeckLoader.load(file)
                    : name.endsWith(".apkg") ? ApkgImport.read(file, AnkiText.ImportOptions.DEFAULT)
                    : AnkiText.read(file, AnkiText.ImportOptions.DEFAULT);
            boolean replace = folder.userFileOf(deck.id()).isPresent();
            if (replace && !confirmReplace(owner, deck)) return Optional.empty();
            // A JSON deck is copied byte for byte (validated again as it is read); an Anki one is written as JSON.
            return Optional.of(json ? folder.importFile(file, replace) : folder.save(deck, replace));
        } catch (DeckException e) {
            showProblems(owner, file, e.problems().stream().map(DeckProblem::toString).toList());
        } catch (AnkiTextException | ApkgImport.ApkgException | DeckFolderException e) {
            showProblems(owner, file, List.of(e.getMessage()));
        }
        return Optional.empty();
    }

    private static boolean confirmReplace(Window owner, Deck deck) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "", replace, ButtonType.CANCEL);
        confirm.initOwner(owner);
        confirm.setTitle("Import deck");
        confirm.setHeaderText("You already have a deck with the id \"" + deck.id() + "\"");
        Label text = new Label("Replace it with the imported \"" + deck.title() + "\"? Your review history is kept for "
                + "every question id the new version still has.");
        text.setId("replace-explanation");
        text.setWrapText(true);
        text.setMaxWidth(560);
        confirm.getDialogPane().setContent(text);
        return confirm.showAndWait().orElse(ButtonType.CANCEL) == replace;
    }

    private static void showProblems(Window owner, Path file, List<String> problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Import deck");
        alert.setHeaderText("Could not import " + file.getFileName() + "; nothing was written.");
        Label text = new Label(problems.stream().limit(30).collect(Collectors.joining("\n"))
                + (problems.size() > 30 ? "\n… and " + (problems.size() - 30) + " more" : ""));
        text.setId("import-problems");
        text.setWrapText(true);
        text.setMaxWidth(640);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    /**
     * Asks, then deletes the deck's file. The review history stays in the store: the store orphans the cards of
     * questions that vanish and restores them if a deck with the same id comes back.
     *
     * @return whether the deck was removed
     */
    static boolean confirmRemove(Window owner, Deck deck, int cards, DeckFolder folder) {
        ButtonType remove = new ButtonType("Remove", ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "", remove, ButtonType.CANCEL);
        confirm.initOwner(owner);
        confirm.setTitle("Remove deck");
        confirm.setHeaderText("Remove \"" + deck.title() + "\"?");
        Label text = new Label("Its file is deleted from " + folder.path() + ".\n\n"
                + "Your review history is kept: the " + cards + (cards == 1 ? " card" : " cards")
                + " of this deck are set aside, not deleted, and come back with their schedule "
                + "if you import a deck with the id \"" + deck.id() + "\" again.");
        text.setId("remove-explanation");
        text.setWrapText(true);
        text.setMaxWidth(560);
        confirm.getDialogPane().setContent(text);
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) != remove) return false;
        try {
            folder.remove(deck.id());
            return true;
        } catch (DeckFolderException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "");
            alert.initOwner(owner);
            alert.setHeaderText("Could not remove the deck");
            Label message = new Label(e.getMessage());
            message.setWrapText(true);
            alert.getDialogPane().setContent(message);
            alert.showAndWait();
            return false;
        }
    }
}
