package dev.latent.ui.settings;

import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.scheduling.FsrsParameters;
import dev.latent.scheduling.ReviewHistory;
import dev.latent.scheduling.SimulatedLearner;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import dev.latent.ui.testing.Dialogs;
import dev.latent.ui.testing.Screenshots;
import dev.latent.ui.testing.TestApp;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static dev.latent.ui.testing.FxChecks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Settings → Scheduling: evaluating the current FSRS parameters, optimizing from the history in the background,
 * cancelling, using the fitted parameters only when asked, and going back to the defaults.
 */
@ExtendWith(ApplicationExtension.class)
class FsrsOptimizeFlowTest {

    private static final FsrsParameters LEARNER = FsrsParameters.of(0.5, 1.5, 4.0, 12.0, 5.5, 0.6, 2.0, 0.02, 1.2, 0.2,
            1.1, 1.9, 0.08, 0.35, 2.0, 0.4, 2.4, 0.6, 0.2, 0.1, 0.35);

    private Stage stage;
    private Store store;

    /** Histories and parameters in memory, standing in for the store; it can hold a history back until released. */
    private static final class FakeSource implements FsrsOptimizeDialog.Source {
        final ReviewHistory history = SimulatedLearner.history(LEARNER, 300, 12, 5);
        final CountDownLatch release = new CountDownLatch(1);
        final java.util.Map<String, FsrsParameters> own = new java.util.concurrent.ConcurrentHashMap<>();
        volatile boolean holdBack;
        volatile FsrsParameters current = FsrsParameters.DEFAULT;
        volatile int uses;
        volatile String lastHistory = "none";

        @Override
        public ReviewHistory history(String deckId) {
            lastHistory = String.valueOf(deckId);
            if (holdBack) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return history;
        }

        @Override
        public FsrsParameters current(String deckId) {
            return deckId != null && own.containsKey(deckId) ? own.get(deckId) : current;
        }

        @Override
        public boolean hasOwn(String deckId) {
            return deckId != null && own.containsKey(deckId);
        }

        @Override
        public void use(String deckId, FsrsParameters parameters) {
            uses++;
            if (deckId == null) {
                current = parameters == null ? FsrsParameters.DEFAULT : parameters;
            } else if (parameters == null) {
                own.remove(deckId);
            } else {
                own.put(deckId, parameters);
            }
        }

        @Override
        public java.util.Map<String, String> decks() {
            java.util.Map<String, String> decks = new java.util.LinkedHashMap<>();
            decks.put("gans", "GANs");
            decks.put("vaes", "VAEs");
            return decks;
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tidyUp(FxRobot robot) {
        Dialogs.tidyUp(robot, stage);
        if (store != null) robot.interact(store::close);
    }

    private static boolean disabled(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class).isDisabled();
    }

    private static void awaitResult(FxRobot robot, String start) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#fsrs-result").startsWith(start));
        WaitForAsyncUtils.waitForFxEvents(); // the rest of the update that set the result line is done too
    }

    private FakeSource showPane(FxRobot robot) {
        FakeSource source = new FakeSource();
        robot.interact(() -> {
            stage.setScene(new Scene((Parent) new FsrsOptimizeDialog(source).node(), 640, 420));
            stage.show();
        });
        return source;
    }

    @Test
    void optimizingShowsBeforeAndAfterAndChangesNothingUntilAccepted(FxRobot robot) throws TimeoutException {
        FakeSource source = showPane(robot);
        assertEquals("Scheduling with FSRS-6's default parameters.", text(robot, "#fsrs-status"));
        assertTrue(disabled(robot, "#fsrs-use"), "nothing to use yet");

        robot.clickOn("#fsrs-evaluate");
        awaitResult(robot, "Current parameters on your ");
        assertTrue(text(robot, "#fsrs-result").contains("log loss 0."), text(robot, "#fsrs-result"));

        robot.clickOn("#fsrs-optimize");
        awaitResult(robot, "On your ");
        String shown = text(robot, "#fsrs-result");
        assertTrue(shown.matches("On your [\\d,]+ reviews a day or more apart: log loss 0\\.\\d{4} → 0\\.\\d{4},"
                + " RMSE \\(bins\\) 0\\.\\d{4} → 0\\.\\d{4} \\(current → fitted; lower is better\\)\\."), shown);
        assertEquals(0, source.uses, "fitting alone changes nothing");
        assertEquals(FsrsParameters.DEFAULT, source.current);
        assertFalse(disabled(robot, "#fsrs-use"));
        Screenshots.save(stage.getScene(), "fsrs-optimized.png");

        robot.clickOn("#fsrs-use");
        assertEquals(1, source.uses);
        assertNotEquals(FsrsParameters.DEFAULT, source.current);
        assertEquals("Scheduling with parameters fitted to your history.", text(robot, "#fsrs-status"));
        assertTrue(text(robot, "#fsrs-result").endsWith("Now scheduling with them."));

        robot.clickOn("#fsrs-reset");
        assertEquals(FsrsParameters.DEFAULT, source.current);
        assertEquals("Scheduling with FSRS-6's default parameters.", text(robot, "#fsrs-status"));
        assertFalse(disabled(robot, "#fsrs-use"), "the fit can still be taken back into use");
    }

    @Test
    void aDeckCanHaveItsOwnParametersOrTheCollections(FxRobot robot) throws TimeoutException {
        FakeSource source = showPane(robot);
        robot.interact(() -> robot.lookup("#fsrs-scope").queryComboBox().getSelectionModel().select(1));
        assertEquals("This deck is scheduled with the collection's parameters (All decks).", text(robot, "#fsrs-status"));
        assertEquals("Use the collection's", robot.lookup("#fsrs-reset").queryButton().getText());
        robot.clickOn("#fsrs-optimize");
        awaitResult(robot, "On your ");
        assertEquals("gans", source.lastHistory, "fitted on the deck's own reviews");
        robot.clickOn("#fsrs-use");
        assertTrue(source.own.containsKey("gans"));
        assertEquals(FsrsParameters.DEFAULT, source.current, "the collection's stay as they were");
        assertEquals("This deck is scheduled with its own parameters, fitted to its reviews.", text(robot, "#fsrs-status"));

        robot.clickOn("#fsrs-reset");
        assertFalse(source.own.containsKey("gans"));
        assertEquals("This deck now uses the collection's parameters.", text(robot, "#fsrs-result"));
        robot.interact(() -> robot.lookup("#fsrs-scope").queryComboBox().getSelectionModel().select(0));
        assertEquals("Scheduling with FSRS-6's default parameters.", text(robot, "#fsrs-status"));
        assertEquals("", text(robot, "#fsrs-result"), "a new scope starts afresh");
        assertTrue(disabled(robot, "#fsrs-use"));
    }

    @Test
    void theRetentionHelperTablesAYearOfWorkloadAgainstRecall(FxRobot robot) throws TimeoutException {
        showPane(robot);
        robot.clickOn("#fsrs-compare");
        awaitResult(robot, "A simulated year with 20 new cards a day and the current parameters");
        for (String retention : new String[]{"70", "75", "80", "85", "90", "95"}) {
            assertEquals("0." + retention, text(robot, "#fsrs-retention-" + retention));
        }
        javafx.scene.layout.GridPane table = robot.lookup("#fsrs-retention-table").queryAs(javafx.scene.layout.GridPane.class);
        assertEquals(3 * 7, table.getChildren().size(), "a heading row and six rows of three");
        Label reviews85 = (Label) table.getChildren().get(3 * 4 + 1);
        Label reviews95 = (Label) table.getChildren().get(3 * 6 + 1);
        assertTrue(Integer.parseInt(reviews95.getText()) > Integer.parseInt(reviews85.getText()),
                reviews85.getText() + " vs " + reviews95.getText());
        assertTrue(((Label) table.getChildren().get(3 * 6 + 2)).getText().endsWith(" %"));
        Screenshots.save(stage.getScene(), "fsrs-retention-helper.png");
    }

    @Test
    void cancellingStopsTheFitAndKeepsTheParameters(FxRobot robot) throws TimeoutException {
        FakeSource source = showPane(robot);
        source.holdBack = true;
        robot.clickOn("#fsrs-optimize");
        assertTrue(robot.lookup("#fsrs-progress").query().isVisible(), "progress shows while it runs");
        assertTrue(disabled(robot, "#fsrs-optimize"), "one fit at a time");
        robot.clickOn("#fsrs-cancel");
        source.release.countDown();
        awaitResult(robot, "Optimizing cancelled; nothing changed.");
        assertEquals(0, source.uses);
        assertTrue(disabled(robot, "#fsrs-use"));
        assertFalse(disabled(robot, "#fsrs-optimize"));
        assertFalse(robot.lookup("#fsrs-progress").query().isVisible());
    }

    @Test
    void settingsOpenSchedulingAndAnEmptyHistoryKeepsTheDefaults(FxRobot robot) throws TimeoutException {
        Path dataDir = TestApp.freshFolder("fsrs-optimize");
        DeckCatalog catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
        robot.interact(() -> {
            store = TestApp.open(stage, dataDir, catalog, clock);
            TestApp.show(stage, 1100, 760);
        });
        robot.clickOn("#open-settings");
        robot.clickOn("#setting-fsrs-optimize");
        assertEquals("Scheduling with FSRS-6's default parameters.", text(robot, "#fsrs-status"));
        assertEquals(1 + catalog.decks().size(), robot.lookup("#fsrs-scope").queryComboBox().getItems().size(),
                "All decks, then each deck");
        robot.clickOn("#fsrs-optimize");
        awaitResult(robot, "Too few reviews to optimize: 0 a day or more apart, 512 needed.");
        assertTrue(disabled(robot, "#fsrs-use"));
        assertTrue(store.fsrs().fsrsParameters(null).isEmpty(), "nothing stored");
        // Parameters kept in the store are what the dialog then reports, and Reset removes them.
        robot.interact(() -> store.fsrs().setFsrsParameters(null, LEARNER));
        robot.clickOn("#fsrs-reset");
        assertTrue(store.fsrs().fsrsParameters(null).isEmpty());
        assertNull(store.fsrs().fsrsParameters(null).orElse(null));
    }
}
