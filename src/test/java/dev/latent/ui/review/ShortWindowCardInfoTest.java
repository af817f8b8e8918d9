package dev.latent.ui.review;

import dev.latent.browse.BrowserRow;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.store.CardKey;
import dev.latent.store.ReviewInput;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Card info at 300 % text over a 1366x768 laptop's window: its header (the question, four lines) and its history were
 * taller than the window, the header's top and Close off the screen. It fits the window it opens over at every text
 * size, the history scrolling and Close in view; a question too long for the header heads the history instead.
 */
@ExtendWith(ApplicationExtension.class)
class ShortWindowCardInfoTest {

    /** The deck's second question, four lines at 300 % text, with two answers. */
    private static final String LONG = "Suppose you want to train a classifier";
    /** The deck's third question, not answered yet. */
    private static final String NEW = "If an autoencoder perfectly reconstructs";

    private final AppFixture app = AppFixture.inFreshFolder("short-window-card-info");

    @Start
    void start(Stage stage) {
        app.open(stage);
        // Two answers, typed and scored, so the history has something to show.
        Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT);
        CardKey card = new CardKey(app.deck().id(), app.deck().questions().get(1).id());
        Instant first = app.clock.instant().minusSeconds(5 * 86_400L);
        CardState state = scheduler.review(CardState.newCard(first), Rating.GOOD, first).card();
        app.store().recordReview(new ReviewInput(card, Rating.GOOD, state, first, 42_000, null,
                "Pretrain an autoencoder on all the unlabeled data, then reuse its lower layers for the classifier.", 80, null));
        Instant second = app.clock.instant().minusSeconds(86_400L);
        CardState later = scheduler.review(state, Rating.HARD, second).card();
        app.store().recordReview(new ReviewInput(card, Rating.HARD, later, second, 61_000, null,
                "Train a stacked autoencoder without labels, then fine-tune the encoder with the few labeled instances.", 70, null));
        app.show(1366, 768);
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @SuppressWarnings("unchecked")
    private DialogPane openCardInfo(FxRobot robot, int[] size, String question) {
        app.reopenAt(robot, size[0], size[1], size[2]);
        robot.interact(() -> robot.lookup("#open-browser").queryButton().fire());
        robot.interact(() -> {
            TableView<BrowserRow> table = robot.lookup("#browser-table").queryAs(TableView.class);
            BrowserRow row = table.getItems().stream().filter(r -> r.prompt().startsWith(question)).findFirst().orElseThrow();
            table.getSelectionModel().clearAndSelect(table.getItems().indexOf(row));
            robot.lookup("#browser-info").queryButton().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#card-info").queryAs(DialogPane.class);
        Screenshots.saveShortWindow(pane, question.equals(LONG) ? "card-info" : "card-info-new", size[0], size[1], size[2]);
        return pane;
    }

    private static void hide(FxRobot robot, DialogPane pane) {
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    @Test
    void cardInfoFitsItsWindowWithCloseInView(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{300, 1366, 768}, {300, 1100, 720}, {300, 1920, 1080}, {100, 1366, 768}, {100, 1100, 720}}) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            DialogPane pane = openCardInfo(robot, size, LONG);
            Window main = app.stage();
            Window dialog = pane.getScene().getWindow();
            if (dialog.getY() < main.getY() - 1 || dialog.getY() + dialog.getHeight() > main.getY() + main.getHeight() + 1
                    || dialog.getX() < main.getX() - 1 || dialog.getX() + dialog.getWidth() > main.getX() + main.getWidth() + 1) {
                problems.add(at + ": the dialog at " + Math.round(dialog.getX()) + "," + Math.round(dialog.getY()) + " is "
                        + Math.round(dialog.getWidth()) + "x" + Math.round(dialog.getHeight()) + " over a window at "
                        + Math.round(main.getX()) + "," + Math.round(main.getY()));
            }
            Node close = pane.lookupButton(ButtonType.CLOSE);
            Bounds on = close.localToScreen(close.getLayoutBounds());
            if (on.getMaxY() > dialog.getY() + dialog.getHeight() + 1 || on.getMaxY() > main.getY() + main.getHeight() + 1) {
                problems.add(at + ": Close at y " + Math.round(on.getMinY()) + ".." + Math.round(on.getMaxY()));
            }
            // The whole question, in the header or at the top of the history.
            String question = robot.lookup("#browser-table").queryAs(TableView.class).getSelectionModel().getSelectedItem() instanceof BrowserRow row
                    ? row.prompt() : "";
            String header = pane.getHeaderText();
            Label inContent = (Label) pane.lookup("#card-info-prompt");
            if (!question.equals(header) && (inContent == null || !question.equals(inContent.getText()))) {
                problems.add(at + ": the question is not shown whole");
            }
            // The history reaches the bottom of the view when scrolled there.
            ScrollPane scroll = (ScrollPane) pane.getContent();
            if (scroll.getViewportBounds().getHeight() < 4 * size[0] * 15 / 100.0) {
                problems.add(at + ": the history has a strip " + Math.round(scroll.getViewportBounds().getHeight()) + " px high");
            }
            for (String cut : FxChecks.truncated(pane)) problems.add(at + ": " + cut);
            hide(robot, pane);
        }
        assertEquals(List.of(), problems);
    }

    /**
     * At 100 % text the question heads the dialog, and the history has its own height up to 28 lines: no blank band
     * under a short one (the dialog kept 28 lines for "Not rated yet.").
     */
    @Test
    void withRoomTheQuestionHeadsTheDialog(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{100, 1366, 768}, {100, 1920, 1080}}) {
            for (String question : List.of(LONG, NEW)) {
                String at = size[0] + " % at " + size[1] + "x" + size[2] + ", " + question;
                DialogPane pane = openCardInfo(robot, size, question);
                if (pane.getHeaderText() == null || !pane.getHeaderText().startsWith(question)) problems.add(at + ": the header is " + pane.getHeaderText());
                if (pane.lookup("#card-info-prompt") != null) problems.add(at + ": the question is in the history too");
                ScrollPane scroll = (ScrollPane) pane.getContent();
                double content = scroll.getContent().getLayoutBounds().getHeight();
                double view = scroll.getViewportBounds().getHeight();
                double em = 15 * size[0] / 100.0;
                if (view > content + em / 2 || view < Math.min(content, 28 * em) - 1) {
                    problems.add(at + ": " + Math.round(view) + " px of view for " + Math.round(content) + " px of history");
                }
                hide(robot, pane);
            }
        }
        assertEquals(List.of(), problems);
    }
}
