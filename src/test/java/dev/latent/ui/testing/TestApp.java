package dev.latent.ui.testing;

import dev.latent.deck.folder.DeckCatalog;
import dev.latent.platform.AppPaths;
import dev.latent.store.Store;
import dev.latent.ui.app.AppShell;
import dev.latent.ui.app.LatentApp;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/** The app as the UI tests start it: a data folder, the store opened on it and the main window on the test's stage. */
public final class TestApp {

    private TestApp() {
    }

    /**
     * {@code target/ui-test-data/NAME}, emptied: a fixed folder rather than a random temporary one where the data
     * folder's path shows on screen, so that screenshots do not change from run to run.
     */
    public static Path freshFolder(String name) {
        Path dir = Path.of("target", "ui-test-data", name).toAbsolutePath();
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What starting the app does: opens the store (the test closes it) and puts the main window's scene on the stage. */
    public static Store open(Stage stage, Path dataDir, DeckCatalog catalog, Clock clock) {
        Store store = Store.open(dataDir);
        stage.setScene(LatentApp.createScene(new AppPaths(dataDir), catalog, store, clock));
        return store;
    }

    /**
     * After a test: closes the windows it left open, then the app (its background work) and the store, so the next
     * test starts afresh on the shared stage.
     */
    public static void close(FxRobot robot, Stage stage, Store store) {
        Dialogs.tidyUp(robot, stage);
        ((AppShell) stage.getScene().getUserData()).close();
        store.close();
    }

    public static void show(Stage stage, double width, double height) {
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
    }
}
