package dev.latent.ui.exam;

import dev.latent.ui.common.Themes;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
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
 * The exam's bars ("Question 1 of 3 / Leave / Finish exam" above, "Previous / Next / Check this answer" below) at 300 %
 * text in a short window give their spare height to the question, each control still there at its full text and a
 * line and a half high; with room (100 % text, 300 % on 1920x1080) they are as they were.
 */
@ExtendWith(ApplicationExtension.class)
class ShortWindowExamTest {

    private final AppFixture app = AppFixture.inFreshFolder("short-window-exam");

    @Start
    void start(Stage stage) {
        app.start(stage, 1366, 768);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void startAnExam(FxRobot robot, int zoom, int width, int height) {
        app.reopenAt(robot, zoom, width, height);
        FxChecks.startAnExam(robot, 3);
        robot.interact(() -> robot.lookup("#exam-answer").queryAs(TextArea.class).appendText("They squeeze data"));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.saveShortWindow(app.stage().getScene().getRoot(), "exam-question", zoom, width, height);
    }

    @Test
    void theQuestionGetsMostOfAShortWindowAtLargeText(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{300, 1366, 768}, {300, 1100, 720}}) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            double em = Themes.BASE_FONT_PX * size[0] / 100;
            startAnExam(robot, size[0], size[1], size[2]);
            double share = FxChecks.pageShare(robot);
            if (share < 0.75) problems.add(at + ": the question has " + Math.round(share * 100) + " % of the window's height");
            double progress = FxChecks.centreY(robot.lookup("#exam-progress").query());
            for (String id : List.of("#exam-leave", "#exam-finish")) {
                if (Math.abs(FxChecks.centreY(robot.lookup(id).query()) - progress) > em / 2) problems.add(at + ": " + id + " on a second line");
            }
            double previous = FxChecks.centreY(robot.lookup("#exam-prev").query());
            for (String id : List.of("#exam-prev", "#exam-next", "#exam-check", "#exam-leave", "#exam-finish")) {
                Button button = robot.lookup(id).queryButton();
                if (button.getHeight() < 1.4 * em) problems.add(at + ": " + id + " is " + button.getHeight() + " px high");
                if (id.startsWith("#exam-n") || id.startsWith("#exam-c")) {
                    if (Math.abs(FxChecks.centreY(button) - previous) > em / 2) problems.add(at + ": " + id + " on a second line");
                }
            }
            FxChecks.questionOutOfView(robot.lookup("#exam-prompt").query()).ifPresent(out -> problems.add(at + ": " + out));
            FxChecks.outOfView(robot.lookup("#exam-answer").query()).ifPresent(out -> problems.add(at + ": " + out));
            for (String cut : FxChecks.truncated(app.stage().getScene().getRoot())) problems.add(at + ": " + cut);
            for (String wide : FxChecks.overflowing(app.stage().getScene())) problems.add(at + ": " + wide);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void withRoomTheBarsKeepTheirUsualSize(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{100, 1920, 1080}, {100, 1100, 720}, {300, 1920, 1080}}) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            double em = Themes.BASE_FONT_PX * size[0] / 100;
            startAnExam(robot, size[0], size[1], size[2]);
            Region top = robot.lookup(".top-bar").queryAs(Region.class);
            if (Math.abs(top.getPadding().getTop() - 0.5 * em) > 0.5) problems.add(at + ": top bar padding " + top.getPadding());
            Region bottom = robot.lookup("#exam-navigation").queryAs(Region.class);
            if (Math.abs(bottom.getPadding().getTop() - 0.7 * em) > 0.5) problems.add(at + ": bottom bar padding " + bottom.getPadding());
            Region page = robot.lookup(".study-page").queryAs(Region.class);
            if (Math.abs(page.getPadding().getTop() - 1.9 * em) > 0.5) problems.add(at + ": page padding " + page.getPadding());
        }
        assertEquals(List.of(), problems);
    }
}
