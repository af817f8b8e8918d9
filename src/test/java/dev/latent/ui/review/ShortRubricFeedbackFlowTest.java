package dev.latent.ui.review;

import dev.latent.settings.Settings;
import dev.latent.settings.SettingsStore;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rubric with few phrasings a concept takes part of its score from the model answer, and the feedback says so
 * under the score, at 100 % and 300 % text (where the answer and the model answer stack instead of sharing the
 * width). Screenshots go to target/screenshots/short-rubric-feedback-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class ShortRubricFeedbackFlowTest {

    private static final Path CHECKED = Path.of("target", "screenshots");
    /** An outside teacher's psychology deck: 3-6 phrasings a concept. */
    private static final Path SHORT_RUBRICS = Path.of("eval", "transfer-set-6", "deck.json");
    private final AppFixture app = AppFixture.inFreshFolder("short-rubric");

    @Start
    void start(Stage stage) throws Exception {
        Path decks = Files.createDirectories(app.dataDir.resolve("decks"));
        Files.copy(SHORT_RUBRICS, decks.resolve("psychology.json"));
        app.start(stage, 1366, 768);
    }

    @AfterEach
    void closeStore() {
        app.close();
    }

    @Test
    void theFeedbackSaysWhatPartOfTheScoreTheModelAnswerGave(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        for (int zoom : new int[]{100, 300}) {
            int size = zoom;
            robot.interact(() -> {
                new SettingsStore(app.dataDir).save(Settings.DEFAULT.withFontZoom(size));
                app.restart();
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> robot.lookup("#study-psychology-basics").queryButton().fire());
            FxChecks.awaitNode(robot, "#answer");
            robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText(
                    "You learn to link two things: a bell that was rung every time the dogs got food made them drool"
                            + " even when no food came."));
            robot.interact(() -> robot.lookup("#submit").queryButton().fire());
            FxChecks.awaitFeedback(robot);
            FxChecks.awaitNode(robot, "#model-answer-part");
            String text = robot.lookup("#model-answer-part").queryAs(Label.class).getText();
            assertTrue(text.matches("(3[5-9]|4[0-4])% of this score is how much of the model answer you covered \\(\\d+/100\\).*"), text);
            Screenshots.saveWhole(robot.lookup(".reviewer-page").query(), CHECKED, "short-rubric-feedback-" + zoom + ".png");
            // Side by side at 100 % text; at 300 % two columns would hold a dozen characters a line, so they stack.
            Bounds yours = robot.lookup(".your-answer").query().localToScene(robot.lookup(".your-answer").query().getBoundsInLocal());
            Bounds model = robot.lookup(".model-answer").query().localToScene(robot.lookup(".model-answer").query().getBoundsInLocal());
            if (zoom == 100) assertTrue(model.getMinX() > yours.getMaxX(), "side by side: " + yours + " " + model);
            else assertTrue(model.getMinY() > yours.getMaxY(), "stacked: " + yours + " " + model);
            for (String cut : FxChecks.truncated(app.stage().getScene().getRoot())) problems.add(zoom + ": " + cut);
        }
        assertEquals(List.of(), problems);
    }
}
