package dev.latent.ui.review;

import dev.latent.scheduling.Rating;
import dev.latent.store.CardKey;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;


import static dev.latent.ui.testing.FxChecks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On the feedback, the learner says "I did say this" and "this grade is wrong"; both are kept and counted. */
@ExtendWith(ApplicationExtension.class)
class DisputeFlowTest {

    private final AppFixture app = AppFixture.inFreshFolder("disputes");

    @Start
    void start(Stage window) {
        app.start(window, 1100, 760);
    }

    @AfterEach
    void closeStore() {
        app.close();
    }

    @Test
    void iDidSayThisAndThisGradeIsWrongAreKeptAndFollowed(FxRobot robot) {
        robot.clickOn("#study-autoencoders-gans");
        assertEquals("ae-tasks", app.deck().questions().get(0).id(), "the first new card");
        String answer = "Squashing photos into a few numbers, and they tidy up speckled photos.";
        robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText(answer));
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        FxChecks.awaitFeedback(robot);
        int before = Integer.parseInt(text(robot, "#score").replace(" / 100", ""));
        assertTrue(robot.lookup("#claim-denoising").tryQuery().isPresent(), "denoising is missed, so it can be claimed");

        robot.clickOn("#claim-denoising");
        TextArea words = robot.lookup("#claim-answer").queryAs(TextArea.class);
        FxChecks.awaitFocus(robot, "#claim-answer");
        robot.type(KeyCode.DIGIT3);
        assertTrue(app.store().reviewsOf(new CardKey(app.deck().id(), "ae-tasks")).isEmpty(), "keys select words now, they do not rate");
        int start = answer.indexOf("tidy up");
        robot.interact(() -> words.selectRange(start, answer.length() - 1));
        Screenshots.save(app.stage().getScene(), "dispute-claim.png");
        robot.clickOn("#claim-confirm");

        int after = Integer.parseInt(text(robot, "#score").replace(" / 100", ""));
        assertTrue(after > before, "regraded with the concept credited: " + before + " -> " + after);
        assertTrue(text(robot, "#dispute-message").startsWith("Kept as your graded sample: I did say \u201ctidy up speckled photos\u201d"),
                text(robot, "#dispute-message"));
        assertEquals(1, app.store().personalSamples(app.deck().id()).size());

        robot.clickOn("#dispute-grade");
        robot.clickOn("#correct-grade-4");
        String graded = text(robot, "#grade").replaceAll(".*\\(graded (\\d)\\)", "$1");
        assertEquals("Kept as your graded sample: the grade should be 4, not " + graded + ". It counts in the rubric test.",
                text(robot, "#dispute-message"), "the grade said once");
        Node focused = app.stage().getScene().getFocusOwner();
        assertTrue(focused instanceof Button b && "rate-easy".equals(b.getId()), "grade 4 suggests Easy: " + focused);
        assertEquals(4, app.store().personalSamples(app.deck().id()).get(0).grade(), "the same sample, now graded 4");
        assertEquals(1, app.store().personalSamples(app.deck().id()).size());
        robot.type(KeyCode.SPACE);
        assertEquals(Rating.EASY, app.store().reviewsOf(new CardKey(app.deck().id(), "ae-tasks")).get(0).rating());

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        assertTrue(app.store().reviewsOf(new CardKey(app.deck().id(), "ae-tasks")).isEmpty(), "Ctrl+Z takes the rating back");
        assertEquals(after + " / 100", text(robot, "#score"), "the claim's credit comes back with the feedback");
        assertTrue(text(robot, "#dispute-message").startsWith("Kept as your graded sample: the grade should be 4"),
                "the correction too: " + text(robot, "#dispute-message"));
        assertEquals(1, app.store().personalSamples(app.deck().id()).size(), "the sample stays with the feedback it belongs to");
        robot.type(KeyCode.SPACE);
        assertEquals(Rating.EASY, app.store().reviewsOf(new CardKey(app.deck().id(), "ae-tasks")).get(0).rating(),
                "rated again as the corrected grade suggests");
    }

    @Test
    void undoAfterARestartBringsTheDisputeBackWithTheAnswer(FxRobot robot) {
        robot.clickOn("#study-autoencoders-gans");
        robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText("compression"));
        robot.clickOn("#submit");
        FxChecks.awaitFeedback(robot);
        robot.clickOn("#dispute-grade");
        robot.type(KeyCode.DIGIT3);
        robot.type(KeyCode.SPACE);
        CardKey card = new CardKey(app.deck().id(), "ae-tasks");
        assertEquals(Rating.GOOD, app.store().reviewsOf(card).get(0).rating());

        robot.interact(app::restart);
        robot.clickOn("#study-autoencoders-gans");
        FxChecks.awaitFocus(robot, "#answer");
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        assertTrue(app.store().reviewsOf(card).isEmpty(), "the rating of the last sitting is taken back");
        assertEquals("compression", robot.lookup("#answer").queryAs(TextArea.class).getText(), "the answer typed then");
        robot.clickOn("#submit");
        FxChecks.awaitFeedback(robot);
        assertTrue(text(robot, "#grade").startsWith("Your grade 3 of 4"), "the grade the learner gave: " + text(robot, "#grade"));
        assertTrue(text(robot, "#dispute-message").startsWith("Kept as your graded sample: the grade should be 3"),
                text(robot, "#dispute-message"));
        Node focused = app.stage().getScene().getFocusOwner();
        assertTrue(focused instanceof Button b && "rate-good".equals(b.getId()), "grade 3 suggests Good again: " + focused);

        robot.clickOn("#dispute-grade");
        robot.type(KeyCode.DIGIT2);
        assertEquals(1, app.store().personalSamples(app.deck().id()).size(), "the same sample, not a second one");
        assertEquals(2, app.store().personalSamples(app.deck().id()).get(0).grade());
    }

    @Test
    void escapeClosesTheDisputeWithoutLeaving(FxRobot robot) {
        robot.clickOn("#study-autoencoders-gans");
        robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText("compression"));
        robot.clickOn("#submit");
        FxChecks.awaitFeedback(robot);
        robot.clickOn("#dispute-grade");
        assertTrue(robot.lookup("#dispute-draft").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#dispute-draft").tryQuery().isEmpty(), "Esc closes the question");
        assertTrue(robot.lookup("#feedback").tryQuery().isPresent(), "and stays in the reviewer");
        assertTrue(app.store().personalSamples(app.deck().id()).isEmpty());
    }

    @Test
    void spaceWithTheGradePickerOpenAcceptsTheSuggestionAndFilesNoDispute(FxRobot robot) {
        robot.clickOn("#study-autoencoders-gans");
        robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText("compression"));
        robot.clickOn("#submit");
        FxChecks.awaitFeedback(robot);
        String suggested = app.stage().getScene().getFocusOwner().getId();
        assertTrue(suggested.startsWith("rate-"), "the suggested rating has the focus: " + suggested);
        robot.clickOn("#dispute-grade");
        Node focused = app.stage().getScene().getFocusOwner();
        assertTrue(focused == null || focused.getId() == null || !focused.getId().startsWith("correct-grade-"),
                "no grade button takes the focus: " + focused);

        robot.type(KeyCode.SPACE);
        assertTrue(app.store().personalSamples(app.deck().id()).isEmpty(), "Space files no dispute");
        assertEquals(suggested, "rate-" + app.store().reviewsOf(new CardKey(app.deck().id(), "ae-tasks")).get(0).rating().name().toLowerCase(),
                "Space keeps its meaning: the suggested rating");
    }

    @Test
    void digitsPickTheDisputedGradeOnlyWhileThePickerIsOpen(FxRobot robot) {
        robot.clickOn("#study-autoencoders-gans");
        robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText("compression"));
        robot.clickOn("#submit");
        FxChecks.awaitFeedback(robot);
        CardKey card = new CardKey(app.deck().id(), "ae-tasks");
        robot.clickOn("#dispute-grade");

        robot.type(KeyCode.DIGIT2);
        assertTrue(robot.lookup("#dispute-draft").tryQuery().isEmpty(), "the picker closes");
        assertEquals(2, app.store().personalSamples(app.deck().id()).get(0).grade(), "2 disputes the grade as 2");
        assertTrue(app.store().reviewsOf(card).isEmpty(), "and does not rate");
        assertTrue(text(robot, "#grade").startsWith("Your grade 2 of 4"), "the grade shown is the one the rating follows: "
                + text(robot, "#grade"));
        Node focused = app.stage().getScene().getFocusOwner();
        assertTrue(focused instanceof Button b && "rate-hard".equals(b.getId()), "grade 2 suggests Hard: " + focused);
        String tip = robot.lookup("#rate-hard").queryAs(Button.class).getTooltip().getText();
        assertTrue(tip.endsWith("Suggested by your corrected grade."), tip);

        robot.type(KeyCode.DIGIT3);
        assertEquals(Rating.GOOD, app.store().reviewsOf(card).get(0).rating(), "with the picker closed, 3 rates Good");
        assertEquals(1, app.store().personalSamples(app.deck().id()).size());
    }
}
