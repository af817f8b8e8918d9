package dev.latent.ui.review;

import dev.latent.ui.common.Themes;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
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
 * At 300 % text on a 1366x768 laptop or in the 1100x720 window the app opens with, the reviewer's top bar (two lines)
 * and rating buttons (two lines each, roomy padding) took more than half the window: the feedback had a strip of 350
 * px and its score line was cut. In a window that short for its text the bars are compact: the top bar one line, the
 * rating buttons one row and less high, every control, key and interval still there. With room (100 % text, or 300 %
 * on a 1920x1080 screen) nothing changes.
 */
@ExtendWith(ApplicationExtension.class)
class ShortWindowReviewerTest {

    private static final String[] RATINGS = {"again", "hard", "good", "easy"};
    private static final int[][] SHORT = {{300, 1366, 768}, {300, 1100, 720}};
    private final AppFixture app = AppFixture.inFreshFolder("short-window-reviewer");

    @Start
    void start(Stage stage) {
        app.start(stage, 1366, 768);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void look(FxRobot robot, String screen, int[] size) {
        Screenshots.saveShortWindow(app.stage().getScene().getRoot(), screen, size[0], size[1], size[2]);
    }

    @Test
    void theFeedbackGetsMostOfAShortWindowAtLargeText(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : SHORT) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            double em = Themes.BASE_FONT_PX * size[0] / 100;
            app.reopenAt(robot, size[0], size[1], size[2]);
            FxChecks.answerTheFirstCard(robot, "They squeeze data and remove noise.");
            look(robot, "feedback", size);
            double share = FxChecks.pageShare(robot);
            if (share < 0.55) problems.add(at + ": the feedback has " + Math.round(share * 100) + " % of the window's height");
            FxChecks.outOfView(robot.lookup("#score").query()).ifPresent(out -> problems.add(at + ": score " + out));
            // The top bar on one line: the way back, the counts, Undo and the card menu.
            double back = FxChecks.centreY(robot.lookup("#back-to-decks").query());
            for (String item : List.of("#remaining-new", "#remaining-due", "#undo", "#card-menu")) {
                if (Math.abs(FxChecks.centreY(robot.lookup(item).query()) - back) > em / 2) problems.add(at + ": " + item + " on a second line");
            }
            // The four buttons in one row, each with its key and interval, high enough to click.
            double firstY = robot.lookup("#rate-again").query().localToScene(0, 0).getY();
            for (int i = 0; i < RATINGS.length; i++) {
                Button button = robot.lookup("#rate-" + RATINGS[i]).queryButton();
                if (Math.abs(button.localToScene(0, 0).getY() - firstY) > em / 2) problems.add(at + ": " + RATINGS[i] + " on another row");
                String interval = button.getTooltip().getText().replaceAll("^Rate \\w+: next in (\\S+).*$", "$1");
                if (!button.getText().contains(String.valueOf(i + 1)) || !button.getText().contains(interval)) {
                    problems.add(at + ": " + RATINGS[i] + " shows \"" + button.getText() + "\"");
                }
                if (button.getHeight() < 1.4 * em) problems.add(at + ": " + RATINGS[i] + " is " + button.getHeight() + " px high");
            }
            for (String cut : FxChecks.truncated(app.stage().getScene().getRoot())) problems.add(at + ": " + cut);
            for (String wide : FxChecks.overflowing(app.stage().getScene())) problems.add(at + ": " + wide);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theQuestionAndAnswerBoxGetMostOfAShortWindowAtLargeText(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : SHORT) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            app.reopenAt(robot, size[0], size[1], size[2]);
            robot.interact(() -> robot.lookup("#study-autoencoders-gans").queryButton().fire());
            look(robot, "answering", size);
            // Only the top bar is above the page while the learner types: it was two lines, a quarter of the window.
            double share = FxChecks.pageShare(robot);
            if (share < 0.85) problems.add(at + ": the question has " + Math.round(share * 100) + " % of the window's height");
            // The title gives way to the controls, its whole text in a tooltip.
            Label title = robot.lookup("#bar-title").queryAs(Label.class);
            if (title.getTooltip() == null || !title.getTooltip().getText().equals("Autoencoders and GANs")) {
                problems.add(at + ": the title has no tooltip with the whole title");
            }
            // Submit in view under the box, without scrolling.
            FxChecks.outOfView(robot.lookup("#submit").query()).ifPresent(out -> problems.add(at + ": Submit " + out));
            if (!robot.lookup("#remaining-new").queryLabeled().getAccessibleText().startsWith("New cards left today")) {
                problems.add(at + ": the new count does not say what it counts");
            }
            for (String cut : FxChecks.truncated(app.stage().getScene().getRoot())) problems.add(at + ": " + cut);
        }
        assertEquals(List.of(), problems);
    }

    /** 100 % text anywhere, and 300 % on a 1920x1080 screen: the bars as roomy as they were. */
    @Test
    void withRoomTheBarsKeepTheirUsualSize(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{100, 1920, 1080}, {100, 1366, 768}, {100, 1100, 720}, {300, 1920, 1080}}) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            double em = Themes.BASE_FONT_PX * size[0] / 100;
            app.reopenAt(robot, size[0], size[1], size[2]);
            FxChecks.answerTheFirstCard(robot, "They squeeze data and remove noise.");
            look(robot, "feedback", size);
            Region topBar = robot.lookup(".top-bar").queryAs(Region.class);
            if (Math.abs(topBar.getPadding().getTop() - 0.5 * em) > 0.5) problems.add(at + ": top bar padding " + topBar.getPadding());
            Region ratingBar = robot.lookup("#rating-bar").queryAs(Region.class);
            if (Math.abs(ratingBar.getPadding().getTop() - 0.7 * em) > 0.5) problems.add(at + ": rating bar padding " + ratingBar.getPadding());
            Region page = robot.lookup(".reviewer-page").queryAs(Region.class);
            if (Math.abs(page.getPadding().getTop() - 1.9 * em) > 0.5) problems.add(at + ": page padding " + page.getPadding());
            for (String rating : RATINGS) {
                Button button = robot.lookup("#rate-" + rating).queryButton();
                if (!button.getText().contains("\n")) problems.add(at + ": " + rating + " on one line: " + button.getText());
                if (Math.abs(button.getPadding().getTop() - 0.5 * em) > 0.5) problems.add(at + ": " + rating + " padding " + button.getPadding());
            }
            if (!robot.lookup("#remaining-new").queryLabeled().getText().startsWith("New ")) problems.add(at + ": the counts lost their words");
            Label title = robot.lookup("#bar-title").queryAs(Label.class);
            if (title.getTooltip() != null) problems.add(at + ": the title may be cut");
        }
        assertEquals(List.of(), problems);
    }
}
