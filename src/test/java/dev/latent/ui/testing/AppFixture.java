package dev.latent.ui.testing;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.store.Store;
import dev.latent.settings.Settings;
import dev.latent.settings.SettingsStore;
import dev.latent.testing.MutableClock;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The set-up most UI flow tests share: a data folder, the decks in it (with the bundled ones), the
 * "autoencoders-gans" deck, a clock at 2 March 2026 09:00 UTC, the store opened on the folder and the app's window
 * on the test's stage. Create it as a field (or in {@code @Start} for a {@code @TempDir}), call {@link #start} in
 * {@code @Start} and {@link #close} in {@code @AfterEach}.
 */
public final class AppFixture {

    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    public static final String DECK_ID = "autoencoders-gans";

    public final Path dataDir;
    public final MutableClock clock = new MutableClock(NOW, ZoneId.of("UTC"));
    private Stage stage;
    private DeckCatalog catalog;
    private Deck deck;
    private Store store;

    private AppFixture(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** In {@code target/ui-test-data/NAME}, emptied first (fixed paths keep the screenshots the same from run to run). */
    public static AppFixture inFreshFolder(String name) {
        return new AppFixture(TestApp.freshFolder(name));
    }

    public static AppFixture in(Path dataDir) {
        return new AppFixture(dataDir);
    }

    /** Loads the decks and opens the app on {@code stage}, not shown yet: a test may add history before {@link #show}. */
    public AppFixture open(Stage stage) {
        this.stage = stage;
        catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        deck = catalog.deck(DECK_ID).orElseThrow();
        store = TestApp.open(stage, dataDir, catalog, clock);
        return this;
    }

    /** {@link #open}, then shows the window at this size. */
    public AppFixture start(Stage stage, double width, double height) {
        open(stage);
        show(width, height);
        return this;
    }

    public void show(double width, double height) {
        TestApp.show(stage, width, height);
    }

    /** Closes the store and starts the app again on the same stage, as a restart would (call on the JavaFX thread). */
    public void restart() {
        store.close();
        store = TestApp.open(stage, dataDir, catalog, clock);
    }

    /** Starts the app again at this text size in a window of this size, as a learner who changed them would. */
    public void reopenAt(FxRobot robot, int fontZoom, double width, double height) {
        robot.interact(() -> {
            new SettingsStore(dataDir).save(Settings.DEFAULT.withFontZoom(fontZoom));
            restart();
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes any dialog a failed test left open, then the store. */
    public void close(FxRobot robot) {
        Dialogs.tidyUp(robot, stage);
        close();
    }

    public void close() {
        store.close();
    }

    public Stage stage() {
        return stage;
    }

    public DeckCatalog catalog() {
        return catalog;
    }

    public Deck deck() {
        return deck;
    }

    /** The store now open (a {@link #restart} opens another). */
    public Store store() {
        return store;
    }
}
