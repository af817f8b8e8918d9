package dev.latent.ui.review;

import atlantafx.base.theme.Styles;
import dev.latent.scheduling.Rating;
import dev.latent.scoring.ScoreResult;
import dev.latent.settings.KeyAction;
import dev.latent.settings.Settings;
import dev.latent.store.StoreException;
import dev.latent.study.StudySession;
import dev.latent.ui.common.KeyBindings;
import dev.latent.ui.common.Pages;
import dev.latent.ui.feedback.FeedbackPane;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The reviewer, Anki's habits with a tutor's feedback: type an answer, submit (Ctrl+Enter) or say
 * "I don't know", see what the answer hit and missed beside the model answer, then rate with the
 * suggested rating focused (Space/Enter accepts it, 1-4 rate, Ctrl+Z or U undoes). Keys come from the
 * settings. Every rating is committed to the store before the next card appears.
 */
public final class ReviewerView {

    /** How long auto-advance waits on the feedback before accepting the suggested rating. */
    static Duration autoAdvanceDelay = Duration.seconds(10);

    private final StudySession session;
    private final Settings settings;
    private final KeyBindings keys;
    private final Runnable onLeave;
    private final Consumer<StudySession> onFinished;

    private final BorderPane root = new BorderPane();
    private final Label newCount = new Label();
    private final Label learningCount = new Label();
    private final Label dueCount = new Label();
    private final Label prompt = new Label();
    /** Holds the question's prompt image, if it has one. */
    private final javafx.scene.layout.VBox promptImage = new javafx.scene.layout.VBox();
    private final TextArea answer = new TextArea();
    private final Button submit = new Button("Submit");
    private final Button dontKnow = new Button("I don't know");
    private final HBox answerButtons = new HBox(12);
    private final VBox questionPage = new VBox(14);
    private final VBox feedbackHolder = new VBox();
    private final ScrollPane scroll = new ScrollPane();
    private final HBox ratingBar = new HBox(10);
    private final Map<Rating, Button> ratingButtons = new EnumMap<>(Rating.class);
    private final Label status = new Label();
    /** Why the last rating or undo was not saved (a full disk, say): the card stays until it is. */
    private final Label saveProblem = new Label();
    private Timeline autoAdvance;
    /** The grading under way, if any. */
    private CompletableFuture<Optional<ScoreResult>> grading;
    /** One thread grades for every reviewer, a daemon so it never keeps the app from quitting. */
    private static final java.util.concurrent.Executor GRADING = java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "latent-grading");
        thread.setDaemon(true);
        return thread;
    });
    /** Where grading runs; tests hold it to see the window while an answer is being graded. */
    static java.util.concurrent.Executor gradingExecutor = GRADING;
    private boolean swallowTyped;
    private FeedbackPane feedbackPane;
    /** For the learner's own decks: opens the editor with words of an answer proposed as a concept's phrasing. */
    private final PhrasingProposals proposals;

    /** Where "add these words to the rubric" goes; null for decks the learner cannot edit (bundled ones). */
    public interface PhrasingProposals {
        void propose(String questionId, String conceptId, String words);
    }

    /** What the reviewer hands to other screens for the current card: the editor (E) and card info (I). */
    public interface CardActions {
        CardActions NONE = new CardActions() {
            @Override
            public void edit(String questionId) {
            }

            @Override
            public void info(String questionId) {
            }
        };

        /** Opens the deck editor on the question; the card stays unanswered and due. */
        void edit(String questionId);

        void info(String questionId);
    }

    private final CardActions cardActions;
    /** The card actions by key, tried in the order of {@link KeyAction}. */
    private final Map<KeyAction, Runnable> cardActionKeys = new EnumMap<>(Map.of(
            KeyAction.FLAG_RED, () -> flag(1), KeyAction.FLAG_ORANGE, () -> flag(2),
            KeyAction.FLAG_GREEN, () -> flag(3), KeyAction.FLAG_BLUE, () -> flag(4),
            KeyAction.EDIT_CARD, this::editCard, KeyAction.CARD_INFO, this::cardInfo,
            KeyAction.BURY, this::bury, KeyAction.SUSPEND, this::suspend));
    private final Label flagMark = new Label();

    /** @param session a session with a card to show: one with nothing due goes to the summary instead */
    ReviewerView(StudySession session, Settings settings, Runnable onLeave, Consumer<StudySession> onFinished) {
        this(session, settings, onLeave, onFinished, null, CardActions.NONE);
    }

    public ReviewerView(StudySession session, Settings settings, Runnable onLeave, Consumer<StudySession> onFinished,
                        PhrasingProposals proposals, CardActions cardActions) {
        if (session.current().isEmpty()) throw new IllegalArgumentException("nothing to review in " + session.deck().id());
        this.proposals = proposals;
        this.cardActions = cardActions;
        this.session = session;
        this.settings = settings;
        this.keys = new KeyBindings(settings);
        this.onLeave = onLeave;
        this.onFinished = onFinished;
        root.setTop(topBar());
        buildQuestionPage();
        buildRatingBar();
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        scroll.setContent(Pages.centered(questionPage));
        root.setCenter(scroll);
        root.getStyleClass().add("reviewer");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // A key that rated or undid must not also type its character into the next card's answer box.
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) e.consume();
            else onTyped(e);
        });
        root.addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowTyped = false);
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> cancelAutoAdvance());
        showCurrent();
    }

    public Node node() {
        return root;
    }

    public void focusStart() {
        if (session.feedback().isPresent()) focusSuggested();
        else answer.requestFocus();
    }

    private Node topBar() {
        newCount.setId("remaining-new");
        learningCount.setId("remaining-learning");
        dueCount.setId("remaining-due");
        newCount.getStyleClass().addAll("due-count", "count-new");
        learningCount.getStyleClass().addAll("due-count", "count-learning");
        dueCount.getStyleClass().addAll("due-count", "count-due");
        newCount.setTooltip(new Tooltip("New cards left today"));
        learningCount.setTooltip(new Tooltip("Learning cards due now"));
        dueCount.setTooltip(new Tooltip("Review cards left today"));
        Button undo = new Button("Undo");
        undo.setId("undo");
        undo.getStyleClass().add(Styles.FLAT);
        undo.setTooltip(new Tooltip("Take back the last rating (" + keys.label(KeyAction.UNDO) + ")"));
        undo.setOnAction(e -> undo());
        undo.setFocusTraversable(false);
        flagMark.setId("card-flag");
        flagMark.getStyleClass().add("card-flag");
        return Pages.topBar(session.deck().title(), "Back to the deck list (Esc). Every rating is already saved.",
                onLeave, flagMark, newCount, learningCount, dueCount, undo, cardMenu());
    }

    /** Anki's "More" menu: every card action with its key, so each is found without knowing the key. */
    private Node cardMenu() {
        MenuButton menu = new MenuButton("Card");
        menu.setId("card-menu");
        menu.getStyleClass().add(Styles.FLAT);
        menu.setFocusTraversable(false);
        menu.setTooltip(new Tooltip("Edit, bury, suspend, flag this card or see its history"));
        menu.getItems().addAll(
                item("Edit", "card-edit", KeyAction.EDIT_CARD, this::editCard),
                item("Card info", "card-info-item", KeyAction.CARD_INFO, this::cardInfo),
                new SeparatorMenuItem(),
                item("Bury until tomorrow", "card-bury", KeyAction.BURY, this::bury),
                item("Suspend", "card-suspend", KeyAction.SUSPEND, this::suspend),
                new SeparatorMenuItem(),
                item("Flag red", "card-flag-1", KeyAction.FLAG_RED, () -> flag(1)),
                item("Flag orange", "card-flag-2", KeyAction.FLAG_ORANGE, () -> flag(2)),
                item("Flag green", "card-flag-3", KeyAction.FLAG_GREEN, () -> flag(3)),
                item("Flag blue", "card-flag-4", KeyAction.FLAG_BLUE, () -> flag(4)));
        return menu;
    }

    private MenuItem item(String text, String id, KeyAction action, Runnable run) {
        String key = keys.label(action);
        MenuItem item = new MenuItem(key.isEmpty() ? text : text + "   (" + key + ")");
        item.setId(id);
        item.setOnAction(e -> run.run());
        return item;
    }

    private void editCard() {
        session.current().ifPresent(card -> cardActions.edit(card.question().id()));
    }

    private void cardInfo() {
        session.current().ifPresent(card -> cardActions.info(card.question().id()));
    }

    private void bury() {
        if (session.current().isEmpty()) return;
        cancelAutoAdvance();
        session.bury();
        showCurrent();
        status.setText("Buried until tomorrow: the card comes back at the next study day.");
    }

    private void suspend() {
        if (session.current().isEmpty()) return;
        cancelAutoAdvance();
        session.suspend();
        showCurrent();
        status.setText("Suspended: it stays out of study until you unsuspend it in the card browser.");
    }

    private void flag(int flag) {
        if (session.current().isEmpty()) return;
        int set = session.toggleFlag(flag);
        showFlag(set);
        status.setText(set == 0 ? "Flag removed." : "Flagged " + dev.latent.browse.Flag.of(set).title().toLowerCase() + ".");
    }

    private void showFlag(int flag) {
        flagMark.setText(flag == 0 ? "" : "\u2691 " + dev.latent.browse.Flag.of(flag).title());
        flagMark.setVisible(flag != 0);
        flagMark.setManaged(flag != 0);
        flagMark.getStyleClass().removeIf(c -> c.startsWith("flag-"));
        if (flag != 0) flagMark.getStyleClass().add("flag-" + flag);
    }

    private void buildQuestionPage() {
        Pages.questionAndAnswer(prompt, answer);

        submit.setId("submit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setTooltip(new Tooltip("Grade your answer and show the model answer (" + keys.label(KeyAction.SUBMIT) + ")"));
        submit.setOnAction(e -> submit(answer.getText()));
        dontKnow.setId("dont-know");
        dontKnow.setTooltip(new Tooltip("Show the model answer without answering; counts as an empty answer"));
        dontKnow.setOnAction(e -> submit(""));
        Label hint = new Label(keys.label(KeyAction.SUBMIT));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        answerButtons.getChildren().setAll(submit, hint, new Region(), dontKnow);
        HBox.setHgrow(answerButtons.getChildren().get(2), Priority.ALWAYS);
        answerButtons.setAlignment(Pos.CENTER_LEFT);
        answerButtons.setId("answer-buttons");

        status.setId("status");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.setWrapText(true); // at 300 % text the rating hint of a card without a rubric is wider than the page
        status.setMinHeight(Region.USE_PREF_SIZE);
        feedbackHolder.setId("feedback-holder");
        saveProblem.setId("save-problem");
        saveProblem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
        saveProblem.setWrapText(true);
        showSaveProblem(null);
        promptImage.setMinWidth(0);
        questionPage.getChildren().addAll(prompt, promptImage, answer, answerButtons, feedbackHolder, status, saveProblem);
        questionPage.getStyleClass().addAll("page", "study-page", "reviewer-page");
    }

    private void buildRatingBar() {
        for (Rating rating : Rating.values()) {
            Button button = new Button(label(rating));
            button.setId("rate-" + rating.name().toLowerCase());
            button.getStyleClass().addAll("rating-button", "rating-" + rating.name().toLowerCase());
            button.setContentDisplay(ContentDisplay.TOP);
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
            button.setOnAction(e -> rate(rating));
            ratingButtons.put(rating, button);
            ratingBar.getChildren().add(button);
        }
        ratingBar.setId("rating-bar");
        ratingBar.getStyleClass().add("rating-bar");
        ratingBar.setAlignment(Pos.CENTER);
    }

    private static String label(Rating rating) {
        String name = rating.name();
        return name.charAt(0) + name.substring(1).toLowerCase();
    }

    private KeyAction rateAction(Rating rating) {
        return switch (rating) {
            case AGAIN -> KeyAction.RATE_AGAIN;
            case HARD -> KeyAction.RATE_HARD;
            case GOOD -> KeyAction.RATE_GOOD;
            case EASY -> KeyAction.RATE_EASY;
        };
    }

    private void showCurrent() {
        cancelAutoAdvance();
        var queue = session.queue();
        newCount.setText("New " + queue.newCount());
        learningCount.setText("Learning " + queue.learningCount());
        dueCount.setText("Due " + queue.reviewCount());
        if (session.current().isEmpty()) {
            onFinished.accept(session);
            return;
        }
        prompt.setText(session.current().get().question().prompt());
        CardImage.showIn(promptImage, session.deck(), session.current().get().question().promptImage(), "prompt-image");
        showFlag(session.currentFlag());
        feedbackPane = null;
        answer.clear();
        showAnswerBox(true);
        answer.setPromptText("Type your answer in your own words, then press " + keys.label(KeyAction.SUBMIT) + ".");
        feedbackHolder.getChildren().clear();
        status.setText(""); // the last card's rating hint is not this card's
        showSaveProblem(null);
        root.setBottom(null);
        scroll.setVvalue(0);
        answer.requestFocus();
    }

    /**
     * Grades on a thread of its own, never on the JavaFX thread: the window keeps drawing and answering keys (Esc
     * leaves) however long a rubric takes. The feedback is shown when the score is in, if the card is still shown.
     */
    private void submit(String typed) {
        if (grading != null || session.current().isEmpty() || session.feedback().isPresent()) return;
        StudySession.StudyCard card = session.current().get();
        setGrading(true);
        grading = CompletableFuture.supplyAsync(() -> session.grade(card, typed), gradingExecutor);
        grading.whenComplete((score, failure) -> Platform.runLater(() -> {
            grading = null;
            setGrading(false);
            if (session.current().filter(card::equals).isEmpty() || session.feedback().isPresent()) return;
            if (failure != null) {
                status.setText("Could not grade this answer: " + failure.getMessage());
                return;
            }
            StudySession.Feedback feedback = session.submit(typed, score);
            // The feedback shows the answer again, highlighted; the box would only repeat it.
            showAnswerBox(false);
            showFeedback(feedback);
            focusSuggested();
            if (settings.autoAdvance()) feedback.suggestion().ifPresent(this::startAutoAdvance);
        }));
    }

    private void setGrading(boolean busy) {
        answer.setEditable(!busy);
        submit.setDisable(busy);
        dontKnow.setDisable(busy);
        if (busy) status.setText("Grading your answer\u2026");
        else if ("Grading your answer\u2026".equals(status.getText())) status.setText("");
    }

    /** The feedback and the rating bar for it; again after the learner disputes the grade. */
    private void showFeedback(StudySession.Feedback feedback) {
        feedbackPane = new FeedbackPane(feedback, session.current().get().question().answer(), new FeedbackPane.Disputes() {
            @Override
            public void claim(String conceptId, dev.latent.scoring.Span words) {
                dispute(() -> session.claimConcept(conceptId, words));
            }

            @Override
            public void correct(int grade) {
                dispute(() -> session.correctGrade(grade));
            }
        });
        feedbackHolder.getChildren().setAll(feedbackPane.node());
        Node answerImage = CardImage.of(session.deck(), session.current().get().question().answerImage(), "answer-image");
        if (answerImage != null) feedbackHolder.getChildren().add(answerImage);
        if (proposals != null) {
            feedback.disputed().flatMap(sample -> sample.claims().isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(sample.claims().get(sample.claims().size() - 1))).ifPresent(claim -> {
                Button propose = new Button("Add \u201c" + claim.words() + "\u201d to the rubric\u2026");
                propose.setId("propose-phrasing");
                propose.getStyleClass().add(Styles.FLAT);
                propose.setTooltip(new Tooltip("Open the deck editor with these words proposed as a phrasing of the concept;"
                        + " this card is not rated and stays due"));
                propose.setOnAction(e -> proposals.propose(session.current().get().question().id(), claim.conceptId(), claim.words()));
                feedbackHolder.getChildren().add(propose);
            });
        }
        for (Rating rating : Rating.values()) {
            Button button = ratingButtons.get(rating);
            String interval = feedback.intervals().get(rating);
            String keyHint = keys.label(rateAction(rating));
            button.setText(label(rating) + (keyHint.isEmpty() ? "" : "  " + keyHint) + "\n" + interval);
            boolean suggested = feedback.suggestion().filter(s -> s == rating).isPresent();
            button.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("suggested"), suggested);
            button.getStyleClass().remove(Styles.ACCENT);
            if (suggested) button.getStyleClass().add(Styles.ACCENT);
            button.setTooltip(new Tooltip("Rate " + label(rating) + ": next in " + interval
                    + (keyHint.isEmpty() ? "" : " (" + keyHint + ")") + (suggested ? ". Suggested by your score." : "")));
            button.setAccessibleText("Rate " + label(rating) + ", next review in " + interval + (suggested ? ", suggested" : ""));
        }
        // Without a rubric nothing justifies a suggestion: accepting then rates Good, Anki's default answer.
        status.setText(feedback.suggestion().map(s -> "Suggested: " + label(s) + ". "
                        + keys.label(KeyAction.ACCEPT_SUGGESTION) + " accepts it, ")
                .orElse("No rubric grades this card: rate how well you knew it. " + keys.label(KeyAction.ACCEPT_SUGGESTION)
                        + " rates Good, ")
                + keys.label(KeyAction.RATE_AGAIN) + "\u2013" + keys.label(KeyAction.RATE_EASY)
                + " rate, " + keys.label(KeyAction.UNDO) + " undoes.");
        root.setBottom(ratingBar);
    }

    /** Applies a dispute and shows the feedback again; a refused one is told, and nothing changes. */
    private void dispute(java.util.function.Supplier<StudySession.Feedback> change) {
        cancelAutoAdvance();
        try {
            showFeedback(change.get());
            focusSuggested();
        } catch (IllegalArgumentException | IllegalStateException e) {
            feedbackPane.say(e.getMessage());
        } catch (StoreException e) {
            feedbackPane.say("Not kept: " + e.getMessage());
        }
    }

    private void showAnswerBox(boolean shown) {
        for (Node node : List.of(answer, answerButtons)) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }

    private void focusSuggested() {
        session.feedback().ifPresent(f -> ratingButtons.get(f.suggested()).requestFocus());
    }

    private void startAutoAdvance(Rating suggested) {
        autoAdvance = new Timeline(new KeyFrame(autoAdvanceDelay, e -> rate(suggested)));
        autoAdvance.play();
        status.setText(status.getText() + " Auto-advance rates " + label(suggested) + " in "
                + (int) autoAdvanceDelay.toSeconds() + "s unless you press a key.");
    }

    private void cancelAutoAdvance() {
        if (autoAdvance != null) {
            autoAdvance.stop();
            autoAdvance = null;
        }
    }

    private void rate(Rating rating) {
        if (session.feedback().isEmpty()) return;
        cancelAutoAdvance();
        try {
            session.rate(rating);
        } catch (dev.latent.store.StaleReviewException e) {
            // The card moved elsewhere since it was shown: the session shows the queue as it now is.
            showCurrent();
            status.setText(e.getMessage());
            return;
        } catch (StoreException e) {
            // Nothing was recorded: the card and its feedback stay, so the learner can rate again once it can be saved.
            showSaveProblem("Your rating was not saved. " + e.getMessage() + " This card stays until its rating is saved.");
            focusSuggested();
            return;
        }
        showCurrent();
    }

    private void undo() {
        cancelAutoAdvance();
        if (grading != null) return; // the answer being graded belongs to this card: let it finish first
        try {
            if (session.undo().isPresent()) {
                showCurrent();
            } else {
                status.setText("Nothing to undo.");
            }
        } catch (StoreException e) {
            showSaveProblem("Undo did not happen. " + e.getMessage());
        }
    }

    private void showSaveProblem(String message) {
        saveProblem.setText(message == null ? "" : message);
        saveProblem.setVisible(message != null);
        saveProblem.setManaged(message != null);
    }

    private void onKey(KeyEvent event) {
        boolean answering = session.feedback().isEmpty();
        if (!answering) cancelAutoAdvance();
        if (!answering && feedbackPane != null && feedbackPane.isDisputing()) {
            // Selecting words or choosing a grade: the keys belong to that, Esc closes it.
            if (event.getCode() == KeyCode.ESCAPE) {
                feedbackPane.cancelDispute();
                focusSuggested();
                event.consume();
            }
            return;
        }
        if (event.getCode() == KeyCode.ESCAPE) {
            onLeave.run();
        } else if (answering && keys.matches(KeyAction.SUBMIT, event)) {
            submit(answer.getText());
        } else if (keys.matches(KeyAction.UNDO, event) && (!answering || undoAllowedWhileTyping(event))) {
            undo();
        } else if (!answering && keys.matches(KeyAction.ACCEPT_SUGGESTION, event)) {
            // Space/Enter rate with the focused rating button: the suggestion unless the learner moved focus.
            Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
            Rating chosen = session.feedback().get().suggested();
            for (Map.Entry<Rating, Button> entry : ratingButtons.entrySet()) {
                if (entry.getValue() == focused) chosen = entry.getKey();
            }
            rate(chosen);
        } else if (!answering && ratingKey(event) != null) {
            rate(ratingKey(event));
        } else if (cardKey(event, answering) != null) {
            cardKey(event, answering).run();
        } else {
            return;
        }
        event.consume();
        swallowTyped = true;
    }

    /**
     * The card actions' keys: with a modifier (flags) they work at any time; a plain key (E, I) only once the answer
     * is graded, since before that it is a letter of the answer.
     */
    private Runnable cardKey(KeyEvent event, boolean answering) {
        boolean modified = event.isShortcutDown() || event.isControlDown() || event.isAltDown() || event.isMetaDown();
        if (answering && !modified) return null;
        for (Map.Entry<KeyAction, Runnable> action : cardActionKeys.entrySet()) {
            if (keys.matches(action.getKey(), event)) return action.getValue();
        }
        return null;
    }

    /** Bury (-) and suspend (@) are characters: matched as typed, once the answer is graded. */
    private void onTyped(KeyEvent event) {
        if (session.feedback().isEmpty() || (feedbackPane != null && feedbackPane.isDisputing())) return;
        if (keys.matchesTyped(KeyAction.BURY, event)) bury();
        else if (keys.matchesTyped(KeyAction.SUSPEND, event)) suspend();
        else return;
        event.consume();
    }

    /** While typing, a plain letter like U is text, and Ctrl+Z undoes typing until the box is empty. */
    private boolean undoAllowedWhileTyping(KeyEvent event) {
        boolean modified = event.isShortcutDown() || event.isControlDown() || event.isAltDown() || event.isMetaDown();
        return modified && answer.getText().isEmpty();
    }

    private Rating ratingKey(KeyEvent event) {
        for (Rating rating : Rating.values()) {
            if (keys.matches(rateAction(rating), event)) return rating;
        }
        return null;
    }
}
