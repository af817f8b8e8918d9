package dev.latent.ui.stats;

import dev.latent.stats.DayActivity;
import dev.latent.stats.Statistics;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import static dev.latent.ui.stats.StatsUi.SHORT;

/** Minutes spent reviewing on each of the last 30 days. */
final class TimeSpentPane {

    private TimeSpentPane() {
    }

    static Node create(Statistics stats, double em) {
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
        StatsUi.evenTicks(y, most);
        chart.getData().add(series);
        return StatsUi.styled(chart, em);
    }
}
