package dev.latent.ui.stats;

import atlantafx.base.theme.Styles;
import dev.latent.stats.Statistics;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.OptionalDouble;

import static dev.latent.ui.stats.StatsUi.hoursMinutes;
import static dev.latent.ui.stats.StatsUi.percent;

/** The row of figures on top: reviews in the year and today, true and desired retention, time in 30 days. */
final class FiguresPane {

    private FiguresPane() {
    }

    /** @param large large text: the tiles wrap onto more lines instead of shrinking */
    static Node create(Statistics stats, double em, boolean large) {
        OptionalDouble rate = stats.lastMonth().rate();
        Pane row = large ? new FlowPane(12, 12) : new HBox(12);
        row.getChildren().addAll(
                figure("stats-reviews-year", String.format(Locale.ROOT, "%,d", stats.reviewsInYear()), "reviews in the last year", em, large),
                figure("stats-reviews-today", Integer.toString(stats.todayActivity().reviews()), "reviews today", em, large),
                figure("stats-true-retention", rate.isPresent() ? percent(rate.getAsDouble()) : "\u2013",
                        "true retention, 30 days", em, large),
                figure("stats-desired-retention", percent(stats.desiredRetention()), "desired retention", em, large),
                figure("stats-time-30", hoursMinutes(stats.timeLastDays(30)), "spent in 30 days", em, large));
        row.setId("stats-figures");
        return row;
    }

    private static Node figure(String id, String value, String caption, double em, boolean large) {
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
}
