package dev.latent.ui;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckCatalog;
import dev.latent.deck.DeckLibrary;
import dev.latent.scheduling.Rating;
import dev.latent.store.CardKey;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On the feedback, the learner says "I did say this" and "this grade is wrong"; both are kept and counted. */
@ExtendWith(ApplicationExtension.class)
class DisputeFlowTest {

    private final Path dataDir = TestApp.freshFolder("disputes");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    private Stage stage;
    private Store store;
    private Deck deck;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DeckCatalog catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        deck = catalog.deck("autoencoders-gans").orElseThrow();
        store = TestApp.open(stage, dataDir, catalog, clock);
        TestApp.show(stage, 1100, 760);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void iDidSayThisAndThisGradeIsWrongAreKeptAndFollowed(FxRobot robot) {
        robot.clickOn("#study-autoencoders-gans");
        assertEquals("ae-tasks", deck.questions().get(0).id(), "the first new card");
        String answer = "Squashing photos into a few numbers, and they tidy up grainy photos.";
        robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText(answer));
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        FxChecks.awaitFeedback(robot);
        int before = Integer.parseInt(text(robot, "#score").replace(" / 100", ""));
        assertTrue(robot.lookup("#claim-denoising").tryQuery().isPresent(), "denoising is missed, so it can be claimed");

        robot.clickOn("#claim-denoising");
        TextArea words = robot.lookup("#claim-answer").queryAs(TextArea.class);
        FxChecks.awaitFocus(robot, "#claim-answer");
        robot.type(KeyCode.DIGIT3);
        assertTrue(store.reviewsOf(new CardKey(deck.id(), "ae-tasks")).isEmpty(), "keys select words now, they do not rate");
        int start = answer.indexOf("tidy up");
        robot.interact(() -> words.selectRange(start, answer.length() - 1));
        Screenshots.save(stage.getScene(), "dispute-claim.png");
        robot.clickOn("#claim-confirm");

        int after = Integer.parseInt(text(robot, "#score").replace(" / 100", ""));
        assertTrue(after > before, "regraded with the concept credited: " + before + " -> " + after);
        assertTrue(text(robot, "#dispute-message").startsWith("Kept as your graded sample: I did say \u201ctidy up grainy photos\u201d"),
                text(robot, "#dispute-message"));
        assertEquals(1, store.personalSamples(deck.id()).size());

        robot.clickOn("#dispute-grade");
        robot.clickOn("#correct-grade-4");
        Node focused = stage.getScene().getFocusOwner();
        assertTrue(focused instanceof Button b && "rate-easy".equals(b.getId()), "grade 4 suggests Easy: " + focused);
        assertEquals(4, store.personalSamples(deck.id()).get(0).grade(), "the same sample, now graded 4");
        assertEquals(1, store.personalSamples(deck.id()).size());
        robot.type(KeyCode.SPACE);
        assertEquals(Rating.EASY, store.reviewsOf(new CardKey(deck.id(), "ae-tasks")).get(0).rating());
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
        assertTrue(store.personalSamples(deck.id()).isEmpty());
    }
}
