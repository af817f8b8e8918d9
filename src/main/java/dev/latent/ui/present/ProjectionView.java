package dev.latent.ui.present;

import dev.latent.deck.ModelAnswer;
import dev.latent.present.Blank;
import dev.latent.present.ClassAnswerScorer;
import dev.latent.present.Countdown;
import dev.latent.present.PresentationState;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.util.List;

/**
 * What the room sees: the question, the answer points revealed so far, the countdown, and the concepts a
 * class answer hit. No scores and nothing about any learner. Type scales with the projection's height
 * ({@link TextSizing}); an answer too long for the screen scrolls so the newest point stays in view, rather
 * than shrinking below the minimum size.
 */
final class ProjectionView {

    private final Presentation presentation;
    private final StackPane root = new StackPane();
    private final Label number = new Label();
    private final Label notice = new Label();
    private final Label countdown = new Label();
    /** Progress through the answer's points, "3 / 5", and what the screen had to hide above. */
    private final Label points = new Label();
    private final Label hidden = new Label();
    private final Label prompt = new Label();
    private final VBox answer = new VBox();
    private final ScrollPane answerScroll = new ScrollPane(answer);
    private final FlowPane classHits = new FlowPane();
    private final Label escHint = new Label("Esc to leave");
    private final TextField classAnswerField = new TextField();
    private final HBox classAnswerOverlay = new HBox();
    private final Region blankBlack = new Region();
    private final Region blankWhite = new Region();
    private BorderPane page;
    /** The widest a concept chip may be: the screen less the page's margins. */
    private final javafx.beans.property.DoubleProperty chipRoom = new javafx.beans.property.SimpleDoubleProperty(Double.MAX_VALUE);

    ProjectionView(Presentation presentation) {
        this.presentation = presentation;
        root.getStyleClass().addAll("projection", presentation.theme().styleClass);
        root.setId("projection");

        number.setId("projection-number");
        number.getStyleClass().add("question-number");
        notice.setId("projection-notice");
        countdown.setId("projection-countdown");
        countdown.getStyleClass().add("countdown");
        Region left = new Region();
        Region right = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        points.setId("projection-points");
        points.getStyleClass().add("question-number");
        hidden.setId("projection-hidden");
        hidden.getStyleClass().add("hidden-above");
        HBox statusBar = new HBox(24, number, points, left, notice, right, hidden, countdown);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);

        prompt.setId("projection-prompt");
        prompt.getStyleClass().add("projection-prompt");
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        answer.setId("projection-answer");
        answer.getStyleClass().add("projection-answer");
        answerScroll.setFitToWidth(true);
        answerScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        answerScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        answerScroll.setFocusTraversable(false);
        // An answer taller than the screen pages: the earliest points make way for the newest (fitNewest);
        // a single point taller than the screen scrolls to its end.
        answer.heightProperty().addListener((obs, was, is) -> answerScroll.setVvalue(answerScroll.getVmax()));
        answerScroll.viewportBoundsProperty().addListener((obs, was, is) -> {
            if (was.getHeight() != is.getHeight() || was.getWidth() != is.getWidth()) fitNewest();
        });
        VBox.setVgrow(answerScroll, Priority.ALWAYS);
        VBox body = new VBox(prompt, answerScroll);
        body.getStyleClass().add("projection-body");

        classHits.setId("projection-class-hits");
        classHits.getStyleClass().add("class-hits");
        escHint.setId("projection-esc-hint");
        escHint.getStyleClass().add("esc-hint");
        escHint.visibleProperty().bind(presentation.startedProperty().not());
        escHint.managedProperty().bind(escHint.visibleProperty());

        Label typing = new Label("Class answer:");
        typing.setMinWidth(Region.USE_PREF_SIZE);
        classAnswerField.setId("projection-class-answer");
        classAnswerField.setPromptText("Type what a student says; Enter when done");
        HBox.setHgrow(classAnswerField, Priority.ALWAYS);
        classAnswerOverlay.getChildren().setAll(typing, classAnswerField);
        classAnswerOverlay.getStyleClass().add("class-answer-overlay");
        classAnswerOverlay.setAlignment(Pos.CENTER_LEFT);
        classAnswerOverlay.visibleProperty().bind(presentation.typingClassAnswerProperty());
        classAnswerOverlay.managedProperty().bind(classAnswerOverlay.visibleProperty());
        classAnswerField.textProperty().addListener((obs, was, is) -> presentation.setClassAnswer(is));
        presentation.typingClassAnswerProperty().addListener((obs, was, is) -> {
            if (is) Platform.runLater(classAnswerField::requestFocus);
        });

        // The typing box sits below the hits, never over them: the room sees the concepts appear as it is typed.
        VBox bottom = new VBox(classHits, classAnswerOverlay, escHint);
        bottom.getStyleClass().add("projection-bottom");
        page = new BorderPane(body, statusBar, null, bottom, null);
        page.getStyleClass().add("projection-page");
        // Whatever is on the page fits the screen's width: it never pushes the margins off the edges.
        page.setMinWidth(0);
        bottom.setMinWidth(0);
        classHits.setMinWidth(0);
        body.setMinWidth(0);
        Runnable room = () -> chipRoom.set(Math.max(1, root.getWidth() - page.snappedLeftInset() - page.snappedRightInset()
                - bottom.snappedLeftInset() - bottom.snappedRightInset() - classHits.snappedLeftInset() - classHits.snappedRightInset()));
        root.widthProperty().addListener((obs, was, is) -> room.run());
        page.paddingProperty().addListener((obs, was, is) -> room.run());

        blankBlack.setId("blank-black");
        blankBlack.getStyleClass().add("blank-black");
        blankWhite.setId("blank-white");
        blankWhite.getStyleClass().add("blank-white");

        root.getChildren().addAll(page, blankBlack, blankWhite);
        root.setOnMouseClicked(presentation::onMouseClicked);
        root.heightProperty().addListener((obs, was, is) -> applyTextSize(is.doubleValue()));

        presentation.stateProperty().addListener((obs, was, is) -> render(was, is));
        presentation.nowProperty().addListener((obs, was, is) -> renderCountdown());
        presentation.classScoreProperty().addListener((obs, was, is) -> renderClassHits());
        render(null, presentation.state());
        renderClassHits();
    }

    Parent root() {
        return root;
    }

    /** Gives the typing box's focus back to the projection, so keys step again. */
    void stopTyping() {
        root.requestFocus();
    }

    private void applyTextSize(double height) {
        if (height <= 0) return;
        double size = TextSizing.baseFontSize(height);
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.0fpx; -fx-padding: 0;", size));
        // Margins in proportion to the type: roomy enough, never eating the width the text needs.
        double margin = Math.round(size * 0.9);
        page.setStyle(String.format(java.util.Locale.ROOT,
                "-fx-padding: %.0fpx %.0fpx %.0fpx %.0fpx;", margin * 0.5, margin * 1.4, margin * 0.5, margin * 1.4));
    }

    private void render(PresentationState before, PresentationState state) {
        number.setText(state.number() + " / " + state.plan().size());
        if (!state.message().isEmpty()) {
            notice.setText(state.message());
            notice.getStyleClass().setAll("label", "jump-message");
        } else if (!state.typedNumber().isEmpty()) {
            notice.setText("Go to " + state.typedNumber() + "\u2026");
            notice.getStyleClass().setAll("label", "typed-number");
        } else {
            notice.setText("");
            notice.getStyleClass().setAll("label");
        }
        prompt.setText(state.question().prompt());
        int steps = state.steps();
        points.setText(state.revealed() == 0 || steps == 0 ? "" : "point " + state.revealed() + " / " + steps);
        if (before == null || before.index() != state.index() || before.revealed() != state.revealed()) renderAnswer(state);
        if (!classAnswerField.getText().equals(state.classAnswer())) classAnswerField.setText(state.classAnswer());
        blankBlack.setVisible(state.blank() == Blank.BLACK);
        blankWhite.setVisible(state.blank() == Blank.WHITE);
        renderCountdown();
    }

    private void renderAnswer(PresentationState state) {
        ModelAnswer model = state.question().answer();
        answer.getChildren().clear();
        if (state.revealed() == 0) return;
        if (!model.intro().isEmpty()) answer.getChildren().add(paragraph(model.intro(), "projection-intro"));
        int shown = Math.min(state.revealed(), model.points().size());
        for (int i = 0; i < shown; i++) {
            // Figure spaces (digit-wide) pad short numbers, so "9." and "10." line their texts up.
            String number = String.valueOf(i + 1);
            int digits = String.valueOf(model.points().size()).length();
            Label marker = new Label("\u2007".repeat(digits - number.length()) + number + ".");
            marker.getStyleClass().add("point-number");
            marker.setMinWidth(Region.USE_PREF_SIZE);
            Label text = paragraph(model.points().get(i), "projection-point");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(marker, text);
            row.setSpacing(0);
            row.getStyleClass().add("projection-point-row");
            marker.setStyle("-fx-padding: 0 0.4em 0 0;");
            answer.getChildren().add(row);
        }
        if (state.fullyRevealed() && !model.outro().isEmpty()) answer.getChildren().add(paragraph(model.outro(), "projection-outro"));
        if (root.getScene() != null) {
            answer.applyCss();
            fitNewest();
        }
    }

    /**
     * Hides the earliest parts of the answer until the rest fits, always keeping the newest: the type never
     * shrinks below the minimum, and a point's number still tells the room where it is.
     */
    private void fitNewest() {
        double available = answerScroll.getViewportBounds().getHeight();
        double width = answerScroll.getViewportBounds().getWidth();
        List<Node> parts = answer.getChildren();
        for (Node part : parts) {
            part.setVisible(true);
            part.setManaged(true);
        }
        if (available <= 0 || width <= 0 || parts.isEmpty()) return;
        double used = 0;
        int firstShown = parts.size() - 1;
        for (int i = parts.size() - 1; i >= 0; i--) {
            double height = parts.get(i).prefHeight(width) + (i < parts.size() - 1 ? answer.getSpacing() : 0);
            if (used + height > available && i < parts.size() - 1) break;
            used += height;
            firstShown = i;
        }
        for (int i = 0; i < firstShown; i++) {
            parts.get(i).setVisible(false);
            parts.get(i).setManaged(false);
        }
        // The newest point stays in view; the room is told that what came before it is only hidden.
        hidden.setText(firstShown == 0 ? "" : "\u25B2 " + firstShown + (firstShown == 1 ? " part" : " parts") + " above");
    }

    private static Label paragraph(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private void renderCountdown() {
        Countdown timer = presentation.state().countdown();
        Duration left = timer.remaining(presentation.nowProperty().get());
        // Untouched, the countdown stays out of the way; once started it stays until the next question.
        boolean shown = timer.running() || !left.equals(timer.length());
        countdown.setText(shown ? formatCountdown(left) + (timer.running() ? "" : " paused") : "");
        countdown.getStyleClass().setAll("label", "countdown");
        if (shown && left.isZero()) countdown.getStyleClass().add("expired");
        else if (timer.running()) countdown.getStyleClass().add("running");
    }

    private void renderClassHits() {
        List<String> hits = presentation.classScoreProperty().get().map(ClassAnswerScorer::hitLabels).orElse(List.of());
        classHits.getChildren().clear();
        if (hits.isEmpty()) return;
        Label title = new Label("The class said:");
        title.getStyleClass().add("class-hits-title");
        classHits.getChildren().add(title);
        for (String hit : hits) {
            Label chip = new Label("\u2713 " + hit);
            chip.getStyleClass().add("concept-hit");
            // A long concept wraps within the screen's margins instead of widening the page past them.
            chip.setWrapText(true);
            chip.setMinHeight(Region.USE_PREF_SIZE);
            chip.setMinWidth(0);
            chip.maxWidthProperty().bind(chipRoom);
            classHits.getChildren().add(chip);
        }
    }

    /** m:ss, rounding up so "0:00" means the time is really over. */
    static String formatCountdown(Duration left) {
        long seconds = (left.toMillis() + 999) / 1000;
        return String.format(java.util.Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
