package dev.latent.ui.stats;

import atlantafx.base.theme.Styles;
import dev.latent.stats.Retention;
import dev.latent.stats.Statistics;
import dev.latent.ui.common.Pages;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** True retention month by month against the desired retention, with a note on reading it. */
final class RetentionPane {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    private RetentionPane() {
    }

    static Node create(Statistics stats, double em) {
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
        StatsUi.plotLines(chart, List.of(desired, truth)); // a first month alone is a dot
        chart.setLegendSide(Side.TOP);
        Label note = Pages.wrapped("True retention: of the answers to cards last seen a day or more before, the share not "
                + "rated Again. Well below the desired retention means intervals run too long; well above, you review "
                + "more than you need.");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return new VBox(6, StatsUi.styled(chart, em), note);
    }
}
