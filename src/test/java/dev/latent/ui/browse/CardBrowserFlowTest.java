package dev.latent.ui.browse;

import dev.latent.browse.BrowserRow;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.store.CardKey;
import dev.latent.store.ReviewInput;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.Dialogs;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Anki's Browse: a table of every card, searched, sorted, filtered, and changed on a selection. */
@ExtendWith(ApplicationExtension.class)
class CardBrowserFlowTest {

    private final AppFixture app = AppFixture.inFreshFolder("card-browser");

    @Start
    void start(Stage window) {
        app.open(window);
        // One card studied (with a typed, scored answer), so the table has memory states and history to show.
        Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT);
        CardKey first = new CardKey(app.deck().id(), app.deck().questions().get(0).id());
        Instant answered = app.clock.instant().minusSeconds(3 * 86_400L);
        CardState after = scheduler.review(CardState.newCard(answered), Rating.EASY, answered).card();
        app.store().recordReview(new ReviewInput(first, Rating.EASY, after, answered, 42_000, null,
                "dimensionality reduction and denoising", 64, null));
        app.show(1366, 768);
    }

    @AfterEach
    void closeStore(FxRobot robot) {
        app.close(robot);
    }

    @SuppressWarnings("unchecked")
    private static TableView<BrowserRow> table(FxRobot robot) {
        return robot.lookup("#browser-table").queryAs(TableView.class);
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#browser-count").queryAs(Label.class).getText();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#browser-status").queryAs(Label.class).getText();
    }

    @Test
    void everyCardIsListedSearchedSortedAndFiltered(FxRobot robot) {
        robot.clickOn("#open-browser");
        assertEquals("8 cards shown", count(robot));
        FxChecks.awaitFocus(robot, "#browser-search");
        Screenshots.save(app.stage().getScene(), "browser.png");

        robot.write("discriminator");
        List<BrowserRow> found = table(robot).getItems();
        assertTrue(!found.isEmpty() && found.size() < 8, "the search narrows the table: " + found.size());
        assertTrue(found.stream().allMatch(r -> (r.prompt() + r.question().answer().fullText()).toLowerCase()
                .contains("discriminator")));
        robot.interact(() -> robot.lookup("#browser-search").queryAs(TextField.class).clear());
        assertEquals("8 cards shown", count(robot));

        // Sorting by stability puts the one studied card first; new cards (no stability) sort last either way.
        robot.interact(() -> {
            TableView<BrowserRow> t = table(robot);
            TableColumn<BrowserRow, ?> stability = t.getColumns().stream().filter(c -> "col-stability".equals(c.getId()))
                    .findFirst().orElseThrow();
            stability.setSortType(TableColumn.SortType.DESCENDING);
            t.getSortOrder().setAll(stability);
        });
        assertEquals(app.deck().questions().get(0).prompt(), table(robot).getItems().get(0).prompt());
        assertEquals(64, table(robot).getItems().get(0).card().lastScore());

        robot.interact(() -> robot.lookup("#browser-state").queryAs(javafx.scene.control.ComboBox.class)
                .getSelectionModel().select(java.util.Optional.of(BrowserRow.State.REVIEW)));
        assertEquals("1 card shown", count(robot));
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#study-autoencoders-gans").tryQuery().isPresent(), "Esc goes back to the decks");
    }

    @Test
    void theSelectionIsSuspendedFlaggedRescheduledAndReset(FxRobot robot) {
        robot.clickOn("#open-browser");
        robot.interact(() -> table(robot).getSelectionModel().selectRange(0, 3));
        robot.clickOn("#browser-suspend");
        assertEquals("Suspended 3 cards.", status(robot));
        assertEquals(3, table(robot).getItems().stream().filter(r -> r.state() == BrowserRow.State.SUSPENDED).count());
        assertEquals(3, table(robot).getSelectionModel().getSelectedItems().size(), "the selection is kept");
        robot.clickOn("#browser-suspend");
        assertEquals("Unsuspended 3 cards.", status(robot), "again brings them back");

        robot.clickOn("#browser-flag");
        robot.clickOn("#browser-flag-2");
        assertEquals("Flagged 3 cards orange.", status(robot));
        assertEquals(3, app.store().cardRows().stream().filter(r -> r.flag() == 2).count());

        robot.clickOn("#browser-set-due");
        robot.interact(() -> robot.lookup("#browser-set-due-dialog .text-field").queryAs(TextField.class).setText("10"));
        Dialogs.clickButton(robot, "OK");
        assertEquals("Due in 10 days: 1 card (new cards have no due date to move).", status(robot));
        CardKey first = new CardKey(app.deck().id(), app.deck().questions().get(0).id());
        assertEquals(Instant.parse("2026-03-12T04:00:00Z"), app.store().cardState(first).orElseThrow().due());

        robot.clickOn("#browser-reset");
        Dialogs.clickButton(robot, "Reset");
        assertEquals("Reset 3 cards to new.", status(robot));
        assertTrue(app.store().cardState(first).orElseThrow().isNew());
        assertEquals(1, app.store().reviewsOf(first).size(), "the history stays");
    }

    @Test
    void cardInfoShowsTheHistoryAndEditOpensTheQuestion(FxRobot robot) {
        robot.clickOn("#open-browser");
        robot.interact(() -> table(robot).getSelectionModel().select(1));
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        robot.clickOn("#browser-info");
        assertEquals("Review", robot.lookup("#card-info-state").queryAs(Label.class).getText());
        assertEquals("1", robot.lookup("#card-info-reviews").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#card-info-retrievability").queryAs(Label.class).getText().endsWith("chance to recall it now"));
        String history = robot.lookup("#card-info-history").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).reduce("", String::concat);
        assertTrue(history.contains("Easy") && history.contains("score 64") && history.contains("dimensionality reduction"),
                history);
        Screenshots.save(robot.lookup("#card-info").query().getScene(), "card-info.png");
        Dialogs.clickButton(robot, "Close");

        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(2));
        robot.clickOn("#browser-edit");
        assertEquals(2, robot.lookup("#question-list").queryAs(ListView.class).getSelectionModel().getSelectedIndex());
    }
}
