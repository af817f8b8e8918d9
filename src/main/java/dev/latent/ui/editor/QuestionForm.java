package dev.latent.ui.editor;

import atlantafx.base.theme.Styles;
import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.deck.edit.DeckEdits;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

import static dev.latent.ui.editor.EditorFields.field;
import static dev.latent.ui.editor.EditorFields.section;
import static dev.latent.ui.editor.EditorFields.smallButton;
import static dev.latent.ui.editor.EditorFields.split;
import static dev.latent.ui.editor.EditorFields.textArea;
import static dev.latent.ui.editor.EditorFields.textField;

/**
 * The middle of the editor: the deck's title and description, then the selected question's prompt, tags and model
 * answer, then its rubric ({@link RubricCards}). Typing edits the model and leaves the form as it is; a change that
 * adds, removes or moves parts, or another question, builds the form again.
 */
final class QuestionForm {

    private final EditorModel model;
    private final VBox form = new VBox(10);
    private final RubricCards rubric;

    QuestionForm(EditorModel model) {
        this.model = model;
        this.rubric = new RubricCards(model);
        form.getStyleClass().add("editor-form");
        model.formRevisionProperty().addListener((o, was, now) -> rebuild());
        rebuild();
    }

    VBox node() {
        return form;
    }

    /** Builds the form for the selected question from the current deck, keeping the focused field focused. */
    private void rebuild() {
        String focused = form.getScene() != null && form.getScene().getFocusOwner() != null
                ? form.getScene().getFocusOwner().getId() : null;
        form.getChildren().clear();
        Deck deck = model.deck();
        Question q = model.selectedQuestion();

        form.getChildren().add(section("Deck"));
        form.getChildren().add(field("Title", textField("deck-title", deck.title(),
                text -> model.edit("title", d -> DeckEdits.withTitle(d, text)))));
        form.getChildren().add(field("Description", textArea("deck-description", deck.description(), 3,
                text -> model.edit("description", d -> DeckEdits.withDescription(d, text)))));
        Label id = new Label("Deck id: " + deck.id() + "    Question id: " + q.id());
        id.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        id.setId("deck-ids");
        form.getChildren().add(id);

        form.getChildren().add(section("Question " + (model.selected() + 1)));
        form.getChildren().add(field("Prompt", textArea("prompt", q.prompt(), 3,
                text -> model.editQuestion("prompt", x -> DeckEdits.withPrompt(x, text)))));
        form.getChildren().add(field("Tags (comma-separated)", textField("tags", String.join(", ", q.tags()),
                text -> model.editQuestion("tags", x -> DeckEdits.withTags(x, split(text, ","))))));

        form.getChildren().add(section("Model answer"));
        form.getChildren().add(field("Introduction", textArea("answer-intro", q.answer().intro(), 2,
                text -> model.editQuestion("intro", x -> DeckEdits.withAnswer(x, DeckEdits.withIntro(x.answer(), text))))));
        List<String> points = q.answer().points();
        for (int i = 0; i < points.size(); i++) form.getChildren().add(pointRow(i, points.get(i), points.size()));
        form.getChildren().add(smallButton("Add point", "add-point", e -> model.structuralQuestion(x ->
                DeckEdits.withAnswer(x, DeckEdits.withPoints(x.answer(), DeckEdits.appended(x.answer().points(), "New point"))))));
        form.getChildren().add(field("Closing remark", textArea("answer-outro", q.answer().outro(), 2,
                text -> model.editQuestion("outro", x -> DeckEdits.withAnswer(x, DeckEdits.withOutro(x.answer(), text))))));

        form.getChildren().addAll(rubric.build(q));

        if (focused != null) {
            Node again = form.lookup("#" + focused);
            if (again != null) {
                again.requestFocus();
                if (again instanceof TextInputControl text) text.positionCaret(text.getLength());
            }
        }
    }

    private Node pointRow(int i, String point, int count) {
        TextArea text = textArea("point-" + i, point, 2, value -> model.editQuestion("point" + i,
                x -> DeckEdits.withAnswer(x, DeckEdits.withPoints(x.answer(), DeckEdits.replaced(x.answer().points(), i, value)))));
        HBox.setHgrow(text, Priority.ALWAYS);
        Label number = new Label((i + 1) + ".");
        Button up = smallButton("↑", "point-" + i + "-up", e -> movePoint(i, i - 1));
        Button down = smallButton("↓", "point-" + i + "-down", e -> movePoint(i, i + 1));
        up.setDisable(i == 0);
        down.setDisable(i == count - 1);
        Button remove = smallButton("Remove", "point-" + i + "-remove", e -> model.structuralQuestion(x ->
                DeckEdits.withAnswer(x, DeckEdits.withPoints(x.answer(), DeckEdits.removed(x.answer().points(), i)))));
        HBox row = new HBox(6, number, text, up, down, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void movePoint(int from, int to) {
        model.structuralQuestion(x -> DeckEdits.withAnswer(x, DeckEdits.withPoints(x.answer(),
                DeckEdits.moved(x.answer().points(), from, to))));
    }
}
