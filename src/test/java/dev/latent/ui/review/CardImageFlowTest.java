package dev.latent.ui.review;

import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckWriter;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.settings.Settings;
import dev.latent.settings.SettingsStore;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A question's images in the reviewer and the preview: under the prompt and under the answer, scaled down to the
 * page's width at 100 % and 300 % text, and a short text instead of a missing or broken file. Screenshots go to
 * target/screenshots/card-image-*.png for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class CardImageFlowTest {

    private static final Path CHECKED = Path.of("target", "screenshots");
    private final AppFixture app = AppFixture.inFreshFolder("card-images");

    @Start
    void start(Stage stage) throws Exception {
        Path decks = Files.createDirectories(app.dataDir.resolve("decks"));
        Files.createDirectories(decks.resolve("media"));
        // Wider than any window, so that it must be scaled down to fit.
        ImageIO.write(picture(2400, 600, Color.ORANGE), "png", decks.resolve("media/wide-chart.png").toFile());
        ImageIO.write(picture(300, 200, Color.CYAN), "png", decks.resolve("media/answer.png").toFile());
        Files.writeString(decks.resolve("media/broken.png"), "not a picture");
        ModelAnswer answer = new ModelAnswer("A rising line.", List.of(), "");
        DeckWriter.write(new Deck("pictures", "Pictures", "", List.of(
                new Question("chart", "What does the chart show?", answer, List.of(), null, List.of(),
                        "media/wide-chart.png", "media/answer.png")), "x"), decks.resolve("pictures.json"));
        DeckWriter.write(new Deck("lost", "Lost pictures", "", List.of(
                new Question("gone", "Where is the picture?", answer, List.of(), null, List.of(),
                        "media/gone.png", "media/broken.png")), "x"), decks.resolve("lost.json"));
        app.start(stage, 1366, 768);
    }

    private static BufferedImage picture(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(color);
        g.setStroke(new java.awt.BasicStroke(Math.max(4, height / 30f)));
        g.drawLine(0, height - 10, width, 10);
        g.dispose();
        return image;
    }

    @AfterEach
    void closeStore() {
        app.close();
    }

    private void reopen(FxRobot robot, int zoom) {
        robot.interact(() -> {
            new SettingsStore(app.dataDir).save(Settings.DEFAULT.withFontZoom(zoom));
            app.restart();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The image view inside a holder, once the picture finished loading in the background. */
    private static ImageView loaded(FxRobot robot, String holder) throws Exception {
        FxChecks.awaitNode(robot, holder);
        ImageView view = robot.lookup(holder).lookup((Node n) -> n instanceof ImageView).queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.getImage().getProgress() >= 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.getImage().isError(), holder);
        return view;
    }

    /** The picture is on screen, not wider than the page it is in, and not shown larger than it is. */
    private static void assertFits(ImageView view, double naturalWidth) {
        Bounds shown = view.localToScene(view.getBoundsInLocal());
        double sceneWidth = view.getScene().getWidth();
        assertTrue(shown.getWidth() > 50, "shown " + shown);
        assertTrue(shown.getMaxX() <= sceneWidth + 0.5, "shown " + shown + " in a scene " + sceneWidth + " wide");
        assertTrue(shown.getWidth() <= naturalWidth + 0.5, "shown " + shown + " from " + naturalWidth);
    }

    @Test
    void theReviewerAndThePreviewShowTheImagesOfPromptAndAnswerAtEveryTextSize(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        for (int zoom : new int[]{100, 300}) {
            reopen(robot, zoom);
            robot.interact(() -> robot.lookup("#study-pictures").queryButton().fire());
            ImageView prompt = loaded(robot, "#prompt-image");
            assertFits(prompt, 2400);
            // Decoded at a bounded size, not at the file's full width.
            assertTrue(prompt.getImage().getWidth() <= CardImage.MAX_DECODE_WIDTH);
            Screenshots.saveWhole(app.stage().getScene().getRoot(), CHECKED, "card-image-prompt-" + zoom + ".png");
            robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText("A line going up."));
            robot.interact(() -> robot.lookup("#submit").queryButton().fire());
            FxChecks.awaitFeedback(robot);
            ImageView answer = loaded(robot, "#answer-image");
            assertFits(answer, 300);
            // The whole page, however tall: at 300 % the answer's image is below the window's edge.
            Screenshots.saveWhole(robot.lookup(".reviewer-page").query(), CHECKED, "card-image-answer-" + zoom + ".png");
            for (String cut : FxChecks.truncated(app.stage().getScene().getRoot())) problems.add("reviewer " + zoom + ": " + cut);

            reopen(robot, zoom);
            robot.interact(() -> robot.lookup("#preview-pictures").queryButton().fire());
            assertFits(loaded(robot, "#prompt-image"), 2400);
            robot.interact(() -> robot.lookup("#reveal").queryButton().fire());
            assertFits(loaded(robot, "#answer-image"), 300);
            Screenshots.saveWhole(app.stage().getScene().getRoot(), CHECKED, "card-image-preview-" + zoom + ".png");
            for (String cut : FxChecks.truncated(app.stage().getScene().getRoot())) problems.add("preview " + zoom + ": " + cut);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aMissingOrBrokenImageShowsAShortTextInItsPlace(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#study-lost").queryButton().fire());
        FxChecks.awaitNode(robot, "#prompt-image-missing");
        assertEquals("Image not found: media/gone.png", robot.lookup("#prompt-image-missing").queryAs(Label.class).getText());
        robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText("Somewhere."));
        robot.interact(() -> robot.lookup("#submit").queryButton().fire());
        FxChecks.awaitFeedback(robot);
        FxChecks.awaitNode(robot, "#answer-image-error");
        assertEquals("Image could not be shown: media/broken.png",
                robot.lookup("#answer-image-error").queryAs(Label.class).getText());
        // The card still works: it can be rated.
        assertTrue(robot.lookup("#rate-good").tryQuery().isPresent());
        Screenshots.saveWhole(app.stage().getScene().getRoot(), CHECKED, "card-image-missing.png");
    }

    @Test
    void aPicturesHeaderIsReadOffTheJavaFxThread(FxRobot robot) throws Exception {
        Deck lost = app.catalog().deck("lost").orElseThrow();
        javafx.scene.layout.Pane[] holder = new javafx.scene.layout.Pane[1];
        robot.interact(() -> {
            Node image = CardImage.of(lost, "media/broken.png", "late-image");
            holder[0] = (javafx.scene.layout.Pane) image;
            // Nothing is known yet on the JavaFX thread: the file is read on another.
            assertTrue(holder[0].getChildren().isEmpty(), "filled on the JavaFX thread: " + holder[0].getChildren());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !holder[0].getChildren().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("late-image-error", holder[0].getChildren().get(0).getId());
    }
}
