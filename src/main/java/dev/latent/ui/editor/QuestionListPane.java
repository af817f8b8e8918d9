package dev.latent.ui.editor;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

import static dev.latent.ui.editor.EditorFields.smallButton;

/** The editor's list of questions, with buttons to add, remove and move them; selecting one shows it in the form. */
final class QuestionListPane {

    private final EditorModel model;
    private final ListView<String> list = new ListView<>();
    private final VBox pane;
    /** Set while the list follows the model, so its selection events are not taken for the learner's. */
    private boolean following;

    QuestionListPane(EditorModel model) {
        this.model = model;
        Label title = new Label("Questions");
        title.getStyleClass().add(Styles.TITLE_4);
        list.setId("question-list");
        list.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (getIndex() + 1) + ". " + item);
                setTooltip(getText() == null ? null : new Tooltip(getText())); // the whole prompt when cut short
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!following && now.intValue() >= 0) model.select(now.intValue());
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button add = smallButton("Add question", "add-question", e -> model.addQuestion());
        Button remove = smallButton("Remove", "remove-question", e -> model.removeQuestion());
        Button up = smallButton("↑", "question-up", e -> model.moveQuestion(-1));
        Button down = smallButton("↓", "question-down", e -> model.moveQuestion(1));
        up.setTooltip(new Tooltip("Move the question up"));
        down.setTooltip(new Tooltip("Move the question down"));
        FlowPane buttons = new FlowPane(6, 6, add, remove, up, down);
        pane = new VBox(8, title, list, buttons);
        pane.getStyleClass().add("editor-questions");
        pane.setPrefWidth(260);
        model.changesProperty().addListener((o, was, now) -> follow());
        follow();
    }

    Node node() {
        return pane;
    }

    ListView<String> list() {
        return list;
    }

    /** A shorter list when the editor is one column (large text); {@link Region#USE_COMPUTED_SIZE} for the side column. */
    void setListHeight(double height) {
        list.setPrefHeight(height);
    }

    /** Shows the model's prompts and selection, changing only the rows that changed (typing keeps the list still). */
    private void follow() {
        following = true;
        try {
            List<String> items = model.deck().questions().stream().map(q -> listText(q.prompt())).toList();
            if (!list.getItems().equals(items)) {
                if (list.getItems().size() == items.size()) {
                    for (int i = 0; i < items.size(); i++) {
                        if (!list.getItems().get(i).equals(items.get(i))) list.getItems().set(i, items.get(i));
                    }
                } else {
                    list.getItems().setAll(items);
                }
            }
            list.getSelectionModel().select(model.selected());
        } finally {
            following = false;
        }
    }

    /** Scrolls the list so that the selected question shows. */
    void scrollToSelected() {
        list.scrollTo(model.selected());
    }

    static String listText(String prompt) {
        String flat = prompt.replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? "(no prompt)" : flat;
    }
}
