package dev.latent.ui.review;

import dev.latent.ui.common.Themes;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The four rating buttons share one row at 300 % text in the 1100x720 window the app opens with (the last one took a
 * second row), by giving up spare padding only where four would not fit: at 100 % text, and at 300 % from a laptop's
 * width, they keep their usual size (at least 6 em wide).
 */
@ExtendWith(ApplicationExtension.class)
class RatingButtonsOneRowTest {

    private static final String[] RATINGS = {"again", "hard", "good", "easy"};
    private final AppFixture app = AppFixture.inFreshFolder("rating-row");

    @Start
    void start(Stage stage) {
        app.start(stage, 1100, 720);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void feedbackAt(FxRobot robot, int zoom, int width, int height) {
        app.reopenAt(robot, zoom, width, height);
        FxChecks.answerTheFirstCard(robot, "They squeeze data and remove noise.");
    }

    @Test
    void fourButtonsInOneRowAt300PercentInTheOpeningWindowAndTheUsualSizeElsewhere(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        int[][] sizes = {{100, 1100, 720}, {300, 1100, 720}, {300, 1366, 768}};
        for (int[] size : sizes) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            feedbackAt(robot, size[0], size[1], size[2]);
            double em = Themes.BASE_FONT_PX * size[0] / 100;
            double firstY = robot.lookup("#rate-again").query().localToScene(0, 0).getY();
            // (a focused button sits a border width lower; another row is a whole button lower)
            for (String rating : RATINGS) {
                Button button = robot.lookup("#rate-" + rating).queryButton();
                if (Math.abs(button.localToScene(0, 0).getY() - firstY) > em / 2) problems.add(at + ": " + rating + " on another row");
                boolean usual = !(size[0] == 300 && size[1] == 1100);
                if (usual && button.getWidth() < 6 * em - 1) problems.add(at + ": " + rating + " narrower than usual, " + button.getWidth());
            }
            for (String cut : FxChecks.truncated(robot.lookup("#rating-bar").query().getParent())) problems.add(at + ": " + cut);
        }
        assertEquals(List.of(), problems);
    }
}
