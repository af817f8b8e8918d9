package dev.latent.ui.app;

import dev.latent.deck.Question;
import dev.latent.settings.SettingsStore;
import dev.latent.store.CardKey;
import dev.latent.store.StoreFaults;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.latent.ui.testing.FxChecks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A save that fails (a full disk) is shown to the learner, and nothing moves on as if it had worked. */
@ExtendWith(ApplicationExtension.class)
class SaveFailureFlowTest {

    @TempDir
    Path folder;

    private AppFixture app;

    @Start
    void start(Stage window) {
        app = AppFixture.in(folder).start(window, 1100, 760);
    }

    @AfterEach
    void closeStore(FxRobot robot) {
        app.close(robot);
    }

    private int reviewCount() {
        return app.deck().questions().stream().mapToInt(q -> app.store().reviewsOf(new CardKey(app.deck().id(), q.id())).size()).sum();
    }

    @Test
    void aRatingThatCannotBeSavedIsToldAndTheCardStays(FxRobot robot) {
        robot.clickOn("#study-autoencoders-gans");
        String prompt = text(robot, "#prompt");
        Question question = app.deck().questions().stream().filter(q -> q.prompt().equals(prompt)).findFirst().orElseThrow();
        // Long enough that its review needs a new page of the database, which the full disk refuses.
        String answer = (question.answer().fullText() + " ").repeat(40);
        robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText(answer));
        robot.clickOn("#submit");
        FxChecks.awaitFeedback(robot);
        assertTrue(robot.lookup("#feedback").tryQuery().isPresent(), "graded");
        StoreFaults.fillDisk(app.store());

        robot.type(KeyCode.DIGIT3);
        Label problem = robot.lookup("#save-problem").queryAs(Label.class);
        assertTrue(problem.isVisible(), "the failure is shown");
        assertTrue(problem.getText().startsWith("Your rating was not saved."), problem.getText());
        assertTrue(problem.getText().contains("the disk is full"), problem.getText());
        assertEquals(prompt, text(robot, "#prompt"), "the card stays");
        assertTrue(robot.lookup("#feedback").tryQuery().isPresent(), "with its feedback, ready to be rated again");
        assertEquals(0, reviewCount(), "and nothing was recorded");
    }

    @Test
    void settingsThatCannotBeSavedAreToldAndTheOldOnesStay(FxRobot robot) throws Exception {
        // Something the settings file cannot replace: its write fails as a full disk's would.
        Path blocked = app.dataDir.resolve(SettingsStore.FILE);
        Files.createDirectories(blocked);
        Files.writeString(blocked.resolve("keep"), "x");
        String styleBefore = app.stage().getScene().getRoot().getStyle();

        robot.clickOn("#open-settings");
        robot.interact(() -> robot.lookup("#setting-zoom").queryAs(javafx.scene.control.Slider.class).setValue(150));
        robot.clickOn("OK");

        String notice = robot.lookup(".notice").queryAs(Label.class).getText();
        assertTrue(notice.startsWith("Your settings were not saved"), notice);
        assertTrue(notice.contains("The previous settings are still in use."), notice);
        assertEquals(styleBefore, app.stage().getScene().getRoot().getStyle(), "the unsaved text size is not applied");
        assertFalse(app.stage().getScene().getRoot().getStyle().contains("22.5px"));
    }
}
