package dev.latent.ui.review;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.settings.Settings;
import dev.latent.settings.SettingsStore;
import dev.latent.store.CardKey;
import dev.latent.store.DailyLimits;
import dev.latent.store.Store;
import dev.latent.study.StudySession;
import dev.latent.testing.MutableClock;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import dev.latent.ui.testing.TestApp;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static dev.latent.ui.testing.FxChecks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A returning student with nothing due: "Study now" used to open a reviewer with no question, an empty box and a
 * Submit that did nothing. It now says the deck is finished for now, when the next card is due, and offers Anki's
 * ways to study more.
 */
@ExtendWith(ApplicationExtension.class)
class NothingDueFlowTest {

    private final Path dataDir = TestApp.freshFolder("nothing-due");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    private Stage stage;
    private Store store;
    private Deck deck;

    private DeckCatalog catalog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        deck = catalog.deck("autoencoders-gans").orElseThrow();
        store = TestApp.open(stage, dataDir, catalog, clock);
        TestApp.show(stage, 1100, 760);
    }

    /** Answers every card a session offers at {@code at} with Easy (a new card then waits days), then reopens the app. */
    private void studiedEverythingAt(FxRobot robot, Instant at, int newPerDay) {
        robot.interact(() -> {
            StudySession session = new StudySession(store, deck, new Scheduler(SchedulerConfig.DEFAULT),
                    new DailyLimits(newPerDay, 200), new MutableClock(at, clock.getZone()));
            while (session.current().isPresent()) {
                session.submit("an answer");
                session.rate(Rating.EASY);
            }
            store.close();
            new SettingsStore(dataDir).save(Settings.DEFAULT.withDailyLimits(newPerDay, 200));
            store = TestApp.open(stage, dataDir, catalog, clock);
        });
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private int reviews() {
        return deck.questions().stream().mapToInt(q -> store.reviewsOf(new CardKey(deck.id(), q.id())).size()).sum();
    }

    @Test
    void aReturningStudentWithNothingDueIsCongratulatedAndCanReviewAhead(FxRobot robot) {
        studiedEverythingAt(robot, clock.instant().minus(Duration.ofDays(1)), 20);
        assertEquals("New 0", text(robot, "#count-new-autoencoders-gans"));
        assertEquals("Due 0", text(robot, "#count-due-autoencoders-gans"));

        robot.clickOn("#study-autoencoders-gans");
        assertEquals(SummaryView.FINISHED, text(robot, "#summary-title"));
        assertTrue(text(robot, "#summary-next-due").startsWith("The next card is due on "), text(robot, "#summary-next-due"));
        assertTrue(robot.lookup("#answer").tryQuery().isEmpty(), "no empty reviewer behind it");
        assertTrue(robot.lookup("#preview-new").queryButton().isDisabled(), "no new card left to preview");
        assertTrue(robot.lookup("#review-forgotten").queryButton().isDisabled(), "nothing was forgotten");
        assertFalse(robot.lookup("#review-ahead").queryButton().isDisabled(), "review ahead reaches the next due card");
        assertEquals("Every card has been studied.", text(robot, "#preview-new-text"));
        Screenshots.save(stage.getScene(), "congratulations.png");

        robot.interact(() -> robot.lookup("#ahead-days").queryAs(Spinner.class).getValueFactory().setValue(60));
        assertEquals("8 cards due in the next 60 days, reviewed now as if those days had come.",
                text(robot, "#review-ahead-text"));
        robot.clickOn("#review-ahead");
        assertFalse(text(robot, "#prompt").isEmpty(), "the reviewer shows a question");
        assertEquals("Due 8", text(robot, "#remaining-due"));
        robot.clickOn("#dont-know");
        FxChecks.awaitFeedback(robot);
        robot.type(javafx.scene.input.KeyCode.DIGIT3);
        assertEquals(9, reviews(), "the early review is recorded");
        assertEquals("Due 7", text(robot, "#remaining-due"));

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertTrue(robot.lookup("#study-autoencoders-gans").tryQuery().isPresent(), "Esc leaves for the deck list");
    }

    @Test
    void moreNewCardsTodayOpenTheReviewerOnThem(FxRobot robot) {
        studiedEverythingAt(robot, clock.instant().minus(Duration.ofHours(1)), 2);
        robot.clickOn("#study-autoencoders-gans");
        assertEquals(SummaryView.FINISHED, text(robot, "#summary-title"));
        assertEquals("Let 10 more new cards in today (6 waiting).", text(robot, "#extra-new-text"));
        robot.interact(() -> robot.lookup("#extra-new-count").queryAs(Spinner.class).getValueFactory().setValue(3));
        robot.clickOn("#extra-new");
        assertEquals("New 3", text(robot, "#remaining-new"), "three more new cards today");
        FxChecks.awaitFocus(robot, "#answer");

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertEquals("New 3", text(robot, "#count-new-autoencoders-gans"), "the deck list counts them too");
    }

    @Test
    void previewNewCardsStepsThroughThemWithoutScheduling(FxRobot robot) {
        studiedEverythingAt(robot, clock.instant().minus(Duration.ofHours(1)), 2);
        robot.clickOn("#study-autoencoders-gans");
        assertEquals("6 new cards not studied yet, to read through without scheduling anything.", text(robot, "#preview-new-text"));
        robot.clickOn("#preview-new");
        assertEquals("Question 1 of 6", text(robot, "#progress"), "the preview goes through the six new cards");
        assertEquals(2, reviews(), "previewing records nothing");
    }
}
