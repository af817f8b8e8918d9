package dev.latent.ui.stats;

import atlantafx.base.theme.Styles;
import dev.latent.stats.ExamOutlook;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.List;

import static dev.latent.ui.stats.StatsUi.SHORT;
import static dev.latent.ui.stats.StatsUi.percent;
import static dev.latent.ui.common.Pages.wrapped;

/** Each deck's exam date: how far off, and the recall projected for that day. */
final class ExamDatesPane {

    private ExamDatesPane() {
    }

    static Node create(List<ExamOutlook> exams) {
        VBox list = new VBox(4);
        list.setId("stats-exams");
        Label heading = new Label("Exam dates");
        heading.getStyleClass().add(Styles.TITLE_4);
        list.getChildren().add(heading);
        for (ExamOutlook exam : exams) {
            Label row = wrapped(exam.deckTitle() + ": exam " + (exam.daysLeft() == 0 ? "today"
                    : exam.daysLeft() == 1 ? "tomorrow" : "in " + exam.daysLeft() + " days") + " (" + SHORT.format(exam.examDate())
                    + ") \u00b7 projected recall " + percent(exam.projectedRecall()));
            row.setId("stats-exam-" + exam.deckId());
            list.getChildren().add(row);
        }
        list.getStyleClass().add("card");
        return list;
    }
}
