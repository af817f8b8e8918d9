package dev.latent.ui.editor;

import atlantafx.base.theme.Styles;
import dev.latent.scoring.RubricHarness;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The live rubric test beside the editor: how well the rubric agrees with the instructor's grades on the graded
 * sample answers, overall and for the question being edited, and where it disagrees most. The runs themselves are
 * the model's ({@link RubricTestRunner}); this pane shows the last one, and "Checking…" while a newer is due.
 */
final class RubricTestPane {

    private final EditorModel model;
    private final RubricTestRunner runner;
    private final VBox box = new VBox(8);
    private final Label overall = new Label();
    private final Label question = new Label();
    private final Label state = new Label();
    private final VBox worst = new VBox(6);
    /** Shown only with a result: without graded samples there are no disagreements to head. */
    private final Label worstTitle = new Label("Worst disagreements");
    private final Label warnings = new Label();
    /** Whether the question's own model answer reaches grade 4 by its rubric: a rubric that fails it is wrong. */
    private final Label modelCheck = new Label();

    RubricTestPane(EditorModel model) {
        this.model = model;
        this.runner = model.rubricTest();
        Label title = new Label("Rubric test");
        title.getStyleClass().add(Styles.TITLE_4);
        Label explain = new Label("The graded sample answers, graded again by the rubric as you edit.");
        explain.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        explain.setWrapText(true);
        overall.setId("agreement-overall");
        question.setId("agreement-question");
        state.setId("rubric-test-state");
        state.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        warnings.setId("rubric-warnings");
        warnings.getStyleClass().add(Styles.WARNING);
        modelCheck.setId("model-answer-check");
        // The state too: why the test did not run names the deck ("Not run: deck my-biology-deck has no graded
        // answers to test"), longer than the column for a deck of one's own.
        for (Label label : List.of(explain, state, overall, question, warnings, modelCheck)) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        worstTitle.getStyleClass().add(Styles.TEXT_BOLD);
        worstTitle.managedProperty().bind(worstTitle.visibleProperty());
        worst.setId("worst-disagreements");
        box.getChildren().addAll(title, explain, state, overall, question, modelCheck, worstTitle, worst, warnings);
        box.getStyleClass().add("rubric-test");
        // Invalidation for the result (show() reads it again each time): a result equal to the last is still shown.
        runner.resultProperty().addListener((Observable o) -> show());
        runner.checkingProperty().addListener((o, was, now) -> show());
        model.changesProperty().addListener((o, was, now) -> show()); // another question, or an edit
        show();
    }

    Node node() {
        return box;
    }

    private void show() {
        RubricTestRunner.Result last = runner.resultProperty().get();
        boolean stale = runner.checkingProperty().get();
        if (last == null) {
            state.setText("Checking…");
            return;
        }
        show(last, stale, model.selectedQuestion().id());
    }

    private void show(RubricTestRunner.Result result, boolean stale, String questionId) {
        worst.getChildren().clear();
        Optional<RubricHarness.ModelAnswerGrade> own = result.models().stream()
                .filter(m -> m.questionId().equals(questionId)).findFirst();
        modelCheck.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        modelCheck.setText(own.map(m -> m.passes() ? "\u2713 The model answer reaches grade 4 by this rubric."
                : "\u2717 Fails: " + m.problem() + ".").orElse(""));
        own.ifPresent(m -> modelCheck.getStyleClass().add(m.passes() ? Styles.SUCCESS : Styles.DANGER));
        // Phrasings that never earn credit, whether or not there are graded samples to test the rubric on.
        String warned = own.map(m -> String.join("\n", m.warnings())).orElse("");
        warnings.setText(warned.isEmpty() ? "" : "Never matches: " + warned);
        worstTitle.setVisible(result.report().isPresent());
        if (result.report().isEmpty()) {
            state.setText(stale ? "Checking…" : "Not run: " + result.problem());
            overall.setText("All questions: no result");
            question.setText("This question: no result");
            return;
        }
        RubricHarness.Report report = result.report().get();
        overall.setText("All questions: " + describe(report.overall()));
        Optional<RubricHarness.QuestionReport> mine = report.questions().stream()
                .filter(q -> q.questionId().equals(questionId)).findFirst();
        question.setText("This question: " + mine.map(q -> describe(q.agreement()))
                .orElse("no graded samples with a rubric"));
        List<RubricHarness.Disagreement> shown = mine.map(RubricHarness.QuestionReport::worst)
                .filter(w -> !w.isEmpty()).orElse(report.worst());
        if (shown.isEmpty()) {
            Label none = new Label("None: the rubric grades every sample as the instructor did.");
            none.setWrapText(true);
            worst.getChildren().add(none);
        }
        int n = 0;
        for (RubricHarness.Disagreement d : shown) {
            Label head = new Label(String.format(Locale.ROOT, "%s, sample %d: instructor %d, rubric %d (score %d)",
                    d.questionId(), d.sampleIndex() + 1, d.instructorGrade(), d.engineGrade(), d.score()));
            head.getStyleClass().add(Styles.TEXT_BOLD);
            head.setWrapText(true);
            head.setMinHeight(Region.USE_PREF_SIZE);
            head.setId("disagreement-" + n++);
            Label answer = new Label(d.answer());
            answer.setWrapText(true);
            answer.setMinHeight(Region.USE_PREF_SIZE);
            answer.getStyleClass().add(Styles.TEXT_MUTED);
            VBox item = new VBox(2, head, answer);
            item.getStyleClass().add("disagreement");
            worst.getChildren().add(item);
        }
        // Last: "Up to date." promises that everything above already shows this run.
        state.setText(stale ? "Checking…" : "Up to date.");
    }

    static String describe(RubricHarness.Agreement a) {
        return String.format(Locale.ROOT, "%d samples · exact %.0f%% · within one %.0f%% · QWK %s", a.samples(),
                100 * a.exact(), 100 * a.withinOne(), Double.isNaN(a.qwk()) ? "n/a" : String.format(Locale.ROOT, "%.2f", a.qwk()));
    }
}
