package dev.latent.ui.stats;

import atlantafx.base.theme.Styles;
import dev.latent.deck.Deck;
import dev.latent.stats.QuestionScores;
import dev.latent.stats.Statistics;
import dev.latent.stats.WeeklyScores;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static dev.latent.ui.stats.StatsUi.SHORT;

/** Each question's weekly mean score over time, for one deck (chosen above the chart when there are several). */
final class ScoresPane {

    private ScoresPane() {
    }

    /**
     * @param weekly each question's weeks, in the order of {@link Statistics#questionScores()}
     * @param onDeckChosen told when the learner picks another deck to chart
     */
    static Node create(Statistics stats, List<List<WeeklyScores.Week>> weekly, List<Deck> decks, Deck scoreDeck,
                       double em, Consumer<Deck> onDeckChosen) {
        VBox box = new VBox(8);
        if (decks.size() > 1) {
            ComboBox<Deck> choice = new ComboBox<>();
            choice.setId("stats-deck");
            choice.getItems().setAll(decks);
            choice.setValue(scoreDeck);
            choice.setCellFactory(l -> new DeckCell());
            choice.setButtonCell(new DeckCell());
            choice.valueProperty().addListener((o, a, b) -> onDeckChosen.accept(b));
            box.getChildren().add(choice);
        }
        List<XYChart.Series<Number, Number>> lines = new ArrayList<>();
        long firstWeek = Long.MAX_VALUE;
        long lastWeek = Long.MIN_VALUE;
        for (int q = 0; q < stats.questionScores().size(); q++) {
            List<WeeklyScores.Week> weeks = weekly.get(q);
            if (weeks.isEmpty()) continue;
            QuestionScores question = stats.questionScores().get(q);
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName("Q" + (q + 1) + " " + StatsUi.shorten(question.prompt(), 40));
            List<XYChart.Data<Number, Number>> points = new ArrayList<>(weeks.size());
            for (WeeklyScores.Week week : weeks) points.add(new XYChart.Data<>(week.epochDay(), week.mean()));
            series.getData().setAll(points);
            firstWeek = Math.min(firstWeek, weeks.get(0).epochDay());
            lastWeek = Math.max(lastWeek, weeks.get(weeks.size() - 1).epochDay());
            lines.add(series);
        }
        if (lines.isEmpty()) {
            Label none = new Label("No graded answers in this deck yet.");
            none.setId("stats-scores-empty");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(none);
            return box;
        }
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
        StatsUi.plotLines(chart, lines); // a question answered in one week only is a dot, not an invisible line
        // The axis spans the weeks with answers (a few days either side), never empty months ahead.
        long span = Math.max(7, lastWeek - firstWeek);
        x.setAutoRanging(false);
        x.setLowerBound(firstWeek - 4);
        x.setUpperBound(lastWeek + 4);
        x.setTickUnit(span <= 56 ? 7 : span <= 200 ? 28 : 56);
        StatsUi.styled(chart, em);
        chart.setPrefHeight(360);
        box.getChildren().add(StatsUi.withLegendBelow(chart, "stats-scores-legend"));
        return box;
    }

    private static final class DeckCell extends ListCell<Deck> {
        @Override
        protected void updateItem(Deck deck, boolean empty) {
            super.updateItem(deck, empty);
            setText(empty || deck == null ? null : deck.title());
        }
    }
}
