package dev.latent.ui.stats;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.platform.AppPaths;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import dev.latent.testing.StudyHistory;
import dev.latent.ui.app.LatentApp;
import dev.latent.ui.stats.StatisticsView;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import dev.latent.ui.testing.TestApp;
import javafx.scene.chart.BarChart;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static dev.latent.ui.testing.FxChecks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statistics screen with no reviews and with months of them, and the exam date on the deck card. */
@ExtendWith(ApplicationExtension.class)
class StatisticsScreenTest {

    @TempDir
    Path dataDir;

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
        store = Store.open(dataDir);
        openApp();
        TestApp.show(stage, 1100, 760);
    }

    private void openApp() {
        stage.setScene(LatentApp.createScene(new AppPaths(dataDir), catalog, store, clock));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void withNoReviewsTheScreenSaysWhatToDo(FxRobot robot) {
        robot.clickOn("#open-statistics");
        FxChecks.awaitStatistics(robot);
        assertEquals(StatisticsView.EMPTY_TEXT, text(robot, "#stats-empty"));
        assertTrue(robot.lookup("#stats-heatmap").tryQuery().isEmpty(), "no empty charts");
        robot.clickOn("#stats-back");
        assertTrue(robot.lookup("#open-statistics").tryQuery().isPresent(), "back on the deck list");
    }

    @Test
    void showsTheYearForecastRetentionScoresAndConcepts(FxRobot robot) throws Exception {
        Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT);
        int reviews = StudyHistory.simulate(store, deck, scheduler, clock.instant(), 150, clock.getZone(), 7);
        robot.interact(this::openApp); // the deck list reads the store on open
        robot.clickOn("#open-statistics");
        FxChecks.awaitStatistics(robot);

        assertEquals(String.format("%,d", reviews), text(robot, "#stats-reviews-year"));
        GridPane heatmap = robot.lookup("#stats-heatmap").queryAs(GridPane.class);
        long cells = heatmap.getChildren().stream().filter(n -> n instanceof Rectangle).count();
        assertEquals(365, cells, "one square per day of the year");
        long busyDays = heatmap.getChildren().stream().filter(n -> n instanceof Rectangle r && !r.getStyleClass().contains("heat-0")).count();
        assertTrue(busyDays > 60 && busyDays <= 150, "the days studied are coloured: " + busyDays);
        Rectangle last = (Rectangle) heatmap.getChildren().stream().filter(n -> n instanceof Rectangle).reduce((a, b) -> b).orElseThrow();
        assertTrue(last.getAccessibleText().endsWith("on Mon 2 Mar 2026"), last.getAccessibleText());
        robot.moveTo(last);
        Tooltip tip = (Tooltip) heatmap.getUserData();
        assertEquals(last.getAccessibleText(), tip.getText(), "the tooltip names the square under the pointer");

        BarChart<?, ?> forecast = robot.lookup("#stats-forecast").queryAs(BarChart.class);
        assertEquals(30, forecast.getData().get(0).getData().size());
        assertTrue(text(robot, "#stats-true-retention").matches("\\d+%"), text(robot, "#stats-true-retention"));
        assertEquals("90%", text(robot, "#stats-desired-retention"));
        // The sections below the first screenful follow the first frame by themselves.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#stats-concepts").tryQuery().isPresent());
        LineChart<?, ?> retention = robot.lookup("#stats-retention-chart").queryAs(LineChart.class);
        assertEquals(2, retention.getData().size(), "true and desired");
        LineChart<?, ?> scores = robot.lookup("#stats-scores").queryAs(LineChart.class);
        assertEquals(deck.size(), scores.getData().size(), "one line per question");
        javafx.scene.chart.NumberAxis weeks = (javafx.scene.chart.NumberAxis) scores.getXAxis();
        assertTrue(weeks.getUpperBound() <= LocalDate.of(2026, 3, 2).toEpochDay() + 10, "no months ahead of the data");
        assertTrue(scores.getData().get(0).getData().size() > 1);
        assertEquals(0, scores.getData().stream().flatMap(line -> line.getData().stream()).filter(p -> p.getNode() != null).count(),
                "lines of many weeks draw no symbol at each point");
        assertTrue(scores.getData().get(0).getName().startsWith("Q1 "), "the legend numbers the questions");
        javafx.scene.layout.FlowPane legend = robot.lookup("#stats-scores-legend").queryAs(javafx.scene.layout.FlowPane.class);
        assertEquals(deck.size(), legend.getChildren().size(), "every line is named under the chart");
        assertEquals(scores.getData().get(0).getName(), ((Label) legend.getChildren().get(0)).getText());
        assertTrue(legend.getChildren().get(1).isVisible() && legend.getChildren().get(1).getLayoutBounds().getHeight() > 0);
        javafx.scene.chart.NumberAxis cards = (javafx.scene.chart.NumberAxis) forecast.getYAxis();
        double unit = cards.getTickUnit();
        assertTrue(List.of(1.0, 2.0, 5.0, 10.0, 20.0, 50.0).contains(unit) && cards.getUpperBound() % unit == 0,
                "even ticks: " + unit + " up to " + cards.getUpperBound());
        TableView<?> concepts = robot.lookup("#stats-concepts").queryAs(TableView.class);
        assertFalse(concepts.getItems().isEmpty());
        assertTrue(robot.lookup("#stats-time").tryQuery().isPresent());
        // The whole screen, top to bottom, for the README.
        Screenshots.saveWhole(robot.lookup("#statistics").query().getParent(), "statistics.png");
    }

    @Test
    void aLineOfOnePointIsADot(FxRobot robot) {
        XYChart.Series<Number, Number> lone = new XYChart.Series<>();
        lone.getData().add(new XYChart.Data<>(1, 50));
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        line.getData().setAll(List.of(new XYChart.Data<>(1, 20), new XYChart.Data<>(2, 30), new XYChart.Data<>(3, 40)));
        LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
        robot.interact(() -> {
            StatsUi.plotLines(chart, List.of(lone, line));
            stage.setScene(new javafx.scene.Scene(chart, 400, 300));
            chart.applyCss();
            chart.layout();
        });
        Node dot = lone.getData().get(0).getNode();
        assertTrue(dot != null && dot.isVisible() && dot.getParent() != null, "the lone point is drawn");
        assertTrue(dot.getStyleClass().contains("chart-line-symbol"), dot.getStyleClass().toString());
        assertTrue(dot.getLayoutBounds().getWidth() > 0, "the dot has a size from the theme");
        assertTrue(line.getData().stream().allMatch(p -> p.getNode() == null), "the line of three points has no symbols");
    }

    @Test
    void pastPracticeExamsAreListed(FxRobot robot) {
        store.syncDeck(deck.id(), deck.questionIds(), clock.instant());
        store.recordExam(new dev.latent.store.ExamAttempt(0, clock.instant().minus(java.time.Duration.ofMinutes(14)),
                clock.instant(), "deck:" + deck.id(), null, false, false, 72.0, List.of()));
        robot.interact(this::openApp);
        robot.clickOn("#open-statistics");
        FxChecks.awaitStatistics(robot);
        var rows = robot.lookup("#stats-past-exams").queryAs(javafx.scene.layout.VBox.class).getChildren();
        assertEquals(1, rows.size());
        assertEquals("2 Mar 2026, 08:46 \u00b7 Deck: " + deck.title() + " \u00b7 0 questions \u00b7 72 / 100 \u00b7 14 min",
                ((Label) rows.get(0)).getText());
    }

    @Test
    void anExamDateOnTheDeckCardShowsTheProjectedRecall(FxRobot robot) {
        Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT);
        StudyHistory.simulate(store, deck, scheduler, clock.instant(), 40, clock.getZone(), 3);
        robot.interact(this::openApp);
        java.util.Map<String, Instant> dueBefore = new java.util.HashMap<>();
        store.examDates().cards(deck.id()).forEach(c -> dueBefore.put(c.key().questionId(), c.state().due()));
        assertFalse(robot.lookup("#exam-recall-autoencoders-gans").queryAs(Label.class).isVisible());
        robot.clickOn("#exam-date-autoencoders-gans");
        robot.interact(() -> robot.lookup("#exam-date-picker").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 3, 12)));
        robot.clickOn("OK");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 12)), store.examDates().examDate(deck.id()));
        String outlook = text(robot, "#exam-recall-autoencoders-gans");
        assertTrue(outlook.matches("Exam in 10 days \u00b7 projected recall \\d+%"), outlook);
        assertTrue(store.examDates().cards(deck.id()).stream().noneMatch(c -> !c.state().isNew()
                        && !c.state().due().isBefore(Instant.parse("2026-03-12T04:00:00Z"))
                        && c.state().lastReview().isBefore(Instant.parse("2026-03-05T04:00:00Z"))),
                "no reviewed card is left due after the exam without a review in its last week");

        assertTrue(store.examDates().cards(deck.id()).stream().anyMatch(c -> !c.state().due().equals(dueBefore.get(c.key().questionId()))),
                "the exam date brought some cards forward");
        robot.clickOn("#open-statistics");
        FxChecks.awaitStatistics(robot);
        assertTrue(text(robot, "#stats-exam-autoencoders-gans").contains("exam in 10 days"));
        robot.clickOn("#stats-back");
        robot.clickOn("#exam-date-clear-autoencoders-gans");
        assertEquals(Optional.empty(), store.examDates().examDate(deck.id()));
        java.util.Map<String, Instant> dueAfter = new java.util.HashMap<>();
        store.examDates().cards(deck.id()).forEach(c -> dueAfter.put(c.key().questionId(), c.state().due()));
        assertEquals(dueBefore, dueAfter, "no review since: every card the exam date brought forward has its due back");
    }

    @Test
    void aWindowLeftOpenPastTheExamGivesPulledCardsTheirDueBack(FxRobot robot) {
        Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT);
        StudyHistory.simulate(store, deck, scheduler, clock.instant(), 40, clock.getZone(), 3);
        java.util.Map<String, Instant> dueBefore = new java.util.HashMap<>();
        store.examDates().cards(deck.id()).forEach(c -> dueBefore.put(c.key().questionId(), c.state().due()));
        store.examDates().setExamDate(deck.id(), LocalDate.of(2026, 3, 12));
        robot.interact(this::openApp); // a start plans the exam date
        assertTrue(store.examDates().cards(deck.id()).stream().anyMatch(c -> !c.state().due().equals(dueBefore.get(c.key().questionId()))),
                "the exam date brought some cards forward");

        // The window stays open; the exam passes without a review.
        clock.advance(java.time.Duration.ofDays(11));
        robot.clickOn("#open-statistics");
        FxChecks.awaitStatistics(robot);
        robot.clickOn("#stats-back");
        java.util.Map<String, Instant> dueAfter = new java.util.HashMap<>();
        store.examDates().cards(deck.id()).forEach(c -> dueAfter.put(c.key().questionId(), c.state().due()));
        assertEquals(dueBefore, dueAfter, "back on the deck list on a later day: the pulled cards have their due back");
        assertTrue(text(robot, "#exam-recall-autoencoders-gans").startsWith("Exam was on"),
                text(robot, "#exam-recall-autoencoders-gans"));
    }
}
