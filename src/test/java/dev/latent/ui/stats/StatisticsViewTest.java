package dev.latent.ui.stats;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import dev.latent.testing.StudyHistory;
import dev.latent.ui.common.Themes;
import dev.latent.ui.testing.TestApp;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statistics screen on its own: computed off the JavaFX thread, a failure shown as text, squares sized in ems. */
@ExtendWith(ApplicationExtension.class)
class StatisticsViewTest {

    private final Path dataDir = TestApp.freshFolder("statistics-view");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    private final Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT);
    /** Holds the loading work until the test lets it run, on a thread of the test's. */
    private final List<Runnable> queued = new ArrayList<>();
    private Stage stage;
    private Store store;
    private Deck deck;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        deck = DeckLibrary.loadAll(null).deck("autoencoders-gans").orElseThrow();
        store = Store.open(dataDir);
        StudyHistory.simulate(store, deck, scheduler, clock.instant(), 120, clock.getZone(), 5);
        stage.setScene(new Scene(new BorderPane(), 1100, 760));
        TestApp.show(stage, 1100, 760);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private void open(FxRobot robot, double fontPx, double width) {
        robot.interact(() -> {
            StatisticsView view = new StatisticsView(List.of(deck), store, scheduler, clock, fontPx, () -> { }, queued::add);
            BorderPane root = new BorderPane(view.node());
            root.setStyle("-fx-font-size: " + fontPx + "px;");
            Scene scene = new Scene(root, width, 760);
            scene.getStylesheets().add(Themes.stylesheet());
            stage.setScene(scene);
            stage.setWidth(width);
        });
    }

    /** Runs the queued loading off the JavaFX thread, as the app's loader does, and waits for its result on screen. */
    private void runLoading() throws Exception {
        List<Runnable> work = List.copyOf(queued);
        queued.clear();
        CompletableFuture.runAsync(() -> work.forEach(Runnable::run)).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsLoadingThenThePanesOnceComputedInTheBackground(FxRobot robot) throws Exception {
        open(robot, 15, 1100);
        assertEquals(StatisticsView.LOADING_TEXT, robot.lookup("#stats-loading").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#stats-figures").tryQuery().isEmpty(), "nothing computed on the JavaFX thread");
        assertEquals(1, queued.size(), "one background load");

        runLoading();
        assertTrue(robot.lookup("#stats-loading").tryQuery().isEmpty());
        assertTrue(robot.lookup("#stats-figures").tryQuery().isPresent());
        assertTrue(robot.lookup("#stats-heatmap").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#stats-concepts").tryQuery().isPresent());
    }

    @Test
    void anExecutorThatRunsInPlaceShowsThePanesAtOnce(FxRobot robot) {
        // The benchmark's way: the whole screen built within one call on the JavaFX thread.
        boolean[] shownAtOnce = new boolean[1];
        robot.interact(() -> {
            StatisticsView view = new StatisticsView(List.of(deck), store, scheduler, clock, 15, () -> { }, Runnable::run);
            javafx.scene.Node page = ((ScrollPane) view.node()).getContent(); // no skin yet: look in the content
            shownAtOnce[0] = page.lookup("#stats-figures") != null && page.lookup("#stats-loading") == null;
        });
        assertTrue(shownAtOnce[0]);
    }

    @Test
    void aFailureToComputeIsShownAsText(FxRobot robot) throws Exception {
        open(robot, 15, 1100);
        store.close(); // reading a closed store fails
        runLoading();
        String shown = robot.lookup("#stats-error").queryAs(Label.class).getText();
        assertTrue(shown.startsWith("The statistics could not be computed: "), shown);
        assertTrue(robot.lookup("#stats-back").tryQuery().isPresent(), "the way back stays");
        store = Store.open(dataDir); // for closeStore
    }

    @Test
    void heatmapSquaresGrowWithTheTextAndMonthNamesDoNotOverlap(FxRobot robot) throws Exception {
        open(robot, 15, 1100);
        runLoading();
        double small = square(robot).getWidth();
        assertEquals(Math.max(HeatmapPane.MIN_CELL_PX, HeatmapPane.CELL_EM * 15), small, 0.01, "about 11 px at 100 % text");
        assertMonthNamesApart(robot);

        open(robot, 45, 1366);
        runLoading();
        assertEquals(HeatmapPane.CELL_EM * 45, square(robot).getWidth(), 0.01, "three times as large at 300 %");
        assertMonthNamesApart(robot);
    }

    /** Each month's name ends before the next one's starts. */
    private static void assertMonthNamesApart(FxRobot robot) {
        ScrollPane around = robot.lookup("#stats-heatmap-scroll").queryAs(ScrollPane.class);
        List<Label> months = robot.from(around).lookup(".label").queryAllAs(Label.class).stream()
                .sorted(java.util.Comparator.comparingDouble(Label::getLayoutX)).toList();
        assertTrue(months.size() >= 10, "the months are named: " + months.size());
        for (int i = 1; i < months.size(); i++) {
            Label before = months.get(i - 1);
            assertTrue(before.getBoundsInParent().getMaxX() < months.get(i).getBoundsInParent().getMinX(),
                    before.getText() + " runs into " + months.get(i).getText());
        }
    }

    private static Rectangle square(FxRobot robot) {
        GridPane grid = robot.lookup("#stats-heatmap").queryAs(GridPane.class);
        return (Rectangle) grid.getChildren().stream().filter(n -> n instanceof Rectangle).findFirst().orElseThrow();
    }
}
