package dev.latent.ui.app;

import dev.latent.platform.AppPaths;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.store.CardKey;
import dev.latent.store.ReviewInput;
import dev.latent.store.Store;
import dev.latent.ui.testing.Dialogs;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app started on a database with damaged pages: instead of a stack trace, the restore dialog; restoring a
 * backup there starts the app on it, and the damaged file is kept.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreAtStartupTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final CardKey KEY = new CardKey("old-deck", "q0");

    @TempDir
    Path dataDir;

    private Stage stage;
    private final LatentApp app = new LatentApp();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        LatentApp.quit = () -> { };
    }

    @AfterEach
    void stopApp(FxRobot robot) throws Exception {
        Dialogs.tidyUp(robot, stage);
        LatentApp.quit = Platform::exit;
        robot.interact(() -> {
            try {
                app.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static void answer(Store store, int second) {
        store.recordReview(ReviewInput.of(KEY, Rating.GOOD,
                new CardState(CardState.State.REVIEW, null, 3.0, 5.0, T0.plus(Duration.ofDays(3)), T0), T0.plusSeconds(second), 1000));
    }

    @Test
    void damagedPagesAtStartShowTheRestoreDialogAndRestoringStartsTheApp(FxRobot robot) throws Exception {
        Path backup;
        try (Store store = Store.open(dataDir)) {
            store.syncDeck(KEY.deckId(), List.of(KEY.questionId()), T0);
            answer(store, 1);
            backup = store.backup();
            answer(store, 2);
        }
        Path db = dataDir.resolve(Store.DATABASE_FILE);
        try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "rw")) {
            // Every page after the first (header and schema): the file opens, its tables do not read.
            byte[] junk = new byte[(int) raf.length() - 4096];
            java.util.Arrays.fill(junk, (byte) 0x6B);
            raf.seek(4096);
            raf.write(junk);
        }

        LatentApp.prepare(new AppPaths(dataDir), Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC), null);
        Platform.runLater(() -> app.start(stage));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#restore-dialog").tryQuery().isPresent());
        String problem = robot.lookup("#restore-problem").queryAs(Label.class).getText();
        assertTrue(problem.contains("damaged"), problem);
        assertTrue(robot.lookup("#restore-backups").queryListView().getItems().contains(backup), "the backup is offered");

        javafx.scene.control.DialogPane pane = robot.lookup("#restore-dialog").queryAs(javafx.scene.control.DialogPane.class);
        javafx.scene.control.Button restore = (javafx.scene.control.Button) pane.lookupButton(RestoreDialog.RESTORE);
        assertEquals("Restore", restore.getText());
        robot.interact(restore::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#open-settings").tryQuery().isPresent());
        assertTrue(stage.isShowing(), "the app started on the restored history");
        robot.interact(() -> {
            try {
                app.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (Store store = Store.open(dataDir)) {
            assertEquals(1, store.reviewsOf(KEY).size(), "the backup's history is in use");
        }
        try (var kept = Files.list(dataDir.resolve("backups"))) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().startsWith("latent-damaged-")), "the damaged file is kept");
        }
    }
}
