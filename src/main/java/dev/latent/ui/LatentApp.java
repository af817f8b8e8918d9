package dev.latent.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app. */
public final class LatentApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(LatentApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Latent");
        stage.show();
    }
}
