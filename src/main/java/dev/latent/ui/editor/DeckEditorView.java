package dev.latent.ui.editor;

import atlantafx.base.theme.Styles;
import dev.latent.ui.Pages;
import dev.latent.deck.Concept;
import dev.latent.deck.Deck;
import dev.latent.deck.DeckChangedException;
import dev.latent.deck.DeckFolder;
import dev.latent.deck.DeckFolderException;
import dev.latent.deck.Misconception;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.deck.Rubric;
import dev.latent.deck.SampleAnswer;
import dev.latent.store.PersonalSample;
import dev.latent.study.LearnerSamples;
import dev.latent.deck.edit.DeckEdits;
import dev.latent.deck.edit.EditHistory;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The deck editor: questions on the left, the selected question's prompt, model answer, tags, rubric and graded
 * samples in the middle, the live rubric test and validation on the right. Every change goes through an
 * {@link EditHistory}, so Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo across fields; saving writes the deck
 * atomically into the user deck folder. Bundled decks can be edited in memory and saved only as a copy.
 * Deck text is shown in labels and text fields only, never as HTML.
 */
public final class DeckEditorView {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final DeckFolder folder;
    private final Consumer<Deck> onSaved;
    /** The deck as its file held it when opened or last saved here: saving over anything else asks first. */
    private Deck lastRead;
    private final Runnable onClose;
    private boolean readOnly;
    private EditHistory history;
    private int selected;
    private boolean updatingList;

    private final BorderPane root = new BorderPane();
    private final Label heading = new Label();
    private final Label status = new Label();
    private final Button undo = new Button("Undo");
    private final Button redo = new Button("Redo");
    private final Button save = new Button();
    private final ListView<String> questionList = new ListView<>();
    private final VBox form = new VBox(10);
    private final Label problems = new Label();
    private final RubricTestPane rubricTest = new RubricTestPane();
    private final List<PersonalSample> learnerSamples;
    /** Moves the learner's review history from a deck id to a copy's (old id, new id). */
    private final java.util.function.BiConsumer<String, String> moveHistory;

    /**
     * @param readOnly a bundled deck: it can only be saved as a copy under a new id
     * @param onSaved told after each save, with the deck as saved
     * @param onClose leaves the editor (after any unsaved edits were saved or discarded)
     */
    public DeckEditorView(Deck deck, boolean readOnly, DeckFolder folder, Consumer<Deck> onSaved, Runnable onClose) {
        this(deck, readOnly, folder, onSaved, onClose, List.of(), (from, to) -> { });
    }

    /**
     * @param learnerSamples the learner's own graded answers to this deck: the live rubric test counts them with the
     *     deck's samples
     */
    public DeckEditorView(Deck deck, boolean readOnly, DeckFolder folder, Consumer<Deck> onSaved, Runnable onClose,
                          List<PersonalSample> learnerSamples, java.util.function.BiConsumer<String, String> moveHistory) {
        this.learnerSamples = List.copyOf(learnerSamples);
        this.moveHistory = moveHistory;
        this.history = EditHistory.of(deck);
        this.lastRead = readOnly ? null : deck;
        this.readOnly = readOnly;
        this.folder = folder;
        this.onSaved = onSaved;
        this.onClose = onClose;
        root.getStylesheets().add(DeckEditorView.class.getResource("editor.css").toExternalForm());
        root.getStyleClass().add("deck-editor");
        root.setTop(toolbar());
        Node questions = questionPane();
        root.setLeft(questions);
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.getStyleClass().add("editor-form-scroll");
        form.getStyleClass().add("editor-form");
        root.setCenter(formScroll);
        problems.setId("problems");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        Label problemsTitle = new Label("Validation");
        problemsTitle.getStyleClass().add(Styles.TITLE_4);
        VBox side = new VBox(16, rubricTest.node(), new VBox(6, problemsTitle, problems));
        side.getStyleClass().add("editor-side");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setPrefWidth(330);
        sideScroll.setMinWidth(260);
        root.setRight(sideScroll);
        // Large text on a small screen leaves no room for three columns: the questions, the form and the rubric test
        // then follow one another in one scrolling column.
        VBox stacked = new VBox(16);
        ScrollPane stackedScroll = new ScrollPane(stacked);
        stackedScroll.setFitToWidth(true);
        stackedScroll.getStyleClass().add("editor-form-scroll");
        root.widthProperty().addListener((o, old, width) -> {
            double em = status.getFont().getSize();
            boolean narrow = width.doubleValue() > 0 && width.doubleValue() < 62 * em;
            boolean isNarrow = root.getCenter() == stackedScroll;
            if (narrow == isNarrow) return;
            if (narrow) {
                root.setLeft(null);
                root.setRight(null);
                formScroll.setContent(null);
                sideScroll.setContent(null);
                questionList.setPrefHeight(10 * em);
                stacked.getChildren().setAll(questions, form, side);
                root.setCenter(stackedScroll);
            } else {
                stacked.getChildren().clear();
                formScroll.setContent(form);
                sideScroll.setContent(side);
                questionList.setPrefHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
                root.setLeft(questions);
                root.setCenter(formScroll);
                root.setRight(sideScroll);
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        refreshList();
        rebuildForm();
        afterChange(false);
    }

    public Node node() {
        return root;
    }

    public void focusStart() {
        Platform.runLater(() -> {
            Node first = form.lookup("#prompt");
            (first != null ? first : questionList).requestFocus();
        });
    }

    /** Shows the question with this id in the form (the reviewer's E, the browser's "Edit"); false if the deck has none. */
    public boolean showQuestion(String questionId) {
        for (int q = 0; q < deck().size(); q++) {
            if (!deck().questions().get(q).id().equals(questionId)) continue;
            questionList.getSelectionModel().select(q);
            questionList.scrollTo(q);
            return true;
        }
        return false;
    }

    /**
     * Proposes words from a learner's answer as a new phrasing of a concept: selects the question and adds the
     * phrasing as an ordinary, undoable edit, so the live test shows its effect before anything is saved.
     */
    public void propose(String questionId, String conceptId, String phrasing) {
        for (int q = 0; q < deck().size(); q++) {
            if (!deck().questions().get(q).id().equals(questionId) || deck().questions().get(q).rubric() == null) continue;
            List<Concept> concepts = deck().questions().get(q).rubric().concepts();
            for (int c = 0; c < concepts.size(); c++) {
                if (!concepts.get(c).id().equals(conceptId)) continue;
                selected = q;
                int at = c;
                String words = phrasing.strip();
                structuralQuestion(question -> DeckEdits.withRubric(question, DeckEdits.withConcepts(question.rubric(),
                        DeckEdits.replaced(question.rubric().concepts(), at, DeckEdits.withPhrasings(concepts.get(at),
                                DeckEdits.appended(concepts.get(at).phrasings(), words))))));
                status.setText("Proposed from your answer: \u201c" + words + "\u201d as a phrasing of \u201c"
                        + concepts.get(at).label() + "\u201d. The rubric test counts your graded answers; save to keep it.");
                return;
            }
        }
    }

    /** The deck as edited so far. */
    public Deck deck() {
        return history.current();
    }

    // ---------------------------------------------------------------- frame

    private Node toolbar() {
        Button back = new Button("\u2190 Decks");
        back.setId("editor-back");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(e -> close());
        Pages.escapeLeaves(root, this::close);
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setId("editor-heading");
        status.setId("editor-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        undo.setId("editor-undo");
        undo.setTooltip(new Tooltip("Undo (Ctrl+Z)"));
        undo.setOnAction(e -> undo());
        redo.setId("editor-redo");
        redo.setTooltip(new Tooltip("Redo (Ctrl+Shift+Z or Ctrl+Y)"));
        redo.setOnAction(e -> redo());
        save.setId("editor-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> save());
        heading.setWrapText(true);
        status.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        VBox titles = new VBox(2, heading, status);
        HBox.setHgrow(titles, Priority.ALWAYS);
        for (Button b : List.of(back, undo, redo, save)) b.setMinWidth(Region.USE_PREF_SIZE);
        HBox left = new HBox(12, back, titles);
        left.setAlignment(Pos.CENTER_LEFT);
        HBox right = new HBox(12, undo, redo, save);
        right.setAlignment(Pos.CENTER_RIGHT);
        // Large text on a small screen: the buttons move under the title instead of shrinking into ellipses.
        Region bar = Pages.twoLinesWhenNarrow(left, right, "editor-toolbar");
        return bar;
    }

    private Node questionPane() {
        Label title = new Label("Questions");
        title.getStyleClass().add(Styles.TITLE_4);
        questionList.setId("question-list");
        questionList.setCellFactory(list -> new ListCell<>() {
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
        questionList.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (updatingList || now.intValue() < 0 || now.intValue() == selected) return;
            selected = now.intValue();
            rebuildForm();
            rubricTest.focus(currentQuestion().id());
        });
        VBox.setVgrow(questionList, Priority.ALWAYS);
        Button add = smallButton("Add question", "add-question", e -> {
            structural(DeckEdits::withNewQuestion);
            selected = deck().size() - 1;
            refreshList();
            rebuildForm();
        });
        Button remove = smallButton("Remove", "remove-question", e -> {
            if (deck().size() <= 1) return; // a deck needs a question; the validator would say so anyway
            int at = selected;
            selected = Math.max(0, at - 1);
            structural(d -> DeckEdits.withQuestions(d, DeckEdits.removed(d.questions(), at)));
        });
        Button up = smallButton("↑", "question-up", e -> moveQuestion(-1));
        Button down = smallButton("↓", "question-down", e -> moveQuestion(1));
        up.setTooltip(new Tooltip("Move the question up"));
        down.setTooltip(new Tooltip("Move the question down"));
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, add, remove, up, down);
        for (Button b : List.of(add, remove, up, down)) b.setMinWidth(Region.USE_PREF_SIZE);
        VBox pane = new VBox(8, title, questionList, buttons);
        pane.getStyleClass().add("editor-questions");
        pane.setPrefWidth(260);
        return pane;
    }

    private void moveQuestion(int by) {
        int from = selected;
        int to = from + by;
        if (to < 0 || to >= deck().size()) return;
        selected = to;
        structural(d -> DeckEdits.withQuestions(d, DeckEdits.moved(d.questions(), from, to)));
    }

    // ---------------------------------------------------------------- edits

    /** A change typed into a field: one undo step per burst in the same field; the form is left as it is. */
    private void edit(String key, UnaryOperator<Deck> change) {
        history = history.edit(change.apply(deck()), key);
        afterChange(false);
    }

    /** A change that adds, removes or moves parts: its own undo step, and the form is rebuilt. */
    private void structural(UnaryOperator<Deck> change) {
        history = history.edit(change.apply(deck()), null);
        afterChange(true);
    }

    private void editQuestion(String key, UnaryOperator<Question> change) {
        int at = selected;
        edit("q" + at + "." + key, d -> DeckEdits.withQuestion(d, at, change));
    }

    private void structuralQuestion(UnaryOperator<Question> change) {
        int at = selected;
        structural(d -> DeckEdits.withQuestion(d, at, change));
    }

    void undo() {
        if (!history.canUndo()) return;
        Caret at = caretBefore();
        history = history.undo();
        afterChange(true);
        at.restore();
    }

    void redo() {
        if (!history.canRedo()) return;
        Caret at = caretBefore();
        history = history.redo();
        afterChange(true);
        at.restore();
    }

    /** The field being edited and its text, so that after an undo the caret goes back to where the text changed. */
    private record Caret(Node form, String id, String text) {
        void restore() {
            if (id == null) return;
            if (form.lookup("#" + id) instanceof javafx.scene.control.TextInputControl field) {
                String now = field.getText();
                int at = 0;
                while (at < now.length() && at < text.length() && now.charAt(at) == text.charAt(at)) at++;
                field.requestFocus();
                field.positionCaret(Math.min(at, now.length()));
            }
        }
    }

    private Caret caretBefore() {
        Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (owner instanceof javafx.scene.control.TextInputControl field && field.getId() != null) {
            return new Caret(form, field.getId(), field.getText());
        }
        return new Caret(form, null, null);
    }

    private void shortcut(KeyEvent e) {
        // A filter, so the text fields' own undo (one field only) never sees these keys.
        if (REDO.match(e) || REDO_Y.match(e)) redo();
        else if (UNDO.match(e)) undo();
        else if (SAVE.match(e)) save();
        else return;
        e.consume();
    }

    private void afterChange(boolean rebuild) {
        selected = Math.max(0, Math.min(selected, deck().size() - 1));
        undo.setDisable(!history.canUndo());
        redo.setDisable(!history.canRedo());
        heading.setText("Edit deck: " + deck().title());
        save.setText(readOnly ? "Save a copy..." : "Save");
        status.setText((readOnly ? "Bundled with the app: read-only. Save a copy to keep your changes. " : "")
                + (history.unsaved() ? "Unsaved changes." : readOnly ? "" : "Saved."));
        List<String> found = DeckEdits.problems(deck());
        problems.setText(found.isEmpty() ? "No problems: the deck saves as valid JSON."
                : String.join("\n", found));
        problems.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        problems.getStyleClass().add(found.isEmpty() ? Styles.SUCCESS : Styles.DANGER);
        refreshList();
        if (rebuild) rebuildForm();
        rubricTest.schedule(LearnerSamples.withSamples(deck(), learnerSamples), currentQuestion().id());
    }

    private Question currentQuestion() {
        return deck().questions().get(selected);
    }

    private void refreshList() {
        updatingList = true;
        List<String> items = deck().questions().stream().map(q -> listText(q.prompt())).toList();
        if (!questionList.getItems().equals(items)) {
            if (questionList.getItems().size() == items.size()) {
                for (int i = 0; i < items.size(); i++) {
                    if (!questionList.getItems().get(i).equals(items.get(i))) questionList.getItems().set(i, items.get(i));
                }
            } else {
                questionList.getItems().setAll(items);
            }
        }
        questionList.getSelectionModel().select(selected);
        updatingList = false;
    }

    private static String listText(String prompt) {
        String flat = prompt.replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? "(no prompt)" : flat;
    }

    // ---------------------------------------------------------------- the form

    /** Builds the form for the selected question from the current deck, keeping the focused field focused. */
    private void rebuildForm() {
        String focused = root.getScene() != null && root.getScene().getFocusOwner() != null
                ? root.getScene().getFocusOwner().getId() : null;
        form.getChildren().clear();
        Deck deck = deck();
        Question q = currentQuestion();

        form.getChildren().add(section("Deck"));
        form.getChildren().add(field("Title", textField("deck-title", deck.title(),
                text -> edit("title", d -> DeckEdits.withTitle(d, text)))));
        form.getChildren().add(field("Description", textArea("deck-description", deck.description(), 3,
                text -> edit("description", d -> DeckEdits.withDescription(d, text)))));
        Label id = new Label("Deck id: " + deck.id() + "    Question id: " + q.id());
        id.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        id.setId("deck-ids");
        form.getChildren().add(id);

        form.getChildren().add(section("Question " + (selected + 1)));
        form.getChildren().add(field("Prompt", textArea("prompt", q.prompt(), 3,
                text -> editQuestion("prompt", x -> DeckEdits.withPrompt(x, text)))));
        form.getChildren().add(field("Tags (comma-separated)", textField("tags", String.join(", ", q.tags()),
                text -> editQuestion("tags", x -> DeckEdits.withTags(x, split(text, ","))))));

        form.getChildren().add(section("Model answer"));
        form.getChildren().add(field("Introduction", textArea("answer-intro", q.answer().intro(), 2,
                text -> editQuestion("intro", x -> DeckEdits.withAnswer(x, DeckEdits.withIntro(x.answer(), text))))));
        List<String> points = q.answer().points();
        for (int i = 0; i < points.size(); i++) form.getChildren().add(pointRow(i, points.get(i), points.size()));
        form.getChildren().add(smallButton("Add point", "add-point", e -> structuralQuestion(x ->
                DeckEdits.withAnswer(x, DeckEdits.withPoints(x.answer(), DeckEdits.appended(x.answer().points(), "New point"))))));
        form.getChildren().add(field("Closing remark", textArea("answer-outro", q.answer().outro(), 2,
                text -> editQuestion("outro", x -> DeckEdits.withAnswer(x, DeckEdits.withOutro(x.answer(), text))))));

        form.getChildren().add(section("Rubric: concepts a good answer states"));
        Rubric rubric = DeckEdits.rubricOf(q);
        for (int i = 0; i < rubric.concepts().size(); i++) form.getChildren().add(conceptCard(i, rubric.concepts().get(i)));
        form.getChildren().add(smallButton("Add concept", "add-concept", e -> structuralQuestion(DeckEdits::withNewConcept)));

        form.getChildren().add(section("Misconceptions: wrong ideas that cost credit"));
        for (int i = 0; i < rubric.misconceptions().size(); i++) {
            form.getChildren().add(misconceptionCard(i, rubric.misconceptions().get(i)));
        }
        form.getChildren().add(smallButton("Add misconception", "add-misconception",
                e -> structuralQuestion(DeckEdits::withNewMisconception)));

        form.getChildren().add(section("Graded sample answers"));
        for (int i = 0; i < q.samples().size(); i++) form.getChildren().add(sampleCard(i, q.samples().get(i)));
        form.getChildren().add(smallButton("Add sample answer", "add-sample", e -> structuralQuestion(x ->
                DeckEdits.withSamples(x, DeckEdits.appended(x.samples(), new SampleAnswer("A student's answer.", 2, ""))))));

        if (focused != null) {
            Node again = form.lookup("#" + focused);
            if (again != null) {
                again.requestFocus();
                if (again instanceof TextInputControl text) text.positionCaret(text.getLength());
            }
        }
    }

    private Node pointRow(int i, String point, int count) {
        TextArea text = textArea("point-" + i, point, 2, value -> editQuestion("point" + i,
                x -> DeckEdits.withAnswer(x, DeckEdits.withPoints(x.answer(), DeckEdits.replaced(x.answer().points(), i, value)))));
        HBox.setHgrow(text, Priority.ALWAYS);
        Label number = new Label((i + 1) + ".");
        Button up = smallButton("↑", "point-" + i + "-up", e -> movePoint(i, i - 1));
        Button down = smallButton("↓", "point-" + i + "-down", e -> movePoint(i, i + 1));
        up.setDisable(i == 0);
        down.setDisable(i == count - 1);
        Button remove = smallButton("Remove", "point-" + i + "-remove", e -> structuralQuestion(x ->
                DeckEdits.withAnswer(x, DeckEdits.withPoints(x.answer(), DeckEdits.removed(x.answer().points(), i)))));
        HBox row = new HBox(6, number, text, up, down, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void movePoint(int from, int to) {
        structuralQuestion(x -> DeckEdits.withAnswer(x, DeckEdits.withPoints(x.answer(),
                DeckEdits.moved(x.answer().points(), from, to))));
    }

    private void editRubric(String key, UnaryOperator<Rubric> change) {
        editQuestion(key, x -> DeckEdits.withRubric(x, change.apply(DeckEdits.rubricOf(x))));
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
        editQuestion("sample" + i + "." + key, x -> DeckEdits.withSamples(x,
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
        Button remove = smallButton("Remove", id + "-remove", e -> structuralQuestion(x -> DeckEdits.withRubric(x,
                DeckEdits.withConcepts(DeckEdits.rubricOf(x), DeckEdits.removed(DeckEdits.rubricOf(x).concepts(), i)))));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox settings = new HBox(10, fixed(new Label("Weight")), weight, fixed(required), fixed(anyOrder), gap, remove);
        settings.setAlignment(Pos.CENTER_LEFT);
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
        Button remove = smallButton("Remove", id + "-remove", e -> structuralQuestion(x -> DeckEdits.withRubric(x,
                DeckEdits.withMisconceptions(DeckEdits.rubricOf(x), DeckEdits.removed(DeckEdits.rubricOf(x).misconceptions(), i)))));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        CheckBox anyOrder = anyOrderBox(id, m.anyOrder(),
                now -> editMisconception(i, "anyOrder", x -> DeckEdits.withAnyOrder(x, now)));
        HBox settings = new HBox(10, fixed(new Label("Penalty")), penalty, fixed(anyOrder), gap, remove);
        settings.setAlignment(Pos.CENTER_LEFT);
        TextArea phrasings = textArea(id + "-phrasings", String.join("\n", m.phrasings()), 3,
                text -> editMisconception(i, "phrasings", x -> DeckEdits.withPhrasings(x, split(text, "\n"))));
        return card(label, settings, caption("Phrasings, one per line"), phrasings);
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
        Button remove = smallButton("Remove", id + "-remove", e -> structuralQuestion(x ->
                DeckEdits.withSamples(x, DeckEdits.removed(x.samples(), i))));
        HBox top = new HBox(8, fixed(new Label("Grade (0-4)")), grade, note, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        TextArea answer = textArea(id + "-answer", s.answer(), 2,
                text -> editSample(i, "answer", x -> DeckEdits.withAnswerText(x, text)));
        return card(top, answer);
    }

    // ---------------------------------------------------------------- save and close

    /** Saves in place, or for a bundled deck as a copy under a new id. @return whether it was saved */
    boolean save() {
        List<String> found = DeckEdits.problems(deck());
        if (!found.isEmpty()) {
            message(Alert.AlertType.ERROR, "The deck has problems and was not saved", String.join("\n", found));
            return false;
        }
        return readOnly ? saveCopy() : saveInPlace(lastRead);
    }

    private boolean saveInPlace(Deck expectedOnDisk) {
        try {
            DeckFolder.Saved saved = folder.save(deck(), true, expectedOnDisk);
            history = history.markSaved();
            return saved(saved);
        } catch (DeckChangedException e) {
            // Someone changed the file since it was opened: overwrite, keep both, or stop and look.
            ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.YES);
            ButtonType copy = new ButtonType("Save as a copy", ButtonBar.ButtonData.NO);
            Alert ask = new Alert(Alert.AlertType.WARNING, "Overwrite replaces the file's new content with your version; "
                    + "Save as a copy keeps both as separate decks.", overwrite, copy, ButtonType.CANCEL);
            if (root.getScene() != null) ask.initOwner(root.getScene().getWindow());
            // Enter keeps both versions: overwriting the other change must be chosen, not fallen into.
            ((Button) ask.getDialogPane().lookupButton(overwrite)).setDefaultButton(false);
            ((Button) ask.getDialogPane().lookupButton(copy)).setDefaultButton(true);
            ask.setTitle("Deck changed on disk");
            ask.setHeaderText(e.file() + " was changed outside the editor since you opened it.");
            ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
            if (answer == overwrite) return saveInPlace(null);
            if (answer == copy) return saveCopy();
            return false;
        } catch (DeckFolderException e) {
            message(Alert.AlertType.ERROR, "Could not save the deck", e.getMessage());
            return false;
        }
    }

    private boolean saveCopy() {
        Optional<String> newId = askCopyId();
        if (newId.isEmpty()) return false;
        String oldId = deck().id();
        Deck copy = DeckEdits.withTitle(DeckEdits.withId(deck(), newId.get()), deck().title() + " (copy)");
        try {
            DeckFolder.Saved saved = folder.save(copy, false);
            readOnly = false;
            history = EditHistory.of(saved.deck());
            if (askKeepHistory()) moveHistory.accept(oldId, saved.deck().id());
            rebuildForm(); // the form shows the copy's id and title from now on
            return saved(saved);
        } catch (DeckFolderException e) {
            message(Alert.AlertType.ERROR, "Could not save the deck", e.getMessage());
            return false;
        }
    }

    private boolean saved(DeckFolder.Saved saved) {
        lastRead = saved.deck();
        afterChange(false);
        status.setText("Saved to " + saved.file() + ".");
        onSaved.accept(saved.deck());
        return true;
    }

    /** Whether the copy takes over the learner's reviews of the original (the original then starts afresh). */
    private boolean askKeepHistory() {
        ButtonType keep = new ButtonType("Keep my history", ButtonBar.ButtonData.YES);
        ButtonType fresh = new ButtonType("Start afresh", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Your reviews of \u201c" + lastReadTitle()
                + "\u201d can go on with the copy: the same questions keep their schedule and history, and the bundled"
                + " deck starts again as new. Or the copy starts afresh and the bundled deck keeps them.", keep, fresh);
        if (root.getScene() != null) ask.initOwner(root.getScene().getWindow());
        ask.setTitle("Keep your review history?");
        ask.setHeaderText("Continue your reviews with the copy?");
        ask.getDialogPane().setId("keep-history-dialog");
        return ask.showAndWait().orElse(fresh) == keep;
    }

    private String lastReadTitle() {
        return deck().title().endsWith(" (copy)") ? deck().title().substring(0, deck().title().length() - 7) : deck().title();
    }

    private Optional<String> askCopyId() {
        String suggestion = DeckEdits.freshId(deck().id() + "-copy-", List.of());
        TextInputDialog ask = new TextInputDialog(suggestion.substring(0, suggestion.length() - 2));
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle("Save a copy");
        ask.setHeaderText("Bundled decks are read-only. Save your version as a new deck in " + folder.path() + ".");
        ask.setContentText("Id of the new deck:");
        ask.getEditor().setId("copy-id");
        return ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Leaves the editor; unsaved edits are saved or discarded as the learner chooses. */
    void close() {
        if (!mayLeave()) return;
        rubricTest.close();
        onClose.run();
    }

    /**
     * Whether the editor may go away (the app closing, or Back): true when nothing is unsaved, or the learner
     * saved or discarded the edits; false when they cancelled.
     */
    public boolean mayLeave() {
        if (!history.unsaved()) return true;
        ButtonType saveButton = new ButtonType(readOnly ? "Save a copy" : "Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", saveButton, discard, ButtonType.CANCEL);
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Save your changes to \"" + deck().title() + "\"?");
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == ButtonType.CANCEL) return false;
        return answer == discard || save();
    }

    private void message(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type);
        if (root.getScene() != null) alert.initOwner(root.getScene().getWindow());
        alert.setHeaderText(header);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setMaxWidth(560);
        alert.getDialogPane().setContent(content);
        alert.showAndWait();
    }

    // ---------------------------------------------------------------- small builders

    private static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Never squeezed into an ellipsis. */
    private static <T extends Region> T fixed(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TITLE_4, "editor-section");
        return label;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }

    private static Node field(String name, Node input) {
        return new VBox(4, caption(name), input);
    }

    private static VBox card(Node... children) {
        VBox box = new VBox(6, children);
        box.getStyleClass().add("editor-card");
        box.setPadding(new Insets(10));
        return box;
    }

    private static Button smallButton(String text, String id, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setOnAction(action);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** "Any order" for a concept's or a misconception's phrasings. */
    private static CheckBox anyOrderBox(String cardId, boolean selected, Consumer<Boolean> onEdit) {
        return checkBox("Any order", cardId + "-anyorder", selected, "The words of a phrasing may come in any order", onEdit);
    }

    private static CheckBox checkBox(String text, String id, boolean selected, String tip, Consumer<Boolean> onEdit) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setSelected(selected);
        box.setTooltip(new Tooltip(tip));
        box.selectedProperty().addListener((o, was, now) -> onEdit.accept(now));
        return box;
    }

    private static TextField textField(String id, String value, Consumer<String> onEdit) {
        TextField field = new TextField(value);
        field.setId(id);
        field.textProperty().addListener((o, was, now) -> onEdit.accept(now));
        return field;
    }

    private static TextArea textArea(String id, String value, int rows, Consumer<String> onEdit) {
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
    private static TextField numberField(String id, double value, java.util.function.DoubleConsumer onEdit) {
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
}
