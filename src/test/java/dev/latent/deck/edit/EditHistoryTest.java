package dev.latent.deck.edit;

import dev.latent.deck.Concept;
import dev.latent.deck.Deck;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.deck.Rubric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditHistoryTest {

    static Deck deck() {
        Rubric rubric = new Rubric(List.of(new Concept("k1", "Latent space", 1, true, List.of("latent space"), false)),
                List.of());
        return new Deck("tiny", "Tiny", "", List.of(new Question("q1", "What is a latent space?",
                new ModelAnswer("A compressed space.", List.of(), ""), List.of(), rubric, List.of())), "tiny.json");
    }

    private static Deck prompt(Deck d, String text) {
        return DeckEdits.withQuestion(d, 0, q -> DeckEdits.withPrompt(q, text));
    }

    @Test
    void undoAndRedoWalkThroughTheStates() {
        Deck start = deck();
        EditHistory h = EditHistory.of(start);
        assertFalse(h.canUndo());
        assertFalse(h.unsaved());
        h = h.edit(prompt(h.current(), "A"), null);
        h = h.edit(DeckEdits.withTitle(h.current(), "Renamed"), null);
        assertTrue(h.unsaved());

        h = h.undo();
        assertEquals("Tiny", h.current().title());
        assertEquals("A", h.current().questions().get(0).prompt());
        h = h.undo();
        assertEquals(start, h.current());
        assertFalse(h.unsaved(), "undoing back to the saved deck is clean again");
        assertFalse(h.canUndo());
        assertSame(h, h.undo());

        h = h.redo().redo();
        assertEquals("Renamed", h.current().title());
        assertFalse(h.canRedo());
    }

    @Test
    void aNewEditDropsTheRedoBranch() {
        EditHistory h = EditHistory.of(deck()).edit(prompt(deck(), "A"), null).undo();
        assertTrue(h.canRedo());
        h = h.edit(prompt(h.current(), "B"), null);
        assertFalse(h.canRedo());
        assertEquals("B", h.current().questions().get(0).prompt());
    }

    @Test
    void typingInOneFieldIsOneUndoStep() {
        EditHistory h = EditHistory.of(deck());
        for (String text : List.of("W", "Wh", "Wha", "What")) h = h.edit(prompt(h.current(), text), "q1.prompt");
        h = h.edit(DeckEdits.withTitle(h.current(), "T"), "title");
        h = h.undo();
        assertEquals("What", h.current().questions().get(0).prompt());
        h = h.undo();
        assertEquals(deck(), h.current());
        // after an undo the same field starts a new step
        h = h.edit(prompt(h.current(), "X"), "q1.prompt").edit(prompt(h.current(), "XY"), "q1.prompt");
        assertEquals(deck(), h.undo().current());
    }

    @Test
    void editsThatChangeNothingAreNotSteps() {
        EditHistory h = EditHistory.of(deck());
        assertSame(h, h.edit(deck(), null));
    }

    @Test
    void savingMovesTheCleanPoint() {
        EditHistory h = EditHistory.of(deck()).edit(prompt(deck(), "A"), null).markSaved();
        assertFalse(h.unsaved());
        assertTrue(h.undo().unsaved());
        assertTrue(h.canUndo(), "saving keeps the history");
    }

    @Test
    void editsListsAndNewParts() {
        assertEquals(List.of("b", "c", "a"), DeckEdits.moved(List.of("a", "b", "c"), 0, 2));
        assertEquals(List.of("a", "b"), DeckEdits.moved(List.of("a", "b"), 1, 2));
        assertEquals("q2", DeckEdits.freshId("q", List.of("q1", "q3")));
        Deck more = DeckEdits.withNewQuestion(deck());
        assertEquals(List.of("q1", "q2"), more.questions().stream().map(Question::id).toList());
        Question withConcept = DeckEdits.withNewConcept(more.questions().get(1));
        assertEquals("concept1", withConcept.rubric().concepts().get(0).id());
        Question none = DeckEdits.withRubric(withConcept, DeckEdits.withConcepts(withConcept.rubric(), List.of()));
        assertEquals(null, none.rubric(), "an empty rubric is no rubric");
    }

    @Test
    void problemsUseTheLoadersRulesWithoutFileOrLine() {
        assertEquals(List.of(), DeckEdits.problems(deck()));
        Deck blankPrompt = prompt(deck(), "");
        List<String> problems = DeckEdits.problems(blankPrompt);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("questions[0].prompt: "), problems.get(0));
        Deck noPhrasing = DeckEdits.withQuestion(deck(), 0, q -> DeckEdits.withRubric(q, DeckEdits.withConcepts(q.rubric(),
                List.of(DeckEdits.withPhrasings(q.rubric().concepts().get(0), List.of())))));
        assertTrue(DeckEdits.problems(noPhrasing).get(0).startsWith("questions[0].rubric.concepts[0].phrasings"),
                DeckEdits.problems(noPhrasing).toString());
    }
}
