package dev.latent.ui;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckCatalog;
import dev.latent.deck.DeckLibrary;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.settings.Settings;
import dev.latent.settings.SettingsStore;
import dev.latent.store.DailyLimits;
import dev.latent.store.Store;
import dev.latent.study.StudySession;
import dev.latent.testing.MutableClock;
import javafx.scene.control.Spinner;
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
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The screens this round changed (the congratulations screen, the exam's hand-in question, the reviewer's
 * dispute), at 100 % and 300 % text on a 1366x768 and a 1920x1080 window: nothing cut short. Screenshots go to
 * target/screenshots/sizes for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class TouchedScreensTest {

    private static final int[][] WINDOWS = {{1366, 768}, {1920, 1080}};
    private static final int[] ZOOMS = {100, 300};

    private final Path dataDir = TestApp.freshFolder("touched-screens");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    private Stage stage;
    private Store store;
    private DeckCatalog catalog;
    private Deck deck;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        deck = catalog.deck("autoencoders-gans").orElseThrow();
        store = TestApp.open(stage, dataDir, catalog, clock);
        TestApp.show(stage, 1366, 768);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private void reopen(FxRobot robot, int zoom, int width, int height) {
        robot.interact(() -> {
            store.close();
            new SettingsStore(dataDir).save(Settings.DEFAULT.withFontZoom(zoom));
            store = TestApp.open(stage, dataDir, catalog, clock);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check(FxRobot robot, String screen, int zoom, int[] window, List<String> problems) {
        WaitForAsyncUtils.waitForFxEvents();
        String name = "sizes/" + screen + "-" + window[0] + "x" + window[1] + "-" + zoom + ".png";
        Screenshots.saveWhole(stage.getScene().getRoot(), name);
        for (String cut : FxChecks.truncated(stage.getScene().getRoot())) problems.add(name + ": " + cut);
    }

    @Test
    void theChangedScreensFitAtEveryTextSize(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int zoom : ZOOMS) {
            for (int[] window : WINDOWS) {
                // The reviewer with its dispute panel open, on a fresh deck.
                reopen(robot, zoom, window[0], window[1]);
                robot.interact(() -> robot.lookup("#study-autoencoders-gans").queryButton().fire());
                robot.interact(() -> robot.lookup("#answer").queryAs(TextArea.class).setText("They squeeze data and remove noise."));
                robot.interact(() -> robot.lookup("#submit").queryButton().fire());
                FxChecks.awaitFeedback(robot);
                robot.interact(() -> robot.lookup("#dispute-grade").queryButton().fire());
                check(robot, "dispute", zoom, window, problems);

                // The exam's question before handing in.
                robot.interact(() -> robot.lookup("#back-to-decks").queryButton().fire());
                robot.interact(() -> robot.lookup("#open-exam").queryButton().fire());
                robot.interact(() -> robot.lookup("#exam-count").queryAs(Spinner.class).getValueFactory().setValue(3));
                robot.interact(() -> robot.lookup("#exam-start").queryButton().fire());
                robot.interact(() -> robot.lookup("#exam-finish").queryButton().fire());
                check(robot, "exam-hand-in", zoom, window, problems);
                robot.interact(() -> robot.lookup("#exam-hand-in").queryButton().fire());
            }
        }
        // The congratulations screen: everything learnt yesterday.
        robot.interact(() -> {
            StudySession session = new StudySession(store, deck, new Scheduler(SchedulerConfig.DEFAULT), DailyLimits.DEFAULT,
                    new MutableClock(clock.instant().minus(Duration.ofDays(1)), clock.getZone()));
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
            }
        }
        assertEquals(List.of(), problems);
    }
}
