package dev.latent.ui.feedback;

import atlantafx.base.theme.Styles;
import dev.latent.deck.ModelAnswer;
import dev.latent.scoring.ConceptResult;
import dev.latent.scoring.ConceptStatus;
import dev.latent.scoring.Evidence;
import dev.latent.scoring.MisconceptionResult;
import dev.latent.scoring.ScoreResult;
import dev.latent.scoring.Span;
import dev.latent.store.PersonalSample;
import dev.latent.study.StudySession;
import dev.latent.ui.common.Themes;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the learner sees after submitting: the score, each key concept hit, missed or negated with the
 * learner's own words highlighted where it was found, misconceptions flagged, and the model answer beside.
 * All deck and answer text is shown as plain text, never as markup.
 */
public final class FeedbackPane {

    /** Below this width (at 100 % text; it grows with the text size) the two columns stack. */
    private static final double TWO_COLUMNS_MIN_WIDTH = 860;
    /** The headings' size in the text's ems (AtlantaFX's title-4). */
    private static final double HEADING_EM = 1.25;

    /**
     * What the learner can say back about a grade: "I did say this" (the words of their answer that state a concept
     * the grader missed) and "this grade is wrong". Absent where disputes are not taken (exams).
     */
    public interface Disputes {
        void claim(String conceptId, Span words);

        void correct(int grade);
    }

    private final VBox root = new VBox(16);
    private final StudySession.Feedback feedback;
    private final Disputes disputes;
    /** The open "I did say this" or "this grade is wrong" panel, or null. */
    private Node disputeDraft;
    /** Whether the open panel is the 0-4 grade picker, whose digit keys choose the grade. */
    private boolean choosingGrade;
    private final VBox draftHolder = new VBox();
    private final Label disputeMessage = new Label();

    public FeedbackPane(StudySession.Feedback feedback, ModelAnswer modelAnswer) {
        this(feedback, modelAnswer, null);
    }

    /** @param disputes what to do when the learner disputes the grade, or null to offer no dispute */
    public FeedbackPane(StudySession.Feedback feedback, ModelAnswer modelAnswer, Disputes disputes) {
        this.feedback = feedback;
        this.disputes = disputes;
        root.setId("feedback");
        root.getStyleClass().add("feedback");
        VBox yours = new VBox(12);
        feedback.score().ifPresentOrElse(score -> {
            root.getChildren().add(scoreHeader(score, feedback.disputed().map(PersonalSample::grade), !feedback.answer().isBlank()));
            if (disputes != null) root.getChildren().add(disputeBar());
            yours.getChildren().addAll(heading("Your answer"), draftHolder, highlightedAnswer(feedback.answer(), score),
                    heading("Key concepts"), conceptList(score));
            if (!score.misconceptions().isEmpty()) {
                yours.getChildren().addAll(heading("Misconceptions"), misconceptionList(score));
            }
        }, () -> yours.getChildren().addAll(heading("Your answer"), plainAnswer(feedback.answer())));
        VBox model = modelAnswer(modelAnswer);
        yours.getStyleClass().addAll("card", "your-answer");
        model.getStyleClass().addAll("card", "model-answer");
        HBox.setHgrow(yours, Priority.ALWAYS);
        HBox.setHgrow(model, Priority.ALWAYS);
        yours.setPrefWidth(1);
        model.setPrefWidth(1);
        Pane columns = new HBox(16, yours, model);
        root.getChildren().add(columns);
        // Side by side when there is room, stacked when narrow or zoomed in: the width a column needs grows with the
        // text, so it is counted in the heading's font (AtlantaFX's title-4 is 1.25em of the text size set by zoom).
        Label heading = (Label) yours.getChildren().get(0);
        root.widthProperty().addListener((obs, old, width) -> {
            double zoom = heading.getFont().getSize() / (HEADING_EM * Themes.BASE_FONT_PX);
            boolean wide = width.doubleValue() >= TWO_COLUMNS_MIN_WIDTH * Math.max(1, zoom);
            Pane current = (Pane) root.getChildren().get(root.getChildren().size() - 1);
            if (wide == current instanceof HBox) return;
            Pane replacement = wide ? new HBox(16) : new VBox(16);
            replacement.getChildren().setAll(yours, model);
            root.getChildren().set(root.getChildren().size() - 1, replacement);
        });
    }

    public Node node() {
        return root;
    }

    /** True while the learner is selecting words or choosing a grade: keys are theirs, not the reviewer's. */
    public boolean isDisputing() {
        return disputeDraft != null;
    }

    /** True while the 0-4 grade picker is open: the digit keys 0-4 choose the grade. */
    public boolean isChoosingGrade() {
        return choosingGrade;
    }

    /** The grade picker's choice by key: closes it and disputes the grade. False when the picker is not open. */
    public boolean chooseGrade(int grade) {
        if (!choosingGrade || grade < 0 || grade > 4) return false;
        cancelDispute();
        disputes.correct(grade);
        return true;
    }

    /** Whether the node is a control of the open dispute panel (a grade button the learner tabbed to, say). */
    public boolean isInDispute(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == disputeDraft) return true;
        }
        return false;
    }

    /** Closes an open dispute panel; false when none was open. */
    public boolean cancelDispute() {
        if (disputeDraft == null) return false;
        draftHolder.getChildren().clear();
        disputeDraft = null;
        choosingGrade = false;
        return true;
    }

    /** A message under the dispute links, such as why a claim was refused. */
    public void say(String message) {
        disputeMessage.setText(message);
    }

    private Node disputeBar() {
        Button wrong = new Button("This grade is wrong\u2026");
        wrong.setId("dispute-grade");
        wrong.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        wrong.setTooltip(new Tooltip("Say what grade this answer deserves; it is kept as your own graded sample"));
        wrong.setOnAction(e -> openGradeChoice());
        disputeMessage.setId("dispute-message");
        disputeMessage.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        disputeMessage.setWrapText(true);
        disputeMessage.setMinHeight(Region.USE_PREF_SIZE);
        // A corrected grade's note already says the grade ("the grade should be 4, not 2"); a claim's does not.
        feedback.disputed().ifPresent(sample -> disputeMessage.setText("Kept as your graded sample: " + sample.note()
                + (sample.correctsTheGrade() ? "" : " (grade " + sample.grade() + ")") + ". It counts in the rubric test."));
        // The message wraps in the room beside the button. (In a flow it took the width of its text on one line,
        // which at large text widened the whole page past the window, the score line and its bar with it.)
        wrong.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(disputeMessage, Priority.ALWAYS);
        HBox bar = new HBox(10, wrong, disputeMessage);
        bar.setAlignment(Pos.BASELINE_LEFT);
        bar.setId("dispute-bar");
        return bar;
    }

    private void openGradeChoice() {
        Label ask = new Label("What grade does your answer deserve? (0 nothing right \u2013 4 complete and correct)."
                + " Press 0\u20134, Esc to cancel.");
        ask.setWrapText(true);
        ask.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane choices = new FlowPane(6, 6);
        for (int grade = 0; grade <= 4; grade++) {
            int chosen = grade;
            Button button = new Button(Integer.toString(grade));
            button.setId("correct-grade-" + grade);
            button.setOnAction(e -> chooseGrade(chosen));
            choices.getChildren().add(button);
        }
        Button cancel = new Button("Cancel");
        cancel.setId("dispute-cancel");
        cancel.getStyleClass().add(Styles.FLAT);
        cancel.setOnAction(e -> cancelDispute());
        choices.getChildren().add(cancel);
        // No grade button takes the focus: Space and Enter keep accepting the suggested rating, so a dispute is only
        // ever filed by a digit or a click the learner meant.
        showDraft(new VBox(6, ask, choices), null);
        choosingGrade = true;
    }

    private void openClaim(ConceptResult concept) {
        Label ask = new Label("Select the words of your answer that say \u201c" + concept.label() + "\u201d, then press Confirm.");
        ask.setWrapText(true);
        ask.setMinHeight(Region.USE_PREF_SIZE);
        TextArea words = new TextArea(feedback.answer());
        words.setId("claim-answer");
        words.setEditable(false);
        words.setWrapText(true);
        words.setPrefRowCount(Math.min(6, 1 + feedback.answer().length() / 60));
        Button confirm = new Button("Confirm");
        confirm.setId("claim-confirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.setOnAction(e -> {
            var selection = words.getSelection();
            if (selection.getLength() == 0 || words.getSelectedText().isBlank()) {
                say("Select the words that say it first.");
                return;
            }
            cancelDispute();
            disputes.claim(concept.id(), new Span(selection.getStart(), selection.getEnd()));
        });
        Button cancel = new Button("Cancel");
        cancel.setId("dispute-cancel");
        cancel.getStyleClass().add(Styles.FLAT);
        cancel.setOnAction(e -> cancelDispute());
        FlowPane buttons = new FlowPane(8, 6, confirm, cancel);
        showDraft(new VBox(6, ask, words, buttons), words);
    }

    private void showDraft(VBox draft, Node focus) {
        draft.getStyleClass().add("dispute-draft");
        draft.setId("dispute-draft");
        disputeDraft = draft;
        choosingGrade = false;
        draftHolder.getChildren().setAll(draft);
        if (focus != null) focus.requestFocus();
    }

    /**
     * @param yourGrade the grade the learner said the answer deserves, if they disputed it
     * @param typed whether the learner typed anything (a blank answer says "(no answer)" where the answer goes)
     */
    private static Node scoreHeader(ScoreResult score, Optional<Integer> yourGrade, boolean typed) {
        Label value = new Label(score.score() + " / 100");
        value.setId("score");
        value.getStyleClass().addAll(Styles.TITLE_2, "score-value");
        // After "this grade is wrong" the learner's grade is the one that counts (the suggested rating follows it),
        // so it is the grade shown; the grader's stays beside it, as the score it gave is still shown.
        Label grade = new Label(yourGrade.filter(g -> g != score.grade())
                .map(g -> "Your grade " + g + " of 4 (graded " + score.grade() + ")")
                .orElse("Grade " + score.grade() + " of 4"));
        grade.setId("grade");
        grade.getStyleClass().addAll(Styles.TITLE_4, Styles.TEXT_MUTED);
        ProgressBar bar = new ProgressBar(score.score() / 100.0);
        bar.setId("score-bar");
        bar.getStyleClass().add("score-bar"); // its width is in em (latent.css): it grows with the text beside it
        bar.setAccessibleText("Score " + score.score() + " out of 100");
        bar.getStyleClass().add(score.score() >= 60 ? Styles.SUCCESS : score.score() >= 40 ? Styles.WARNING : Styles.DANGER);
        VBox why = new VBox(2);
        for (String note : ScoreNotes.flagNotes(score, typed)) why.getChildren().add(scoreNote(note));
        if (score.modelAnswer() != null) {
            // Say why the score can differ from the concepts shown: a short or drafted rubric also reads the model answer.
            Label part = scoreNote(ScoreNotes.modelAnswerText(score.modelAnswer()));
            part.setId("model-answer-part");
            why.getChildren().add(part);
        }
        // At large text the grade and bar go under the score. The row is never narrower than its widest label, but
        // the bar shrinks to the row: its width in em would otherwise hold the page wider than a narrow window.
        FlowPane header = new FlowPane(16, 8, value, grade, bar) {
            @Override
            protected double computeMinWidth(double height) {
                return snappedLeftInset() + Math.max(value.prefWidth(-1), grade.prefWidth(-1)) + snappedRightInset();
            }
        };
        header.setAlignment(Pos.CENTER_LEFT);
        value.setMinWidth(Region.USE_PREF_SIZE);
        grade.setMinWidth(Region.USE_PREF_SIZE);
        bar.setMinWidth(0);
        bar.maxWidthProperty().bind(header.widthProperty());
        return new VBox(4, header, why);
    }

    /** A short line under the score saying why it is what it is. */
    private static Label scoreNote(String text) {
        Label note = new Label(text);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "score-flag");
        note.setWrapText(true);
        // Its lines as tall as they wrap: a long note at large text had been cut to one line and an ellipsis.
        note.setMinHeight(Region.USE_PREF_SIZE);
        return note;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static Node plainAnswer(String answer) {
        return ModelAnswerView.paragraph(answer.isBlank() ? "(no answer)" : answer);
    }

    /** The typed answer with the words that earned (or lost) credit marked. */
    static TextFlow highlightedAnswer(String answer, ScoreResult score) {
        TreeMap<Integer, Mark> marks = new TreeMap<>();
        for (ConceptResult concept : score.concepts()) {
            if (concept.evidence() == null) continue;
            String style = concept.status() == ConceptStatus.HIT ? "mark-hit" : "mark-negated";
            for (Span word : concept.evidence().words()) marks.putIfAbsent(word.start(), new Mark(word.end(), style));
        }
        for (MisconceptionResult misconception : score.misconceptions()) {
            Evidence evidence = misconception.evidence();
            if (evidence == null) continue;
            for (Span word : evidence.words()) marks.put(word.start(), new Mark(word.end(), "mark-misconception"));
        }
        TextFlow flow = new TextFlow();
        flow.setId("answer-highlighted");
        flow.getStyleClass().add("answer-text");
        if (answer.isBlank()) {
            Text none = new Text("(no answer)");
            none.getStyleClass().add("answer-plain");
            flow.getChildren().add(none);
            return flow;
        }
        int at = 0;
        for (Map.Entry<Integer, Mark> mark : marks.entrySet()) {
            int start = mark.getKey();
            int end = Math.min(mark.getValue().end(), answer.length());
            if (start < at || start >= answer.length()) continue;
            if (start > at) flow.getChildren().add(text(answer.substring(at, start), "answer-plain"));
            flow.getChildren().add(text(answer.substring(start, end), mark.getValue().style()));
            at = end;
        }
        if (at < answer.length()) flow.getChildren().add(text(answer.substring(at), "answer-plain"));
        return flow;
    }

    private record Mark(int end, String style) {
    }

    private static Text text(String content, String style) {
        Text text = new Text(content);
        text.getStyleClass().addAll("answer-segment", style);
        return text;
    }

    private Node conceptList(ScoreResult score) {
        VBox list = new VBox(6);
        list.setId("concepts");
        for (ConceptResult concept : score.concepts()) {
            // A concept the model answer does not state only adds credit: not worth a ✗ when absent.
            if (concept.alsoAccepted() && concept.status() == ConceptStatus.MISSED) continue;
            String symbol = switch (concept.status()) {
                case HIT -> "\u2713";
                case MISSED -> "\u2717";
                case NEGATED -> "\u2298";
            };
            Label icon = new Label(symbol);
            icon.getStyleClass().addAll("concept-icon", "concept-" + concept.status().name().toLowerCase());
            icon.setMinWidth(Region.USE_PREF_SIZE);
            Label label = new Label(concept.label() + (concept.required() && !concept.alsoAccepted() ? " (required)" : ""));
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            List<String> detail = new ArrayList<>();
            switch (concept.status()) {
                case HIT -> detail.add("you wrote \u201c" + concept.evidence().text() + "\u201d");
                case NEGATED -> detail.add("negated: \u201c" + concept.evidence().text() + "\u201d");
                case MISSED -> detail.add("missing");
            }
            if (concept.alsoAccepted() && concept.status() == ConceptStatus.HIT) detail.add("also accepted, beyond the model answer");
            if (concept.contradicted()) detail.add("also contradicted");
            Label note = new Label(String.join("; ", detail));
            note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            note.setWrapText(true);
            note.setMinHeight(Region.USE_PREF_SIZE);
            VBox text = new VBox(1, label, note);
            if (disputes != null && concept.isMissing() && !feedback.answer().isBlank()) {
                Button claim = new Button("I did say this");
                claim.setId("claim-" + concept.id());
                claim.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
                claim.setTooltip(new Tooltip("Show the words of your answer that say it: the answer is graded again and kept as your own sample"));
                claim.setOnAction(e -> openClaim(concept));
                text.getChildren().add(claim);
            }
            HBox row = new HBox(8, icon, text);
            row.getStyleClass().addAll("concept-row", "concept-" + concept.status().name().toLowerCase());
            row.setAccessibleText(concept.label() + ": " + concept.status().name().toLowerCase() + ", " + note.getText());
            list.getChildren().add(row);
        }
        return list;
    }

    private static Node misconceptionList(ScoreResult score) {
        VBox list = new VBox(6);
        list.setId("misconceptions");
        for (MisconceptionResult misconception : score.misconceptions()) {
            Label icon = new Label("\u26A0");
            icon.getStyleClass().addAll("concept-icon", "concept-misconception");
            icon.setMinWidth(Region.USE_PREF_SIZE);
            String quote = misconception.evidence() == null ? "" : ": \u201c" + misconception.evidence().text() + "\u201d";
            Label label = new Label(misconception.label() + quote);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            HBox row = new HBox(8, icon, label);
            row.getStyleClass().addAll("concept-row", "misconception-row");
            list.getChildren().add(row);
        }
        return list;
    }

    private static VBox modelAnswer(ModelAnswer model) {
        VBox box = new VBox(8);
        box.setId("model-answer");
        ModelAnswerView.fill(box, model);
        return box;
    }
}
