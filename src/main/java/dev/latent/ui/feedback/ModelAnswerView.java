package dev.latent.ui.feedback;

import atlantafx.base.theme.Styles;
import dev.latent.deck.ModelAnswer;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The model answer as the study screens show it: intro, numbered points, outro; deck text as plain text. */
public final class ModelAnswerView {

    private ModelAnswerView() {
    }

    /** Replaces the content of {@code box} with the model answer. */
    public static void fill(VBox box, ModelAnswer model) {
        Label heading = new Label("Model answer");
        heading.getStyleClass().add(Styles.TITLE_4);
        box.getChildren().setAll(heading);
        if (!model.intro().isEmpty()) box.getChildren().add(paragraph(model.intro()));
        int number = 1;
        for (String point : model.points()) {
            Label marker = new Label(number++ + ".");
            marker.getStyleClass().addAll(Styles.TEXT_BOLD, "point-number");
            marker.setMinWidth(Region.USE_PREF_SIZE);
            Label text = paragraph(point);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, marker, text);
            row.getStyleClass().add("answer-point");
            box.getChildren().add(row);
        }
        if (!model.outro().isEmpty()) box.getChildren().add(paragraph(model.outro()));
    }

    static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
