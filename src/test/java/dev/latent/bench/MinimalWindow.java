package dev.latent.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The start-up baseline: the smallest JavaFX app that shows a window with one label, measured exactly as the
 * app is (window title, the same probe file written at the end of the first pulse that lays out the label).
 * Launched through {@link Main}, a class that is not an Application, the same way Latent's Main launches.
 */
public final class MinimalWindow extends Application {

    public static final String TITLE = "Minimal JavaFX window";

    @Override
    public void start(Stage stage) {
        Label label = new Label("Hello");
        Scene scene = new Scene(new StackPane(label), 1100, 720);
        String probe = System.getProperty("latent.startupProbe");
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!stage.isShowing() || label.getLayoutBounds().getWidth() <= 0) return;
            long at = System.currentTimeMillis();
            scene.removePostLayoutPulseListener(listener[0]);
            if (probe != null) write(Path.of(probe), at);
            if (Boolean.getBoolean("latent.exitAfterStartup")) Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.show();
    }

    private static void write(Path file, long at) {
        try {
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temp, List.of("screen=window", "epochMillis=" + at, "pid=" + ProcessHandle.current().pid()));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Entry point on a plain class path (a main class extending Application would need JavaFX as modules). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(MinimalWindow.class, args);
        }
    }
}
