package dev.latent.ui.editor;

import dev.latent.deck.Concept;
import dev.latent.deck.Misconception;
import dev.latent.deck.Question;
import dev.latent.deck.Rubric;
import dev.latent.deck.SampleAnswer;
import dev.latent.deck.edit.DeckEdits;
import dev.latent.scoring.draft.PointDrafter;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static dev.latent.ui.editor.EditorFields.anyOrderBox;
import static dev.latent.ui.editor.EditorFields.partChoice;
import static dev.latent.ui.editor.EditorFields.caption;
import static dev.latent.ui.editor.EditorFields.card;
import static dev.latent.ui.editor.EditorFields.checkBox;
import static dev.latent.ui.editor.EditorFields.fixed;
import static dev.latent.ui.editor.EditorFields.numberField;
import static dev.latent.ui.editor.EditorFields.section;
import static dev.latent.ui.editor.EditorFields.smallButton;
import static dev.latent.ui.editor.EditorFields.split;
import static dev.latent.ui.editor.EditorFields.textArea;
import static dev.latent.ui.editor.EditorFields.textField;

/** The rubric part of the form: a card per concept, per misconception and per graded sample answer, with "Add" buttons. */
final class RubricCards {

    private final EditorModel model;

    RubricCards(EditorModel model) {
        this.model = model;
    }

    /** The rubric's sections for the question shown. */
    List<Node> build(Question q) {
        List<Node> parts = new ArrayList<>();
        parts.add(section("Rubric: concepts a good answer states"));
        Rubric rubric = DeckEdits.rubricOf(q);
        for (int i = 0; i < rubric.concepts().size(); i++) parts.add(conceptCard(i, rubric.concepts().get(i)));
        if (rubric.concepts().isEmpty()) parts.add(draftFromModelAnswer());
        parts.add(smallButton("Add concept", "add-concept", e -> model.structuralQuestion(DeckEdits::withNewConcept)));

        parts.add(section("Misconceptions: wrong ideas that cost credit"));
        for (int i = 0; i < rubric.misconceptions().size(); i++) parts.add(misconceptionCard(i, rubric.misconceptions().get(i)));
        parts.add(smallButton("Add misconception", "add-misconception",
                e -> model.structuralQuestion(DeckEdits::withNewMisconception)));

        parts.add(section("Graded sample answers"));
        for (int i = 0; i < q.samples().size(); i++) parts.add(sampleCard(i, q.samples().get(i)));
        parts.add(smallButton("Add sample answer", "add-sample", e -> model.structuralQuestion(x ->
                DeckEdits.withSamples(x, DeckEdits.appended(x.samples(), new SampleAnswer("A student's answer.", 2, ""))))));
        return parts;
    }

    /**
     * For a question without concepts: one concept a point of its model answer as it reads now (its label and key
     * words), to check and edit rather than type from nothing; the misconceptions stay. Undone like any edit.
     */
    private Node draftFromModelAnswer() {
        Label hint = caption("Drafts one concept for each point of the model answer (its list items, lines or sentences),"
                + " with the point's label and key words as phrasings: check them, mark those a full answer needs as"
                + " required, and watch the rubric test.");
        hint.setId("draft-concepts-hint");
        hint.setWrapText(true);
        Button draft = smallButton("Draft concepts from the model answer", "draft-concepts", e -> {
            Question now = model.selectedQuestion();
            Rubric drafted = PointDrafter.draft(now.answer().fullText(), now.prompt());
            if (drafted == null) {
                hint.setText("Nothing to draft from: write the model answer as two points or more (points, lines or"
                        + " sentences), then draft again.");
                return;
            }
            model.structuralQuestion(x -> DeckEdits.withRubric(x, DeckEdits.withConcepts(DeckEdits.rubricOf(x), drafted.concepts())));
        });
        return new VBox(6, draft, hint);
    }

    private void editRubric(String key, UnaryOperator<Rubric> change) {
        model.editQuestion(key, x -> DeckEdits.withRubric(x, change.apply(DeckEdits.rubricOf(x))));
    }

    private void editConcept(int i, String key, UnaryOperator<Concept> change) {
        editRubric("concept" + i + "." + key, r -> DeckEdits.withConcepts(r,
                DeckEdits.replaced(r.concepts(), i, change.apply(r.concepts().get(i)))));
    }

    private void editMisconception(int i, String key, UnaryOperator<Misconception> change) {
        editRubric("misconception" + i + "." + key, r -> DeckEdits.withMisconceptions(r,
                DeckEdits.replaced(r.misconceptions(), i, change.apply(r.misconceptions().get(i)))));
    }

    private void editSample(int i, String key, UnaryOperator<SampleAnswer> change) {
        model.editQuestion("sample" + i + "." + key, x -> DeckEdits.withSamples(x,
                DeckEdits.replaced(x.samples(), i, change.apply(x.samples().get(i)))));
    }

    private Node conceptCard(int i, Concept c) {
        String id = "concept-" + i;
        TextField label = textField(id + "-label", c.label(), text -> editConcept(i, "label", x -> DeckEdits.withLabel(x, text)));
        label.setPromptText("Concept label");
        TextField weight = numberField(id + "-weight", c.weight(), value -> editConcept(i, "weight", x -> DeckEdits.withWeight(x, value)));
        CheckBox required = checkBox("Required", id + "-required", c.required(), "An answer without it cannot get a top grade",
                now -> editConcept(i, "required", x -> DeckEdits.withRequired(x, now)));
        CheckBox anyOrder = anyOrderBox(id, c.anyOrder(), now -> editConcept(i, "anyOrder", x -> DeckEdits.withAnyOrder(x, now)));
        Button remove = smallButton("Remove", id + "-remove", e -> model.structuralQuestion(x -> DeckEdits.withRubric(x,
                DeckEdits.withConcepts(DeckEdits.rubricOf(x), DeckEdits.removed(DeckEdits.rubricOf(x).concepts(), i)))));
        ComboBox<String> part = partChoice(id + "-part", c.part(), value -> editConcept(i, "part", x -> DeckEdits.withPart(x, value)));
        HBox partChoice = new HBox(10, fixed(new Label("Part")), part);
        partChoice.setAlignment(Pos.CENTER_LEFT);
        HBox settings = settings(remove, fixed(new Label("Weight")), weight, fixed(required), fixed(anyOrder), partChoice);
        TextArea phrasings = textArea(id + "-phrasings", String.join("\n", c.phrasings()), 3,
                text -> editConcept(i, "phrasings", x -> DeckEdits.withPhrasings(x, split(text, "\n"))));
        TextArea opposites = textArea(id + "-opposites", String.join("\n", c.opposites()), 2,
                text -> editConcept(i, "opposites", x -> DeckEdits.withOpposites(x, split(text, "\n"))));
        opposites.setPromptText("Optional (for \"unstable training\": stable training)");
        opposites.setTooltip(new Tooltip("An answer stating an opposite loses the concept's weight, as for a misconception;"
                + " one negating it (\"not stable\") states the concept"));
        return card(label, settings, caption("Phrasings, one per line (any one counts)"), phrasings,
                caption("Opposite claims, one per line (stating one loses the weight)"), opposites);
    }

    private Node misconceptionCard(int i, Misconception m) {
        String id = "misconception-" + i;
        TextField label = textField(id + "-label", m.label(), text -> editMisconception(i, "label", x -> DeckEdits.withLabel(x, text)));
        label.setPromptText("Misconception label");
        TextField penalty = numberField(id + "-penalty", m.penalty(),
                value -> editMisconception(i, "penalty", x -> DeckEdits.withPenalty(x, value)));
        Button remove = smallButton("Remove", id + "-remove", e -> model.structuralQuestion(x -> DeckEdits.withRubric(x,
                DeckEdits.withMisconceptions(DeckEdits.rubricOf(x), DeckEdits.removed(DeckEdits.rubricOf(x).misconceptions(), i)))));
        CheckBox anyOrder = anyOrderBox(id, m.anyOrder(),
                now -> editMisconception(i, "anyOrder", x -> DeckEdits.withAnyOrder(x, now)));
        CheckBox detail = checkBox("Detail", id + "-detail", m.detail(),
                "A wrong detail beside the main ideas: an answer stating it can still get a 3 (a wrong idea caps it at 2)",
                now -> editMisconception(i, "detail", x -> DeckEdits.withDetail(x, now)));
        HBox settings = settings(remove, fixed(new Label("Penalty")), penalty, fixed(anyOrder), fixed(detail));
        TextArea phrasings = textArea(id + "-phrasings", String.join("\n", m.phrasings()), 3,
                text -> editMisconception(i, "phrasings", x -> DeckEdits.withPhrasings(x, split(text, "\n"))));
        return card(label, settings, caption("Phrasings, one per line"), phrasings);
    }

    /** A card's settings: they wrap where the form is narrow (large text, a small window); Remove keeps the right edge. */
    private static HBox settings(Button remove, Node... choices) {
        FlowPane wrapping = new FlowPane(10, 6, choices);
        wrapping.setAlignment(Pos.CENTER_LEFT);
        wrapping.setMinWidth(0);
        wrapping.setPrefWrapLength(0);
        HBox.setHgrow(wrapping, Priority.ALWAYS);
        HBox settings = new HBox(10, wrapping, remove);
        settings.setAlignment(Pos.CENTER_LEFT);
        return settings;
    }

    private Node sampleCard(int i, SampleAnswer s) {
        String id = "sample-" + i;
        ComboBox<Integer> grade = new ComboBox<>();
        grade.setId(id + "-grade");
        for (int g = SampleAnswer.MIN_GRADE; g <= SampleAnswer.MAX_GRADE; g++) grade.getItems().add(g);
        grade.setValue(s.grade());
        grade.valueProperty().addListener((o, was, now) -> {
            if (now != null) editSample(i, "grade", x -> DeckEdits.withGrade(x, now));
        });
        TextField note = textField(id + "-note", s.note(), text -> editSample(i, "note", x -> DeckEdits.withNote(x, text)));
        note.setPromptText("Why this grade (optional)");
        HBox.setHgrow(note, Priority.ALWAYS);
        Button remove = smallButton("Remove", id + "-remove", e -> model.structuralQuestion(x ->
                DeckEdits.withSamples(x, DeckEdits.removed(x.samples(), i))));
        HBox top = new HBox(8, fixed(new Label("Grade (0-4)")), grade, note, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        TextArea answer = textArea(id + "-answer", s.answer(), 2,
                text -> editSample(i, "answer", x -> DeckEdits.withAnswerText(x, text)));
        return card(top, answer);
    }
}
