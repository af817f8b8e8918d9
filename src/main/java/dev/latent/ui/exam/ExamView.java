package dev.latent.ui.exam;

import atlantafx.base.theme.Styles;
import dev.latent.exam.ExamQuestion;
import dev.latent.exam.ExamReport;
import dev.latent.exam.ExamSession;
import dev.latent.scoring.ScoreResult;
import dev.latent.study.RatingThresholds;
import dev.latent.study.StudySession;
import dev.latent.ui.common.Pages;
import dev.latent.ui.common.ShortWindow;
import dev.latent.ui.feedback.FeedbackPane;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Taking the exam: one question at a time with Previous / Next (Alt+Left / Alt+Right), a countdown when timed,
 * "Check this answer" for feedback on one question, and Finish. When the countdown reaches zero the exam ends by
 * itself with the answers as they stand.
 * <p>
 * Typing must never land anywhere but the answer box: every move puts the focus back in it (a button left
 * focused would take each Space as a press), the navigation sits in a bar at the bottom that does not move with
 * the question's length, Check stays off while the answer is blank, and Finish first asks, naming the questions
 * left unanswered. Esc (or Leave) abandons an exam started by mistake, after asking the same way: nothing is recorded.
 */
final class ExamView {

    private final ExamSession session;
    private final Consumer<ExamReport> onFinished;
    /** Back to the deck list without handing in. */
    private final Runnable onLeave;
    private final BorderPane root = new BorderPane();
    private final Label progress = new Label();
    private final Label countdown = new Label();
    private final Label deckName = new Label();
    private final Label prompt = new Label();
    private final TextArea answer = new TextArea();
    private final Button previous = new Button("\u2190 Previous");
    private final Button next = new Button("Next \u2192");
    private final Button check = new Button("Check this answer");
    private final Button finish = new Button("Finish exam");
    private final Button leave = new Button("Leave");
    private final VBox feedback = new VBox();
    private final ScrollPane scroll;
    private final HBox navigation = new HBox(10);
    private final HBox confirmation = new HBox(10);
    private final Label confirmText = new Label();
    private final Timeline ticker;
    private int index;
    /** Grading never runs on the JavaFX thread: a long answer or a large rubric must not freeze the countdown. */
    private static final java.util.concurrent.Executor GRADING = java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "latent-exam-grading");
        thread.setDaemon(true);
        return thread;
    });
    /** Where grading runs; tests hold it to see the window while answers are being graded. */
    static java.util.concurrent.Executor gradingExecutor = GRADING;
    /** True while a check or the hand-in is being graded: the session is the grading thread's until it is done. */
    private boolean grading;
    /** True once the exam is being handed in: it is recorded when graded, so it can no longer be left. */
    private boolean handingIn;
    /** The time ran out while an answer was being checked: hand in as soon as that check is done. */
    private boolean finishWhenGraded;
    /** The learner left without handing in: a check still being graded must not hand the exam in after all. */
    private boolean left;
    /** The bar asks about finishing (not leaving): keeping on answering then goes to the first blank question. */
    private boolean askingToFinish;

    ExamView(ExamSession session, Consumer<ExamReport> onFinished, Runnable onLeave) {
        this.session = session;
        this.onFinished = onFinished;
        this.onLeave = onLeave;
        progress.setId("exam-progress");
        progress.getStyleClass().add(Styles.TEXT_BOLD);
        countdown.setId("exam-countdown");
        countdown.getStyleClass().addAll("exam-countdown", Styles.TEXT_BOLD);
        countdown.setVisible(session.deadline().isPresent());
        countdown.setManaged(session.deadline().isPresent());
        finish.setId("exam-finish");
        finish.getStyleClass().add(Styles.ACCENT);
        finish.setTooltip(new Tooltip("Hand in every answer and see the report"));
        finish.setOnAction(e -> askToFinish());
        leave.setId("exam-leave");
        leave.getStyleClass().add(Styles.FLAT);
        leave.setTooltip(new Tooltip("Leave without handing in: nothing is recorded (Esc)"));
        leave.setOnAction(e -> askToLeave());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(16, progress, spacer, countdown, leave, finish);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("top-bar");
        root.setTop(top);

        deckName.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        prompt.setId("exam-prompt");
        prompt.getStyleClass().addAll(Styles.TITLE_3, "prompt");
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        answer.setId("exam-answer");
        answer.setWrapText(true);
        answer.setPrefRowCount(7);
        answer.setPromptText("Type your answer");
        answer.textProperty().addListener((o, old, text) -> {
            session.setAnswer(index, text);
            updateCheck();
        });
        previous.setId("exam-prev");
        next.setId("exam-next");
        check.setId("exam-check");
        check.setTooltip(new Tooltip("Grade this answer now and show the model answer; the answer is then locked"));
        previous.setOnAction(e -> show(index - 1));
        next.setOnAction(e -> show(index + 1));
        check.setOnAction(e -> checkCurrent());
        previous.setTooltip(new Tooltip("Previous question (Alt+Left)"));
        next.setTooltip(new Tooltip("Next question (Alt+Right)"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Button button : List.of(previous, next, check, finish, leave)) button.setMinWidth(Region.USE_PREF_SIZE);
        navigation.getChildren().setAll(previous, next, gap, check);
        navigation.setAlignment(Pos.CENTER_LEFT);
        navigation.setId("exam-navigation");
        navigation.getStyleClass().add("bottom-bar");
        buildConfirmation();
        root.setBottom(navigation);
        feedback.setId("exam-feedback");
        VBox page = new VBox(14, deckName, prompt, answer, feedback);
        page.getStyleClass().addAll("page", "study-page");
        scroll = new ScrollPane(Pages.centered(page));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        Pages.keepInViewWhileTyping(scroll, answer);
        // A question at the bottom (leave? hand in?) is taller than the navigation at large text: the view above it
        // shrinks, and the answer box must stay in it, what the student typed with it.
        root.bottomProperty().addListener((o, old, bar) -> Pages.scrollIntoView(scroll, answer));
        // Its height can settle a layout pass after it is shown (4 px taller at 300 % on 1366x768, its bars compact):
        // the box stays in view then too.
        confirmation.heightProperty().addListener((o, old, h) -> {
            if (root.getBottom() == confirmation) Pages.scrollIntoView(scroll, answer);
        });
        root.setCenter(scroll);
        ShortWindow.compactWhenShort(root, progress); // large text in a short window: slimmer bars (latent.css)
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && root.getBottom() == confirmation) {
                keepAnswering();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                askToLeave();
                e.consume();
            } else if (grading) {
                return; // moving to another question would change the session the grading thread is reading
            } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT && index + 1 < session.size()) {
                show(index + 1);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.LEFT && index > 0) {
                show(index - 1);
                e.consume();
            }
        });

        ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(250), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        if (session.deadline().isPresent()) ticker.play();
        // Stop ticking once the screen is gone, whatever took it away.
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene == null) ticker.stop();
        });
        show(0);
        tick();
    }

    Node node() {
        return root;
    }

    void focusAnswer() {
        Platform.runLater(answer::requestFocus);
    }

    /** Updates the countdown and ends the exam when the time is up. */
    void tick() {
        if (session.isFinished() || grading) return;
        session.remaining().ifPresent(left -> {
            countdown.setText(clock(left) + " left");
            countdown.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
            if (left.compareTo(Duration.ofMinutes(1)) < 0) countdown.getStyleClass().add(Styles.DANGER);
            else if (left.compareTo(Duration.ofMinutes(5)) < 0) countdown.getStyleClass().add(Styles.WARNING);
            countdown.setAccessibleText(clock(left) + " left in the exam");
        });
        if (session.isTimeUp()) finishNow();
    }

    static String clock(Duration left) {
        long seconds = (left.toMillis() + 999) / 1000; // round up: 0:00 only when the time is really up
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    private void show(int target) {
        int previousIndex = index;
        index = Math.max(0, Math.min(session.size() - 1, target));
        ExamQuestion question = session.questions().get(index);
        progress.setText("Question " + (index + 1) + " of " + session.size());
        deckName.setText(question.deck().title());
        prompt.setText(question.question().prompt());
        answer.setText(session.answer(index));
        answer.setEditable(session.isEditable(index));
        previous.setDisable(index == 0);
        next.setDisable(index == session.size() - 1);
        updateCheck();
        feedback.getChildren().clear();
        if (session.isChecked(index)) showFeedback(session.check(index));
        answer.positionCaret(answer.getLength());
        answer.requestFocus();
        if (index != previousIndex) {
            // As the reviewer does for each card: from the top of the page, then down just enough to show the box,
            // so a question taller than the view shows as much of it as fits (the page still scrolls to the rest).
            // The focus often stays in the box (Alt+Right), so its own scrolling would not run.
            scroll.setVvalue(0);
            Pages.showTypingBox(scroll, answer);
        }
    }

    /** Check locks the answer, so it stays off while there is nothing to check. */
    private void updateCheck() {
        check.setDisable(session.isChecked(index) || session.isTimeUp() || answer.getText().isBlank());
    }

    private void checkCurrent() {
        if (answer.getText().isBlank() || grading) return;
        int at = index;
        setGrading(true, "Grading your answer\u2026");
        java.util.concurrent.CompletableFuture.supplyAsync(() -> session.check(at), gradingExecutor)
                .whenComplete((score, failure) -> Platform.runLater(() -> {
                    if (left) return;
                    setGrading(false, "");
                    if (failure != null) {
                        progress.setText("Could not grade this answer: " + failure.getMessage());
                    } else if (index == at) {
                        answer.setEditable(false);
                        check.setDisable(true);
                        showFeedback(score);
                    }
                    if (finishWhenGraded || session.isTimeUp()) finishNow();
                }));
    }

    /**
     * While a check is graded the learner may still leave (Esc or Leave): nothing of the exam is recorded, and the
     * check's result is dropped. The hand-in cannot be left: it is recorded once graded.
     */
    private void setGrading(boolean on, String message) {
        grading = on;
        for (Node control : List.of(previous, next, check, finish, answer)) control.setDisable(on);
        leave.setDisable(on && handingIn);
        if (on) {
            progress.setText(message);
            // Off the disabled controls and onto the screen, where the keys (Esc) still reach it.
            if (!leave.isFocused()) root.requestFocus();
        } else {
            show(index); // the progress text, the buttons' states and the focus, as the question left them
            if (root.getBottom() == confirmation) confirmation.lookup("#exam-keep-answering").requestFocus(); // still asking
        }
    }

    private void showFeedback(Optional<ScoreResult> score) {
        ExamQuestion question = session.questions().get(index);
        StudySession.Feedback shown = new StudySession.Feedback(session.answer(index), score,
                score.map(s -> RatingThresholds.DEFAULT.ratingFor(s.score())), Map.of(), Duration.ZERO);
        feedback.getChildren().setAll(new FeedbackPane(shown, question.question().answer()).node());
    }

    private void buildConfirmation() {
        confirmText.setId("exam-confirm-text");
        confirmText.setWrapText(true);
        confirmText.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(confirmText, Priority.ALWAYS);
        confirmText.setMaxWidth(Double.MAX_VALUE);
        Button keep = new Button("Keep answering");
        keep.setId("exam-keep-answering");
        keep.setOnAction(e -> keepAnswering());
        Button handIn = new Button("Hand in");
        handIn.setId("exam-hand-in");
        handIn.getStyleClass().add(Styles.ACCENT);
        handIn.setOnAction(e -> finishNow());
        Button leaveNow = new Button("Leave exam");
        leaveNow.setId("exam-leave-now");
        leaveNow.getStyleClass().add(Styles.DANGER);
        leaveNow.setOnAction(e -> leaveNow());
        keep.setMinWidth(Region.USE_PREF_SIZE);
        handIn.setMinWidth(Region.USE_PREF_SIZE);
        leaveNow.setMinWidth(Region.USE_PREF_SIZE);
        HBox choices = new HBox(10, keep, handIn, leaveNow);
        choices.setAlignment(Pos.CENTER_RIGHT);
        confirmation.getChildren().setAll(Pages.twoLinesWhenNarrow(confirmText, choices, "exam-confirmation-lines"));
        HBox.setHgrow(confirmation.getChildren().get(0), Priority.ALWAYS);
        confirmation.setAlignment(Pos.CENTER_LEFT);
        confirmation.setId("exam-confirmation");
        confirmation.getStyleClass().addAll("bottom-bar", "exam-confirmation");
    }

    /**
     * Finish asks first, in place of the navigation bar rather than in a dialog (the countdown keeps running and
     * may end the exam while it is open): it names the questions left blank, and its default is to keep answering
     * when there are any.
     */
    private void askToFinish() {
        if (session.isFinished()) return;
        var blank = session.unanswered();
        if (blank.isEmpty()) {
            confirmText.setText("Hand in all " + session.size() + " answers? You cannot change them afterwards.");
        } else {
            String numbers = String.join(", ", blank.stream().map(i -> Integer.toString(i + 1)).toList());
            confirmText.setText((blank.size() == 1 ? "Question " + numbers + " has" : blank.size() + " questions have")
                    + " no answer" + (blank.size() == 1 ? "" : " (" + numbers + ")")
                    + ". Hand in anyway? Unanswered questions score 0.");
        }
        Button keep = (Button) confirmation.lookup("#exam-keep-answering");
        Button handIn = confirm("#exam-hand-in");
        keep.setDefaultButton(!blank.isEmpty());
        handIn.setDefaultButton(blank.isEmpty());
        askingToFinish = true;
        root.setBottom(confirmation);
        (blank.isEmpty() ? handIn : keep).requestFocus();
    }

    /**
     * Leaving asks in the same place as Finish; keeping on answering is its default, so Enter loses nothing. Also while
     * an answer is being checked, but not once the exam is being handed in.
     */
    private void askToLeave() {
        if (handingIn || session.isFinished()) return;
        confirmText.setText("Leave without handing in? Nothing is recorded.");
        Button keep = (Button) confirmation.lookup("#exam-keep-answering");
        keep.setDefaultButton(true);
        confirm("#exam-leave-now").setDefaultButton(false);
        askingToFinish = false;
        root.setBottom(confirmation);
        keep.requestFocus();
    }

    /** Shows the confirmation's button with this id (hand in, or leave) and hides the other. */
    private Button confirm(String id) {
        Button shown = null;
        for (String each : List.of("#exam-hand-in", "#exam-leave-now")) {
            Button button = (Button) confirmation.lookup(each);
            button.setVisible(each.equals(id));
            button.setManaged(each.equals(id));
            if (each.equals(id)) shown = button;
        }
        return shown;
    }

    /** Abandons the exam: nothing is stored or counted, and the countdown stops. */
    private void leaveNow() {
        if (session.isFinished()) return;
        left = true;
        ticker.stop();
        onLeave.run();
    }

    private void keepAnswering() {
        root.setBottom(navigation);
        if (grading) {
            root.requestFocus(); // the question stays as it is until its check is graded
            return;
        }
        var blank = session.unanswered();
        if (askingToFinish && !blank.isEmpty()) {
            show(blank.get(0)); // Finish named the blank questions: go and answer them
        } else {
            answer.requestFocus(); // Esc was a slip: back to the same question, the caret where it was
        }
    }

    private void finishNow() {
        if (session.isFinished() || left) return;
        if (grading) {
            finishWhenGraded = true; // a check is under way; it hands in when done
            return;
        }
        ticker.stop();
        handingIn = true;
        setGrading(true, "Grading your exam\u2026");
        java.util.concurrent.CompletableFuture.supplyAsync(session::finish, gradingExecutor)
                .whenComplete((report, failure) -> Platform.runLater(() -> {
                    grading = false;
                    if (failure != null) {
                        handingIn = false;
                        for (Node control : List.of(previous, next, finish, leave, answer)) control.setDisable(false);
                        progress.setText("Could not grade the exam: " + failure.getMessage());
                        return;
                    }
                    onFinished.accept(report);
                }));
    }
}
