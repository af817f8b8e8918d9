package dev.latent.ui.review;

import atlantafx.base.theme.Styles;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.study.DeckWalkthrough;
import dev.latent.ui.common.OneOrTwoLines;
import dev.latent.ui.common.Pages;
import dev.latent.ui.common.TopBar;
import dev.latent.ui.feedback.ModelAnswerView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Preview: every question of a deck in order, without scheduling; a box to type the answer in, and the model answer
 * once revealed. Keys: Ctrl+Enter reveals, then moves on; Alt+Left / Alt+Right step back and forth (skipping is
 * allowed); Esc leaves.
 */
public final class StudyView {

    private static final KeyCombination SUBMIT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);

    private final DeckWalkthrough walkthrough;
    private final Runnable onLeave;

    private final BorderPane root = new BorderPane();
    private final Label progressText = new Label();
    private final ProgressBar progressBar = new ProgressBar(0);
    private final FlowPane tags = new FlowPane(6, 6);
    private final Label prompt = new Label();
    /** Holds the question's prompt image, if it has one. */
    private final VBox promptImage = new VBox();
    private final TextArea answer = new TextArea();
    private final Button reveal = new Button("Show answer");
    private final HBox revealRow = new HBox(12);
    private final VBox modelAnswer = new VBox(10);
    private final Button previous = new Button("Previous");
    private final Button next = new Button("Next question");
    private final VBox questionPage = new VBox(14);
    private final VBox finishedPage = new VBox(16);
    private final Node questionPageFrame = Pages.centered(questionPage);
    private final Node finishedPageFrame = Pages.centered(finishedPage);
    private final ScrollPane scroll = new ScrollPane();
    private final TopBar bar;
    /** The progress as "1/8" rather than "Question 1 of 8": the top bar's short form, in a short window. */
    private boolean shortProgress;

    public StudyView(DeckWalkthrough walkthrough, Runnable onLeave) {
        this.walkthrough = walkthrough;
        this.onLeave = onLeave;
        bar = topBar();
        root.setTop(bar.node());
        buildQuestionPage();
        buildFinishedPage();
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        Pages.keepInViewWhileTyping(scroll, answer, revealRow);
        root.setCenter(scroll);
        // Large text in a short window: the bars give their spare height to the question (latent.css, :compact).
        bar.compactWhenShort(root);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        showQuestion();
    }

    public Node node() {
        return root;
    }

    public void focusAnswer() {
        answer.requestFocus();
    }

    private TopBar topBar() {
        progressText.setId("progress");
        progressBar.setPrefWidth(160);
        progressBar.setAccessibleText("Questions revealed so far");
        TopBar topBar = new TopBar(walkthrough.deck().title(), "Back to the deck list (Esc)", this::leave, progressText, progressBar);
        // In a short window "1/8" rather than "Question 1 of 8", so the deck's title keeps its name on the one line.
        topBar.setShortForm(new TopBar.ShortForm() {
            @Override
            public double width(boolean shortForm) {
                return OneOrTwoLines.rowWidth(topBar.items(),
                        item -> item == progressText ? Pages.labelWidth(progressText, progress(shortForm)) : item.prefWidth(-1));
            }

            @Override
            public void show(boolean shortForm) {
                shortProgress = shortForm;
                showProgress();
            }
        });
        return topBar;
    }

    private void showProgress() {
        progressText.setText(progress(shortProgress));
        progressText.setAccessibleText(progress(false));
        progressText.setTooltip(shortProgress ? new Tooltip(progress(false)) : null);
    }

    private String progress(boolean shortForm) {
        int number = walkthrough.position() + 1;
        return shortForm ? number + "/" + walkthrough.size() : "Question " + number + " of " + walkthrough.size();
    }

    private void buildQuestionPage() {
        Pages.questionAndAnswer(prompt, answer);
        answer.setPromptText("Type your answer, then press Ctrl+Enter to compare it with the model answer.");

        reveal.setId("reveal");
        reveal.getStyleClass().add(Styles.ACCENT);
        reveal.setTooltip(new Tooltip("Show the model answer (Ctrl+Enter)"));
        reveal.setOnAction(e -> revealAnswer());
        Label hint = new Label("Ctrl+Enter");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        revealRow.getChildren().setAll(reveal, hint);
        revealRow.setAlignment(Pos.CENTER_LEFT);

        modelAnswer.setId("model-answer");
        modelAnswer.getStyleClass().addAll("card", "model-answer");

        previous.setId("previous");
        previous.setTooltip(new Tooltip("Previous question (Alt+Left)"));
        previous.setOnAction(e -> go(-1));
        next.setId("next");
        next.getStyleClass().add(Styles.ACCENT);
        next.setTooltip(new Tooltip("Next question (Alt+Right; Ctrl+Enter once the answer is shown)"));
        next.setOnAction(e -> go(+1));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox navRow = new HBox(12, previous, spacer, next);
        navRow.setAlignment(Pos.CENTER_LEFT);

        tags.getStyleClass().add("tags");
        promptImage.setMinWidth(0);
        questionPage.getChildren().addAll(tags, prompt, promptImage, answer, revealRow, modelAnswer, navRow);
        questionPage.getStyleClass().addAll("page", "study-page");
    }

    private void buildFinishedPage() {
        Label done = new Label();
        done.setId("finished");
        done.getStyleClass().add(Styles.TITLE_2);
        done.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "You went through all " + walkthrough.size() + " questions.", progressText.textProperty()));
        Label advice = new Label("Come back tomorrow and try them again without looking: recalling is what makes it stick.");
        advice.setWrapText(true);
        advice.getStyleClass().add(Styles.TEXT_MUTED);
        Button again = new Button("Go through again");
        again.setId("again");
        again.setOnAction(e -> {
            while (walkthrough.hasPrevious()) walkthrough.previous();
            showQuestion();
        });
        Button back = new Button("\u2190 Decks");
        back.setId("finish-back");
        back.getStyleClass().add(Styles.ACCENT);
        back.setDefaultButton(true);
        back.setOnAction(e -> leave());
        finishedPage.getChildren().addAll(done, advice, new HBox(12, back, again));
        finishedPage.getStyleClass().addAll("page", "study-page");
    }

    private void showQuestion() {
        Question question = walkthrough.current();
        showProgress();
        bar.arrange(); // "Question 10 of 12" is wider than "Question 9 of 12"
        progressBar.setProgress((double) walkthrough.revealedCount() / walkthrough.size());
        tags.getChildren().setAll(question.tags().stream().map(StudyView::tag).toList());
        prompt.setText(question.prompt());
        CardImage.showIn(promptImage, walkthrough.deck(), question.promptImage(), "prompt-image");
        answer.setText(walkthrough.typedAnswer());
        previous.setDisable(!walkthrough.hasPrevious());
        renderModelAnswer(question.answer());
        Node answerImage = CardImage.of(walkthrough.deck(), question.answerImage(), "answer-image");
        if (answerImage != null) modelAnswer.getChildren().add(answerImage);
        showRevealed(walkthrough.isRevealed());
        scroll.setContent(questionPageFrame);
        scroll.setVvalue(0);
    }

    private static Node tag(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("tag");
        return label;
    }

    private void renderModelAnswer(ModelAnswer model) {
        ModelAnswerView.fill(modelAnswer, model);
    }

    private void showRevealed(boolean revealed) {
        modelAnswer.setVisible(revealed);
        modelAnswer.setManaged(revealed);
        reveal.setDisable(revealed);
        // Previewing is not an exam: a question may be skipped without revealing its answer.
        next.setText(!walkthrough.hasNext() ? "Finish" : revealed ? "Next question" : "Skip \u2192");
    }

    private void revealAnswer() {
        walkthrough.reveal(answer.getText());
        progressBar.setProgress((double) walkthrough.revealedCount() / walkthrough.size());
        showRevealed(true);
        next.requestFocus();
        Pages.scrollIntoView(scroll, modelAnswer); // at large text it opens below the fold, the page unmoved
    }

    private void go(int direction) {
        walkthrough.type(answer.getText());
        if (direction < 0) {
            if (!walkthrough.hasPrevious()) return;
            walkthrough.previous();
        } else if (walkthrough.hasNext()) {
            walkthrough.next();
        } else {
            scroll.setContent(finishedPageFrame);
            finishedPage.getChildren().get(2).lookup("#finish-back").requestFocus();
            return;
        }
        showQuestion();
        if (walkthrough.isRevealed()) next.requestFocus();
        else answer.requestFocus();
    }

    private void onKey(KeyEvent event) {
        boolean onQuestion = scroll.getContent() == questionPageFrame;
        if (event.getCode() == KeyCode.ESCAPE) {
            leave();
        } else if (onQuestion && SUBMIT.match(event)) {
            if (walkthrough.isRevealed()) go(+1);
            else revealAnswer();
        } else if (onQuestion && PREVIOUS.match(event)) {
            go(-1);
        } else if (onQuestion && NEXT.match(event)) {
            go(+1);
        } else {
            return;
        }
        event.consume();
    }

    private void leave() {
        onLeave.run();
    }
}
