package dev.latent.ui.editor;

import atlantafx.base.theme.Styles;
import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckFolder;
import dev.latent.deck.edit.EditHistory;
import dev.latent.store.PersonalSample;
import dev.latent.ui.common.Pages;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
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

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The deck editor: questions on the left ({@link QuestionListPane}), the selected question's prompt, model answer,
 * tags, rubric and graded samples in the middle ({@link QuestionForm}, {@link RubricCards}), the live rubric test
 * and validation on the right ({@link RubricTestPane}). What is being edited lives in an {@link EditorModel}: every
 * change goes through an {@link EditHistory}, so Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo across fields;
 * saving ({@link EditorSaveFlow}) writes the deck atomically into the user deck folder. Bundled decks can be edited
 * in memory and saved only as a copy. Deck text is shown in labels and text fields only, never as HTML.
 */
public final class DeckEditorView {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final EditorModel model;
    private final Runnable onClose;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final QuestionListPane questions;
    private final QuestionForm form;
    private final EditorSaveFlow saving;
    private final Button back = new Button("\u2190 Decks");

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
     * @param moveHistory moves the learner's review history from a deck id to a copy's (old id, new id)
     */
    public DeckEditorView(Deck deck, boolean readOnly, DeckFolder folder, Consumer<Deck> onSaved, Runnable onClose,
                          List<PersonalSample> learnerSamples, BiConsumer<String, String> moveHistory) {
        this.model = new EditorModel(deck, readOnly, learnerSamples, new RubricTestRunner());
        this.onClose = onClose;
        this.saving = new EditorSaveFlow(model, folder, onSaved, moveHistory, root);
        this.questions = new QuestionListPane(model);
        this.form = new QuestionForm(model);
        root.getStylesheets().add(DeckEditorView.class.getResource("editor.css").toExternalForm());
        root.getStyleClass().add("deck-editor");
        Node toolbar = toolbar();
        root.setTop(toolbar);
        root.setLeft(questions.node());
        ScrollPane formScroll = new ScrollPane(form.node());
        formScroll.setFitToWidth(true);
        formScroll.getStyleClass().add("editor-form-scroll");
        root.setCenter(formScroll);
        VBox side = new VBox(16, new RubricTestPane(model).node(), validation());
        side.getStyleClass().add("editor-side");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setPrefWidth(330);
        sideScroll.setMinWidth(260);
        root.setRight(sideScroll);
        // Large text on a small screen leaves no room for three columns: the questions, the form and the rubric test
        // then follow one another in one scrolling column, under the title and its buttons, which scroll away with
        // them rather than take half the window (Ctrl+S and Ctrl+Z still work).
        VBox stacked = new VBox(16);
        ScrollPane stackedScroll = new ScrollPane(stacked);
        stackedScroll.setFitToWidth(true);
        stackedScroll.getStyleClass().add("editor-form-scroll");
        root.widthProperty().addListener((o, old, width) -> {
            double em = status.getFont().getSize();
            boolean narrow = width.doubleValue() > 0 && width.doubleValue() < 62 * em;
            boolean isNarrow = root.getCenter() == stackedScroll;
            if (narrow == isNarrow) return;
            Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (narrow) {
                root.setLeft(null);
                root.setRight(null);
                formScroll.setContent(null);
                sideScroll.setContent(null);
                questions.setListHeight(10 * em);
                root.setTop(null);
                stacked.getChildren().setAll(toolbar, questions.node(), form.node(), side);
                root.setCenter(stackedScroll);
            } else {
                stacked.getChildren().clear();
                root.setTop(toolbar);
                formScroll.setContent(form.node());
                sideScroll.setContent(side);
                questions.setListHeight(Region.USE_COMPUTED_SIZE);
                root.setLeft(questions.node());
                root.setCenter(formScroll);
                root.setRight(sideScroll);
            }
            // The moved fields join the window only with their scroll pane's skin: made now, the field the learner
            // was in (or focusStart's, when this runs as the editor opens) keeps the focus, and with it Ctrl+S and
            // Esc, which only reach the editor while the focus is inside it.
            root.applyCss();
            if (focused != null && focused.getScene() != null && isInside(focused)) focused.requestFocus();
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    public Node node() {
        return root;
    }

    private boolean isInside(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == root) return true;
        }
        return false;
    }

    /**
     * The question's prompt takes the focus, so the editor's keys (Ctrl+S, Esc) work at once, and it is scrolled into
     * view: at large text it sits in the one scrolling column, under the question list.
     */
    public void focusStart() {
        Platform.runLater(() -> {
            if (root.getScene() == null) return;
            // Laid out first: that is when large text moves the fields into the one column, where they take the focus.
            root.getScene().getRoot().applyCss();
            root.getScene().getRoot().layout();
            Node prompt = form.node().lookup("#prompt");
            Node first = prompt != null ? prompt : questions.list();
            first.requestFocus();
            for (Node at = first.getParent(); at != null; at = at.getParent()) {
                if (at instanceof ScrollPane scroll) {
                    Pages.scrollIntoView(scroll, first);
                    break;
                }
            }
        });
    }

    /** Shows the question with this id in the form (the reviewer's E, the browser's "Edit"); false if the deck has none. */
    public boolean showQuestion(String questionId) {
        if (!model.selectQuestion(questionId)) return false;
        questions.scrollToSelected();
        return true;
    }

    /**
     * Proposes words from a learner's answer as a new phrasing of a concept: selects the question and adds the
     * phrasing as an ordinary, undoable edit, so the live test shows its effect before anything is saved.
     */
    public void propose(String questionId, String conceptId, String phrasing) {
        model.propose(questionId, conceptId, phrasing);
    }

    /** Names where leaving goes, on the back button ("Decks", or "Review" when opened from the reviewer). */
    public void backTo(String where) {
        back.setText("\u2190 " + where);
    }

    /** The deck as edited so far. */
    public Deck deck() {
        return model.deck();
    }

    /**
     * The deck that took over this deck's review history ("Save a copy", "Keep my history"), if one did while this
     * editor was open: where the learner goes on studying.
     */
    public Optional<String> historyNowIn(String deckId) {
        return saving.historyNowIn(deckId);
    }

    /** The copy of this deck saved with "Start afresh" while this editor was open, if one was: it holds the edits. */
    public Optional<Deck> copyStartedAfresh(String deckId) {
        return saving.copyStartedAfresh(deckId);
    }

    /**
     * Whether the editor may go away (the app closing, or Back): true when nothing is unsaved, or the learner
     * saved or discarded the edits; false when they cancelled.
     */
    public boolean mayLeave() {
        return saving.mayLeave();
    }

    // ---------------------------------------------------------------- frame

    private Node toolbar() {
        back.setId("editor-back");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(e -> close());
        Pages.escapeLeaves(root, this::close);
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setId("editor-heading");
        // Read through the property: a property nobody reads stays invalid and tells its listeners only once, so a
        // heading computed from model.deck() kept the first title (after "Save a copy", the original's).
        heading.textProperty().bind(Bindings.createStringBinding(() -> "Edit deck: " + model.deckProperty().get().title(), model.deckProperty()));
        status.setId("editor-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        Button undo = new Button("Undo");
        undo.setId("editor-undo");
        undo.setTooltip(new Tooltip("Undo (Ctrl+Z)"));
        undo.setOnAction(e -> undo());
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = new Button("Redo");
        redo.setId("editor-redo");
        redo.setTooltip(new Tooltip("Redo (Ctrl+Shift+Z or Ctrl+Y)"));
        redo.setOnAction(e -> redo());
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button save = new Button();
        save.setId("editor-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> saving.save());
        save.textProperty().bind(Bindings.when(model.readOnlyProperty()).then("Save a copy...").otherwise("Save"));
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
        return Pages.twoLinesWhenNarrow(left, right, "editor-toolbar");
    }

    private Node validation() {
        Label problems = new Label();
        problems.setId("problems");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        Runnable show = () -> {
            List<String> found = model.problems();
            problems.setText(found.isEmpty() ? "No problems: the deck saves as valid JSON." : String.join("\n", found));
            problems.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            problems.getStyleClass().add(found.isEmpty() ? Styles.SUCCESS : Styles.DANGER);
        };
        model.problems().addListener((javafx.collections.ListChangeListener<String>) change -> show.run());
        show.run();
        Label title = new Label("Validation");
        title.getStyleClass().add(Styles.TITLE_4);
        return new VBox(6, title, problems);
    }

    // ---------------------------------------------------------------- undo, redo, keys

    void undo() {
        Caret at = caretBefore();
        if (model.undo()) at.restore();
    }

    void redo() {
        Caret at = caretBefore();
        if (model.redo()) at.restore();
    }

    /** Saves in place, or for a bundled deck as a copy. @return whether it was saved */
    boolean save() {
        return saving.save();
    }

    /** The field being edited and its text, so that after an undo the caret goes back to where the text changed. */
    private record Caret(Node form, String id, String text) {
        void restore() {
            if (id == null) return;
            if (form.lookup("#" + id) instanceof TextInputControl field) {
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
        if (owner instanceof TextInputControl field && field.getId() != null) {
            return new Caret(form.node(), field.getId(), field.getText());
        }
        return new Caret(form.node(), null, null);
    }

    private void shortcut(KeyEvent e) {
        // A filter, so the text fields' own undo (one field only) never sees these keys.
        if (REDO.match(e) || REDO_Y.match(e)) redo();
        else if (UNDO.match(e)) undo();
        else if (SAVE.match(e)) saving.save();
        else return;
        e.consume();
    }

    /** Leaves the editor; unsaved edits are saved or discarded as the learner chooses. */
    void close() {
        if (!saving.mayLeave()) return;
        model.rubricTest().close();
        onClose.run();
    }
}
