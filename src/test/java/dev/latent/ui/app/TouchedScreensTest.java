package dev.latent.ui.app;

import dev.latent.scheduling.Rating;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.settings.Settings;
import dev.latent.store.DailyLimits;
import dev.latent.study.StudySession;
import dev.latent.testing.MutableClock;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every screen (the deck list, the reviewer, its feedback, its dispute and the feedback after it, the congratulations screen, the
 * exam's setup, hand-in question and report, statistics, the editor, the presentation setup, settings, the card
 * browser and card info), at 100 % and 300 % text
 * in the window the app opens with on a fresh data folder (1100x720, on any screen) and in a maximized 1366x768 and
 * 1920x1080 one: no text cut short or broken mid-word, no number wider than its field, nothing reaching past the
 * window or under a page's scroll bar; the answer box is in view as the learner types, the score once they submit.
 * Screenshots go to target/screenshots/sizes for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class TouchedScreensTest {

    private static final int[][] WINDOWS = {{(int) LatentApp.DEFAULT_WIDTH, (int) LatentApp.DEFAULT_HEIGHT}, {1366, 768}, {1920, 1080}};
    private static final int[] ZOOMS = {100, 300};
    /** Every screen at every size, for a person to look at; never the README's folder. */
    private static final Path CHECKED = Path.of("target", "screenshots");

    private final AppFixture app = AppFixture.inFreshFolder("touched-screens");

    @Start
    void start(Stage window) {
        app.start(window, 1366, 768);
    }

    @AfterEach
    void closeStore() {
        app.close();
    }

    private void reopen(FxRobot robot, int zoom, int width, int height) {
        app.reopenAt(robot, zoom, width, height);
    }

    /**
     * Back to the deck list, as its "Decks" buttons go, in the app already open at this text size and window size:
     * each screen is built afresh when opened from there, so a restart before each (a new store and scene, about
     * twice as long) checked nothing more.
     */
    private void backToDecks(FxRobot robot) {
        robot.interact(() -> ((AppShell) app.stage().getScene().getUserData()).showDeckList());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check(FxRobot robot, String screen, int zoom, int[] window, List<String> problems) {
        WaitForAsyncUtils.waitForFxEvents();
        String name = "sizes/" + screen + "-" + window[0] + "x" + window[1] + "-" + zoom + ".png";
        Screenshots.saveWhole(app.stage().getScene().getRoot(), CHECKED, name);
        // The README shows what 300 % text looks like on a small laptop screen.
        if (zoom == 300 && window[0] == 1366 && List.of("decks", "dispute", "browser").contains(screen)) {
            Screenshots.save(app.stage().getScene(), "text-300-" + screen + ".png");
        }
        for (String cut : FxChecks.truncated(app.stage().getScene().getRoot())) problems.add(name + ": " + cut);
        for (String wide : FxChecks.overflowing(app.stage().getScene())) problems.add(name + ": " + wide);
    }

    private void inView(FxRobot robot, String query, String when, int zoom, int[] window, List<String> problems) {
        WaitForAsyncUtils.waitForFxEvents();
        FxChecks.outOfView(robot.lookup(query).query())
                .ifPresent(out -> problems.add(window[0] + "x" + window[1] + "-" + zoom + " " + when + ": " + out));
    }

    private void questionInView(FxRobot robot, String query, String when, int zoom, int[] window, List<String> problems) {
        WaitForAsyncUtils.waitForFxEvents();
        FxChecks.questionOutOfView(robot.lookup(query).query())
                .ifPresent(out -> problems.add(window[0] + "x" + window[1] + "-" + zoom + " " + when + ": " + out));
    }

    @Test
    void everyScreenFitsAtEveryTextSize(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int zoom : ZOOMS) {
            for (int[] window : WINDOWS) {
                // The deck list, then the reviewer's question with its card menu, then its dispute panel open.
                reopen(robot, zoom, window[0], window[1]);
                check(robot, "decks", zoom, window, problems);
                robot.interact(() -> robot.lookup("#study-autoencoders-gans").queryButton().fire());
                check(robot, "reviewer", zoom, window, problems);
                // The answer box comes into view as the learner goes to it and types; the score once they submit.
                robot.interact(() -> robot.lookup("#answer").query().requestFocus());
                inView(robot, "#answer", "answer box focused", zoom, window, problems);
                robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText(""));
                robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).appendText("They squeeze data and remove noise."));
                inView(robot, "#answer", "typing an answer", zoom, window, problems);
                questionInView(robot, "#prompt", "typing an answer", zoom, window, problems);
                check(robot, "reviewer-typing", zoom, window, problems);
                robot.interact(() -> robot.lookup("#submit").queryButton().fire());
                FxChecks.awaitFeedback(robot);
                inView(robot, "#score", "after submitting", zoom, window, problems);
                check(robot, "feedback", zoom, window, problems);
                // The four rating buttons share one row, even at 300 % in the window the app opens with: a second
                // row left the feedback a strip of the window.
                double again = robot.lookup("#rate-again").query().localToScene(0, 0).getY();
                double easy = robot.lookup("#rate-easy").query().localToScene(0, 0).getY();
                if (Math.abs(again - easy) > 1) problems.add("rating buttons in two rows at " + zoom + " %, "
                        + window[0] + "x" + window[1]);
                robot.interact(() -> robot.lookup("#dispute-grade").queryButton().fire());
                check(robot, "dispute", zoom, window, problems);
                // A grade other than the grader's, chosen there: "Your grade 4 of 4 (graded 1)", the longest score line.
                int graded = Integer.parseInt(FxChecks.text(robot, "#grade").replaceAll("\\D+", " ").trim().split(" ")[0]);
                robot.interact(() -> robot.lookup("#correct-grade-" + (graded == 4 ? 0 : 4)).queryButton().fire());
                check(robot, "disputed", zoom, window, problems);
                Screenshots.saveWhole(robot.lookup(".reviewer-page").query(), CHECKED, // below the window too
                        "sizes/disputed-page-" + window[0] + "x" + window[1] + "-" + zoom + ".png");

                // The exam's question before handing in.
                robot.interact(() -> robot.lookup("#back-to-decks").queryButton().fire());
                FxChecks.startAnExam(robot, 3);
                // The question and the answer box stay in view as the learner types, as in the reviewer.
                robot.interact(() -> robot.lookup("#exam-answer").query().requestFocus());
                robot.interact(() -> robot.lookup("#exam-answer").queryAs(TextArea.class).appendText("They squeeze data"));
                questionInView(robot, "#exam-prompt", "typing an exam answer", zoom, window, problems);
                inView(robot, "#exam-answer", "typing an exam answer", zoom, window, problems);
                check(robot, "exam-question", zoom, window, problems);
                robot.interact(() -> robot.lookup("#exam-finish").queryButton().fire());
                check(robot, "exam-hand-in", zoom, window, problems);
                robot.interact(() -> robot.lookup("#exam-hand-in").queryButton().fire());
                FxChecks.awaitNode(robot, "#report-title"); // graded off the JavaFX thread
                check(robot, "exam-report", zoom, window, problems);

                // Every other screen of the app: statistics, the editor, the exam and presentation setups.
                for (String[] screen : new String[][] {{"#open-statistics", "statistics"}, {"#edit-autoencoders-gans", "editor"},
                        {"#open-exam", "exam-setup"}, {"#present-deck-autoencoders-gans", "present-setup"}}) {
                    backToDecks(robot);
                    robot.interact(() -> robot.lookup(screen[0]).queryButton().fire());
                    if (screen[1].equals("statistics")) FxChecks.awaitStatistics(robot);
                    if (screen[1].equals("editor")) FxChecks.awaitRubricTest(robot);
                    check(robot, screen[1], zoom, window, problems);
                }

                // Settings, a dialog of its own.
                backToDecks(robot);
                robot.clickOn("#open-settings");
                WaitForAsyncUtils.waitForFxEvents();
                javafx.scene.Scene settings = robot.lookup("#settings-dialog").query().getScene();
                String settingsName = "sizes/settings-" + window[0] + "x" + window[1] + "-" + zoom + ".png";
                Screenshots.saveWhole(settings.getRoot(), CHECKED, settingsName);
                for (String cut : FxChecks.truncated(settings.getRoot())) problems.add(settingsName + ": " + cut);
                robot.interact(() -> settings.getWindow().hide());

                // The card browser, and card info over it.
                backToDecks(robot);
                robot.interact(() -> robot.lookup("#open-browser").queryButton().fire());
                check(robot, "browser", zoom, window, problems);
                robot.interact(() -> {
                    robot.lookup("#browser-table").queryAs(javafx.scene.control.TableView.class).getSelectionModel().select(0);
                    robot.lookup("#browser-info").queryButton().fire();
                });
                WaitForAsyncUtils.waitForFxEvents();
                javafx.scene.Scene info = robot.lookup("#card-info").query().getScene();
                String name = "sizes/card-info-" + window[0] + "x" + window[1] + "-" + zoom + ".png";
                Screenshots.saveWhole(info.getRoot(), CHECKED, name);
                for (String cut : FxChecks.truncated(info.getRoot())) problems.add(name + ": " + cut);
                robot.interact(() -> info.getWindow().hide());
            }
        }
        // The congratulations screen: everything learnt yesterday.
        robot.interact(() -> {
            StudySession session = new StudySession(app.store(), app.deck(), new Scheduler(SchedulerConfig.DEFAULT), DailyLimits.DEFAULT,
                    new MutableClock(app.clock.instant().minus(Duration.ofDays(1)), app.clock.getZone()));
            while (session.current().isPresent()) {
                session.submit("x");
                session.rate(Rating.EASY);
            }
        });
        for (int zoom : ZOOMS) {
            for (int[] window : WINDOWS) {
                reopen(robot, zoom, window[0], window[1]);
                robot.interact(() -> robot.lookup("#study-autoencoders-gans").queryButton().fire());
                check(robot, "congratulations", zoom, window, problems);
                // Statistics with a history to show: tiles, charts and the concept table.
                backToDecks(robot);
                robot.interact(() -> robot.lookup("#open-statistics").queryButton().fire());
                FxChecks.awaitStatistics(robot);
                check(robot, "statistics-history", zoom, window, problems);
                robot.interact(() -> robot.lookup("#statistics").query().getParent().getParent().getParent()
                        .getParent().applyCss()); // the whole page, below the window too, for a person to look at
                Screenshots.saveWhole(robot.lookup("#statistics").query(), CHECKED,
                        "sizes/statistics-page-" + window[0] + "x" + window[1] + "-" + zoom + ".png");
            }
        }
        assertEquals(List.of(), problems);
    }
}
