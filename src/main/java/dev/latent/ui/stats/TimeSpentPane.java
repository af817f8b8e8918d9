package dev.latent.ui.stats;

import dev.latent.stats.DayActivity;
import dev.latent.stats.Statistics;
import javafx.scene.Node;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.latent.ui.stats.StatsUi.SHORT;

/** Minutes spent reviewing on each of the last 30 days. */
final class TimeSpentPane {

    private TimeSpentPane() {
    }

    static Node create(Statistics stats, double em) {
        Map<String, Double> minutes = new LinkedHashMap<>();
        for (DayActivity day : stats.lastDays(30)) {
            minutes.put(SHORT.format(day.day()), Math.round(day.time().toSeconds() / 6.0) / 10.0);
        }
        return StatsUi.dayBars("stats-time", "minutes", minutes, false, em);
    }
}
