package dev.latent.ui.exam;

import atlantafx.base.theme.Styles;
import dev.latent.deck.Deck;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/** The deck card's exam date: a button opening a date dialog, a clear button, and the recall projected for that day. */
public final class ExamDateControl {


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
        // A button that opens a dialog, not a date picker on the card, and no tooltips here: a tooltip popping up
        // as the pointer crosses the card on its way to Study or Browse hands the focus back to the window and
        // the next screen's first control, not its answer box.
        Button set = new Button(date == null ? "Set…" : dev.latent.ui.common.TimeText.date(date));
        set.setId("exam-date-" + deck.id());
        set.getStyleClass().add(Styles.SMALL);
        set.setAccessibleText(date == null ? "Set an exam date for " + deck.title() : "Exam date " + dev.latent.ui.common.TimeText.date(date) + ", change it");
        set.setOnAction(e -> ask(set.getScene() == null ? null : set.getScene().getWindow(), deck, date, today)
                .ifPresent(onChange));
        Button clear = new Button("\u2715");
        clear.setId("exam-date-clear-" + deck.id());
        clear.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        clear.setAccessibleText("Clear the exam date");
        clear.setVisible(date != null);
        clear.setManaged(date != null);
        clear.setOnAction(e -> onChange.accept(null));
        Label outlook = new Label(outlookText(date, projectedRecall, today));
        outlook.setId("exam-recall-" + deck.id());
        outlook.getStyleClass().addAll(Styles.TEXT_SMALL, "exam-outlook");
        outlook.setVisible(date != null);
        outlook.setManaged(date != null);
        HBox row = new HBox(8, caption, set, clear, outlook);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The exam date dialog: a date picker that offers today and later; empty when cancelled. */
    static Optional<LocalDate> ask(Window owner, Deck deck, LocalDate date, LocalDate today) {
        Dialog<LocalDate> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner instanceof javafx.stage.Stage stage && stage.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(stage.getScene().getStylesheets());
            }
        }
        dialog.setTitle("Exam date");
        dialog.setHeaderText("When is your exam on " + deck.title() + "?");
        DatePicker picker = new DatePicker(date != null ? date : today.plusDays(14));
        picker.setId("exam-date-picker");
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item.isBefore(today));
            }
        });
        Label hint = new Label("In the week before it, every card you have studied comes back at least once.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox content = new VBox(10, picker, hint);
        content.setPrefWidth(360);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? picker.getValue() : null);
        return dialog.showAndWait().filter(d -> !d.isBefore(today));
    }

    /** "Exam in 10 days (20 Mar 2026) · projected recall 72%". */
    public static String outlookText(LocalDate date, OptionalDouble projectedRecall, LocalDate today) {
        if (date == null) return "";
        long days = ChronoUnit.DAYS.between(today, date);
        String when = days < 0 ? "Exam was on " + dev.latent.ui.common.TimeText.date(date)
                : days == 0 ? "Exam today" : days == 1 ? "Exam tomorrow" : "Exam in " + days + " days";
        if (days < 0 || projectedRecall.isEmpty()) return when;
        return when + " \u00b7 projected recall " + Math.round(projectedRecall.getAsDouble() * 100) + "%";
    }
}
