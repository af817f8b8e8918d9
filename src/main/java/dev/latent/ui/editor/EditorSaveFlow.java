package dev.latent.ui.editor;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckChangedException;
import dev.latent.deck.folder.DeckFolder;
import dev.latent.deck.folder.DeckFolderException;
import dev.latent.deck.edit.DeckEdits;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Saving from the editor, with its questions: a deck with problems is not saved; a user deck is written atomically
 * in place (asking first if its file changed since it was read); a bundled deck is saved as a copy under a new id,
 * optionally taking the learner's review history along; leaving with unsaved changes asks to save or discard.
 */
final class EditorSaveFlow {

    private final EditorModel model;
    private final DeckFolder folder;
    private final Consumer<Deck> onSaved;
    /** Moves the learner's review history from a deck id to a copy's (old id, new id). */
    private final BiConsumer<String, String> moveHistory;
    /** Any node of the editor: dialogs belong to its window. */
    private final Node owner;
    /** The review histories this editor moved to a copy: deck id to the copy's. */
    private final Map<String, String> historyMoves = new HashMap<>();
    /** The copies saved here that started afresh ("Start afresh"): deck id to the copy, which holds the edits. */
    private final Map<String, Deck> freshCopies = new HashMap<>();

    EditorSaveFlow(EditorModel model, DeckFolder folder, Consumer<Deck> onSaved, BiConsumer<String, String> moveHistory, Node owner) {
        this.model = model;
        this.folder = folder;
        this.onSaved = onSaved;
        this.moveHistory = moveHistory;
        this.owner = owner;
    }

    /** Saves in place, or for a bundled deck as a copy under a new id. @return whether it was saved */
    boolean save() {
        List<String> found = DeckEdits.problems(model.deck());
        if (!found.isEmpty()) {
            message(Alert.AlertType.ERROR, "The deck has problems and was not saved", String.join("\n", found));
            return false;
        }
        return model.isReadOnly() ? saveCopy() : saveInPlace(model.lastRead());
    }

    /**
     * Whether the editor may go away (the app closing, or Back): true when nothing is unsaved, or the learner
     * saved or discarded the edits; false when they cancelled.
     */
    boolean mayLeave() {
        if (!model.isDirty()) return true;
        ButtonType saveButton = new ButtonType(model.isReadOnly() ? "Save a copy" : "Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", saveButton, discard, ButtonType.CANCEL);
        ask.initOwner(owner.getScene().getWindow());
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Save your changes to \"" + model.deck().title() + "\"?");
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == ButtonType.CANCEL) return false;
        return answer == discard || save();
    }

    /** The deck whose cards now hold this deck's review history, if copies saved here took it (a copy of a copy too). */
    Optional<String> historyNowIn(String deckId) {
        String at = deckId;
        for (int i = 0; i < historyMoves.size() && historyMoves.containsKey(at); i++) at = historyMoves.get(at);
        return at.equals(deckId) ? Optional.empty() : Optional.of(at);
    }

    /** The copy of this deck saved here that started afresh, if one was: the edits are in it, not in this deck. */
    Optional<Deck> copyStartedAfresh(String deckId) {
        return Optional.ofNullable(freshCopies.get(deckId));
    }

    private boolean saveInPlace(Deck expectedOnDisk) {
        try {
            DeckFolder.Saved saved = folder.save(model.deck(), true, expectedOnDisk);
            model.savedInPlace(saved.deck(), saved.file().toString());
            onSaved.accept(saved.deck());
            return true;
        } catch (DeckChangedException e) {
            // Someone changed the file since it was opened: overwrite, keep both, or stop and look.
            ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.YES);
            ButtonType copy = new ButtonType("Save as a copy", ButtonBar.ButtonData.NO);
            Alert ask = new Alert(Alert.AlertType.WARNING, "Overwrite replaces the file's new content with your version; "
                    + "Save as a copy keeps both as separate decks.", overwrite, copy, ButtonType.CANCEL);
            ownedByEditor(ask);
            // Enter keeps both versions: overwriting the other change must be chosen, not fallen into.
            ((Button) ask.getDialogPane().lookupButton(overwrite)).setDefaultButton(false);
            ((Button) ask.getDialogPane().lookupButton(copy)).setDefaultButton(true);
            ask.setTitle("Deck changed on disk");
            ask.setHeaderText(e.file() + " was changed outside the editor since you opened it.");
            ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
            if (answer == overwrite) return saveInPlace(null);
            if (answer == copy) return saveCopy();
            return false;
        } catch (DeckFolderException e) {
            message(Alert.AlertType.ERROR, "Could not save the deck", e.getMessage());
            return false;
        }
    }

    private boolean saveCopy() {
        Optional<String> newId = askCopyId();
        if (newId.isEmpty()) return false;
        Deck deck = model.deck();
        Deck copy = DeckEdits.withTitle(DeckEdits.withId(deck, newId.get()), deck.title() + " (copy)");
        try {
            DeckFolder.Saved saved = folder.save(copy, false);
            if (askKeepHistory()) {
                moveHistory.accept(deck.id(), saved.deck().id());
                historyMoves.put(deck.id(), saved.deck().id());
            } else {
                freshCopies.put(deck.id(), saved.deck());
            }
            model.savedAsCopy(saved.deck(), saved.file().toString());
            onSaved.accept(saved.deck());
            return true;
        } catch (DeckFolderException e) {
            message(Alert.AlertType.ERROR, "Could not save the deck", e.getMessage());
            return false;
        }
    }

    /** Whether the copy takes over the learner's reviews of the original (the original then starts afresh). */
    private boolean askKeepHistory() {
        ButtonType keep = new ButtonType("Keep my history", ButtonBar.ButtonData.YES);
        ButtonType fresh = new ButtonType("Start afresh", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Your reviews of \u201c" + model.deck().title()
                + "\u201d can go on with the copy: the same questions keep their schedule and history, and the bundled"
                + " deck starts again as new. Or the copy starts afresh and the bundled deck keeps them.", keep, fresh);
        ownedByEditor(ask);
        ask.setTitle("Keep your review history?");
        ask.setHeaderText("Continue your reviews with the copy?");
        ask.getDialogPane().setId("keep-history-dialog");
        return ask.showAndWait().orElse(fresh) == keep;
    }

    private Optional<String> askCopyId() {
        String suggestion = DeckEdits.freshId(model.deck().id() + "-copy-", List.of());
        TextInputDialog ask = new TextInputDialog(suggestion.substring(0, suggestion.length() - 2));
        ask.initOwner(owner.getScene().getWindow());
        ask.setTitle("Save a copy");
        ask.setHeaderText("Bundled decks are read-only. Save your version as a new deck in " + folder.path() + ".");
        ask.setContentText("Id of the new deck:");
        ask.getEditor().setId("copy-id");
        return ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private void ownedByEditor(Alert alert) {
        if (owner.getScene() != null) alert.initOwner(owner.getScene().getWindow());
    }

    private void message(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type);
        ownedByEditor(alert);
        alert.setHeaderText(header);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setMaxWidth(560);
        alert.getDialogPane().setContent(content);
        alert.showAndWait();
    }
}
