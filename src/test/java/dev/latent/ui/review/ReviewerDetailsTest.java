package dev.latent.ui.review;

import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.TestApp;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reviewer's small promises: a fresh hint per card, keys on the buttons, no suggestion a card cannot justify. */
@ExtendWith(ApplicationExtension.class)
class ReviewerDetailsTest {

    private final Path dataDir = TestApp.freshFolder("reviewer-details");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    private Store store;

    @Start
    void start(Stage stage) {
        try {
            Files.createDirectories(dataDir.resolve("decks"));
            Files.writeString(dataDir.resolve("decks").resolve("plain.json"), """
                    {"id": "plain", "title": "Plain cards", "questions": [
                      {"id": "q1", "prompt": "Capital of France?", "answer": {"intro": "Paris."}},
                      {"id": "q2", "prompt": "Capital of Italy?", "answer": {"intro": "Rome."}}]}
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DeckCatalog catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        store = TestApp.open(stage, dataDir, catalog, clock);
        TestApp.show(stage, 1100, 760);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void aPlainCardSuggestsNoRatingAndTheNextCardStartsWithoutTheLastHint(FxRobot robot) {
        robot.clickOn("#study-plain");
        robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText("Paris"));
        robot.clickOn("#submit");
        FxChecks.awaitFeedback(robot);
        for (String id : new String[]{"#rate-again", "#rate-hard", "#rate-good", "#rate-easy"}) {
            assertFalse(robot.lookup(id).queryButton().getStyleClass().contains("accent"), id + " is not suggested");
        }
        assertTrue(status(robot).startsWith("No rubric grades this card"), status(robot));
        Button easy = robot.lookup("#rate-easy").queryButton();
        assertTrue(easy.getText().startsWith("Easy  4\n"), "the key is on the button: " + easy.getText());
        robot.type(KeyCode.DIGIT3);
        assertEquals("Capital of Italy?", robot.lookup("#prompt").queryAs(Label.class).getText());
        assertEquals("", status(robot), "the last card's hint does not stay under the next question");
    }
}
