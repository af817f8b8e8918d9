package dev.latent.ui.editor;

import dev.latent.deck.Deck;
import dev.latent.deck.edit.DeckEdits;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.deck.json.DeckWriter;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import dev.latent.ui.testing.TestApp;
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
import java.util.concurrent.TimeUnit;

import static dev.latent.ui.testing.FxChecks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A deck of one's own without graded samples (a new or imported one): the rubric test says why it did not run, in full
 * at 100 % text, wrapped in the side column rather than cut with an ellipsis.
 */
@ExtendWith(ApplicationExtension.class)
class RubricTestNoteTest {

    private final Path dataDir = TestApp.freshFolder("rubric-test-note");
    private Stage stage;
    private Store store;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Deck bundled = DeckLibrary.loadAll(null).deck("autoencoders-gans").orElseThrow();
        Deck mine = DeckEdits.withTitle(DeckEdits.withId(bundled, "my-autoencoder-deck"), "My autoencoder deck");
        mine = DeckEdits.withQuestions(mine, mine.questions().stream().map(q -> DeckEdits.withSamples(q, List.of())).toList());
        DeckWriter.write(mine, Files.createDirectories(dataDir.resolve("decks")).resolve("mine.json"));
        DeckCatalog catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        store = TestApp.open(stage, dataDir, catalog, new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC")));
        TestApp.show(stage, 1100, 720);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestApp.close(robot, stage, store);
    }

    @Test
    void whyTheTestDidNotRunWrapsAndIsReadInFull(FxRobot robot) throws Exception {
        for (int[] size : new int[][]{{1100, 720}, {1366, 768}, {1920, 1080}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            robot.interact(() -> robot.lookup("#edit-my-autoencoder-deck").queryButton().fire());
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#rubric-test-state").startsWith("Not run"));
            WaitForAsyncUtils.waitForFxEvents();
            Label state = robot.lookup("#rubric-test-state").queryAs(Label.class);
            assertEquals("Not run: deck my-autoencoder-deck has no graded answers to test", state.getText());
            Screenshots.saveWhole(stage.getScene().getRoot(), Path.of("target", "screenshots"),
                    "rubric-test-note-" + size[0] + "x" + size[1] + ".png");
            assertEquals(List.of(), FxChecks.truncated(stage.getScene().getRoot()), size[0] + "x" + size[1]);
            assertTrue(state.getHeight() >= state.prefHeight(state.getWidth()) - 1, "all its lines shown");
            robot.interact(() -> robot.lookup("#editor-back").queryButton().fire());
            FxChecks.awaitNode(robot, "#edit-my-autoencoder-deck");
        }
    }
}
