package dev.latent.ui.stats;

import dev.latent.stats.DayCount;
import dev.latent.stats.Statistics;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import static dev.latent.ui.stats.StatsUi.SHORT;

/** The cards coming due each of the next 30 days. */
final class ForecastPane {

    private ForecastPane() {
    }

    static Node create(Statistics stats, double em) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("cards");
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(StatsUi.WHOLE_NUMBERS);
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
        StatsUi.evenTicks(y, most);
        chart.getData().add(series);
        return StatsUi.styled(chart, em);
    }
}
