package dev.latent.ui;

import dev.latent.cli.LatentCommand;
import dev.latent.deck.DeckCatalog;
import dev.latent.deck.DeckLibrary;
import dev.latent.platform.AppPaths;
import dev.latent.scoring.Grader;
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

    public static void launchWith(String[] args) {
        Application.launch(LatentApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        // Lucene's one-time start-up (about 100 ms) runs while the window opens, not on the first answer.
        Grader.warmUpInBackground();
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
        Scene scene = createScene(paths, DeckLibrary.loadAll(paths.deckDir()), store, Clock.systemDefaultZone());
        stage.setTitle("Latent");
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        if (store != null) store.close();
    }

    /** The whole window content; tests build it the same way the app does. */
    public static Scene createScene(AppPaths paths, DeckCatalog catalog, Store store, Clock clock) {
        AppShell shell = new AppShell(paths, catalog, store, clock);
        Scene scene = new Scene(shell.root(), 1100, 720);
        scene.getStylesheets().add(LatentApp.class.getResource("latent.css").toExternalForm());
        shell.showDeckList();
        return scene;
    }
}
