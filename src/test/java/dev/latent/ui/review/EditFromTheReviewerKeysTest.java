package dev.latent.ui.review;

import dev.latent.settings.Settings;
import dev.latent.settings.SettingsStore;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static dev.latent.ui.testing.FxChecks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor opened from the reviewer (E) takes the keys at once, at every text size: the learner types into the
 * question, Ctrl+S saves it and Esc goes back to the review, without first clicking into the editor. At 300 % the
 * editor is one scrolling column, whose fields join the window only once laid out.
 */
@ExtendWith(ApplicationExtension.class)
class EditFromTheReviewerKeysTest {

    private static final int[] ZOOMS = {100, 300};

    private final AppFixture app = AppFixture.inFreshFolder("edit-from-the-reviewer-keys");

    @Start
    void start(Stage window) throws IOException {
        Files.createDirectories(app.dataDir.resolve("decks"));
        // A deck for each text size: the fixture's restart keeps the decks as first loaded.
        for (int zoom : ZOOMS) {
            Files.writeString(deckFile(zoom), """
                    {"id": "plain-%d", "title": "Plain cards", "questions": [
                      {"id": "q1", "prompt": "Capital of France?", "answer": {"intro": "Paris."}},
                      {"id": "q2", "prompt": "Capital of Italy?", "answer": {"intro": "Rome."}}]}
                    """.formatted(zoom));
        }
        app.start(window, 1366, 768);
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private Path deckFile(int zoom) {
        return app.dataDir.resolve("decks").resolve("plain-" + zoom + ".json");
    }

    @Test
    void ctrlSAndEscReachTheEditorAsSoonAsItOpensAt100And300Percent(FxRobot robot) throws IOException {
        for (int zoom : ZOOMS) {
            robot.interact(() -> {
                new SettingsStore(app.dataDir).save(Settings.DEFAULT.withFontZoom(zoom));
                app.restart();
            });
            robot.interact(() -> robot.lookup("#study-plain-" + zoom).queryButton().fire());
            FxChecks.awaitFocus(robot, "#answer");
            robot.write("Paris");
            robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
            FxChecks.awaitFeedback(robot);

            String edited = "Capital of France? " + zoom;
            robot.type(KeyCode.E);
            FxChecks.awaitNode(robot, "#question-list");
            try {
                FxChecks.awaitFocus(robot, "#prompt"); // the question's prompt: what E was pressed to change
            } catch (AssertionError e) {
                throw new AssertionError("at " + zoom + " %: " + e.getMessage(), e);
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Optional.empty(), FxChecks.outOfView(robot.lookup("#prompt").query()), "what the keys go to shows, at " + zoom + " %");
            robot.interact(() -> robot.lookup("#prompt").queryAs(TextArea.class).end());
            robot.write(" " + zoom);
            robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(Files.readString(deckFile(zoom)).contains(edited), "Ctrl+S saved \"" + edited + "\", at " + zoom + " %: " + Files.readString(deckFile(zoom)));

            robot.type(KeyCode.ESCAPE);
            FxChecks.awaitNode(robot, "#feedback-holder");
            assertEquals(edited, text(robot, "#prompt"), "Esc went back to the review, at " + zoom + " %");
            robot.interact(() -> robot.lookup("#back-to-decks").queryButton().fire());
        }
    }
}
