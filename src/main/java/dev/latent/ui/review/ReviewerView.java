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
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The reviewer, Anki's habits with a tutor's feedback: type an answer, submit (Ctrl+Enter) or say
 * "I don't know", see what the answer hit and missed beside the model answer, then rate with the
 * suggested rating focused (Space/Enter accepts it, 1-4 rate, Ctrl+Z or U undoes). Keys come from the
 * settings. Every rating is committed to the store before the next card appears.
 *
 * <p>One answer reads top to bottom below: a key press ({@link ReviewerKeys} says what it means), the answer
 * submitted from the {@link AnswerInput} and graded off the JavaFX thread, the feedback with the
 * {@link RatingBar}, the rating, and the next card.
 */
public final class ReviewerView {

    /** One thread grades for every reviewer, a daemon so it never keeps the app from quitting. */
    private static final java.util.concurrent.Executor GRADING = java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "latent-grading");
        thread.setDaemon(true);
        return thread;
    });
    /** Where grading runs; tests hold it to see the window while an answer is being graded. */
    static java.util.concurrent.Executor gradingExecutor = GRADING;

    private final StudySession session;
    private final Settings settings;
    private final ReviewerKeys keys;
    private final Runnable onLeave;
    private final Consumer<StudySession> onFinished;
    /** For the learner's own decks: opens the editor with words of an answer proposed as a concept's phrasing. */
    private final PhrasingProposals proposals;
    private final CardActions cardActions;

    private final BorderPane root = new BorderPane();
    private final ReviewerTopBar topBar;
    private final Label prompt = new Label();
    /** Holds the question's prompt image, if it has one. */
    private final VBox promptImage = new VBox();
    private final AnswerInput answer;
    private final VBox questionPage = new VBox(14);
    private final VBox feedbackHolder = new VBox();
    private final ScrollPane scroll = new ScrollPane();
    private final RatingBar ratingBar;
    private final Label status = new Label();
    /** Why the last rating or undo was not saved (a full disk, say): the card stays until it is. */
    private final Label saveProblem = new Label();

    /** The grading under way, if any. */
    private CompletableFuture<Optional<ScoreResult>> grading;
    private FeedbackPane feedbackPane;
    private final AutoAdvance autoAdvance = new AutoAdvance();
    /** A key that rated or undid must not also type its character into the next card's answer box. */
    private boolean swallowTyped;

    /** Where "add these words to the rubric" goes; null for decks the learner cannot edit (bundled ones). */
    public interface PhrasingProposals {
        void propose(String questionId, String conceptId, String words);
    }

    /** What the reviewer hands to other screens for the current card: the editor (E) and card info (I). */
    public interface CardActions {
        /** Opens the deck editor on the question; the card stays unanswered and due. */
        void edit(String questionId);

        void info(String questionId);
    }

    /** @param session a session with a card to show: one with nothing due goes to the summary instead */
    public ReviewerView(StudySession session, Settings settings, Runnable onLeave, Consumer<StudySession> onFinished,
                        PhrasingProposals proposals, CardActions cardActions) {
        if (session.current().isEmpty()) throw new IllegalArgumentException("nothing to review in " + session.deck().id());
        this.proposals = proposals;
        this.cardActions = cardActions;
        this.session = session;
        this.settings = settings;
        this.keys = new ReviewerKeys(new KeyBindings(settings));
        this.onLeave = onLeave;
        this.onFinished = onFinished;
        this.answer = new AnswerInput(keys, this::submit);
        this.ratingBar = new RatingBar(keys, this::rate);
        this.topBar = new ReviewerTopBar(session.deck().title(), keys, onLeave, this::undo, this::perform);
        root.setTop(topBar.node());
        buildQuestionPage();
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        scroll.setContent(Pages.centered(questionPage));
        Pages.keepInViewWhileTyping(scroll, answer.box(), answer.buttons());
        root.setCenter(scroll);
        root.getStyleClass().add("reviewer");
        // Large text in a short window: the bars give their spare height to the card (latent.css, :compact).
        topBar.compactWhenShort(root).addListener((o, was, compact) -> ratingBar.setCompact(compact));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
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

    /** Tells the learner something on the status line, as bury and flag do, before the keys' hint if one shows. */
    public void say(String message) {
        status.setText(status.getText().isEmpty() ? message : message + " " + status.getText());
    }

    public void focusStart() {
        if (session.feedback().isPresent()) focusSuggested();
        else answer.focus();
    }

    // ---------------------------------------------------------------- one answer: key, grade, feedback, rating

    /** Every key press starts here: Esc leaves, a dispute under way keeps its keys, the rest mean what they are bound to. */
    private void onKey(KeyEvent event) {
        boolean answering = session.feedback().isEmpty();
        if (!answering) cancelAutoAdvance();
        if (!answering && feedbackPane != null && feedbackPane.isDisputing()) {
            // Selecting words or choosing a grade: Esc closes it; while selecting words the other keys are the selection's.
            if (event.getCode() == KeyCode.ESCAPE) {
                feedbackPane.cancelDispute();
                focusSuggested();
                event.consume();
                return;
            }
            if (!feedbackPane.isChoosingGrade()) return;
            // The grade picker: 0-4 choose the grade, a grade button the learner moved to is theirs to press, and every
            // other key keeps its meaning (Space/Enter accept the suggested rating).
            int grade = KeyBindings.digit(event.getCode());
            if (grade >= 0 && grade <= 4) {
                feedbackPane.chooseGrade(grade);
                event.consume();
                swallowTyped = true;
                return;
            }
            if (feedbackPane.isInDispute(root.getScene() == null ? null : root.getScene().getFocusOwner())) return;
        }
        if (event.getCode() == KeyCode.ESCAPE) {
            onLeave.run();
        } else {
            Optional<KeyAction> action = keys.pressed(event, answering, answer.text().isEmpty());
            if (action.isEmpty()) return;
            perform(action.get());
        }
        event.consume();
        swallowTyped = true;
    }

    /** The keys that are characters (bury "-", suspend "@"), once the answer is graded. */
    private void onTyped(KeyEvent event) {
        if (session.feedback().isEmpty() || (feedbackPane != null && feedbackPane.isDisputing())) return;
        Optional<KeyAction> action = keys.typed(event);
        if (action.isEmpty()) return;
        perform(action.get());
        event.consume();
    }

    /** What a key, or the card menu, asked for. */
    private void perform(KeyAction action) {
        switch (action) {
            case SUBMIT -> submit(answer.text());
            case ACCEPT_SUGGESTION -> acceptSuggestion();
            case RATE_AGAIN -> rate(Rating.AGAIN);
            case RATE_HARD -> rate(Rating.HARD);
            case RATE_GOOD -> rate(Rating.GOOD);
            case RATE_EASY -> rate(Rating.EASY);
            case UNDO -> undo();
            case EDIT_CARD -> editCard();
            case CARD_INFO -> cardInfo();
            case BURY -> bury();
            case SUSPEND -> suspend();
            case FLAG_RED -> flag(1);
            case FLAG_ORANGE -> flag(2);
            case FLAG_GREEN -> flag(3);
            case FLAG_BLUE -> flag(4);
        }
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
            answer.show(false);
            showFeedback(feedback);
            focusSuggested();
            if (settings.autoAdvance()) {
                feedback.suggestion().ifPresent(s -> status.setText(status.getText() + " " + autoAdvance.start(s, this::rate)));
            }
        }));
    }

    private void setGrading(boolean busy) {
        answer.setGrading(busy);
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
        ratingBar.show(feedback);
        status.setText(ratingBar.hint(feedback));
        root.setBottom(ratingBar.node());
        Pages.scrollIntoView(scroll, feedbackHolder); // the score line, however long the question above it
    }

    private void focusSuggested() {
        session.feedback().ifPresent(f -> ratingBar.focus(f.suggested()));
    }

    /** Space/Enter rate with the focused rating button: the suggestion unless the learner moved focus. */
    private void acceptSuggestion() {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        rate(ratingBar.focusedOr(session.feedback().get().suggested(), focused));
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

    /** The session's current card, ready for an answer; with none left, the session is finished. */
    private void showCurrent() {
        cancelAutoAdvance();
        topBar.showCounts(session.queue());
        if (session.current().isEmpty()) {
            onFinished.accept(session);
            return;
        }
        prompt.setText(session.current().get().question().prompt());
        CardImage.showIn(promptImage, session.deck(), session.current().get().question().promptImage(), "prompt-image");
        topBar.showFlag(session.currentFlag());
        feedbackPane = null;
        answer.clearForNextCard();
        feedbackHolder.getChildren().clear();
        status.setText(""); // the last card's rating hint is not this card's
        showSaveProblem(null);
        root.setBottom(null);
        scroll.setVvalue(0);
        if (session.feedback().isPresent()) {
            // Undo brought the card back graded, as it was before the rating: its feedback, ready to rate again.
            answer.show(false);
            showFeedback(session.feedback().get());
            focusSuggested();
            return;
        }
        session.returnedAnswer().ifPresent(answer::restore);
        answer.focus();
    }

    /**
     * Back from the editor with the deck changed: the session takes the edited deck and the card is shown as it now
     * reads; an answer typed but not yet submitted for the same card stays in the box.
     */
    public void useEditedDeck(dev.latent.deck.Deck edited) {
        Optional<dev.latent.store.CardKey> before = session.current().map(StudySession.StudyCard::key);
        String typed = unsubmittedAnswer();
        session.useEditedDeck(edited);
        showCurrent();
        boolean sameCard = session.current().map(StudySession.StudyCard::key).equals(before);
        if (sameCard && session.feedback().isEmpty() && !typed.isEmpty()) answer.restore(typed);
    }

    /** An answer typed but not yet submitted ("" once graded): a reviewer taking over this one's session keeps it. */
    public String unsubmittedAnswer() {
        return session.feedback().isEmpty() ? answer.text() : "";
    }

    // ---------------------------------------------------------------- undo, disputes, auto-advance

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

    private void cancelAutoAdvance() {
        autoAdvance.cancel();
    }

    // ---------------------------------------------------------------- card actions: edit, info, bury, suspend, flag

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
        topBar.showFlag(set);
        status.setText(set == 0 ? "Flag removed." : "Flagged " + dev.latent.browse.Flag.of(set).title().toLowerCase() + ".");
    }

    // ---------------------------------------------------------------- the page

    private void buildQuestionPage() {
        Pages.questionAndAnswer(prompt, answer.box());
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
        questionPage.getChildren().addAll(prompt, promptImage, answer.box(), answer.buttons(), feedbackHolder, status, saveProblem);
        questionPage.getStyleClass().addAll("page", "study-page", "reviewer-page");
    }
}
