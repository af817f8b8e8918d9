package dev.latent.ui.app;

import dev.latent.ui.common.Themes;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
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
 * The screens that are one scrolling page (the deck list, the exam and presentation setups, statistics) at 300 % text
 * on a 1366x768 laptop and in the 1100x720 window: their margins took two lines of text, the deck list showed no deck
 * in its first screen (Study now two screens down, under the deck's text) and the exam's Start was at the end of a
 * page three screens long. In a window that short for its text the margins are slim, a deck's buttons sit beside its
 * text with Study now in the first screen, and Start is pinned under the exam's options. With room nothing changes.
 */
@ExtendWith(ApplicationExtension.class)
class ShortWindowPagesTest {

    private static final String[][] SCREENS = {{"", "decks"}, {"#open-exam", "exam-setup"},
            {"#present-deck-autoencoders-gans", "present-setup"}, {"#open-statistics", "statistics"}};
    private final AppFixture app = AppFixture.inFreshFolder("short-window-pages");

    @Start
    void start(Stage stage) {
        app.start(stage, 1366, 768);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void open(FxRobot robot, String[] screen, int[] size) {
        app.reopenAt(robot, size[0], size[1], size[2]);
        if (!screen[0].isEmpty()) robot.interact(() -> robot.lookup(screen[0]).queryButton().fire());
        if (screen[1].equals("statistics")) FxChecks.awaitStatistics(robot);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.saveShortWindow(app.stage().getScene().getRoot(), screen[1], size[0], size[1], size[2]);
    }

    private static double pageTop(FxRobot robot) {
        return robot.lookup(".page-scroll .page").queryAs(Region.class).getPadding().getTop();
    }

    @Test
    void thePagesGiveTheirMarginsToTheirContentInAShortWindow(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{300, 1366, 768}, {300, 1100, 720}}) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            double em = Themes.BASE_FONT_PX * size[0] / 100;
            for (String[] screen : SCREENS) {
                open(robot, screen, size);
                if (pageTop(robot) > 0.7 * em) problems.add(at + ", " + screen[1] + ": a margin of " + Math.round(pageTop(robot)) + " px above the page");
                for (String cut : FxChecks.truncated(app.stage().getScene().getRoot())) problems.add(at + ", " + screen[1] + ": " + cut);
                for (String wide : FxChecks.overflowing(app.stage().getScene())) problems.add(at + ", " + screen[1] + ": " + wide);
                switch (screen[1]) {
                    case "decks" -> FxChecks.outOfView(robot.lookup("#study-autoencoders-gans").query())
                            .ifPresent(out -> problems.add(at + ": Study now " + out));
                    case "exam-setup" -> {
                        // Start stays in view however far down the options the learner goes.
                        robot.interact(() -> robot.lookup(".page-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
                        inWindow(robot.lookup("#exam-start").query()).ifPresent(out -> problems.add(at + ": Start " + out));
                        robot.interact(() -> robot.lookup(".page-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
                        inWindow(robot.lookup("#exam-start").query()).ifPresent(out -> problems.add(at + ": Start " + out));
                        if (!FxChecks.isFocusOwner(robot, "#exam-start")) problems.add(at + ": Start lost the focus");
                    }
                    case "present-setup" -> FxChecks.outOfView(robot.lookup("#present-start").query())
                            .ifPresent(out -> problems.add(at + ": Start presenting " + out));
                    default -> { }
                }
            }
        }
        // Esc still leaves the exam setup from Start in its bar.
        app.reopenAt(robot, 300, 1366, 768);
        robot.interact(() -> robot.lookup("#open-exam").queryButton().fire());
        robot.interact(() -> robot.lookup("#exam-start").query().requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup("#open-exam").tryQuery().isEmpty()) problems.add("Esc on Start did not leave the exam setup");
        assertEquals(List.of(), problems);
    }

    @Test
    void theExamReportGivesItsMarginsToItsContentInAShortWindowOnly(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{300, 1100, 720}, {300, 1366, 768}, {100, 1920, 1080}, {300, 1920, 1080}}) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            double em = Themes.BASE_FONT_PX * size[0] / 100;
            app.reopenAt(robot, size[0], size[1], size[2]);
            FxChecks.startAnExam(robot, 1);
            robot.interact(() -> robot.lookup("#exam-finish").queryButton().fire());
            robot.interact(() -> robot.lookup("#exam-hand-in").queryButton().fire());
            FxChecks.awaitNode(robot, "#report-done"); // the report comes once the exam is recorded
            Screenshots.saveShortWindow(app.stage().getScene().getRoot(), "exam-report", size[0], size[1], size[2]);
            boolean isShort = size[2] < 1000 && size[0] == 300;
            double top = pageTop(robot);
            if (isShort ? top > 0.7 * em : Math.abs(top - 1.9 * em) > 0.5) problems.add(at + ": a margin of " + Math.round(top) + " px above the report");
            for (String cut : FxChecks.truncated(app.stage().getScene().getRoot())) problems.add(at + ": " + cut);
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The deck list's header (its title, five links and tagline) took the top four fifths of a 1366x768 laptop at
     * 300 %, the first deck's Study now at 83 % of the window's height. In a short window the title goes small at the
     * start of the links' row and the tagline is not shown, Study now in the window's upper half; every link is still
     * there, whole. With room, and when the window grows again, the header is as it was.
     */
    @Test
    void theDeckListsHeaderGivesItsHeightToTheDecksInAShortWindowOnly(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{300, 1366, 768}, {300, 1100, 720}, {100, 1366, 768}, {300, 1920, 1080}}) {
            app.reopenAt(robot, size[0], size[1], size[2]);
            checkDeckListHeader(robot, size[0] + " % at " + size[1] + "x" + size[2], size[2] < 1000 && size[0] == 300, problems);
        }
        // The same screen, short and then with room.
        app.reopenAt(robot, 300, 1366, 768);
        robot.interact(() -> app.stage().setHeight(1080));
        WaitForAsyncUtils.waitForFxEvents();
        checkDeckListHeader(robot, "300 % at 1366x768, then 1080 px high", false, problems);
        assertEquals(List.of(), problems);
    }

    private void checkDeckListHeader(FxRobot robot, String at, boolean isShort, List<String> problems) {
        WaitForAsyncUtils.waitForFxEvents();
        double window = app.stage().getScene().getHeight();
        Node study = robot.lookup("#study-autoencoders-gans").query();
        double studyTop = study.localToScene(study.getLayoutBounds()).getMinY();
        if (isShort && studyTop > 0.5 * window) {
            problems.add(at + ": Study now at " + Math.round(100 * studyTop / window) + " % of the window's height");
        }
        boolean taglineShown = robot.lookup("#tagline").tryQuery().map(Node::isVisible).orElse(false);
        if (taglineShown == isShort) problems.add(at + ": the tagline is " + (isShort ? "shown" : "not shown"));
        Node title = robot.lookup(".app-title").query();
        Bounds titleAt = title.localToScene(title.getLayoutBounds());
        for (String link : new String[] {"#open-browser", "#open-exam", "#open-statistics", "#import-deck", "#open-settings"}) {
            Node node = robot.lookup(link).query();
            if (!node.isVisible() || node.getScene() == null) problems.add(at + ": " + link + " is not shown");
            Bounds linkAt = node.localToScene(node.getLayoutBounds());
            if (linkAt.getMinY() < 0 || linkAt.getMaxY() > window) problems.add(at + ": " + link + " is outside the window");
            // With room the links are under the title, or beside it on a wide screen; in a short window the first
            // of them is on the title's row.
            if (link.equals("#open-browser") && isShort && linkAt.getMinY() >= titleAt.getMaxY()) {
                problems.add(at + ": Browse is under the title");
            }
        }
        double titleEm = ((javafx.scene.control.Label) title).getFont().getSize()
                / ((javafx.scene.control.Labeled) robot.lookup("#open-browser").query()).getFont().getSize();
        if (Math.abs(titleEm - (isShort ? 1.4 : 2)) > 0.05) problems.add(at + ": the title is " + titleEm + " em");
        for (String cut : FxChecks.truncated(app.stage().getScene().getRoot())) problems.add(at + ": " + cut);
    }

    /** Wholly inside the window; empty when it is, else where it is. */
    private static java.util.Optional<String> inWindow(Node node) {
        Bounds at = node.localToScene(node.getLayoutBounds());
        if (at.getMinY() >= 0 && at.getMaxY() <= node.getScene().getHeight() + 1) return java.util.Optional.empty();
        return java.util.Optional.of("at y " + Math.round(at.getMinY()) + ".." + Math.round(at.getMaxY())
                + ", the window is " + Math.round(node.getScene().getHeight()) + " px high");
    }

    @Test
    void withRoomThePagesAreAsTheyWere(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{100, 1920, 1080}, {100, 1366, 768}, {100, 1100, 720}, {300, 1920, 1080}}) {
            String at = size[0] + " % at " + size[1] + "x" + size[2];
            double em = Themes.BASE_FONT_PX * size[0] / 100;
            for (String[] screen : SCREENS) {
                open(robot, screen, size);
                if (Math.abs(pageTop(robot) - 1.9 * em) > 0.5) problems.add(at + ", " + screen[1] + ": page padding " + pageTop(robot));
                if (screen[1].equals("exam-setup") && robot.lookup(".bottom-bar").tryQuery().isPresent()) {
                    problems.add(at + ": Start pinned under the page");
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
