package dev.latent.ui.editor;

import atlantafx.base.theme.Styles;
import dev.latent.deck.Concept;
import dev.latent.ui.common.Pages;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;

/** The editor form's small builders: fields that report each edit, captions, cards, buttons. */
final class EditorFields {

    private EditorFields() {
    }

    static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Never squeezed into an ellipsis. */
    static <T extends Region> T fixed(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }

    /** Headings and captions wrap at large text rather than end in "…". */
    static Label section(String text) {
        Label label = Pages.wrapped(text);
        label.getStyleClass().addAll(Styles.TITLE_4, "editor-section");
        return label;
    }

    static Label caption(String text) {
        Label label = Pages.wrapped(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }

    static Node field(String name, Node input) {
        return new VBox(4, caption(name), input);
    }

    static VBox card(Node... children) {
        VBox box = new VBox(6, children);
        box.getStyleClass().add("editor-card");
        box.setPadding(new Insets(10));
        return box;
    }

    static Button smallButton(String text, String id, EventHandler<ActionEvent> action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setOnAction(action);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** "Any order" for a concept's or a misconception's phrasings. */
    static CheckBox anyOrderBox(String cardId, boolean selected, Consumer<Boolean> onEdit) {
        return checkBox("Any order", cardId + "-anyorder", selected, "The words of a phrasing may come in any order", onEdit);
    }

    static CheckBox checkBox(String text, String id, boolean selected, String tip, Consumer<Boolean> onEdit) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setSelected(selected);
        box.setTooltip(new Tooltip(tip));
        box.selectedProperty().addListener((o, was, now) -> onEdit.accept(now));
        return box;
    }

    static TextField textField(String id, String value, Consumer<String> onEdit) {
        TextField field = new TextField(value);
        field.setId(id);
        field.textProperty().addListener((o, was, now) -> onEdit.accept(now));
        return field;
    }

    static TextArea textArea(String id, String value, int rows, Consumer<String> onEdit) {
        TextArea area = new TextArea(value);
        area.setId(id);
        area.setWrapText(true);
        // The box grows with its text, so the form scrolls as one page instead of boxes scrolling inside it.
        area.setPrefRowCount(rowsFor(value, rows));
        area.textProperty().addListener((o, was, now) -> {
            area.setPrefRowCount(rowsFor(now, rows));
            onEdit.accept(now);
        });
        return area;
    }

    /** Lines the text needs (a wrapped line taken as 70 characters), at least {@code minimum}. */
    static int rowsFor(String text, int minimum) {
        int lines = 0;
        for (String line : text.split("\n", -1)) lines += 1 + line.length() / 70;
        return Math.max(minimum, lines);
    }

    /** A number field: edits only while the text is a number >= 0; otherwise it is marked and the deck keeps the old value. */
    static TextField numberField(String id, double value, DoubleConsumer onEdit) {
        TextField field = new TextField(value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
        field.setId(id);
        field.setPrefColumnCount(4);
        field.textProperty().addListener((o, was, now) -> {
            try {
                double parsed = Double.parseDouble(now.strip());
                if (!Double.isFinite(parsed) || parsed < 0) throw new NumberFormatException();
                field.pseudoClassStateChanged(Styles.STATE_DANGER, false);
                onEdit.accept(parsed);
            } catch (NumberFormatException e) {
                field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            }
        });
        return field;
    }

    /** Choices of a concept's part: none, or one of the first parts (a question is seldom asked in more). */
    static final int PARTS_OFFERED = 5;
    static final String NO_PART = "\u2014";

    /**
     * Which part of a question asked in several parts a concept answers: "—" for none. A part beyond those offered
     * (written in the JSON) is offered too, so the choice never loses it.
     */
    static ComboBox<String> partChoice(String id, int part, IntConsumer onEdit) {
        ComboBox<String> choice = new ComboBox<>();
        choice.setId(id);
        choice.getItems().add(NO_PART);
        for (int p = 1; p <= Math.max(PARTS_OFFERED, part); p++) choice.getItems().add(String.valueOf(p));
        choice.setValue(part == Concept.NO_PART ? NO_PART : String.valueOf(part));
        choice.setTooltip(new Tooltip("For a question asked in parts (\"How? Why?\"): the part this concept answers. An answer"
                + " that says nothing for one part is graded 2 at most"));
        choice.setMinWidth(Region.USE_PREF_SIZE);
        choice.valueProperty().addListener((o, was, now) ->
                onEdit.accept(now == null || now.equals(NO_PART) ? Concept.NO_PART : Integer.parseInt(now)));
        return choice;
    }
}
