package dev.latent.ui.app;

import dev.latent.store.Store;
import dev.latent.store.StoreDamagedException;
import dev.latent.store.StoreException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Shown at start-up when the database is damaged: the backups, newest first, and a Restore button that works
 * without opening the damaged file (which is kept in the backups folder, not deleted).
 */
final class RestoreDialog {

    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType QUIT = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);

    private RestoreDialog() {
    }

    /**
     * Asks which backup to restore and restores it; asks again if that fails. Empty when the learner quits or there
     * is no backup (then they are told what to do by hand).
     */
    static Optional<Store.Restored> offer(Window owner, Path dataDir, StoreDamagedException problem) {
        List<Path> backups;
        try {
            backups = Store.listBackups(dataDir);
        } catch (StoreException e) {
            backups = List.of();
        }
        if (backups.isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.ERROR, problem.getMessage() + "\n\nThere is no backup to restore in "
                    + dataDir.resolve("backups") + ". Move " + dataDir.resolve(Store.DATABASE_FILE)
                    + " somewhere else to start afresh; keep it, it may still be repaired.");
            alert.initOwner(owner);
            alert.setTitle("Latent");
            alert.setHeaderText("Your review history is damaged");
            alert.getDialogPane().setId("restore-none");
            alert.showAndWait();
            return Optional.empty();
        }
        String failure = null;
        while (true) {
            Optional<Path> chosen = choose(owner, problem, backups, failure);
            if (chosen.isEmpty()) return Optional.empty();
            try {
                return Optional.of(Store.restore(dataDir, chosen.get()));
            } catch (StoreException e) {
                failure = "That backup could not be restored: " + e.getMessage();
            }
        }
    }

    private static Optional<Path> choose(Window owner, StoreDamagedException problem, List<Path> backups, String failure) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle("Latent");
        dialog.setHeaderText("Your review history is damaged");
        Label what = new Label(problem.getMessage() + "\n\nChoose a backup to restore. The damaged file is kept in the"
                + " backups folder, not deleted; reviews made after the backup are not in it.");
        what.setWrapText(true);
        what.setId("restore-problem");
        ListView<Path> list = new ListView<>();
        list.setId("restore-backups");
        list.getItems().setAll(backups);
        list.getSelectionModel().selectFirst();
        list.setPrefHeight(200);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });
        VBox content = new VBox(10, what, list);
        if (failure != null) {
            Label failed = new Label(failure);
            failed.setWrapText(true);
            failed.setId("restore-failed");
            failed.getStyleClass().add("danger");
            content.getChildren().add(failed);
        }
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("restore-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(RESTORE, QUIT);
        Optional<ButtonType> answer = dialog.showAndWait();
        Path selected = list.getSelectionModel().getSelectedItem();
        return answer.filter(RESTORE::equals).isPresent() && selected != null ? Optional.of(selected) : Optional.empty();
    }

    private static String describe(Path backup) {
        try {
            return backup.getFileName() + "   " + String.format(Locale.ROOT, "%.1f KB", Files.size(backup) / 1024.0);
        } catch (IOException e) {
            return backup.getFileName().toString();
        }
    }
}
