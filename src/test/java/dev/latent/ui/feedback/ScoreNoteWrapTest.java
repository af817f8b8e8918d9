package dev.latent.ui.feedback;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.deck.edit.DeckEdits;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.json.DeckWriter;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.TestApp;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notes under the score are whole and wrap to as many lines as they need. In the real app at 300 % text on a
 * 1366x768 laptop the note naming the part left unanswered ("Not answered: “What is the point of doing so?”, so the
 * grade is capped.") had been cut to one line and an ellipsis (seen in a screenshot, mended by giving the label its
 * wrapped height). Headless, Monocle's text metrics differ and the cut did not show, so this guards the note's wrap at
 * 300 % in a short window rather than reproducing that screenshot.
 */
@ExtendWith(ApplicationExtension.class)
class ScoreNoteWrapTest {

    private final Path dataDir = TestApp.freshFolder("score-note");
    private AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        // A deck of one two-part question, as a learner's own deck: the tied-weights question first.
        Deck bundled = DeckLoader.load(Path.of("questions/autoencoders-gans.json"));
        Question tied = bundled.question("ae-tied-weights").orElseThrow();
        Deck parts = DeckEdits.withTitle(DeckEdits.withId(new Deck(bundled.id(), bundled.title(), bundled.description(),
                List.of(tied), bundled.source()), "parts-demo"), "Tied weights");
        DeckWriter.write(parts, Files.createDirectories(dataDir.resolve("decks")).resolve("parts-demo.json"));
        app = AppFixture.in(dataDir).start(stage, 1366, 768);
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void aLongNoteIsWholeAndWrapsAtLargeTextInAShortWindow(FxRobot robot) {
        app.reopenAt(robot, 300, 1100, 720);
        robot.interact(() -> robot.lookup("#study-parts-demo").queryButton().fire());
        robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class)
                .setText("The decoder uses the transpose of the encoder weights."));
        robot.interact(() -> robot.lookup("#submit").queryButton().fire());
        FxChecks.awaitFeedback(robot);
        Label note = robot.lookup(".score-flag").queryAs(Label.class);
        assertTrue(note.getText().startsWith("Not answered: \u201CWhat is the point of doing so?\u201D"), note.getText());
        Node text = note.lookup(".text");
        assertEquals(note.getText(), ((javafx.scene.text.Text) text).getText(), "the note is cut short");
        assertTrue(text.getLayoutBounds().getHeight() > 1.5 * note.getFont().getSize(), "the note takes two lines or more");
    }
}
