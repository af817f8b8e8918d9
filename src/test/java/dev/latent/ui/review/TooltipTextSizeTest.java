package dev.latent.ui.review;

import dev.latent.ui.common.Themes;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Tooltips follow the text size the learner chose: the theme fixed them at 14 px, so at 300 % text a rating button's
 * tooltip ("Rate Good: next in 10m (3)") was a third the size of everything around it.
 */
@ExtendWith(ApplicationExtension.class)
class TooltipTextSizeTest {

    private final AppFixture app = AppFixture.inFreshFolder("tooltip-text-size");

    @Start
    void start(Stage stage) {
        app.start(stage, 1366, 768);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aRatingButtonsTooltipHasTheChosenTextSize(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int zoom : new int[]{100, 300}) {
            app.reopenAt(robot, zoom, 1366, 768);
            FxChecks.answerTheFirstCard(robot, "They squeeze data and remove noise.");
            Button good = robot.lookup("#rate-good").queryButton();
            Tooltip tooltip = good.getTooltip();
            robot.interact(() -> tooltip.show(good, 10, 10));
            WaitForAsyncUtils.waitForFxEvents();
            double size = tooltip.getFont().getSize();
            robot.interact(tooltip::hide);
            double em = Themes.BASE_FONT_PX * zoom / 100;
            if (size < 0.85 * em || size > 1.05 * em) problems.add(zoom + " %: the tooltip's text is " + size + " px, the page's " + em);
        }
        assertEquals(List.of(), problems);
    }
}
