package dev.latent.ui.present;


import dev.latent.deck.Question;
import dev.latent.present.PresentationPlan;
import dev.latent.ui.testing.Screenshots;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the projection lays out what it shows: type that scales with the screen and stays readable at the back of
 * the room, long answers that scroll rather than shrink; the README's screenshots at 1920x1080.
 */
class ProjectionLayoutTest extends PresentationFixture {

    @Start
    void start(Stage stage) {
        showApp(stage);
    }

    @Test
    void textIsAtLeastFivePercentOfTheScreenHeightEvenForTheLongestAnswer(FxRobot robot) {
        open(robot, PresentationTheme.LIGHT, false);
        assertEquals(1080, projection().getLayoutBounds().getHeight(), 0.5);
        robot.interact(() -> presentation().setClassAnswer("compression, denoising, anomaly detection, features, super-resolution"));
        // Question 8 has five long points: reveal them all, then measure every piece of text shown.
        press(robot, KeyCode.DIGIT8, KeyCode.ENTER, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        robot.type(KeyCode.T);
        assertEquals(question(8).answer().points(), projectedPoints());
        List<Labeled> texts = projection().lookupAll(".label").stream().map(n -> (Labeled) n)
                .filter(l -> !l.getText().isEmpty() && l.isVisible()).toList();
        assertTrue(texts.size() >= 8, "prompt, intro, points, status");
        WaitForAsyncUtils.waitForFxEvents();
        for (Labeled label : texts) {
            // What is drawn is the skin's Text node: it must hold the whole text, not an ellipsis or nothing.
            String drawn = label.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text)
                    .map(n -> ((Text) n).getText()).findFirst().orElse("");
            assertEquals(label.getText(), drawn, "text cut off");
            Text probe = new Text("Ag");
            probe.setFont(label.getFont());
            assertTrue(probe.getLayoutBounds().getHeight() >= 54,
                    "line of '" + label.getText() + "' is " + probe.getLayoutBounds().getHeight() + " px, under 5% of 1080");
        }
        Node lastPoint = projection().lookupAll(".projection-point").stream().reduce((a, b) -> b).orElseThrow();
        double bottom = lastPoint.localToScene(lastPoint.getLayoutBounds()).getMaxY();
        assertTrue(bottom <= 1080, "the newest point is on screen, not below it: " + bottom);
    }

    @Test
    void anAnswerTallerThanTheScreenScrollsToItsNewestPointInsteadOfShrinking(FxRobot robot) {
        List<String> points = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            points.add("Point " + i + ": a long explanation that takes more than one line on the projection, "
                    + "so that twelve of them cannot fit on one screen at the minimum size.");
        }
        Question longOne = new Question("long", "A question with a very long answer?",
                new dev.latent.deck.ModelAnswer("Intro.", points, ""), List.of(), null, List.of());
        open(robot, new PresentationPlan("Long", List.of(longOne)), PresentationTheme.LIGHT, false);
        for (int i = 0; i < 12; i++) robot.type(KeyCode.SPACE);
        assertEquals(points, projectedPoints());
        List<Node> rows = List.copyOf(projection().lookupAll(".projection-point-row"));
        Node newest = rows.get(rows.size() - 1);
        List<Node> shownRows = rows.stream().filter(Node::isVisible).toList();
        assertTrue(shownRows.size() < rows.size(), "the earliest points made way");
        long hiddenParts = ((Parent) projection().lookup(".projection-answer")).getChildrenUnmodifiable().stream().filter(n -> !n.isVisible()).count();
        assertEquals("\u25B2 " + hiddenParts + " parts above", projected("projection-hidden"), "and the room is told");
        assertTrue(shownRows.size() >= 3, "as many of the newest as fit: " + shownRows.size());
        assertEquals(rows.subList(rows.size() - shownRows.size(), rows.size()), shownRows, "the newest ones, in order");
        double newestBottom = newest.localToScene(newest.getLayoutBounds()).getMaxY();
        Node firstShown = shownRows.get(0);
        double firstTop = firstShown.localToScene(firstShown.getLayoutBounds()).getMinY();
        Node prompt = projection().lookup("#projection-prompt");
        double promptBottom = prompt.localToScene(prompt.getLayoutBounds()).getMaxY();
        assertTrue(newestBottom <= 1080, "the newest point is in view: " + newestBottom);
        assertTrue(firstTop >= promptBottom, "no point is cut off under the prompt: " + firstTop + " < " + promptBottom);
        robot.type(KeyCode.LEFT);
        assertEquals(points.subList(0, 11), projectedPoints(), "previous hides the newest point");
        List<Node> after = List.copyOf(projection().lookupAll(".projection-point-row"));
        assertTrue(after.get(10).isVisible(), "point 11 is the newest shown now");
        assertTrue(after.stream().filter(Node::isVisible).count() >= shownRows.size(), "paging back shows at least as many");
        Text probe = new Text("Ag");
        probe.setFont(((Labeled) projection().lookup(".projection-point")).getFont());
        assertTrue(probe.getLayoutBounds().getHeight() >= 54, "still at least the minimum size");
    }

    @Test
    void theTypeScalesWithTheScreen() {
        for (double height : new double[]{720, 1080, 1200, 2160}) {
            double size = TextSizing.baseFontSize(height);
            Text probe = new Text("Ag");
            probe.setFont(javafx.scene.text.Font.font(size));
            assertTrue(probe.getLayoutBounds().getHeight() >= 0.05 * height, height + " px: size " + size);
            probe.setFont(javafx.scene.text.Font.font(size - 1));
            assertTrue(probe.getLayoutBounds().getHeight() < 0.05 * height, "no larger than needed at " + height);
        }
    }

    @Test
    void readmeScreenshotsAt1920x1080(FxRobot robot) {
        open(robot, PresentationTheme.LIGHT, false);
        press(robot, KeyCode.RIGHT, KeyCode.RIGHT);
        robot.interact(() -> presentation().setClassAnswer("you can compress data with them"));
        robot.type(KeyCode.T);
        clock.advance(Duration.ofSeconds(23));
        robot.interact(presentation()::tick);
        check1080(Screenshots.save(windows.projectionStage().getScene(), "present-light.png"));
        robot.interact(windows::close);

        open(robot, PresentationTheme.DARK, true);
        press(robot, KeyCode.DIGIT7, KeyCode.ENTER, KeyCode.RIGHT, KeyCode.RIGHT);
        robot.interact(() -> presentation().setClassAnswer("two networks, a generator and a discriminator, compete"));
        WaitForAsyncUtils.waitForFxEvents();
        check1080(Screenshots.save(windows.projectionStage().getScene(), "present-dark.png"));
        robot.type(KeyCode.T);
        clock.advance(Duration.ofSeconds(19));
        robot.interact(presentation()::tick);
        Stage presenterStage = windows.presenterStage().orElseThrow();
        robot.interact(() -> {
            presenterStage.setWidth(1920);
            presenterStage.setHeight(1080);
        });
        WaitForAsyncUtils.waitForFxEvents();
        check1080(Screenshots.save(presenterStage.getScene(), "present-presenter.png"));
    }

    private static void check1080(Path png) {
        try {
            var image = javax.imageio.ImageIO.read(png.toFile());
            assertNotNull(image);
            assertEquals(1920, image.getWidth());
            assertEquals(1080, image.getHeight());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
