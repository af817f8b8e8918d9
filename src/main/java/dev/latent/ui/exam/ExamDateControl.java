package dev.latent.ui.exam;

import atlantafx.base.theme.Styles;
import dev.latent.deck.Deck;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/** The deck card's exam date: a date picker, a clear button, and the recall projected for that day. */
public final class ExamDateControl {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ExamDateControl() {
    }

    /**
     * @param date the deck's exam date, or null
     * @param projectedRecall the mean predicted recall at the exam, when a date is set
     * @param onChange called with the new date, or null when cleared
     */
    public static Node create(Deck deck, LocalDate date, OptionalDouble projectedRecall, LocalDate today,
                              Consumer<LocalDate> onChange) {
        Label caption = new Label("Exam date");
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        DatePicker picker = new DatePicker(date);
        picker.setId("exam-date-" + deck.id());
        picker.setPromptText("none");
        picker.setPrefWidth(150);
        picker.setAccessibleText("Exam date for " + deck.title());
        picker.setTooltip(new Tooltip("Set the day of your exam: every card comes back at least once in the week "
                + "before it, the ones you are likeliest to forget first"));
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item.isBefore(today));
            }
        });
        picker.valueProperty().addListener((o, old, chosen) -> {
            if (chosen == null || !chosen.equals(old)) onChange.accept(chosen == null || chosen.isBefore(today) ? null : chosen);
        });
        Button clear = new Button("\u2715");
        clear.setId("exam-date-clear-" + deck.id());
        clear.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        clear.setTooltip(new Tooltip("No exam date"));
        clear.setAccessibleText("Clear the exam date");
        clear.setVisible(date != null);
        clear.setManaged(date != null);
        clear.setOnAction(e -> onChange.accept(null));
        Label outlook = new Label(outlookText(date, projectedRecall, today));
        outlook.setId("exam-recall-" + deck.id());
        outlook.getStyleClass().addAll(Styles.TEXT_SMALL, "exam-outlook");
        outlook.setVisible(date != null);
        outlook.setManaged(date != null);
        HBox row = new HBox(8, caption, picker, clear, outlook);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** "Exam in 10 days (20 Mar 2026) · projected recall 72%". */
    public static String outlookText(LocalDate date, OptionalDouble projectedRecall, LocalDate today) {
        if (date == null) return "";
        long days = ChronoUnit.DAYS.between(today, date);
        String when = days < 0 ? "Exam was on " + DATE.format(date)
                : days == 0 ? "Exam today" : days == 1 ? "Exam tomorrow" : "Exam in " + days + " days";
        if (days < 0 || projectedRecall.isEmpty()) return when;
        return when + " \u00b7 projected recall " + Math.round(projectedRecall.getAsDouble() * 100) + "%";
    }
}
