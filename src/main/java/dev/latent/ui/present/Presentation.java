package dev.latent.ui.present;

import dev.latent.present.Blank;
import dev.latent.present.ClassAnswerScorer;
import dev.latent.present.PresentationPlan;
import dev.latent.present.PresentationState;
import dev.latent.scoring.ScoreResult;
import dev.latent.ui.common.KeyBindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One running presentation: the state, the keys and clicks that change it, and the live class-answer score.
 * The projection and the presenter view only observe it, so both always show the same step.
 *
 * <p>Keys (the ones clickers send): Right, PgDn, Space, Enter, left click: next step; Left, PgUp, Backspace,
 * right click: previous step; B or '.': black screen; W: white screen; digits then Enter: go to that
 * question; T: start or pause the countdown; A: type a class answer; Esc: leave (or stop typing).
 */
public final class Presentation {

    private final ObjectProperty<PresentationState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>();
    private final ObjectProperty<Optional<ScoreResult>> classScore = new SimpleObjectProperty<>(Optional.empty());
    private final BooleanProperty started = new SimpleBooleanProperty(false);
    private final BooleanProperty typingClassAnswer = new SimpleBooleanProperty(false);
    private final ClassAnswerScorer scorer = new ClassAnswerScorer();
    private final Clock clock;
    private final PresentationTheme theme;
    private Runnable onLeave = () -> { };
    /** Set when a presenter view is open: class answers are typed there rather than over the projection. */
    private Runnable focusPresenterAnswer;
    /** Where focus goes when typing stops: set by the window that holds the typing box. */
    private Runnable stopTyping = () -> { };

    public Presentation(PresentationPlan plan, Duration countdownLength, PresentationTheme theme, Clock clock) {
        this.clock = clock;
        this.theme = theme;
        state.set(PresentationState.start(plan, countdownLength));
        now.set(clock.instant());
        state.addListener((obs, before, after) -> {
            if (!after.classAnswer().equals(before.classAnswer()) || after.index() != before.index()) {
                classScore.set(scorer.score(after.question(), after.classAnswer()));
            }
        });
    }

    public ReadOnlyObjectProperty<PresentationState> stateProperty() {
        return state;
    }

    public PresentationState state() {
        return state.get();
    }

    public PresentationTheme theme() {
        return theme;
    }

    /** The clock's time at the last {@link #tick()}: what countdown displays show. */
    ReadOnlyObjectProperty<Instant> nowProperty() {
        return now;
    }

    ReadOnlyObjectProperty<Optional<ScoreResult>> classScoreProperty() {
        return classScore;
    }

    /** False until the first key or click: the projection shows "Esc to leave" until then. */
    BooleanProperty startedProperty() {
        return started;
    }

    /** The single-screen class-answer box over the projection is open. */
    BooleanProperty typingClassAnswerProperty() {
        return typingClassAnswer;
    }

    void setOnLeave(Runnable onLeave) {
        this.onLeave = onLeave;
    }

    void setFocusPresenterAnswer(Runnable focusPresenterAnswer) {
        this.focusPresenterAnswer = focusPresenterAnswer;
    }

    /** Reads the clock again; a timeline calls it a few times a second, tests after moving their clock. */
    public void tick() {
        now.set(clock.instant());
    }

    void setClassAnswer(String text) {
        update(s -> s.withClassAnswer(text));
    }

    public void leave() {
        onLeave.run();
    }

    /** Handles a key pressed in the projection or the presenter view. */
    void onKeyPressed(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl) {
            // Typing a class answer: keys are text, except the two that finish typing.
            if (event.getCode() == KeyCode.ESCAPE || event.getCode() == KeyCode.ENTER) {
                typingClassAnswer.set(false);
                event.consume();
                stopTyping.run();
            }
            return;
        }
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) return;
        if (handle(event.getCode())) {
            started.set(true);
            event.consume();
        }
    }

    void setStopTyping(Runnable stopTyping) {
        this.stopTyping = stopTyping;
    }

    void onMouseClicked(MouseEvent event) {
        // A click into the class-answer box places the caret; it is not a step.
        for (Object node = event.getTarget(); node instanceof javafx.scene.Node n; node = n.getParent()) {
            if (n instanceof TextInputControl) return;
        }
        if (event.getButton() == MouseButton.PRIMARY) update(PresentationState::next);
        else if (event.getButton() == MouseButton.SECONDARY) update(PresentationState::previous);
        else return;
        started.set(true);
        event.consume();
    }

    /** Applies the key's transition; false for a key presentation mode does not use. */
    boolean handle(KeyCode code) {
        update(PresentationState::withoutMessage);
        int digit = KeyBindings.digit(code);
        if (digit >= 0) {
            update(s -> s.typeDigit(digit));
            return true;
        }
        switch (code) {
            case RIGHT, PAGE_DOWN, SPACE -> update(PresentationState::next);
            case ENTER -> update(PresentationState::enter);
            case LEFT, PAGE_UP -> update(PresentationState::previous);
            case BACK_SPACE -> update(PresentationState::backspace);
            case B, PERIOD -> update(s -> s.toggleBlank(Blank.BLACK));
            case W -> update(s -> s.toggleBlank(Blank.WHITE));
            case T -> {
                tick();
                update(s -> s.toggleCountdown(now.get()));
            }
            case A -> startTyping();
            case ESCAPE -> leave();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void startTyping() {
        if (focusPresenterAnswer != null) focusPresenterAnswer.run();
        else typingClassAnswer.set(true);
    }

    private void update(UnaryOperator<PresentationState> transition) {
        state.set(transition.apply(state.get()));
    }
}
