package dev.latent.ui;

import dev.latent.cli.LatentCommand;
import dev.latent.deck.DeckCatalog;
import dev.latent.deck.DeckLibrary;
import dev.latent.platform.AppPaths;
import dev.latent.store.Store;
import dev.latent.store.StoreException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.time.Clock;

/** The desktop app: opens the learner's store, loads the decks, then hands the window to {@link AppShell}. */
public final class LatentApp extends Application {

    private Store store;
    private Scene scene;

    public static void launchWith(String[] args) {
        Application.launch(LatentApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppPaths paths = AppPaths.of(LatentCommand.dataDirOption(getParameters().getRaw().toArray(String[]::new)));
        try {
            store = Store.open(paths.dataDir());
        } catch (StoreException e) {
            // A second instance, or an unusable data folder: say so and touch nothing.
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setTitle("Latent");
            alert.setHeaderText("Latent cannot open your data");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        store.backupIfDue(Clock.systemDefaultZone().instant());
        scene = createScene(paths, DeckLibrary.loadAll(paths.deckDir()), store, Clock.systemDefaultZone());
        stage.setTitle("Latent");
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (scene.getUserData() instanceof AppShell shell && !shell.mayClose()) e.consume(); // unsaved deck edits
        });
        stage.show();
    }

    @Override
    public void stop() {
        if (scene != null && scene.getUserData() instanceof AppShell shell) shell.close();
        if (store != null) store.close();
    }

    /** The whole window content; tests build it the same way the app does. */
    public static Scene createScene(AppPaths paths, DeckCatalog catalog, Store store, Clock clock) {
        AppShell shell = new AppShell(paths, catalog, store, clock);
        Scene scene = new Scene(shell.root(), 1100, 720);
        scene.getStylesheets().add(LatentApp.class.getResource("latent.css").toExternalForm());
        scene.setUserData(shell); // closed on exit: it watches the deck folder
        // A scene replaced in its window (a restart inside the same window, as tests do) stops watching too.
        scene.windowProperty().addListener((obs, old, now) -> {
            if (old != null && now == null) shell.close();
        });
        shell.watchDeckFolder();
        shell.showDeckList();
        return scene;
    }
}
