package dev.latent.ui.editor;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.deck.edit.DeckEdits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor's model without a stage (nor the JavaFX toolkit): edits, undo and redo, selection, dirty state,
 * validation problems, saving, and the live rubric test, whose results are handed to a queue the test drains as
 * the JavaFX thread would.
 */
class EditorModelTest {

    private static final Deck BUNDLED = DeckLibrary.loadAll(null).deck("autoencoders-gans").orElseThrow();

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
    /** What the runner posts to the UI thread; run by {@link #awaitRubricTest}. */
    private final ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
    private final RubricTestRunner runner = new RubricTestRunner(Duration.ZERO, worker, ui::add);

    @AfterEach
    void stop() {
        runner.close();
    }

    private EditorModel model(boolean readOnly) {
        return new EditorModel(BUNDLED, readOnly, List.of(), runner);
    }

    /** Waits for the runs scheduled so far, then publishes their results, as the JavaFX thread would. */
    private void awaitRubricTest() throws Exception {
        worker.submit(() -> { }).get(30, TimeUnit.SECONDS); // the worker runs one task at a time, in order
        for (Runnable post; (post = ui.poll()) != null; ) post.run();
    }

    @Test
    void theLiveTestNamesPhrasingsThatNeverMatchEvenWithoutGradedSamples() {
        var question = BUNDLED.questions().get(0);
        var concept = question.rubric().concepts().get(0);
        var rubric = new dev.latent.deck.Rubric(List.of(DeckEdits.withPhrasings(concept,
                List.of(concept.phrasings().get(0), "instead of compression"))), List.of());
        var unsampled = DeckEdits.withQuestions(BUNDLED, List.of(DeckEdits.withSamples(DeckEdits.withRubric(question, rubric),
                List.of())));
        RubricTestRunner.Result result = RubricTestRunner.run(unsampled);
        assertTrue(result.report().isEmpty(), "no graded samples: no agreement to report");
        List<String> warnings = result.models().get(0).warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("\"instead of compression\" holds \"instead\""), warnings.get(0));
    }

    @Test
    void startsOnTheFirstQuestionSavedAndValid() {
        EditorModel model = model(false);
        assertEquals(0, model.selected());
        assertEquals(BUNDLED, model.deck());
        assertFalse(model.isDirty());
        assertFalse(model.canUndoProperty().get());
        assertEquals(List.of(), model.problems());
        assertEquals("Saved.", model.statusProperty().get());
    }

    @Test
    void aTypedEditMakesItDirtyAndUndoRedoGoBackAndForth() {
        EditorModel model = model(false);
        List<Boolean> dirtySeen = new ArrayList<>();
        model.dirtyProperty().addListener((o, was, now) -> dirtySeen.add(now));
        int formBefore = model.formRevisionProperty().get();

        model.editQuestion("prompt", q -> DeckEdits.withPrompt(q, "New wording?"));
        model.editQuestion("prompt", q -> DeckEdits.withPrompt(q, "New wording, longer?"));
        assertEquals("New wording, longer?", model.deck().questions().get(0).prompt());
        assertTrue(model.isDirty());
        assertEquals("Unsaved changes.", model.statusProperty().get());
        assertEquals(formBefore, model.formRevisionProperty().get(), "typing leaves the form as it is");

        assertTrue(model.undo());
        assertEquals(BUNDLED.questions().get(0).prompt(), model.deck().questions().get(0).prompt(),
                "one undo step for a burst of typing in one field");
        assertFalse(model.isDirty(), "back at the saved deck");
        assertTrue(model.formRevisionProperty().get() > formBefore, "undo rebuilds the form");
        assertFalse(model.undo(), "nothing more to undo");

        assertTrue(model.redo());
        assertEquals("New wording, longer?", model.deckProperty().get().questions().get(0).prompt());
        assertEquals(List.of(true, false, true), dirtySeen);
    }

    @Test
    void validationProblemsFollowTheDeck() {
        EditorModel model = model(false);
        model.editQuestion("prompt", q -> DeckEdits.withPrompt(q, "   "));
        assertEquals(1, model.problems().size());
        assertTrue(model.problems().get(0).startsWith("questions[0].prompt: "), model.problems().get(0));
        model.undo();
        assertEquals(List.of(), model.problems());
    }

    @Test
    void questionsAreAddedMovedAndRemovedKeepingTheSelectionOnTheSameQuestion() {
        EditorModel model = model(false);
        int size = BUNDLED.size();
        model.addQuestion();
        assertEquals(size + 1, model.deck().size());
        assertEquals(size, model.selected(), "the new question is selected");

        model.select(1);
        String second = model.selectedQuestion().id();
        model.moveQuestion(-1);
        assertEquals(0, model.selected());
        assertEquals(second, model.selectedQuestion().id(), "the moved question stays selected");
        model.moveQuestion(-1);
        assertEquals(second, model.deck().questions().get(0).id(), "nothing moves above the top");

        model.select(size);
        model.removeQuestion();
        assertEquals(size, model.deck().size());
        assertEquals(size - 1, model.selected(), "the one before the removed question");
    }

    @Test
    void theLastQuestionIsNeverRemoved() {
        EditorModel model = new EditorModel(DeckEdits.withQuestions(BUNDLED, BUNDLED.questions().subList(0, 1)), false,
                List.of(), runner);
        model.removeQuestion();
        assertEquals(1, model.deck().size());
        assertFalse(model.isDirty());
    }

    @Test
    void selectingByIdShowsThatQuestionAndUnknownIdsChangeNothing() {
        EditorModel model = model(false);
        String third = BUNDLED.questions().get(2).id();
        int form = model.formRevisionProperty().get();
        assertTrue(model.selectQuestion(third));
        assertEquals(2, model.selected());
        assertEquals(form + 1, model.formRevisionProperty().get(), "the form shows the other question");
        assertFalse(model.selectQuestion("no-such-question"));
        assertEquals(2, model.selected());
    }

    @Test
    void aProposedPhrasingIsAnUndoableEditOfThatConcept() {
        EditorModel model = model(false);
        var question = BUNDLED.questions().get(1);
        var concept = question.rubric().concepts().get(0);
        assertTrue(model.propose(question.id(), concept.id(), "  squeezes the input  "));
        assertEquals(1, model.selected());
        assertEquals("squeezes the input", model.deck().questions().get(1).rubric().concepts().get(0).phrasings()
                .get(concept.phrasings().size()));
        assertTrue(model.statusProperty().get().startsWith("Proposed from your answer: \u201csqueezes the input\u201d"));
        model.undo();
        assertEquals(BUNDLED, model.deck());
        assertFalse(model.propose(question.id(), "no-such-concept", "x"));
    }

    @Test
    void aBundledDeckIsReadOnlyUntilSavedAsACopy() {
        EditorModel model = model(true);
        assertTrue(model.isReadOnly());
        assertNull(model.lastRead(), "never read from a file of the learner's");
        assertEquals("Bundled with the app: read-only. Save a copy to keep your changes. ", model.statusProperty().get());
        model.edit("title", d -> DeckEdits.withTitle(d, "Mine"));
        assertEquals("Bundled with the app: read-only. Save a copy to keep your changes. Unsaved changes.",
                model.statusProperty().get());

        Deck copy = DeckEdits.withId(model.deck(), "mine");
        int form = model.formRevisionProperty().get();
        model.savedAsCopy(copy, "/decks/mine.json");
        assertFalse(model.isReadOnly());
        assertFalse(model.isDirty());
        assertFalse(model.canUndoProperty().get(), "the copy starts its own history");
        assertEquals(copy, model.lastRead());
        assertEquals("Saved to /decks/mine.json.", model.statusProperty().get());
        assertTrue(model.formRevisionProperty().get() > form, "the form shows the copy's id");
    }

    @Test
    void savingInPlaceClearsTheDirtyStateButKeepsUndo() {
        EditorModel model = model(false);
        model.edit("title", d -> DeckEdits.withTitle(d, "Renamed"));
        model.savedInPlace(model.deck(), "/decks/x.json");
        assertFalse(model.isDirty());
        assertEquals(model.deck(), model.lastRead());
        assertTrue(model.canUndoProperty().get());
        model.undo();
        assertTrue(model.isDirty(), "undoing past the save is a change again");
    }

    @Test
    void theRubricTestFollowsTheLatestDeckOnly() throws Exception {
        EditorModel model = model(false);
        assertTrue(runner.checkingProperty().get(), "the first run is due");
        awaitRubricTest();
        assertFalse(runner.checkingProperty().get());
        RubricTestRunner.Result first = runner.resultProperty().get();
        assertTrue(first.report().isPresent(), first.problem());

        // Two edits in a row: the first one's run is for an older deck and is dropped.
        model.editQuestion("rubric", q -> DeckEdits.withRubric(q, DeckEdits.withConcepts(q.rubric(),
                DeckEdits.replaced(q.rubric().concepts(), 0, DeckEdits.withPhrasings(q.rubric().concepts().get(0),
                        List.of("zzqx nothing matches this"))))));
        model.edit("title", d -> DeckEdits.withTitle(d, "Renamed"));
        assertTrue(runner.checkingProperty().get());
        List<RubricTestRunner.Result> published = new ArrayList<>();
        runner.resultProperty().addListener((o, was, now) -> published.add(now));
        awaitRubricTest();
        assertFalse(runner.checkingProperty().get());
        assertEquals(1, published.size(), "only the latest deck's result is shown");
        assertNotEquals(first.report().get().overall(), published.get(0).report().get().overall(),
                "the rubric test follows the edit");
    }

    @Test
    void withoutGradedSamplesTheRubricTestSaysWhyItDidNotRun() throws Exception {
        Deck noSamples = DeckEdits.withQuestions(BUNDLED, BUNDLED.questions().stream()
                .map(q -> DeckEdits.withSamples(q, List.of())).toList());
        new EditorModel(noSamples, false, List.of(), runner);
        awaitRubricTest();
        RubricTestRunner.Result result = runner.resultProperty().get();
        assertTrue(result.report().isEmpty());
        assertFalse(result.problem().isBlank(), "a reason is given");
        assertEquals(BUNDLED.size(), result.models().size(), "the model answers are still checked");
    }
}
