package dev.latent.ui.review;

import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.TestApp;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** However long grading takes, the window keeps responding: the answer is graded on a thread of its own. */
@ExtendWith(ApplicationExtension.class)
class GradingOffTheFxThreadTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    private static final java.util.concurrent.Executor USUAL = ReviewerView.gradingExecutor;
    private final LinkedBlockingQueue<Runnable> held = new LinkedBlockingQueue<>();
    private Store store;

    @Start
    void start(Stage stage) {
        DeckCatalog catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        store = TestApp.open(stage, dataDir, catalog, clock);
        TestApp.show(stage, 1100, 760);
        ReviewerView.gradingExecutor = held::add; // grading waits until the test lets it run
    }

    @AfterEach
    void restore() {
        ReviewerView.gradingExecutor = USUAL;
        store.close();
    }

    @Test
    void theWindowAnswersWhileAnAnswerIsBeingGraded(FxRobot robot) throws Exception {
        robot.clickOn("#study-autoencoders-gans");
        robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText("an encoder and a decoder"));
        robot.clickOn("#submit");

        Runnable grading = held.poll(10, TimeUnit.SECONDS);
        assertNotNull(grading, "grading was handed to another thread");
        assertFalse(robot.lookup("#feedback").tryQuery().isPresent(), "no feedback before the grade is in");
        assertEquals("Grading your answer\u2026", robot.lookup("#status").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#submit").queryAs(Button.class).isDisabled(), "one grading at a time");
        AtomicBoolean fxAnswered = new AtomicBoolean();
        robot.interact(() -> fxAnswered.set(Platform.isFxApplicationThread()));
        assertTrue(fxAnswered.get(), "the JavaFX thread is free meanwhile");

        assertTrue(FxChecks.ranOffTheFxThread(grading), "graded off the JavaFX thread");
        FxChecks.awaitFeedback(robot);
        assertTrue(robot.lookup("#score").tryQuery().isPresent(), "the score is shown once graded");
        assertFalse(robot.lookup("#submit").queryAs(Button.class).isDisabled());
    }
}
