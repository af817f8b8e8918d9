package dev.latent.ui.review;

import dev.latent.ui.common.Themes;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
 * The deck walkthrough (Preview) at 300 % text on a 1366x768 laptop and in the 1100x720 window: its top bar took two
 * lines, a quarter of the window, "Show answer" sat below the fold under a six-row box, and the model answer opened
 * out of sight. In a window that short for its text the bar is one slim line, the box three rows with "Show answer"
 * in view under it, and revealing brings the model answer into view. With room nothing changes.
 */
@ExtendWith(ApplicationExtension.class)
class ShortWindowWalkthroughTest {

    private final AppFixture app = AppFixture.inFreshFolder("short-window-walkthrough");

    @Start
    void start(Stage stage) {
        app.start(stage, 1366, 768);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void openWalkthrough(FxRobot robot, int[] size) {
        app.reopenAt(robot, size[0], size[1], size[2]);
        robot.interact(() -> robot.lookup("#preview-autoencoders-gans").queryButton().fire());
        robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).appendText("They squeeze data and remove noise."));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void look(String screen, int[] size) {
        Screenshots.saveShortWindow(app.stage().getScene().getRoot(), screen, size[0], size[1], size[2]);
    }

    @Test
    void theQuestionGetsMostOfAShortWindowAtLargeText(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{300, 1366, 768}, {300, 1100, 720}}) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            double em = Themes.BASE_FONT_PX * size[0] / 100;
            openWalkthrough(robot, size);
            look("walkthrough", size);
            double share = FxChecks.pageShare(robot);
            if (share < 0.85) problems.add(at + ": the question has " + Math.round(share * 100) + " % of the window's height");
            double back = FxChecks.centreY(robot.lookup("#back-to-decks").query());
            for (String item : List.of("#progress", ".progress-bar")) {
                if (Math.abs(FxChecks.centreY(robot.lookup(item).query()) - back) > em / 2) problems.add(at + ": " + item + " on a second line");
            }
            Label title = robot.lookup("#bar-title").queryAs(Label.class);
            if (title.getTooltip() == null || !title.getTooltip().getText().equals("Autoencoders and GANs")) {
                problems.add(at + ": the title has no tooltip with the whole title");
            }
            FxChecks.questionOutOfView(robot.lookup("#prompt").query()).ifPresent(out -> problems.add(at + ": " + out));
            FxChecks.outOfView(robot.lookup("#reveal").query()).ifPresent(out -> problems.add(at + ": Show answer " + out));
            for (String cut : FxChecks.truncated(app.stage().getScene().getRoot())) problems.add(at + ": " + cut);
            for (String wide : FxChecks.overflowing(app.stage().getScene())) problems.add(at + ": " + wide);

            robot.interact(() -> robot.lookup("#reveal").queryButton().fire());
            WaitForAsyncUtils.waitForFxEvents();
            look("walkthrough-revealed", size);
            shownOf(robot.lookup("#model-answer").query()).ifPresent(out -> problems.add(at + ": the model answer " + out));
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Between the width where the whole bar fits and the width where nothing does (975-1000 px at 300 %), the title
     * gave way down to "Aut...", which names no deck. It keeps its first 12 characters ("Autoencoders...") beside the
     * progress as "1/8", and in a window too narrow even for that the bar takes two lines and shows the whole title.
     */
    @Test
    void theTitleKeepsEnoughOfItselfToNameTheDeck(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{300, 975, 768}, {300, 990, 768}, {300, 1000, 768}, {300, 1100, 720}, {300, 760, 768}}) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            double em = Themes.BASE_FONT_PX * size[0] / 100;
            openWalkthrough(robot, size);
            look("walkthrough-title", size);
            Label title = robot.lookup("#bar-title").queryAs(Label.class);
            String shown = shownText(title);
            String kept = shown.endsWith(title.getEllipsisString())
                    ? shown.substring(0, shown.length() - title.getEllipsisString().length()) : shown;
            if (!shown.equals(title.getText()) && kept.length() < 12) problems.add(at + ": the title shows \"" + shown + "\"");
            Label progress = robot.lookup("#progress").queryAs(Label.class);
            double back = FxChecks.centreY(robot.lookup("#back-to-decks").query());
            boolean oneLine = Math.abs(FxChecks.centreY(progress) - back) <= em / 2;
            if (size[1] >= 975 && !oneLine) problems.add(at + ": the bar took two lines");
            if (size[1] < 900 && oneLine) problems.add(at + ": the bar kept one line, the title showing \"" + shown + "\"");
            if (oneLine && !shown.equals(title.getText())) {
                // The progress gave its words to the title; its tooltip and accessible text keep them.
                if (!progress.getText().equals("1/8") || progress.getTooltip() == null
                        || !progress.getTooltip().getText().equals("Question 1 of 8")) {
                    problems.add(at + ": the progress shows \"" + progress.getText() + "\"");
                }
            }
            if (!"Question 1 of 8".equals(progress.getAccessibleText())) problems.add(at + ": the progress reads " + progress.getAccessibleText());
            for (String cut : FxChecks.truncated(app.stage().getScene().getRoot())) problems.add(at + ": " + cut);
            for (String wide : FxChecks.overflowing(app.stage().getScene())) problems.add(at + ": " + wide);
        }
        assertEquals(List.of(), problems);
    }

    /** What a label shows of its text: its text cut short with the ellipsis, or all of it. */
    private static String shownText(Label label) {
        return label.getChildrenUnmodifiable().stream().filter(javafx.scene.text.Text.class::isInstance)
                .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse("");
    }

    /** A node just revealed is in view: all of it, or a third of the view when it is taller. */
    private static java.util.Optional<String> shownOf(Node node) {
        ScrollPane scroll = (ScrollPane) node.getScene().lookup(".page-scroll");
        Node viewport = scroll.lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        Bounds at = node.localToScene(node.getLayoutBounds());
        double visible = Math.min(at.getMaxY(), view.getMaxY()) - Math.max(at.getMinY(), view.getMinY());
        if (visible >= Math.min(at.getHeight(), view.getHeight() / 3) - 1) return java.util.Optional.empty();
        return java.util.Optional.of("shows " + Math.round(Math.max(0, visible)) + " px of " + Math.round(at.getHeight())
                + " (at y " + Math.round(at.getMinY()) + "), the page shows y " + Math.round(view.getMinY()) + ".." + Math.round(view.getMaxY()));
    }

    @Test
    void withRoomTheBarKeepsItsUsualSize(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{100, 1920, 1080}, {100, 1366, 768}, {100, 1100, 720}, {300, 1920, 1080}}) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            double em = Themes.BASE_FONT_PX * size[0] / 100;
            openWalkthrough(robot, size);
            look("walkthrough", size);
            Region topBar = robot.lookup(".top-bar").queryAs(Region.class);
            if (Math.abs(topBar.getPadding().getTop() - 0.5 * em) > 0.5) problems.add(at + ": top bar padding " + topBar.getPadding());
            Region page = robot.lookup(".study-page").queryAs(Region.class);
            if (Math.abs(page.getPadding().getTop() - 1.9 * em) > 0.5) problems.add(at + ": page padding " + page.getPadding());
            int rows = robot.lookup("#answer").queryAs(TextArea.class).getPrefRowCount();
            if (rows != 6) problems.add(at + ": the answer box has " + rows + " rows");
            if (robot.lookup("#bar-title").queryAs(Label.class).getTooltip() != null) problems.add(at + ": the title may be cut");
        }
        assertEquals(List.of(), problems);
    }
}
