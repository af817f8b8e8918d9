package dev.latent.ui.review;

import dev.latent.ui.testing.TestApp;
import dev.latent.ui.testing.FxChecks;
import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.deck.Question;
import dev.latent.store.Store;
import org.junit.jupiter.api.AfterEach;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.latent.ui.testing.FxChecks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Browsing a deck, as a learner does it with the keyboard: deck list, all eight questions in order, back. */
@ExtendWith(ApplicationExtension.class)
class StudyFlowTest {

    @TempDir
    Path dataDir;

    private Deck bundled;
    private Store store;

    @Start
    void start(Stage stage) throws IOException {
        Path decks = Files.createDirectories(dataDir.resolve("decks"));
        Files.writeString(decks.resolve("broken.json"), "{\"id\": \"broken\", \"title\": \"Broken\", \"questions\": [}");
        DeckCatalog catalog = DeckLibrary.loadAll(decks);
        bundled = catalog.deck("autoencoders-gans").orElseThrow();
        store = TestApp.open(stage, dataDir, catalog, Clock.systemUTC());
        TestApp.show(stage, 1100, 720);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static boolean visible(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.isVisible() && node.getScene() != null;
    }

    @Test
    void deckListShowsTheBundledDeckAndWhatIsWrongWithABrokenOne(FxRobot robot) {
        assertEquals("8 questions", text(robot, "#count-autoencoders-gans"));
        assertTrue(robot.lookup(".failure-card").tryQuery().isPresent(), "the broken deck is listed");
        String file = robot.lookup(".failure-card .label").queryAs(Label.class).getText();
        assertTrue(file.endsWith("broken.json"), file);
        String problems = robot.lookup(".problem-text").queryAs(Label.class).getText();
        assertTrue(problems.startsWith("1:51: invalid JSON: Unexpected close marker"), problems);
        
    }

    @Test
    void goesThroughAllEightQuestionsWithTheKeyboard(FxRobot robot) {
        robot.clickOn("#preview-autoencoders-gans");
        for (int i = 0; i < bundled.size(); i++) {
            Question question = bundled.questions().get(i);
            assertEquals("Question " + (i + 1) + " of 8", text(robot, "#progress"));
            assertEquals(question.prompt(), text(robot, "#prompt"));
            assertFalse(visible(robot, "#model-answer"), "the model answer starts hidden");
            FxChecks.awaitFocus(robot, "#answer");

            robot.write(i == 0 ? "Dimensionality reduction,\ndenoising and anomaly detection." : "answer " + (i + 1));
            robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);

            assertTrue(visible(robot, "#model-answer"), "Ctrl+Enter reveals the model answer");
            String firstPoint = question.answer().points().isEmpty() ? question.answer().intro() : question.answer().points().get(0);
            assertTrue(robot.lookup("#model-answer").queryAll().stream().findFirst().orElseThrow()
                    .lookupAll(".label").stream().anyMatch(l -> ((Label) l).getText().equals(firstPoint)));
            if (i == 0) {
                assertEquals("Dimensionality reduction,\ndenoising and anomaly detection.",
                        robot.lookup("#answer").queryAs(TextArea.class).getText(), "multi-line answers are kept");
                
            }
            robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        }
        assertEquals("You went through all 8 questions.", text(robot, "#finished"));
        robot.type(KeyCode.ENTER);
        assertEquals("8 questions", text(robot, "#count-autoencoders-gans"));
    }

    @Test
    void goingBackShowsWhatWasTypedAndRevealed(FxRobot robot) throws Exception {
        robot.clickOn("#preview-autoencoders-gans");
        FxChecks.awaitFocus(robot, "#answer");
        robot.write("my first answer");
        assertEquals("my first answer", robot.lookup("#answer").queryAs(TextArea.class).getText());
        robot.clickOn("#reveal");
        robot.clickOn("#next");
        assertEquals("Question 2 of 8", text(robot, "#progress"));
        robot.write("half typed");
        robot.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        assertEquals("Question 1 of 8", text(robot, "#progress"));
        assertEquals("my first answer", robot.lookup("#answer").queryAs(TextArea.class).getText());
        assertTrue(visible(robot, "#model-answer"));
        robot.clickOn("#next");
        assertEquals("half typed", robot.lookup("#answer").queryAs(TextArea.class).getText());
        assertFalse(visible(robot, "#model-answer"));
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#study-autoencoders-gans").tryQuery().isPresent(), "Esc goes back to the decks");
    }

    @Test
    void previewLetsAQuestionBeSkippedWithoutRevealingIt(FxRobot robot) {
        robot.clickOn("#preview-autoencoders-gans");
        FxChecks.awaitFocus(robot, "#answer");
        assertEquals("Skip \u2192", robot.lookup("#next").queryButton().getText());
        assertFalse(robot.lookup("#next").queryButton().isDisabled(), "skipping needs no reveal");
        robot.clickOn("#next");
        assertEquals("Question 2 of 8", text(robot, "#progress"));
        robot.press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);
        assertEquals("Question 3 of 8", text(robot, "#progress"), "Alt+Right skips too");
        robot.clickOn("#reveal");
        assertEquals("Next question", robot.lookup("#next").queryButton().getText());
    }
}
