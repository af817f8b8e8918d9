package dev.latent.ui.stats;

import dev.latent.deck.Deck;
import dev.latent.store.ExamAttempt;
import dev.latent.ui.common.TimeText;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static dev.latent.ui.common.Pages.wrapped;

/** The practice exams taken, newest first (the last ten): when, what, how many questions, the total score. */
final class PastExamsPane {

    static final int SHOWN = 10;

    private PastExamsPane() {
    }

    static Node create(List<ExamAttempt> attempts, List<Deck> decks, ZoneId zone) {
        VBox list = new VBox(6);
        list.setId("stats-past-exams");
        for (ExamAttempt attempt : attempts.subList(0, Math.min(SHOWN, attempts.size()))) {
            long minutes = Math.max(1, Math.round(Duration.between(attempt.startedAt(), attempt.finishedAt()).toSeconds() / 60.0));
            String score = attempt.totalScore() == null ? "not graded" : String.format(Locale.ROOT, "%.0f / 100", attempt.totalScore());
            int questions = attempt.answers().size();
            Label row = wrapped(TimeText.dateTime(attempt.startedAt(), zone) + " \u00b7 " + describe(attempt.selection(), decks)
                    + " \u00b7 " + questions + (questions == 1 ? " question" : " questions") + " \u00b7 " + score
                    + " \u00b7 " + minutes + " min" + (attempt.timedOut() ? " (time ran out)" : ""));
            row.getStyleClass().add("past-exam");
            list.getChildren().add(row);
        }
        return list;
    }

    /** "all", "deck:ID", "tag:NAME" as the learner chose them. */
    static String describe(String selection, List<Deck> decks) {
        if (selection.startsWith("deck:")) {
            String id = selection.substring(5);
            return "Deck: " + decks.stream().filter(d -> d.id().equals(id)).map(Deck::title).findFirst().orElse(id);
        }
        if (selection.startsWith("tag:")) return "Tag: " + selection.substring(4);
        return "All decks";
    }
}
