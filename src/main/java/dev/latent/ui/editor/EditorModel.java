package dev.latent.ui.editor;

import dev.latent.deck.Concept;
import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.deck.edit.DeckEdits;
import dev.latent.deck.edit.EditHistory;
import dev.latent.store.PersonalSample;
import dev.latent.study.LearnerSamples;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the deck editor is editing, without any of its controls: the deck (through an {@link EditHistory}, so every
 * change can be undone), the selected question, whether there are unsaved changes, the validation problems, the
 * status line and the live rubric test. The editor's parts observe its properties; everything here runs on the UI
 * thread and can be tested without a stage.
 *
 * <p>{@link #changesProperty()} counts finished changes: its listeners see every other property already updated.
 * {@link #formRevisionProperty()} counts the changes that add, remove or move parts, or show another question:
 * the form is then built again rather than left as typed.
 */
final class EditorModel {

    private final List<PersonalSample> learnerSamples;
    private final RubricTestRunner rubricTest;
    private EditHistory history;
    /** The deck as its file held it when opened or last saved here: saving over anything else asks first. */
    private Deck lastRead;

    private final ReadOnlyObjectWrapper<Deck> deck = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper formRevision = new ReadOnlyIntegerWrapper();

    /**
     * @param readOnly a bundled deck: it can only be saved as a copy under a new id
     * @param learnerSamples the learner's own graded answers to this deck: the rubric test counts them with the deck's
     */
    EditorModel(Deck deck, boolean readOnly, List<PersonalSample> learnerSamples, RubricTestRunner rubricTest) {
        this.learnerSamples = List.copyOf(learnerSamples);
        this.rubricTest = rubricTest;
        this.history = EditHistory.of(deck);
        this.lastRead = readOnly ? null : deck;
        this.readOnly.set(readOnly);
        afterChange(true);
    }

    // ---------------------------------------------------------------- state

    Deck deck() {
        return history.current();
    }

    ReadOnlyObjectProperty<Deck> deckProperty() {
        return deck.getReadOnlyProperty();
    }

    int selected() {
        return selected.get();
    }

    ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    Question selectedQuestion() {
        return deck().questions().get(Math.max(0, Math.min(selected(), deck().size() - 1)));
    }

    /** Whether there are changes not saved yet. */
    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    boolean isDirty() {
        return dirty.get();
    }

    ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    boolean isReadOnly() {
        return readOnly.get();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The line under the heading: read-only or not, unsaved or saved, or what was just done. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The deck's validation problems: empty when it saves as valid JSON. */
    ObservableList<String> problems() {
        return problemsView;
    }

    ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty formRevisionProperty() {
        return formRevision.getReadOnlyProperty();
    }

    RubricTestRunner rubricTest() {
        return rubricTest;
    }

    /** The deck last read from or written to its file; null for a bundled deck not saved yet. */
    Deck lastRead() {
        return lastRead;
    }

    // ---------------------------------------------------------------- selection

    /** Shows another question; no edit. */
    void select(int question) {
        if (question < 0 || question >= deck().size() || question == selected()) return;
        selected.set(question);
        formRevision.set(formRevision.get() + 1);
        changes.set(changes.get() + 1);
    }

    /** Selects the question with this id; false if the deck has none. */
    boolean selectQuestion(String questionId) {
        for (int q = 0; q < deck().size(); q++) {
            if (!deck().questions().get(q).id().equals(questionId)) continue;
            select(q);
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- edits

    /** A change typed into a field: one undo step per burst with the same key; the form is left as it is. */
    void edit(String key, UnaryOperator<Deck> change) {
        history = history.edit(change.apply(deck()), key);
        afterChange(false);
    }

    /** A change that adds, removes or moves parts: its own undo step, and the form is built again. */
    void structural(UnaryOperator<Deck> change) {
        history = history.edit(change.apply(deck()), null);
        afterChange(true);
    }

    /** A typed change to the selected question; {@code key} names the field within it. */
    void editQuestion(String key, UnaryOperator<Question> change) {
        int at = selected();
        edit("q" + at + "." + key, d -> DeckEdits.withQuestion(d, at, change));
    }

    void structuralQuestion(UnaryOperator<Question> change) {
        int at = selected();
        structural(d -> DeckEdits.withQuestion(d, at, change));
    }

    /** Adds a question at the end and selects it. */
    void addQuestion() {
        history = history.edit(DeckEdits.withNewQuestion(deck()), null);
        selected.set(deck().size() - 1);
        afterChange(true);
    }

    /** Removes the selected question (never the last one left: a deck needs a question). */
    void removeQuestion() {
        if (deck().size() <= 1) return;
        int at = selected();
        selected.set(Math.max(0, at - 1));
        structural(d -> DeckEdits.withQuestions(d, DeckEdits.removed(d.questions(), at)));
    }

    /** Moves the selected question up (-1) or down (1), keeping it selected. */
    void moveQuestion(int by) {
        int from = selected();
        int to = from + by;
        if (to < 0 || to >= deck().size()) return;
        selected.set(to);
        structural(d -> DeckEdits.withQuestions(d, DeckEdits.moved(d.questions(), from, to)));
    }

    /**
     * Proposes words from a learner's answer as a new phrasing of a concept: selects the question and adds the
     * phrasing as an ordinary, undoable edit. @return whether the deck has that concept
     */
    boolean propose(String questionId, String conceptId, String phrasing) {
        for (int q = 0; q < deck().size(); q++) {
            if (!deck().questions().get(q).id().equals(questionId) || deck().questions().get(q).rubric() == null) continue;
            List<Concept> concepts = deck().questions().get(q).rubric().concepts();
            for (int c = 0; c < concepts.size(); c++) {
                if (!concepts.get(c).id().equals(conceptId)) continue;
                selected.set(q);
                int at = c;
                String words = phrasing.strip();
                structuralQuestion(question -> DeckEdits.withRubric(question, DeckEdits.withConcepts(question.rubric(),
                        DeckEdits.replaced(question.rubric().concepts(), at, DeckEdits.withPhrasings(concepts.get(at),
                                DeckEdits.appended(concepts.get(at).phrasings(), words))))));
                status.set("Proposed from your answer: \u201c" + words + "\u201d as a phrasing of \u201c"
                        + concepts.get(at).label() + "\u201d. The rubric test counts your graded answers; save to keep it.");
                return true;
            }
        }
        return false;
    }

    boolean undo() {
        if (!history.canUndo()) return false;
        history = history.undo();
        afterChange(true);
        return true;
    }

    boolean redo() {
        if (!history.canRedo()) return false;
        history = history.redo();
        afterChange(true);
        return true;
    }

    // ---------------------------------------------------------------- saving

    /** The deck was written to its own file: nothing unsaved any more. */
    void savedInPlace(Deck asWritten, String where) {
        history = history.markSaved();
        saved(asWritten, where, false);
    }

    /** The deck was written as a new deck (a copy): the editor edits the copy from now on, saved in place. */
    void savedAsCopy(Deck copy, String where) {
        readOnly.set(false);
        history = EditHistory.of(copy);
        saved(copy, where, true); // the form shows the copy's id and title from now on
    }

    private void saved(Deck asWritten, String where, boolean rebuildForm) {
        lastRead = asWritten;
        afterChange(rebuildForm);
        status.set("Saved to " + where + ".");
    }

    // ---------------------------------------------------------------- after each change

    private void afterChange(boolean rebuildForm) {
        Deck now = deck();
        selected.set(Math.max(0, Math.min(selected(), now.size() - 1)));
        deck.set(now);
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        dirty.set(history.unsaved());
        status.set((isReadOnly() ? "Bundled with the app: read-only. Save a copy to keep your changes. " : "")
                + (isDirty() ? "Unsaved changes." : isReadOnly() ? "" : "Saved."));
        List<String> found = DeckEdits.problems(now);
        if (!problems.equals(found)) problems.setAll(found);
        if (rebuildForm) formRevision.set(formRevision.get() + 1);
        changes.set(changes.get() + 1);
        rubricTest.schedule(LearnerSamples.withSamples(now, learnerSamples));
    }
}
