package dev.latent.ui.app;

import dev.latent.cli.LatentCommand;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.platform.AppPaths;
import dev.latent.platform.SoftwareRendering;
import dev.latent.platform.StartupTrace;
import dev.latent.scoring.Grader;
import dev.latent.store.Store;
import dev.latent.store.StoreDamagedException;
import dev.latent.store.StoreException;
import dev.latent.ui.common.Pages;
import dev.latent.ui.common.Themes;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The desktop app: opens the learner's store, loads the decks, then hands the window to {@link AppShell}. */
public final class LatentApp extends Application {

    /** Set by {@link #launchWith} before the toolkit starts: JavaFX creates this class itself, without arguments. */
    private static CompletableFuture<AppStartup> opening;
    private static String studyDeck;
    private static AppPaths openedPaths;
    /** What quitting from the restore dialog does; tests, which share one toolkit, keep it running. */
    static Runnable quit = Platform::exit;
    private static Clock openedClock;

    /**
     * JavaFX's own logger, held so that its filter stays (java.util.logging keeps loggers weakly). The runnable
     * jar puts JavaFX on the class path on purpose, and JavaFX warns about that on every start ("Unsupported
     * JavaFX configuration: classes were loaded from 'unnamed module'"): noise for a user that says nothing is
     * wrong. Only that one message is dropped; every other JavaFX message still shows.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Store store;
    private Thread backup;
    private Scene scene;

    public static void launchWith(LatentCommand.AppOptions options) {
        StartupTrace.mark("main");
        // The store and the decks need no toolkit: read them while JavaFX starts, on another core.
        prepare(AppPaths.of(options.dataDir()), Clock.systemDefaultZone(), options.studyDeck());
        JAVAFX_LOG.setFilter(LatentApp::notTheClassPathWarning);
        SoftwareRendering.chooseForThisJvm();
        Application.launch(LatentApp.class);
    }

    /** Starts reading the data for the next {@link #start}; tests call it before starting the app on their stage. */
    static void prepare(AppPaths paths, Clock clock, String deckToStudy) {
        openedPaths = paths;
        openedClock = clock;
        opening = AppStartup.openInBackground(paths, clock);
        studyDeck = deckToStudy;
    }

    static boolean notTheClassPathWarning(java.util.logging.LogRecord record) {
        String message = record.getMessage();
        return message == null || !message.startsWith("Unsupported JavaFX configuration: classes were loaded from");
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit up");
        AppStartup opened;
        try {
            opened = opening.join();
            StartupTrace.mark("data ready");
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreDamagedException damaged) {
                recover(stage, damaged);
                return;
            }
            if (!(e.getCause() instanceof StoreException problem)) throw e;
            // A second instance, a full disk, an unusable data folder: say so and touch nothing.
            System.err.println("Latent cannot open your data: " + problem.getMessage());
            Alert alert = new Alert(Alert.AlertType.ERROR, problem.getMessage());
            alert.setTitle("Latent");
            alert.setHeaderText("Latent cannot open your data");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        store = opened.store();
        Clock clock = opened.collection().clock();
        AppShell shell;
        boolean studying;
        try {
            shell = new AppShell(opened);
            StartupTrace.mark("theme set");
            scene = createScene(shell);
            StartupTrace.mark("scene created");
            studying = studyDeck != null && shell.studyDeck(studyDeck);
            if (!studying) shell.showDeckList();
        } catch (StoreDamagedException damaged) {
            // Damaged pages the opening did not read, found while building the first screen.
            if (scene != null && scene.getUserData() instanceof AppShell built) built.close();
            scene = null;
            store.close();
            store = null;
            recover(stage, damaged);
            return;
        }
        StartupTrace.mark("first screen built");
        // After the first screen is up: the daily backup (it copies the whole database, seconds for a long
        // history) and Lucene's one-time start-up (about 100 ms), so the first graded answer is quick.
        StartupProbe.watch(scene, studying ? "question" : "decks", studying ? "#prompt" : ".deck-folder", () -> {
            backup = backUpInBackground(store, clock);
            collectStartUpGarbage(Grader.warmUpInBackground());
        });
        stage.setTitle("Latent");
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!shell.mayClose()) e.consume(); // unsaved deck edits
        });
        java.nio.file.Path dataDir = opened.collection().paths().dataDir();
        WindowPlacement.load(dataDir).ifPresent(placement -> placement.applyTo(stage, javafx.stage.Screen.getScreens()));
        stage.setOnHiding(e -> WindowPlacement.of(stage).save(dataDir));
        stage.show();
        StartupTrace.mark("window shown");
    }

    /**
     * The database is damaged: offer the backups, and once one is restored start again as if just launched. The
     * learner may also quit; nothing is deleted either way.
     */
    private void recover(Stage stage, StoreDamagedException damaged) {
        System.err.println("Latent cannot open your data: " + damaged.getMessage());
        Optional<Store.Restored> restored = RestoreDialog.offer(stage.isShowing() ? stage : null, damaged.dataDir(), damaged);
        if (restored.isEmpty()) {
            quit.run();
            return;
        }
        prepare(openedPaths, openedClock, studyDeck);
        start(stage);
    }

    /**
     * Once the grader has warmed up, one full collection. Start-up (the toolkit, the decks, Lucene) leaves tens of
     * megabytes of garbage in a heap the JVM sizes for the machine, and G1 keeps it resident until it next collects,
     * which an idle app may not do for minutes; a full collection returns what the heap no longer needs (JDK 25:
     * ~233 MB resident 3 s after the first screen without it, ~196 MB with it; JDK 17: ~205, ~195 MB). It runs when
     * the first screen is up and the learner is reading it, and takes some tens of milliseconds.
     */
    private static void collectStartUpGarbage(Thread warmUp) {
        Thread settle = new Thread(() -> {
            try {
                warmUp.join();
                System.gc();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "latent-settle");
        settle.setDaemon(true);
        settle.start();
    }

    private static Thread backUpInBackground(Store store, Clock clock) {
        Thread backup = new Thread(() -> {
            try {
                store.backupIfDue(clock.instant());
            } catch (RuntimeException e) {
                // A failed backup must not take the app down; the next start tries again.
                System.err.println("latent: daily backup failed: " + e.getMessage());
            }
        }, "latent-daily-backup");
        backup.setDaemon(true);
        backup.start();
        return backup;
    }

    @Override
    public void stop() throws InterruptedException {
        // Let a backup under way finish rather than close the store under it.
        if (backup != null) backup.join();
        if (scene != null && scene.getUserData() instanceof AppShell shell) shell.close();
        if (store != null) store.close();
    }

    /** The size the window opens at on a fresh data folder (no window.json), on any screen it fits. */
    public static final double DEFAULT_WIDTH = 1100;
    public static final double DEFAULT_HEIGHT = 720;

    /** The whole window content; tests build it the same way the app does. */
    public static Scene createScene(AppPaths paths, DeckCatalog catalog, Store store, Clock clock) {
        AppShell shell = new AppShell(paths, catalog, store, clock);
        Scene scene = createScene(shell);
        shell.showDeckList();
        return scene;
    }

    private static Scene createScene(AppShell shell) {
        Scene scene = new Scene(shell.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Themes.stylesheet());
        Pages.tooltipsLetEscapeThrough(); // every screen's Esc (leave, close) works with a tooltip up
        scene.setUserData(shell); // closed on exit: it watches the deck folder
        // A scene replaced in its window (a restart inside the same window, as tests do) stops watching too.
        scene.windowProperty().addListener((obs, old, now) -> {
            if (old != null && now == null) shell.close();
        });
        shell.watchDeckFolder();
        // Ctrl+Q (Cmd+Q) quits, as in Anki, after the same question a close button asks (unsaved deck edits).
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Q,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), () -> {
            if (scene.getWindow() != null && shell.mayClose()) scene.getWindow().hide();
        });
        return scene;
    }
}
