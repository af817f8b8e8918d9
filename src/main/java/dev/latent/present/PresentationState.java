package dev.latent.present;

import dev.latent.deck.Question;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a class presentation stands, with every change as a small pure transition returning a new state
 * (the style of Anki's scheduler states). The UI maps keys to these transitions and draws the result.
 *
 * <p>Steps, as a presenter expects them from slide software:
 * <ul>
 *   <li>{@link #next()} reveals the next answer point; once all are shown it moves to the next question,
 *       answer hidden. On the last question with everything revealed it does nothing.</li>
 *   <li>{@link #previous()} hides the last revealed point; with none revealed it goes back to the previous
 *       question <em>fully revealed</em>, the way it was left (like going back to a slide's last build).</li>
 *   <li>While the screen is blanked, next and previous only bring the projection back: a clicker press
 *       after a pause never skips a point the class did not see.</li>
 *   <li>Digits collect a question number; {@link #enter()} jumps to it (1-based, answer hidden). A number
 *       out of range leaves the state as it was and sets {@link #message()}. Enter with no digits is next.
 *       {@link #backspace()} erases a typed digit, or else is previous.</li>
 *   <li>Moving to another question resets the countdown (paused, full length) and clears the class answer.</li>
 * </ul>
 *
 * @param index current question, 0-based
 * @param revealed answer steps shown, 0 to {@link PresentationPlan#revealSteps}
 * @param typedNumber digits typed for a jump, "" when none
 * @param message a short notice for the presenter and the room (an invalid jump), "" when none
 * @param classAnswer what the instructor typed for an answer a student called out, "" when none
 */
public record PresentationState(PresentationPlan plan, int index, int revealed, Blank blank, String typedNumber,
                                String message, Countdown countdown, String classAnswer) {

    /** More digits than any deck has questions: ignore the rest rather than overflow. */
    static final int MAX_DIGITS = 4;

    public PresentationState {
        if (index < 0 || index >= plan.size()) throw new IllegalArgumentException("no question at index " + index);
        int steps = PresentationPlan.revealSteps(plan.question(index));
        if (revealed < 0 || revealed > steps) throw new IllegalArgumentException("revealed " + revealed + " of " + steps + " steps");
    }

    /** The first question, answer hidden, countdown paused at {@code countdownLength}. */
    public static PresentationState start(PresentationPlan plan, Duration countdownLength) {
        return new PresentationState(plan, 0, 0, Blank.NONE, "", "", Countdown.of(countdownLength), "");
    }

    public Question question() {
        return plan.question(index);
    }

    /** The question after this one, for the presenter's preview. */
    public Optional<Question> nextQuestion() {
        return index + 1 < plan.size() ? Optional.of(plan.question(index + 1)) : Optional.empty();
    }

    public int steps() {
        return PresentationPlan.revealSteps(question());
    }

    public boolean fullyRevealed() {
        return revealed == steps();
    }

    /** Nothing comes after: the last question with its whole answer shown. */
    public boolean atEnd() {
        return index == plan.size() - 1 && fullyRevealed();
    }

    /** 1-based, as shown: "3 / 8". */
    public int number() {
        return index + 1;
    }

    public PresentationState next() {
        if (blank != Blank.NONE) return withBlank(Blank.NONE);
        if (!fullyRevealed()) return new PresentationState(plan, index, revealed + 1, blank, "", "", countdown, classAnswer);
        if (index + 1 < plan.size()) return atQuestion(index + 1, 0);
        return new PresentationState(plan, index, revealed, blank, "", "", countdown, classAnswer);
    }

    public PresentationState previous() {
        if (blank != Blank.NONE) return withBlank(Blank.NONE);
        if (revealed > 0) return new PresentationState(plan, index, revealed - 1, blank, "", "", countdown, classAnswer);
        if (index > 0) return atQuestion(index - 1, PresentationPlan.revealSteps(plan.question(index - 1)));
        return new PresentationState(plan, index, revealed, blank, "", "", countdown, classAnswer);
    }

    /** B, '.' or W: shows that blank screen, or takes it away when it is already showing. */
    public PresentationState toggleBlank(Blank requested) {
        return withBlank(blank == requested ? Blank.NONE : requested);
    }

    /** A digit key, 0-9, collected for {@link #enter()}. */
    public PresentationState typeDigit(int digit) {
        if (digit < 0 || digit > 9) throw new IllegalArgumentException("not a digit: " + digit);
        String digits = typedNumber.length() < MAX_DIGITS ? typedNumber + digit : typedNumber;
        return new PresentationState(plan, index, revealed, blank, digits, "", countdown, classAnswer);
    }

    public PresentationState enter() {
        if (typedNumber.isEmpty()) return next();
        return jumpTo(Integer.parseInt(typedNumber));
    }

    public PresentationState backspace() {
        if (typedNumber.isEmpty()) return previous();
        return new PresentationState(plan, index, revealed, blank, typedNumber.substring(0, typedNumber.length() - 1),
                "", countdown, classAnswer);
    }

    /** Question {@code number} (1-based), answer hidden; out of range only sets {@link #message()}. */
    public PresentationState jumpTo(int number) {
        if (number < 1 || number > plan.size()) {
            String range = plan.size() == 1 ? "there is only question 1" : "choose 1 to " + plan.size();
            return new PresentationState(plan, index, revealed, blank, "", "No question " + number + ": " + range + ".",
                    countdown, classAnswer);
        }
        return atQuestion(number - 1, 0).withBlank(Blank.NONE);
    }

    /** T: starts or pauses this question's countdown. */
    public PresentationState toggleCountdown(Instant now) {
        return new PresentationState(plan, index, revealed, blank, typedNumber, message, countdown.toggle(now), classAnswer);
    }

    /** Any key clears a notice such as "No question 12": it was read, and it is about the key before. */
    public PresentationState withoutMessage() {
        return message.isEmpty() ? this
                : new PresentationState(plan, index, revealed, blank, typedNumber, "", countdown, classAnswer);
    }

    public PresentationState withClassAnswer(String text) {
        return new PresentationState(plan, index, revealed, blank, typedNumber, message, countdown, text == null ? "" : text);
    }

    private PresentationState withBlank(Blank newBlank) {
        return new PresentationState(plan, index, revealed, newBlank, "", "", countdown, classAnswer);
    }

    private PresentationState atQuestion(int newIndex, int newRevealed) {
        return new PresentationState(plan, newIndex, newRevealed, blank, "", "", countdown.reset(), "");
    }
}
