package dev.latent.ui.present;

import atlantafx.base.theme.Styles;
import dev.latent.deck.Concept;
import dev.latent.deck.Misconception;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.deck.Rubric;
import dev.latent.present.Blank;
import dev.latent.present.Countdown;
import dev.latent.present.PresentationState;
import dev.latent.scoring.ConceptResult;
import dev.latent.scoring.ConceptStatus;
import dev.latent.scoring.MisconceptionResult;
import dev.latent.scoring.ScoreResult;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The instructor's own screen when a second one is present: the current question with every point (the
 * ones the room has seen marked), the next question, the countdown, the rubric as teaching notes, and the
 * box for typing a class answer, scored live. Never projected.
 */
final class PresenterView {

    private final Presentation presentation;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final Label projectionState = new Label();
    private final Label prompt = new Label();
    private final VBox answer = new VBox(8);
    private final Label countdown = new Label();
    private final Label countdownState = new Label();
    private final Label nextPrompt = new Label();
    private final VBox notes = new VBox(6);
    private final TextField classAnswerField = new TextField();
    private final Label classScore = new Label();

    PresenterView(Presentation presentation) {
        this.presentation = presentation;
        root.getStyleClass().add("presenter");
        root.setId("presenter");

        status.setId("presenter-status");
        status.getStyleClass().add(Styles.TEXT_BOLD);
        projectionState.setId("presenter-projection-state");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(16, status, spacer, projectionState);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("top-bar");
        root.setTop(top);

        prompt.setId("presenter-prompt");
        prompt.getStyleClass().add("presenter-prompt");
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        answer.setId("presenter-answer");
        VBox current = new VBox(12, caption("Now"), prompt, answer);
        current.getStyleClass().add("presenter-pane");

        countdown.setId("presenter-countdown");
        countdown.getStyleClass().addAll("presenter-countdown", "countdown");
        countdownState.getStyleClass().add(Styles.TEXT_MUTED);
        nextPrompt.setId("presenter-next");
        nextPrompt.setWrapText(true);
        nextPrompt.setMinHeight(Region.USE_PREF_SIZE);
        notes.setId("presenter-notes");
        classAnswerField.setId("presenter-class-answer");
        classAnswerField.setPromptText("A: type what a student says; Enter or Esc when done");
        classAnswerField.textProperty().addListener((obs, was, is) -> presentation.setClassAnswer(is));
        classScore.setId("presenter-class-score");
        classScore.setWrapText(true);
        VBox side = new VBox(12, caption("Countdown (T)"), new HBox(12, countdown, countdownState),
                caption("Next question"), nextPrompt,
                caption("Class answer (A)"), classAnswerField, classScore,
                caption("Teaching notes: rubric"), notes);
        ((HBox) side.getChildren().get(1)).setAlignment(Pos.BASELINE_LEFT);
        side.getStyleClass().add("presenter-pane");

        ScrollPane currentScroll = scroll(current);
        ScrollPane sideScroll = scroll(side);
        HBox columns = new HBox(currentScroll, sideScroll);
        HBox.setHgrow(currentScroll, Priority.ALWAYS);
        currentScroll.setPrefWidth(1000);
        sideScroll.setPrefWidth(760);
        sideScroll.setMinWidth(420);
        root.setCenter(columns);

        Label keys = new Label("Next: Right, PgDn, Space, Enter, click   Previous: Left, PgUp, Backspace   "
                + "Black: B or .   White: W   Go to: number + Enter   Countdown: T   Class answer: A   Leave: Esc");
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        keys.setWrapText(true);
        keys.setPadding(new Insets(8, 24, 10, 24));
        root.setBottom(keys);

        presentation.stateProperty().addListener((obs, was, is) -> render(is));
        presentation.nowProperty().addListener((obs, was, is) -> renderCountdown());
        presentation.classScoreProperty().addListener((obs, was, is) -> renderNotes());
        render(presentation.state());
    }

    Parent root() {
        return root;
    }

    void focusClassAnswer() {
        classAnswerField.requestFocus();
    }

    /** After typing: keys step the presentation again. */
    void stopTyping() {
        root.requestFocus();
    }

    private static ScrollPane scroll(Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        scroll.setFocusTraversable(false);
        return scroll;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_BOLD);
        return label;
    }

    private void render(PresentationState state) {
        status.setText("Question " + state.number() + " of " + state.plan().size() + "  \u00b7  " + state.plan().title()
                + "  \u00b7  step " + state.revealed() + " of " + state.steps()
                + (state.atEnd() ? "  \u00b7  end: Esc to leave" : ""));
        String shown = switch (state.blank()) {
            case NONE -> "Projection: showing";
            case BLACK -> "Projection: BLACK (B to show)";
            case WHITE -> "Projection: WHITE (W to show)";
        };
        if (!state.message().isEmpty()) shown = state.message() + "   " + shown;
        else if (!state.typedNumber().isEmpty()) shown = "Go to " + state.typedNumber() + "\u2026   " + shown;
        projectionState.setText(shown);
        projectionState.getStyleClass().setAll("label");
        if (state.blank() != Blank.NONE || !state.message().isEmpty()) projectionState.getStyleClass().add(Styles.DANGER);

        prompt.setText(state.question().prompt());
        renderAnswer(state);
        nextPrompt.setText(state.nextQuestion().map(Question::prompt).orElse("None: this is the last question."));
        if (!classAnswerField.getText().equals(state.classAnswer())) classAnswerField.setText(state.classAnswer());
        renderCountdown();
        renderNotes();
    }

    private void renderAnswer(PresentationState state) {
        ModelAnswer model = state.question().answer();
        answer.getChildren().clear();
        if (!model.intro().isEmpty()) answer.getChildren().add(line(model.intro(), state.revealed() > 0));
        for (int i = 0; i < model.points().size(); i++) {
            boolean shown = i < state.revealed();
            String mark = shown ? "\u2713 " : (i == state.revealed() ? "\u25b6 " : "\u2003");
            Label row = line(mark + (i + 1) + ". " + model.points().get(i), shown);
            row.setId("presenter-point-" + (i + 1));
            answer.getChildren().add(row);
        }
        if (!model.outro().isEmpty()) answer.getChildren().add(line(model.outro(), state.fullyRevealed()));
    }

    private static Label line(String text, boolean shown) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(shown ? "point-shown" : "point-hidden");
        return label;
    }

    private void renderCountdown() {
        Countdown timer = presentation.state().countdown();
        Duration left = timer.remaining(presentation.nowProperty().get());
        countdown.setText(ProjectionView.formatCountdown(left));
        countdown.getStyleClass().setAll("label", "presenter-countdown", "countdown");
        if (left.isZero()) countdown.getStyleClass().add("expired");
        countdownState.setText(timer.running() ? "running" : left.isZero() ? "over" : "paused");
    }

    private void renderNotes() {
        Question question = presentation.state().question();
        Optional<ScoreResult> score = presentation.classScoreProperty().get();
        notes.getChildren().clear();
        Rubric rubric = question.rubric();
        if (rubric == null) {
            notes.getChildren().add(new Label("This question has no rubric."));
            classScore.setText("");
            return;
        }
        for (Concept concept : rubric.concepts()) {
            ConceptStatus status = score.flatMap(s -> s.concepts().stream().filter(c -> c.id().equals(concept.id())).findFirst())
                    .map(ConceptResult::status).orElse(ConceptStatus.MISSED);
            String mark = switch (status) {
                case HIT -> "\u2713 ";
                case NEGATED -> "\u2717 ";
                case MISSED -> "\u2022 ";
            };
            Label label = new Label(mark + concept.label() + (concept.required() ? "  (required)" : "")
                    + "  \u00b7  weight " + trim(concept.weight()));
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            if (status == ConceptStatus.HIT) label.getStyleClass().add("note-hit");
            if (status == ConceptStatus.NEGATED) label.getStyleClass().add("note-negated");
            notes.getChildren().add(label);
        }
        if (!rubric.misconceptions().isEmpty()) {
            Set<String> stated = score.map(s -> s.misconceptions().stream().map(MisconceptionResult::id).collect(Collectors.toSet()))
                    .orElse(Set.of());
            notes.getChildren().add(caption("Misconceptions to watch for"));
            for (Misconception misconception : rubric.misconceptions()) {
                boolean said = stated.contains(misconception.id());
                Label label = new Label((said ? "\u26a0 said: " : "\u2022 ") + misconception.label());
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                label.getStyleClass().add("note-misconception");
                notes.getChildren().add(label);
            }
        }
        classScore.setText(score.map(s -> "Class answer: " + s.score() + "/100, grade " + s.grade() + " of 4; "
                + s.concepts().stream().filter(c -> c.status() == ConceptStatus.HIT).count() + " of "
                + s.concepts().size() + " concepts").orElse(""));
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
