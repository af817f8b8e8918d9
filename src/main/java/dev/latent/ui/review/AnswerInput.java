package dev.latent.ui.review;

import atlantafx.base.theme.Styles;
import dev.latent.settings.KeyAction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where the learner answers a card: the box, Submit (with its key) and "I don't know", which submits an empty
 * answer. Read-only while the answer is graded; hidden once it is, since the feedback shows the answer again.
 */
final class AnswerInput {

    private final TextArea answer = new TextArea();
    private final Button submit = new Button("Submit");
    private final Button dontKnow = new Button("I don't know");
    private final HBox buttons = new HBox(12);
    private final ReviewerKeys keys;

    /** @param onSubmit gets the typed answer, or "" for "I don't know" */
    AnswerInput(ReviewerKeys keys, Consumer<String> onSubmit) {
        this.keys = keys;
        submit.setId("submit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setTooltip(new Tooltip("Grade your answer and show the model answer (" + keys.label(KeyAction.SUBMIT) + ")"));
        submit.setOnAction(e -> onSubmit.accept(answer.getText()));
        dontKnow.setId("dont-know");
        dontKnow.setTooltip(new Tooltip("Show the model answer without answering; counts as an empty answer"));
        dontKnow.setOnAction(e -> onSubmit.accept(""));
        Label hint = new Label(keys.label(KeyAction.SUBMIT));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        buttons.getChildren().setAll(submit, hint, new Region(), dontKnow);
        HBox.setHgrow(buttons.getChildren().get(2), Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setId("answer-buttons");
    }

    /** The text box, which the page styles together with the prompt. */
    TextArea box() {
        return answer;
    }

    /** Submit, its key and "I don't know", under the box. */
    Node buttons() {
        return buttons;
    }

    String text() {
        return answer.getText();
    }

    /** Empty and shown again for the next card. */
    void clearForNextCard() {
        answer.clear();
        show(true);
        answer.setPromptText("Type your answer in your own words, then press " + keys.label(KeyAction.SUBMIT) + ".");
    }

    /** Puts back an answer typed before (undo of a rating from an earlier sitting), caret at its end. */
    void restore(String typed) {
        answer.setText(typed);
        answer.positionCaret(typed.length());
    }

    void show(boolean shown) {
        for (Node node : List.of(answer, buttons)) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }

    /** While grading, the answer cannot change and cannot be submitted twice. */
    void setGrading(boolean busy) {
        answer.setEditable(!busy);
        submit.setDisable(busy);
        dontKnow.setDisable(busy);
    }

    void focus() {
        answer.requestFocus();
    }
}
