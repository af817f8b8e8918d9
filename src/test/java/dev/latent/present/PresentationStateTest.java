package dev.latent.present;

import dev.latent.deck.Deck;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PresentationStateTest {

    private static Question question(String id, String intro, String... points) {
        return new Question(id, "Prompt " + id, new ModelAnswer(intro, List.of(points), ""), List.of(), null, List.of());
    }

    /** Two points, then an intro-only answer (one step), then three points. */
    private static final Deck DECK = new Deck("d", "Deck", "", List.of(
            question("a", "Intro a", "a1", "a2"),
            question("b", "Only an intro"),
            question("c", "", "c1", "c2", "c3")), "test");

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private static PresentationState start() {
        return PresentationState.start(PresentationPlan.of(DECK), MINUTE);
    }

    private static PresentationState next(PresentationState state, int times) {
        for (int i = 0; i < times; i++) state = state.next();
        return state;
    }

    @Test
    void revealStepsArePointsOrOneForAnAnswerWithoutPoints() {
        assertEquals(2, PresentationPlan.revealSteps(DECK.questions().get(0)));
        assertEquals(1, PresentationPlan.revealSteps(DECK.questions().get(1)));
        assertEquals(3, PresentationPlan.revealSteps(DECK.questions().get(2)));
        assertEquals(0, PresentationPlan.revealSteps(new Question("e", "?", new ModelAnswer("", List.of(), ""), List.of(), null, List.of())));
    }

    @Test
    void nextRevealsPointByPointThenMovesOnWithTheAnswerHidden() {
        PresentationState state = start();
        assertEquals(0, state.index());
        assertEquals(0, state.revealed());
        state = state.next();
        assertEquals(1, state.revealed());
        state = state.next();
        assertEquals(2, state.revealed());
        assertTrue(state.fullyRevealed());
        state = state.next();
        assertEquals(1, state.index());
        assertEquals(0, state.revealed());
        state = state.next();
        assertEquals(1, state.revealed(), "an answer without points is one step");
        state = next(state, 4);
        assertEquals(2, state.index());
        assertEquals(3, state.revealed());
        assertTrue(state.atEnd());
        assertEquals(state, state.next(), "next at the very end changes nothing");
    }

    @Test
    void previousHidesTheLastPointThenReturnsToThePreviousQuestionFullyRevealed() {
        PresentationState state = next(start(), 4); // question b, revealed 1
        assertEquals(1, state.index());
        state = state.previous();
        assertEquals(1, state.index());
        assertEquals(0, state.revealed());
        state = state.previous();
        assertEquals(0, state.index());
        assertEquals(2, state.revealed(), "back to the previous question as it was left: whole answer shown");
        state = state.previous().previous();
        assertEquals(0, state.revealed());
        assertEquals(state, state.previous(), "previous at the very start changes nothing");
    }

    @Test
    void nextAndPreviousUndoEachOtherEverywhere() {
        PresentationState state = start();
        while (!state.atEnd()) {
            PresentationState after = state.next();
            if (after.index() == state.index()) {
                assertEquals(state, after.previous());
            } else {
                // Crossing a question boundary back lands fully revealed: the state the presenter left.
                assertEquals(state.index(), after.previous().index());
                assertTrue(after.previous().fullyRevealed());
            }
            state = after;
        }
    }

    @Test
    void blankingTogglesAndSwitchesAndKeepsThePlace() {
        PresentationState state = start().next();
        PresentationState black = state.toggleBlank(Blank.BLACK);
        assertEquals(Blank.BLACK, black.blank());
        assertEquals(Blank.NONE, black.toggleBlank(Blank.BLACK).blank(), "B again brings the projection back");
        assertEquals(Blank.WHITE, black.toggleBlank(Blank.WHITE).blank(), "W on black switches to white");
        assertEquals(state, black.toggleBlank(Blank.BLACK));
    }

    @Test
    void nextOrPreviousWhileBlankedOnlyUnblanks() {
        PresentationState state = start().next();
        PresentationState unblanked = state.toggleBlank(Blank.WHITE).next();
        assertEquals(Blank.NONE, unblanked.blank());
        assertEquals(1, unblanked.revealed(), "no point was revealed behind the blank screen");
        PresentationState back = state.toggleBlank(Blank.BLACK).previous();
        assertEquals(Blank.NONE, back.blank());
        assertEquals(1, back.revealed());
    }

    @Test
    void digitsThenEnterJumpToThatQuestionAnswerHidden() {
        PresentationState state = start().next().typeDigit(3);
        assertEquals("3", state.typedNumber());
        state = state.enter();
        assertEquals(2, state.index());
        assertEquals(0, state.revealed());
        assertEquals("", state.typedNumber());
        assertEquals(0, state.toggleBlank(Blank.BLACK).typeDigit(1).enter().index());
        assertEquals(Blank.NONE, state.toggleBlank(Blank.BLACK).typeDigit(1).enter().blank(), "a jump shows the question");
    }

    @Test
    void anInvalidNumberExplainsAndChangesNothingElse() {
        PresentationState state = start().next();
        PresentationState tooFar = state.typeDigit(1).typeDigit(2).enter();
        assertEquals("No question 12: choose 1 to 3.", tooFar.message());
        assertEquals(state.index(), tooFar.index());
        assertEquals(state.revealed(), tooFar.revealed());
        assertEquals("", tooFar.typedNumber());
        assertEquals("No question 0: choose 1 to 3.", state.typeDigit(0).enter().message());
        assertEquals("", tooFar.next().message(), "the next step clears the notice");
        assertEquals(2, tooFar.next().revealed());
    }

    @Test
    void enterWithoutDigitsIsNextAndBackspaceErasesDigitsBeforeGoingBack() {
        PresentationState state = start();
        assertEquals(state.next(), state.enter());
        PresentationState typed = state.next().typeDigit(2).typeDigit(7);
        assertEquals("2", typed.backspace().typedNumber());
        assertEquals(1, typed.backspace().revealed(), "erasing a digit does not step back");
        assertEquals(0, typed.backspace().backspace().backspace().revealed(), "with no digits left Backspace is previous");
        assertEquals(1, typed.backspace().enter().index(), "27 erased to 2, Enter: question 2");
    }

    @Test
    void digitsBeyondFourAreIgnored() {
        PresentationState state = start();
        for (int i = 0; i < 6; i++) state = state.typeDigit(9);
        assertEquals("9999", state.typedNumber());
        assertThrows(IllegalArgumentException.class, () -> start().typeDigit(10));
    }

    @Test
    void countdownStartsPausesAndResetsOnAnotherQuestion() {
        Instant t0 = Instant.parse("2026-01-01T09:00:00Z");
        PresentationState state = start();
        assertFalse(state.countdown().running());
        assertEquals(MINUTE, state.countdown().remaining(t0));
        state = state.toggleCountdown(t0);
        assertTrue(state.countdown().running());
        assertEquals(Duration.ofSeconds(45), state.countdown().remaining(t0.plusSeconds(15)));
        state = state.toggleCountdown(t0.plusSeconds(15));
        assertFalse(state.countdown().running());
        assertEquals(Duration.ofSeconds(45), state.countdown().remaining(t0.plusSeconds(600)), "paused time does not count");
        state = state.next().toggleCountdown(t0.plusSeconds(700));
        assertEquals(Duration.ofSeconds(40), state.countdown().remaining(t0.plusSeconds(705)), "revealing a point keeps the countdown");
        assertEquals(Duration.ZERO, state.countdown().remaining(t0.plusSeconds(800)), "never below zero");
        assertTrue(state.countdown().expired(t0.plusSeconds(800)));
        PresentationState moved = state.next().next();
        assertEquals(1, moved.index());
        assertFalse(moved.countdown().running());
        assertEquals(MINUTE, moved.countdown().remaining(t0.plusSeconds(900)), "each question gets its own countdown");
    }

    @Test
    void anExpiredCountdownRestartsFromFull() {
        Instant t0 = Instant.parse("2026-01-01T09:00:00Z");
        Countdown expired = Countdown.of(MINUTE).toggle(t0).toggle(t0.plusSeconds(90));
        assertEquals(Duration.ZERO, expired.left());
        Countdown again = expired.toggle(t0.plusSeconds(100));
        assertEquals(Duration.ofSeconds(50), again.remaining(t0.plusSeconds(110)));
    }

    @Test
    void theClassAnswerBelongsToOneQuestion() {
        PresentationState state = start().withClassAnswer("to compress data");
        assertEquals("to compress data", state.next().classAnswer(), "revealing a point keeps it");
        assertEquals("", state.next().next().next().classAnswer(), "another question starts without one");
        assertEquals("", state.typeDigit(2).enter().classAnswer());
    }

    @Test
    void aPlanKeepsTheChosenQuestionsInTheChosenOrder() {
        PresentationPlan plan = PresentationPlan.of(DECK, List.of("c", "a"));
        assertEquals(List.of("c", "a"), plan.questions().stream().map(Question::id).toList());
        PresentationState state = PresentationState.start(plan, MINUTE);
        assertSame(DECK.questions().get(2), state.question());
        assertEquals("a", state.nextQuestion().orElseThrow().id());
        assertTrue(state.next().next().next().next().nextQuestion().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> PresentationPlan.of(DECK, List.of("zz")));
        assertThrows(IllegalArgumentException.class, () -> PresentationPlan.of(DECK, List.of()));
        assertEquals("No question 3: choose 1 to 2.", state.jumpTo(3).message());
        PresentationPlan single = PresentationPlan.of(DECK, List.of("b"));
        assertEquals("No question 2: there is only question 1.", PresentationState.start(single, MINUTE).jumpTo(2).message());
    }
}
