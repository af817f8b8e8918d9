package dev.latent.ui.stats;

import dev.latent.stats.DayCount;
import dev.latent.stats.Statistics;
import javafx.scene.Node;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.latent.ui.stats.StatsUi.SHORT;

/** The cards coming due each of the next 30 days. */
final class ForecastPane {

    private ForecastPane() {
    }

    static Node create(Statistics stats, double em) {
        Map<String, Integer> due = new LinkedHashMap<>();
        for (DayCount day : stats.forecast()) {
            due.put(day.day().equals(stats.today()) ? "Today" : SHORT.format(day.day()), day.count());
        }
        return StatsUi.dayBars("stats-forecast", "cards", due, true, em);
    }
}
