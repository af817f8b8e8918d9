package dev.latent.ui.decks;

import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.interchange.AnkiPackageBuilder;
import dev.latent.store.CardKey;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import dev.latent.ui.app.AppShell;
import dev.latent.ui.testing.Dialogs;
import dev.latent.ui.testing.Screenshots;
import dev.latent.ui.testing.TestApp;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Import deck..." with an Anki package that has a review log: the report offers to bring the history along, as
 * {@code latent import --apkg FILE --with-history} does; ticked, the cards start from their Anki reviews.
 */
@ExtendWith(ApplicationExtension.class)
class ImportHistoryFlowTest {

    private final Path dataDir = TestApp.freshFolder("import-history");
    private final Path outside = TestApp.freshFolder("import-history-outside");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    private Stage stage;
    private Store store;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DeckCatalog catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        store = TestApp.open(stage, dataDir, catalog, clock);
        TestApp.show(stage, 1100, 760);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestApp.close(robot, stage, store);
    }

    private Path packageWithHistory(String name) throws Exception {
        Instant start = Instant.parse("2026-01-10T09:00:00Z");
        AnkiPackageBuilder anki = new AnkiPackageBuilder().basic().deck(2001, name)
                .note(1001, 2001, "known", "", List.of(0), "Known card", "answer")
                .note(1001, 2001, "fresh", "", List.of(0), "New card", "answer")
                .review("known", 0, start, 3, 0)
                .review("known", 0, start.plusSeconds(600), 3, 0)
                .review("known", 0, start.plusSeconds(3 * 86_400), 4, 1);
        return Files.write(outside.resolve(name + ".apkg"), anki.current(outside));
    }

    private void importing(FxRobot robot, Path file) {
        robot.interact(() -> ((AppShell) stage.getScene().getUserData()).setImportChooser(owner -> Optional.of(file)));
        robot.clickOn("#import-deck");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tickingTheBoxBringsAnkisReviewHistoryAlong(FxRobot robot) throws Exception {
        importing(robot, packageWithHistory("Known"));
        assertTrue(robot.lookup("#import-report").queryAs(Label.class).getText().contains("Anki's review log: 3 reviews of 1 card read."));
        CheckBox bring = robot.lookup("#import-history").queryAs(CheckBox.class);
        assertTrue(bring.getText().contains("3 reviews"), bring.getText());
        assertFalse(bring.isSelected(), "history comes only when asked for");
        Screenshots.saveWhole(bring.getScene().getRoot(), Path.of("target", "screenshots"), "import-history-dialog.png");
        robot.interact(() -> bring.setSelected(true));
        Dialogs.clickButton(robot, "OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(3, store.reviewsOf(new CardKey("known", "known")).size());
        assertEquals(0, store.reviewsOf(new CardKey("known", "fresh")).size());
        assertTrue(robot.lookup("Review history from Anki: 3 reviews of 1 card recorded.").tryQuery().isPresent()
                || robot.lookup((javafx.scene.Node n) -> n instanceof Label l
                && l.getText() != null && l.getText().contains("Review history from Anki: 3 reviews of 1 card recorded.")).tryQuery().isPresent(),
                "the deck list says what was recorded");
    }

    @Test
    void leftUntickedNoHistoryIsRecorded(FxRobot robot) throws Exception {
        importing(robot, packageWithHistory("Other"));
        assertTrue(robot.lookup("#import-history").tryQuery().isPresent());
        Dialogs.clickButton(robot, "OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(dataDir.resolve("decks").resolve("other.json")));
        assertEquals(0, store.reviewsOf(new CardKey("other", "known")).size());
    }
}
