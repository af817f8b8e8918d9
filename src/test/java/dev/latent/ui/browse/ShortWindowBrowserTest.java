package dev.latent.ui.browse;

import dev.latent.ui.common.Themes;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * The card browser at 300 % text on a 1366x768 laptop: its top bar, three rows of filters and two rows of buttons left
 * the table two and a half rows of almost three lines each, and the buttons under it were below the fold. In a window
 * that short for its text the top bar is one slim line, the filters a row less, the rows a line and a bit high: at
 * 1366x768 four rows show with every button in view; in the 1100x720 window three rows, the page scrolling a little
 * to the last buttons. With room (100 % text, 300 % on 1920x1080) nothing changes.
 */
@ExtendWith(ApplicationExtension.class)
class ShortWindowBrowserTest {

    private static final List<String> BUTTONS = List.of("#browser-suspend", "#browser-bury", "#browser-flag",
            "#browser-reset", "#browser-set-due", "#browser-edit", "#browser-info");
    private final AppFixture app = AppFixture.inFreshFolder("short-window-browser");

    @Start
    void start(Stage stage) {
        app.start(stage, 1366, 768);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void openBrowser(FxRobot robot, int[] size) {
        app.reopenAt(robot, size[0], size[1], size[2]);
        robot.interact(() -> robot.lookup("#open-browser").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.saveShortWindow(app.stage().getScene().getRoot(), "browser", size[0], size[1], size[2]);
    }

    @Test
    void theTableGetsTheRoomAShortWindowHasAtLargeText(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{300, 1366, 768, 4}, {300, 1100, 720, 3}}) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            double em = Themes.BASE_FONT_PX * size[0] / 100;
            openBrowser(robot, size);
            // The top bar one line, and slim: it was 2.6 lines high at 1366x768 and wrapped its title at 1100x720.
            Region topBar = robot.lookup(".top-bar").queryAs(Region.class);
            if (topBar.getHeight() > 2 * em) problems.add(at + ": the top bar is " + Math.round(topBar.getHeight()) + " px high");
            double back = FxChecks.centreY(robot.lookup("#back-to-decks").query());
            for (String item : List.of("#bar-title", "#browser-count")) {
                if (Math.abs(FxChecks.centreY(robot.lookup(item).query()) - back) > em / 2) problems.add(at + ": " + item + " on a second line");
            }
            int rows = rowsInView(robot);
            if (rows < size[3]) problems.add(at + ": " + rows + " rows of the table in view");
            FxChecks.outOfView(robot.lookup("#browser-search").query()).ifPresent(out -> problems.add(at + ": search " + out));
            // The shorter box cuts its hint: the hint is whole in its tooltip.
            TextField search = robot.lookup("#browser-search").queryAs(TextField.class);
            double hint = textWidth(search.getPromptText(), search.getFont());
            if (hint > search.getWidth() && (search.getTooltip() == null || !search.getTooltip().getText().equals(search.getPromptText()))) {
                problems.add(at + ": the search box cuts its hint \"" + search.getPromptText() + "\" and has no tooltip with it");
            }
            if (size[1] == 1366) {
                for (String button : BUTTONS) {
                    FxChecks.outOfView(robot.lookup(button).query()).ifPresent(out -> problems.add(at + ": " + button + " " + out));
                }
            }
            for (String cut : FxChecks.truncated(app.stage().getScene().getRoot())) problems.add(at + ": " + cut);
            for (String wide : FxChecks.overflowing(app.stage().getScene())) problems.add(at + ": " + wide);
        }
        assertEquals(List.of(), problems);
    }

    private static double textWidth(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    /** The table's rows wholly in view: inside the table, under its header, and in the page's view of the window. */
    private static int rowsInView(FxRobot robot) {
        TableView<?> table = robot.lookup("#browser-table").queryAs(TableView.class);
        Node header = table.lookup(".column-header-background");
        Node viewport = robot.lookup(".page-scroll").query().lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        Bounds inTable = table.localToScene(table.getLayoutBounds());
        double top = Math.max(header.localToScene(header.getLayoutBounds()).getMaxY(), view.getMinY());
        double bottom = Math.min(inTable.getMaxY(), view.getMaxY());
        int rows = 0;
        for (Node row : table.lookupAll(".table-row-cell")) {
            if (!(row instanceof TableRow<?> r) || r.isEmpty() || !r.isVisible()) continue;
            Bounds at = row.localToScene(row.getLayoutBounds());
            if (at.getMinY() >= top - 1 && at.getMaxY() <= bottom + 1) rows++;
        }
        return rows;
    }

    @Test
    void withRoomTheBrowserKeepsItsUsualSize(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{100, 1920, 1080}, {100, 1366, 768}, {100, 1100, 720}, {300, 1920, 1080}}) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            double em = Themes.BASE_FONT_PX * size[0] / 100;
            openBrowser(robot, size);
            Region topBar = robot.lookup(".top-bar").queryAs(Region.class);
            if (Math.abs(topBar.getPadding().getTop() - 0.5 * em) > 0.5) problems.add(at + ": top bar padding " + topBar.getPadding());
            int columns = robot.lookup("#browser-search").queryAs(TextField.class).getPrefColumnCount();
            if (columns != 16) problems.add(at + ": the search box is " + columns + " columns wide");
            Region table = robot.lookup("#browser-table").queryAs(Region.class);
            if (Math.abs(table.getMinHeight() - 12 * em) > 0.5) problems.add(at + ": the table's least height is " + table.getMinHeight());
            Region row = robot.lookup("#browser-table .table-row-cell").queryAs(Region.class);
            if (Math.abs(row.getHeight() - 2.8 * em) > 1) problems.add(at + ": a row is " + row.getHeight() + " px high");
            if (robot.lookup("#bar-title").queryAs(Label.class).getTooltip() != null) problems.add(at + ": the title may be cut");
            for (String bar : List.of(".browser-filters", ".browser-actions")) {
                if (robot.lookup(bar).queryAs(Region.class).getPadding().getTop() != 8) problems.add(at + ": " + bar + " padding changed");
            }
        }
        assertEquals(List.of(), problems);
    }
}
