package dev.latent.ui.stats;

import atlantafx.base.theme.Styles;
import dev.latent.stats.DayActivity;
import dev.latent.stats.HeatLevel;
import dev.latent.stats.Statistics;
import dev.latent.ui.common.Pages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A year of reviews, GitHub-style: one column per week (Monday on top), one square per day, darker for more
 * reviews. The squares are sized in ems, so they grow with the text (and the month names fit above their weeks);
 * when the year is wider than the page, as with large text on a small screen, the map scrolls sideways.
 */
final class HeatmapPane {

    /** A square's side in ems of the text size (11 px at the 15 px default, never smaller). */
    static final double CELL_EM = 0.75;
    static final double MIN_CELL_PX = 11;
    static final double GAP_EM = 0.1;
    private static final double SCROLL_BAR_ROOM = 14;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    private HeatmapPane() {
    }

    static Node create(Statistics stats, double em) {
        double cell = Math.max(MIN_CELL_PX, CELL_EM * em);
        double gap = Math.max(2, Math.round(GAP_EM * em));
        GridPane grid = new GridPane();
        // The month names above the weeks, placed by hand: in the grid, a name wider than its columns would widen them.
        Pane months = new Pane();
        grid.setId("stats-heatmap");
        grid.setHgap(gap);
        grid.setVgap(gap);
        List<DayActivity> days = stats.year();
        LocalDate first = days.get(0).day();
        int offset = first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        int max = Math.max(1, stats.maxReviewsPerDay());
        int lastMonth = -1;
        int columns = (days.size() - 1 + offset) / 7 + 1;
        for (int i = 0; i < days.size(); i++) {
            DayActivity day = days.get(i);
            int column = (i + offset) / 7;
            int row = (i + offset) % 7;
            Rectangle square = square(cell, HeatLevel.of(day.reviews(), max));
            String text = (day.reviews() == 0 ? "No reviews" : day.reviews() == 1 ? "1 review" : day.reviews() + " reviews")
                    + " on " + DAY.format(day.day());
            square.setAccessibleText(text);
            grid.add(square, column, row);
            // A month starting in the last two weeks is left unnamed: its name would stick out past the year.
            if (day.day().getMonthValue() != lastMonth && row == 0 && column < columns - 2) {
                lastMonth = day.day().getMonthValue();
                Label month = small(day.day().format(MONTH));
                month.setLayoutX((cell + gap) * column);
                months.getChildren().add(month);
            }
        }
        // One tooltip for the whole grid, its text following the square under the pointer: 365 Tooltip objects
        // (each a popup control) cost more to build than the rest of the heatmap.
        Tooltip tip = new Tooltip();
        tip.setShowDelay(javafx.util.Duration.millis(150));
        Tooltip.install(grid, tip);
        grid.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            if (e.getTarget() instanceof Rectangle r && r.getAccessibleText() != null) tip.setText(r.getAccessibleText());
        });
        grid.setUserData(tip);

        HBox legend = new HBox(3);
        legend.setAlignment(Pos.CENTER_RIGHT);
        legend.getChildren().add(small("Less"));
        for (int level = 0; level <= HeatLevel.MAX; level++) legend.getChildren().add(square(cell, level));
        legend.getChildren().add(small("More"));
        legend.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = small(stats.activeDays() + (stats.activeDays() == 1 ? " day" : " days") + " with reviews, at most "
                + stats.maxReviewsPerDay() + " in a day");
        summary.setWrapText(true); // large text on a small screen: beside the legend on two lines rather than cut
        summary.setMinWidth(6 * em);

        VBox year = new VBox(2, months, grid);
        ScrollPane wide = new ScrollPane(year);
        wide.setId("stats-heatmap-scroll");
        // When the year scrolls sideways, room below it for the scroll bar, which would otherwise cover the last row.
        wide.viewportBoundsProperty().addListener((o, was, now) -> year.setPadding(new Insets(0, 0,
                year.prefWidth(-1) > now.getWidth() + 0.5 ? SCROLL_BAR_ROOM : 0, 0)));
        wide.setFitToHeight(true);
        wide.getStyleClass().add("page-scroll");
        wide.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The year scrolls sideways inside its card; the card itself is never wider than the page.
        wide.setMinWidth(0);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        // The summary beside the legend, or the legend under it when they do not fit on one line (large text).
        return new VBox(6, wide, Pages.twoLinesWhenNarrow(summary, legend, "heatmap-footer"));
    }

    private static Rectangle square(double side, int level) {
        Rectangle r = new Rectangle(side, side);
        r.setArcWidth(3);
        r.setArcHeight(3);
        r.getStyleClass().addAll("heat-cell", "heat-" + level);
        return r;
    }

    private static Label small(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
