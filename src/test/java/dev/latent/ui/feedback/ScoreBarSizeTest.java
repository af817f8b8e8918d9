package dev.latent.ui.feedback;

import dev.latent.ui.common.Themes;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
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
 * The score bar on the feedback grows with the text (it was 220 px at any size) and never reaches past the page,
 * even at 300 % text in the narrowest window the app allows.
 */
@ExtendWith(ApplicationExtension.class)
class ScoreBarSizeTest {

    private final AppFixture app = AppFixture.inFreshFolder("score-bar");

    @Start
    void start(Stage stage) {
        app.start(stage, 1366, 768);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Node feedbackAt(FxRobot robot, int zoom, int width, int height) {
        app.reopenAt(robot, zoom, width, height);
        FxChecks.answerTheFirstCard(robot, "They squeeze data and remove noise.");
        return robot.lookup("#score-bar").query();
    }

    @Test
    void theBarIsSizedInEmAndStaysInThePage(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int zoom : new int[]{100, 200, 300}) {
            double em = Themes.BASE_FONT_PX * zoom / 100;
            Node bar = feedbackAt(robot, zoom, 1366, 768);
            double ems = bar.getLayoutBounds().getWidth() / em;
            if (Math.abs(ems - 14.7) > 0.1) problems.add(zoom + " %: the bar is " + ems + " em wide");
        }
        for (int zoom : new int[]{100, 300}) {
            for (int width : new int[]{720, 1100}) {
                Node bar = feedbackAt(robot, zoom, width, 720);
                Node viewport = null;
                for (Node n = bar.getParent(); n != null && viewport == null; n = n.getParent()) {
                    if (n instanceof ScrollPane scroll) viewport = scroll.lookup(".viewport");
                }
                Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
                Bounds at = bar.localToScene(bar.getLayoutBounds());
                if (at.getMaxX() > shown.getMaxX() + 1 || at.getWidth() < 2 * Themes.BASE_FONT_PX) {
                    problems.add(zoom + " % at " + width + " px: the bar is at x " + Math.round(at.getMinX()) + ".."
                            + Math.round(at.getMaxX()) + ", the page shows x .." + Math.round(shown.getMaxX()));
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
