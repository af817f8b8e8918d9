package dev.latent.ui.stats;

import atlantafx.base.theme.Styles;
import dev.latent.ui.Pages;
import dev.latent.deck.Deck;
import dev.latent.scheduling.Scheduler;
import dev.latent.stats.ConceptMastery;
import dev.latent.stats.DayActivity;
import dev.latent.stats.DayCount;
import dev.latent.stats.ExamOutlook;
import dev.latent.stats.QuestionScores;
import dev.latent.stats.Retention;
import dev.latent.stats.Statistics;
import dev.latent.stats.StatisticsCalculator;
import dev.latent.store.ReviewStats;
import dev.latent.store.Store;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.StringConverter;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The statistics screen: a year of reviews as a calendar heatmap, the next 30 days' due cards, true retention
 * against the desired retention, each question's score over time, the concepts missed most and whether that is
 * improving, time spent, and the recall projected for each exam date. Everything is computed once per visit by
 * {@link StatisticsCalculator}; with no reviews the screen says what to do instead of drawing empty charts. The
 * sections below the first screenful are built just after the first frame.
 */
public final class StatisticsView {

    public static final String EMPTY_TEXT = "No reviews yet: study a few cards and come back.";
    static final int HEAT_CELL = 11;
    static final int CONCEPT_ROWS = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    private final List<Deck> decks;
    private final Store store;
    private final Scheduler scheduler;
    private final Clock clock;
    private final ScrollPane scroll = new ScrollPane();
    private final VBox page = new VBox(16);
    private final Runnable onBack;
    private Deck scoreDeck;
    private final double em;
    private final boolean large;
    /** Builds the sections below the fold; null once built. */
    private Runnable deferred;

    public StatisticsView(List<Deck> decks, Store store, Scheduler scheduler, Clock clock, Runnable onBack) {
        this(decks, store, scheduler, clock, 15, onBack);
    }

    /** @param fontPx the text size: charts, rows and tiles are sized in ems, and large text stacks the side-by-side parts */
    public StatisticsView(List<Deck> decks, Store store, Scheduler scheduler, Clock clock, double fontPx, Runnable onBack) {
        this.em = fontPx;
        this.large = fontPx > 21; // beyond 140 %: one column, no table
        this.decks = List.copyOf(decks);
        this.store = store;
        this.scheduler = scheduler;
        this.clock = clock;
        this.onBack = onBack;
        this.scoreDeck = decks.isEmpty() ? null : decks.get(0);
        page.getStyleClass().addAll("page", "stats-page");
        page.setId("statistics");
        scroll.setContent(dev.latent.ui.Pages.centered(page));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        rebuild();
    }

    public Node node() {
        return scroll;
    }

    private void rebuild() {
        deferred = null;
        ZoneId zone = clock.getZone();
        Statistics stats = StatisticsCalculator.compute(store, decks, scoreDeck, scheduler, clock.instant(), zone);
        Button back = new Button("\u2190 Decks");
        back.setId("stats-back");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(e -> onBack.run());
        Pages.escapeLeaves(scroll, onBack);
        Label title = new Label("Statistics");
        title.setId("stats-title");
        title.getStyleClass().add(Styles.TITLE_2);
        page.getChildren().setAll(back, title);
        if (!stats.exams().isEmpty()) page.getChildren().add(exams(stats));
        List<dev.latent.store.ExamAttempt> attempts = store.examAttempts();
        if (!attempts.isEmpty()) page.getChildren().add(section("Practice exams", pastExams(attempts)));
        if (!stats.hasReviews()) {
            Label empty = new Label(EMPTY_TEXT);
            empty.setId("stats-empty");
            empty.getStyleClass().add(Styles.TITLE_4);
            empty.setWrapText(true);
            Label more = wrapped("Your calendar of reviews, the cards coming due, your true retention, your scores over "
                    + "time and the concepts you miss most will appear here.");
            more.getStyleClass().add(Styles.TEXT_MUTED);
            VBox card = new VBox(8, empty, more);
            card.getStyleClass().add("card");
            page.getChildren().add(card);
            return;
        }
        page.getChildren().addAll(figures(stats), section("Reviews in the last year", heatmap(stats)),
                twoUp(section("Due in the next 30 days", forecast(stats)), section("Time spent, last 30 days", timeSpent(stats))));
        // Below the first screenful: built once the first frame is out, in boxes of about their final height so
        // the scroll bar does not jump. Charts and the table cost more to style and lay out than the rest together.
        VBox retentionBox = section("True retention against desired retention", placeholder(19.5 * em));
        VBox scoresBox = section("Scores over time", placeholder(decks.size() > 1 ? 27 * em : 24 * em));
        VBox conceptsBox = section("Concepts missed most (last " + StatisticsCalculator.CONCEPT_DAYS + " days)",
                placeholder(stats.concepts().isEmpty() ? 20 : 3 * em + 2 * em * Math.min(CONCEPT_ROWS, stats.concepts().size())));
        page.getChildren().addAll(retentionBox, scoresBox, conceptsBox);
        deferred = () -> {
            retentionBox.getChildren().set(1, retention(stats));
            scoresBox.getChildren().set(1, scores(stats));
            conceptsBox.getChildren().set(1, concepts(stats));
        };
        afterNextFrame();
    }

    /**
     * Builds the sections below the first screenful now, if they are still waiting for the first frame (the
     * benchmark measures the whole screen this way; a window builds them on its own).
     */
    public void finishDeferredSections() {
        Runnable pending = deferred;
        deferred = null;
        if (pending != null) pending.run();
    }

    /** Runs {@link #finishDeferredSections} after the next pulse has laid the screen out for its first frame. */
    private void afterNextFrame() {
        Scene scene = scroll.getScene();
        if (scene == null) {
            scroll.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                    if (now == null) return;
                    scroll.sceneProperty().removeListener(this);
                    afterNextFrame();
                }
            });
            return;
        }
        Runnable[] listener = new Runnable[1];
        // Posted, not run here: this pulse still has to render; removed later, not while the scene walks its list.
        listener[0] = () -> Platform.runLater(() -> {
            scene.removePostLayoutPulseListener(listener[0]);
            finishDeferredSections();
        });
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static Region placeholder(double height) {
        Region region = new Region();
        region.setMinHeight(height);
        region.setPrefHeight(height);
        return region;
    }

    // ---------------------------------------------------------------- figures

    private Node figures(Statistics stats) {
        OptionalDouble rate = stats.lastMonth().rate();
        javafx.scene.layout.Pane row = large ? new javafx.scene.layout.FlowPane(12, 12) : new HBox(12);
        row.getChildren().addAll(
                figure("stats-reviews-year", String.format(Locale.ROOT, "%,d", stats.reviewsInYear()), "reviews in the last year"),
                figure("stats-reviews-today", Integer.toString(stats.todayActivity().reviews()), "reviews today"),
                figure("stats-true-retention", rate.isPresent() ? percent(rate.getAsDouble()) : "\u2013",
                        "true retention, 30 days"),
                figure("stats-desired-retention", percent(stats.desiredRetention()), "desired retention"),
                figure("stats-time-30", hoursMinutes(stats.timeLastDays(30)), "spent in 30 days"));
        row.setId("stats-figures");
        return row;
    }

    private Node figure(String id, String value, String caption) {
        Label number = new Label(value);
        number.setId(id);
        number.getStyleClass().addAll(Styles.TITLE_3, "figure-value");
        Label text = new Label(caption);
        text.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        if (large) text.setMaxWidth(9 * em);
        VBox box = new VBox(2, number, text);
        box.getStyleClass().addAll("card", "stats-figure");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private Node exams(Statistics stats) {
        VBox list = new VBox(4);
        list.setId("stats-exams");
        Label heading = new Label("Exam dates");
        heading.getStyleClass().add(Styles.TITLE_4);
        list.getChildren().add(heading);
        for (ExamOutlook exam : stats.exams()) {
            Label row = wrapped(exam.deckTitle() + ": exam " + (exam.daysLeft() == 0 ? "today"
                    : exam.daysLeft() == 1 ? "tomorrow" : "in " + exam.daysLeft() + " days") + " (" + SHORT.format(exam.examDate())
                    + ") \u00b7 projected recall " + percent(exam.projectedRecall()));
            row.setId("stats-exam-" + exam.deckId());
            list.getChildren().add(row);
        }
        list.getStyleClass().add("card");
        return list;
    }

    // ---------------------------------------------------------------- heatmap

    /** GitHub-style: one column per week (Monday on top), one square per study day, darker for more reviews. */
    private Node heatmap(Statistics stats) {
        GridPane grid = new GridPane();
        grid.setId("stats-heatmap");
        grid.setHgap(2);
        grid.setVgap(2);
        List<DayActivity> year = stats.year();
        LocalDate first = year.get(0).day();
        int offset = first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        int max = Math.max(1, stats.maxReviewsPerDay());
        int lastMonth = -1;
        for (int i = 0; i < year.size(); i++) {
            DayActivity day = year.get(i);
            int column = (i + offset) / 7;
            int row = (i + offset) % 7;
            Rectangle cell = new Rectangle(HEAT_CELL, HEAT_CELL);
            cell.setArcWidth(3);
            cell.setArcHeight(3);
            cell.getStyleClass().addAll("heat-cell", "heat-" + level(day.reviews(), max));
            String text = (day.reviews() == 0 ? "No reviews" : day.reviews() == 1 ? "1 review" : day.reviews() + " reviews")
                    + " on " + DAY.format(day.day());
            cell.setAccessibleText(text);
            grid.add(cell, column, row + 1);
            if (day.day().getMonthValue() != lastMonth && row == 0) {
                lastMonth = day.day().getMonthValue();
                Label month = new Label(day.day().format(DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH)));
                month.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                month.setMinWidth(Region.USE_PREF_SIZE);
                GridPane.setColumnSpan(month, 3);
                grid.add(month, column, 0);
            }
        }
        // One tooltip for the whole grid, its text following the square under the pointer: 365 Tooltip objects
        // (each a popup control) cost more to build than the rest of the heatmap.
        Tooltip tip = new Tooltip();
        tip.setShowDelay(javafx.util.Duration.millis(150));
        Tooltip.install(grid, tip);
        grid.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> {
            if (e.getTarget() instanceof Rectangle cell && cell.getAccessibleText() != null) tip.setText(cell.getAccessibleText());
        });
        grid.setUserData(tip);
        HBox legend = new HBox(3);
        legend.setAlignment(Pos.CENTER_RIGHT);
        Label less = new Label("Less");
        less.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        legend.getChildren().add(less);
        for (int level = 0; level <= 4; level++) {
            Rectangle r = new Rectangle(HEAT_CELL, HEAT_CELL);
            r.getStyleClass().addAll("heat-cell", "heat-" + level);
            legend.getChildren().add(r);
        }
        Label more = new Label("More");
        more.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        legend.getChildren().add(more);
        Label summary = new Label(stats.activeDays() + (stats.activeDays() == 1 ? " day" : " days") + " with reviews, at most "
                + stats.maxReviewsPerDay() + " in a day");
        summary.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ScrollPane wide = new ScrollPane(grid);
        wide.setFitToHeight(true);
        wide.getStyleClass().add("page-scroll");
        wide.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return new VBox(6, wide, new HBox(summary, gap, legend));
    }

    /** 0 for none, then four equal steps of the busiest day. */
    static int level(int reviews, int max) {
        if (reviews <= 0) return 0;
        return Math.min(4, 1 + (int) (4.0 * (reviews - 1) / Math.max(1, max)));
    }

    // ---------------------------------------------------------------- charts

    private Node forecast(Statistics stats) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("cards");
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(WHOLE_NUMBERS);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("stats-forecast");
        chart.setCategoryGap(2);
        chart.setBarGap(0);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("due");
        double most = 0;
        for (DayCount day : stats.forecast()) {
            String label = day.day().equals(stats.today()) ? "Today" : SHORT.format(day.day());
            series.getData().add(new XYChart.Data<>(label, day.count()));
            most = Math.max(most, day.count());
        }
        evenTicks(y, most);
        chart.getData().add(series);
        return styled(chart);
    }

    private Node timeSpent(Statistics stats) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("minutes");
        y.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("stats-time");
        chart.setCategoryGap(2);
        chart.setBarGap(0);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("minutes");
        double most = 0;
        for (DayActivity day : stats.lastDays(30)) {
            double minutes = Math.round(day.time().toSeconds() / 6.0) / 10.0;
            series.getData().add(new XYChart.Data<>(SHORT.format(day.day()), minutes));
            most = Math.max(most, minutes);
        }
        evenTicks(y, most);
        chart.getData().add(series);
        return styled(chart);
    }

    private Node retention(Statistics stats) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(0, 100, 10);
        y.setLabel("%");
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("stats-retention-chart");
        XYChart.Series<String, Number> truth = new XYChart.Series<>();
        truth.setName("true retention");
        XYChart.Series<String, Number> desired = new XYChart.Series<>();
        desired.setName("desired retention");
        for (Retention month : stats.retentionByMonth()) {
            String label = MONTH.format(month.from());
            desired.getData().add(new XYChart.Data<>(label, stats.desiredRetention() * 100));
            month.rate().ifPresent(rate -> truth.getData().add(new XYChart.Data<>(label, rate * 100)));
        }
        chart.getData().add(desired);
        chart.getData().add(truth);
        chart.setCreateSymbols(true);
        chart.setLegendSide(Side.TOP);
        Label note = wrapped("True retention: of the answers to cards last seen a day or more before, the share not "
                + "rated Again. Well below the desired retention means intervals run too long; well above, you review "
                + "more than you need.");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return new VBox(6, styled(chart), note);
    }

    private Node scores(Statistics stats) {
        VBox box = new VBox(8);
        if (decks.size() > 1) {
            ComboBox<Deck> choice = new ComboBox<>();
            choice.setId("stats-deck");
            choice.getItems().setAll(decks);
            choice.setValue(scoreDeck);
            choice.setCellFactory(l -> new DeckCell());
            choice.setButtonCell(new DeckCell());
            choice.valueProperty().addListener((o, a, b) -> {
                scoreDeck = b;
                rebuild();
            });
            box.getChildren().add(choice);
        }
        List<QuestionScores> withPoints = stats.questionScores().stream().filter(q -> !q.points().isEmpty()).toList();
        if (withPoints.isEmpty()) {
            Label none = new Label("No graded answers in this deck yet.");
            none.setId("stats-scores-empty");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(none);
            return box;
        }
        ZoneId zone = clock.getZone();
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return SHORT.format(LocalDate.ofEpochDay(Math.round(epochDay.doubleValue())));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis(0, 100, 20);
        y.setLabel("weekly mean score");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("stats-scores");
        chart.setLegendSide(Side.BOTTOM);
        // A point per week: a week with a single answer is a dot, not an invisible line of one point.
        chart.setCreateSymbols(true);
        List<XYChart.Series<Number, Number>> lines = new ArrayList<>(withPoints.size());
        long firstWeek = Long.MAX_VALUE;
        long lastWeek = Long.MIN_VALUE;
        for (QuestionScores question : withPoints) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            int number = stats.questionScores().indexOf(question) + 1;
            series.setName("Q" + number + " " + shorten(question.prompt(), 40));
            // One point per week (its mean score): every answer as a point is a thicket after a few months.
            java.util.TreeMap<Long, double[]> weeks = new java.util.TreeMap<>();
            for (ReviewStats.ScorePoint point : question.points()) {
                LocalDate day = point.at().atZone(zone).toLocalDate();
                long monday = day.minusDays(day.getDayOfWeek().getValue() - 1L).toEpochDay();
                double[] sum = weeks.computeIfAbsent(monday, k -> new double[2]);
                sum[0] += point.score();
                sum[1]++;
            }
            List<XYChart.Data<Number, Number>> points = new ArrayList<>(weeks.size());
            weeks.forEach((monday, sum) -> points.add(new XYChart.Data<>(monday + 3, sum[0] / sum[1])));
            firstWeek = Math.min(firstWeek, weeks.firstKey() + 3);
            lastWeek = Math.max(lastWeek, weeks.lastKey() + 3);
            series.getData().setAll(points);
            lines.add(series);
        }
        chart.getData().setAll(lines);
        // The axis spans the weeks with answers (a few days either side), never empty months ahead.
        long span = Math.max(7, lastWeek - firstWeek);
        x.setAutoRanging(false);
        x.setLowerBound(firstWeek - 4);
        x.setUpperBound(lastWeek + 4);
        x.setTickUnit(span <= 56 ? 7 : span <= 200 ? 28 : 56);
        styled(chart);
        chart.setPrefHeight(360);
        box.getChildren().add(chart);
        return box;
    }

    private Node concepts(Statistics stats) {
        if (stats.concepts().isEmpty()) {
            Label none = new Label("No graded answers in the last " + StatisticsCalculator.CONCEPT_DAYS + " days.");
            none.setId("stats-concepts-empty");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            return none;
        }
        Map<String, String> prompts = decks.stream().flatMap(d -> d.questions().stream().map(q -> Map.entry(d.id() + "/" + q.id(), q.prompt())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        List<ConceptMastery> shown = stats.concepts().subList(0, Math.min(CONCEPT_ROWS, stats.concepts().size()));
        if (large) return conceptList(shown, prompts);
        TableView<ConceptMastery> table = new TableView<>();
        table.setId("stats-concepts");
        table.getColumns().add(column("Concept", 200, ConceptMastery::label));
        table.getColumns().add(column("Question", 260, c -> prompts.getOrDefault(c.card().toString(), c.card().questionId())));
        table.getColumns().add(column("Missed", 90, c -> c.missed() + " of " + c.seen()));
        table.getColumns().add(column("Earlier", 80, c -> rate(c.earlierMissRate())));
        table.getColumns().add(column("Lately", 80, c -> rate(c.laterMissRate())));
        table.getColumns().add(column("Trend", 110, StatisticsView::trendText));
        table.getItems().setAll(shown);
        // The columns share the page's whole width, the question most of it.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setMaxWidth(Double.MAX_VALUE);
        table.setFixedCellSize(2 * em);
        table.setPrefHeight(3 * em + 2 * em * table.getItems().size());
        table.setPlaceholder(new Label(""));
        return table;
    }

    /** The concepts as wrapped lines, for large text: a table's columns would cut every cell short. */
    private Node conceptList(List<ConceptMastery> shown, Map<String, String> prompts) {
        VBox list = new VBox(10);
        list.setId("stats-concepts-list");
        for (ConceptMastery c : shown) {
            Label concept = wrapped(c.label());
            concept.getStyleClass().add(Styles.TEXT_BOLD);
            Label detail = wrapped("missed " + c.missed() + " of " + c.seen() + " \u00b7 earlier " + rate(c.earlierMissRate())
                    + ", lately " + rate(c.laterMissRate()) + " \u00b7 " + trendText(c));
            Label question = wrapped(prompts.getOrDefault(c.card().toString(), c.card().questionId()));
            question.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            list.getChildren().add(new VBox(2, concept, detail, question));
        }
        return list;
    }

    /** The practice exams taken, newest first (the last ten): when, what, how many questions, the total score. */
    private Node pastExams(List<dev.latent.store.ExamAttempt> attempts) {
        VBox list = new VBox(6);
        list.setId("stats-past-exams");
        for (dev.latent.store.ExamAttempt attempt : attempts.subList(0, Math.min(10, attempts.size()))) {
            long minutes = Math.max(1, Math.round(java.time.Duration.between(attempt.startedAt(), attempt.finishedAt()).toSeconds() / 60.0));
            String score = attempt.totalScore() == null ? "not graded" : String.format(Locale.ROOT, "%.0f / 100", attempt.totalScore());
            int questions = attempt.answers().size();
            Label row = wrapped(dev.latent.ui.TimeText.dateTime(attempt.startedAt(), clock.getZone()) + " \u00b7 " + describe(attempt.selection())
                    + " \u00b7 " + questions + (questions == 1 ? " question" : " questions") + " \u00b7 " + score
                    + " \u00b7 " + minutes + " min" + (attempt.timedOut() ? " (time ran out)" : ""));
            row.getStyleClass().add("past-exam");
            list.getChildren().add(row);
        }
        return list;
    }

    /** "all", "deck:ID", "tag:NAME" as the learner chose them. */
    private String describe(String selection) {
        if (selection.startsWith("deck:")) {
            String id = selection.substring(5);
            return "Deck: " + decks.stream().filter(d -> d.id().equals(id)).map(Deck::title).findFirst().orElse(id);
        }
        if (selection.startsWith("tag:")) return "Tag: " + selection.substring(4);
        return "All decks";
    }

    /** A zero-based axis up to {@code most} in about five even steps of 1, 2 or 5 times a power of ten. */
    static void evenTicks(NumberAxis axis, double most) {
        double raw = Math.max(most, 1) / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw <= power ? power : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power : 10 * power;
        step = Math.max(step, 1);
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(Math.ceil(Math.max(most, 1) / step) * step);
        axis.setTickUnit(step);
    }

    /** Counts of cards: label whole numbers only, so an axis over 0-2 does not read "0.5 cards". */
    private static final StringConverter<Number> WHOLE_NUMBERS = new StringConverter<>() {
        @Override
        public String toString(Number n) {
            double v = n.doubleValue();
            return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : "";
        }

        @Override
        public Number fromString(String s) {
            return Double.parseDouble(s);
        }
    };

    static String trendText(ConceptMastery c) {
        return switch (c.trend()) {
            case IMPROVING -> "\u2198 improving";
            case WORSENING -> "\u2197 worsening";
            case STEADY -> "\u2192 steady";
            case TOO_FEW -> "too few to tell";
        };
    }

    private static TableColumn<ConceptMastery, String> column(String name, double width, Function<ConceptMastery, String> value) {
        TableColumn<ConceptMastery, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item)); // whole text when cut
            }
        });
        return column;
    }

    // ---------------------------------------------------------------- helpers

    private <C extends XYChart<?, ?>> C styled(C chart) {
        chart.setAnimated(false);
        chart.setLegendVisible(chart.getData().size() > 1);
        chart.setPrefHeight(16 * em);
        chart.setMinHeight(13 * em);
        chart.getStyleClass().add("stats-chart");
        return chart;
    }

    private static VBox section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, heading, content);
        box.getStyleClass().add("card");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private Node twoUp(Node left, Node right) {
        if (large) return new VBox(16, left, right); // side by side they would shrink to slivers
        HBox row = new HBox(16, left, right);
        if (left instanceof Region l) l.setPrefWidth(1);
        if (right instanceof Region r) r.setPrefWidth(1);
        return row;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String rate(OptionalDouble rate) {
        return rate.isPresent() ? percent(rate.getAsDouble()) : "\u2013";
    }

    static String hoursMinutes(Duration d) {
        long minutes = Math.round(d.toSeconds() / 60.0);
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    private static String shorten(String text, int max) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "\u2026";
    }

    private static final class DeckCell extends ListCell<Deck> {
        @Override
        protected void updateItem(Deck deck, boolean empty) {
            super.updateItem(deck, empty);
            setText(empty || deck == null ? null : deck.title());
        }
    }
}
