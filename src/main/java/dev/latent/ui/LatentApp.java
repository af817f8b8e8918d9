package dev.latent.ui;

import atlantafx.base.theme.PrimerLight;
import dev.latent.cli.LatentCommand;
import dev.latent.deck.DeckCatalog;
import dev.latent.deck.DeckLibrary;
import dev.latent.platform.AppPaths;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop app: loads the decks, then hands the window to {@link AppShell}. */
public final class LatentApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(LatentApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppPaths paths = AppPaths.of(LatentCommand.dataDirOption(getParameters().getRaw().toArray(String[]::new)));
        Scene scene = createScene(paths, DeckLibrary.loadAll(paths.deckDir()));
        stage.setTitle("Latent");
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.show();
    }

    /** The whole window content; tests build it the same way the app does. */
    public static Scene createScene(AppPaths paths, DeckCatalog catalog) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AppShell shell = new AppShell(paths, catalog);
        Scene scene = new Scene(shell.root(), 1100, 720);
        scene.getStylesheets().add(LatentApp.class.getResource("latent.css").toExternalForm());
        shell.showDeckList();
        return scene;
    }
}
