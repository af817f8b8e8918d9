package dev.latent.ui.stats;

import atlantafx.base.theme.Styles;
import dev.latent.stats.ConceptMastery;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** What the statistics panes share: section cards, chart styling, number formats. */
final class StatsUi {

    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private StatsUi() {
    }

    static VBox section(String title, Node content) {
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

    /** Charts are sized in ems: they grow with the text size. */
    static <C extends XYChart<?, ?>> C styled(C chart, double em) {
        chart.setAnimated(false);
        chart.setLegendVisible(chart.getData().size() > 1);
        chart.setPrefHeight(16 * em);
        chart.setMinHeight(13 * em);
        chart.getStyleClass().add("stats-chart");
        return chart;
    }

    /**
     * Lines without a symbol at every point, except a line of a single point, which would otherwise not show at all:
     * that point gets a dot. JavaFX gives every symbol its own style class ("data12"), so each one is styled from
     * scratch: with a point a week for every question, symbols made the whole statistics screen five times slower.
     */
    static <X, Y> void plotLines(LineChart<X, Y> chart, List<XYChart.Series<X, Y>> lines) {
        chart.setCreateSymbols(false);
        for (XYChart.Series<X, Y> series : lines) {
            if (series.getData().size() == 1) {
                Label dot = dot();
                dot.setAccessibleRole(AccessibleRole.TEXT);
                dot.setAccessibleRoleDescription("Point");
                // Before the line joins the chart: LineChart then styles and places the dot as its symbol.
                series.getData().get(0).setNode(dot);
            }
        }
        chart.getData().setAll(lines);
    }

    /**
     * The chart with its lines named under it, on as many rows as the text size needs. JavaFX hides a chart's own
     * legend when it would leave the plot under 150 px, which eight long names at large text do: the lines would be
     * left without names.
     */
    static VBox withLegendBelow(LineChart<?, ?> chart, String legendId) {
        chart.setLegendVisible(false);
        FlowPane legend = new FlowPane();
        legend.setId(legendId);
        legend.getStyleClass().add("stats-legend");
        legend.setMinWidth(0); // a flow pane's own minimum is its widest item's one-line width
        for (int i = 0; i < chart.getData().size(); i++) {
            // The classes LineChart gives its own legend's symbols, so the colours match the lines.
            Label symbol = dot("chart-legend-item-symbol", "chart-line-symbol", "series" + i, "default-color" + (i % 8));
            Label item = new Label(chart.getData().get(i).getName(), symbol);
            item.getStyleClass().add("chart-legend-item");
            // A long name wraps within the legend's width instead of widening the page (large text, a narrow window).
            item.setWrapText(true);
            item.maxWidthProperty().bind(legend.widthProperty());
            item.setMinHeight(Region.USE_PREF_SIZE);
            legend.getChildren().add(item);
        }
        return new VBox(chart, legend);
    }

    /**
     * A line's dot: an empty label rather than a region, because a label has a font, so the dot's size in ems
     * (latent.css) follows the text size.
     */
    private static Label dot(String... styleClasses) {
        Label dot = new Label();
        dot.getStyleClass().setAll(styleClasses);
        return dot;
    }

    /**
     * One bar a day (the forecast and the time spent): day labels along the bottom, ticks spread evenly up to the
     * highest bar, whole numbers only when the values are counts.
     */
    static Node dayBars(String id, String unit, Map<String, ? extends Number> byDay, boolean counts, double em) {
        NumberAxis y = new NumberAxis();
        y.setLabel(unit);
        y.setMinorTickVisible(false);
        if (counts) y.setTickLabelFormatter(WHOLE_NUMBERS);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), y);
        chart.setId(id);
        chart.setCategoryGap(2);
        chart.setBarGap(0);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(unit);
        double most = 0;
        for (Map.Entry<String, ? extends Number> day : byDay.entrySet()) {
            series.getData().add(new XYChart.Data<>(day.getKey(), day.getValue()));
            most = Math.max(most, day.getValue().doubleValue());
        }
        evenTicks(y, most);
        chart.getData().add(series);
        return styled(chart, em);
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
    static final StringConverter<Number> WHOLE_NUMBERS = new StringConverter<>() {
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

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    static String rate(OptionalDouble rate) {
        return rate.isPresent() ? percent(rate.getAsDouble()) : "\u2013";
    }

    static String hoursMinutes(Duration d) {
        long minutes = Math.round(d.toSeconds() / 60.0);
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    static String shorten(String text, int max) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "\u2026";
    }
}
