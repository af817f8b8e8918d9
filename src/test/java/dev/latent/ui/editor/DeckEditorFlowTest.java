package dev.latent.ui.editor;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.Question;
import dev.latent.deck.json.DeckWriter;
import dev.latent.deck.edit.DeckEdits;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import dev.latent.ui.app.AppShell;
import dev.latent.ui.testing.Dialogs;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import dev.latent.ui.testing.TestApp;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.latent.ui.testing.FxChecks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deck editor as an author uses it: edit, watch the rubric test, undo, redo, save, copy a bundled deck. */
@ExtendWith(ApplicationExtension.class)
class DeckEditorFlowTest {

    private final Path dataDir = TestApp.freshFolder("editor");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    private Stage stage;
    private Store store;
    private Deck bundled;
    private Path mine;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        bundled = DeckLibrary.loadAll(null).deck("autoencoders-gans").orElseThrow();
        mine = Files.createDirectories(dataDir.resolve("decks")).resolve("mine.json");
        DeckWriter.write(DeckEdits.withTitle(DeckEdits.withId(bundled, "mine"), "My autoencoder deck"), mine);
        DeckCatalog catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        store = TestApp.open(stage, dataDir, catalog, clock);
        TestApp.show(stage, 1100, 760);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestApp.close(robot, stage, store);
    }

    /** Waits until the background rubric test has caught up with the last edit. */
    private static String agreementAfterRun(FxRobot robot) {
        FxChecks.awaitRubricTest(robot);
        return text(robot, "#agreement-question");
    }

    /** Waits (bounded) for the live rubric test to show {@code expected}; the assertion after it says what it shows. */
    private static void awaitAgreement(FxRobot robot, String expected) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#agreement-question").equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            // fall through: the assertion reports the text actually shown
        }
    }

    /** Scrolls the form so that {@code query} is near the top: the README shows the rubric part. */
    private static void scrollFormTo(FxRobot robot, String query) {
        ScrollPane scroll = robot.lookup(".editor-form-scroll").queryAs(ScrollPane.class);
        Node target = robot.lookup(query).query();
        double y = scroll.getContent().sceneToLocal(target.localToScene(0, 0)).getY() - 60;
        double range = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(Math.max(0, Math.min(1, y / range)));
    }

    private static void keys(FxRobot robot, KeyCode... codes) {
        for (KeyCode code : codes) robot.press(code);
        for (int i = codes.length - 1; i >= 0; i--) robot.release(codes[i]);
    }

    @Test
    void editAPhrasingSeeAgreementChangeUndoRedoAndSave(FxRobot robot) throws Exception {
        robot.clickOn("#edit-mine");
        assertEquals("Save", robot.lookup("#editor-save").queryButton().getText());
        String before = agreementAfterRun(robot);
        assertTrue(before.startsWith("This question: 14 samples"), before);
        String overallBefore = text(robot, "#agreement-overall");
        robot.interact(() -> scrollFormTo(robot, "#concept-0-label"));
        Screenshots.save(stage.getScene(), "editor.png");

        TextArea phrasings = robot.lookup("#concept-0-phrasings").queryAs(TextArea.class);
        String original = phrasings.getText();
        robot.interact(() -> phrasings.setText("zzqx nothing matches this"));
        // The state may still read "Up to date." from the previous run until the debounced run starts.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !text(robot, "#agreement-question").equals(before));
        String after = agreementAfterRun(robot);
        assertNotEquals(before, after, "the rubric test follows the edit");
        assertNotEquals(overallBefore, text(robot, "#agreement-overall"));
        assertTrue(text(robot, "#editor-status").contains("Unsaved"));
        assertEquals("No problems: the deck saves as valid JSON.", text(robot, "#problems"));

        robot.interact(() -> robot.lookup("#concept-0-phrasings").query().requestFocus());
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        TextArea restored = robot.lookup("#concept-0-phrasings").queryAs(TextArea.class);
        assertEquals(original, restored.getText(), "Ctrl+Z restores it");
        assertTrue(FxChecks.isFocusOwner(robot, "#concept-0-phrasings"), "the caret goes back to the undone change");
        assertEquals(0, restored.getCaretPosition(), "where the text first differs");
        assertTrue(restored.getPrefRowCount() >= original.split("\n").length,
                "the box is as tall as its phrasings: no scroll box inside the form");
        awaitAgreement(robot, before);
        assertEquals(before, agreementAfterRun(robot), "and the agreement with it");
        assertTrue(text(robot, "#editor-status").contains("Saved."), "back at the saved deck");

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals("zzqx nothing matches this", robot.lookup("#concept-0-phrasings").queryAs(TextArea.class).getText());
        awaitAgreement(robot, after);
        assertEquals(after, agreementAfterRun(robot));

        robot.clickOn("#editor-save");
        Deck saved = DeckLoader.load(mine);
        assertEquals(List.of("zzqx nothing matches this"), saved.questions().get(0).rubric().concepts().get(0).phrasings());
        assertEquals(bundled.questions().get(1), saved.questions().get(1), "the rest is unchanged");
        assertTrue(text(robot, "#editor-status").startsWith("Saved to "), text(robot, "#editor-status"));
    }

    @Test
    void conceptOppositesAndMisconceptionWordOrderAreEditedAndSaved(FxRobot robot) throws Exception {
        robot.clickOn("#edit-mine");
        assertEquals("", robot.lookup("#concept-0-opposites").queryAs(TextArea.class).getText());
        robot.interact(() -> robot.lookup("#concept-0-opposites").queryAs(TextArea.class)
                .setText("no dimensionality reduction\n\n  never compresses  "));
        CheckBox anyOrder = robot.lookup("#misconception-0-anyorder").queryAs(CheckBox.class);
        boolean wasAnyOrder = anyOrder.isSelected();
        robot.interact(() -> anyOrder.setSelected(!wasAnyOrder));
        assertTrue(text(robot, "#editor-status").contains("Unsaved"));

        robot.clickOn("#editor-save");
        Question saved = DeckLoader.load(mine).questions().get(0);
        assertEquals(List.of("no dimensionality reduction", "never compresses"), saved.rubric().concepts().get(0).opposites(),
                "one per line, blank lines and spaces dropped");
        assertEquals(!wasAnyOrder, saved.rubric().misconceptions().get(0).anyOrder());
        assertEquals(bundled.questions().get(0).rubric().concepts().get(0).phrasings(),
                saved.rubric().concepts().get(0).phrasings(), "the rest of the concept is unchanged");

        // A wrong detail (caps at 3, not 2) is marked, saved, and left out of the file again when cleared.
        CheckBox detail = robot.lookup("#misconception-0-detail").queryAs(CheckBox.class);
        assertFalse(detail.isSelected(), "a wrong idea unless the rubric says otherwise");
        robot.interact(() -> detail.setSelected(true));
        robot.clickOn("#editor-save");
        assertTrue(DeckLoader.load(mine).questions().get(0).rubric().misconceptions().get(0).detail());
        robot.interact(() -> detail.setSelected(false));
        robot.clickOn("#editor-save");
        assertFalse(DeckLoader.load(mine).questions().get(0).rubric().misconceptions().get(0).detail());
        assertFalse(Files.readString(mine).contains("\"detail\": false"), "written only where set");

        // A question asked in parts: the concept's part is chosen, saved, and cleared again.
        @SuppressWarnings("unchecked")
        ComboBox<String> part = robot.lookup("#concept-0-part").queryAs(ComboBox.class);
        assertEquals("\u2014", part.getValue(), "the first question is asked in one piece");
        robot.interact(() -> part.setValue("2"));
        robot.clickOn("#editor-save");
        assertEquals(2, DeckLoader.load(mine).questions().get(0).rubric().concepts().get(0).part());
        robot.interact(() -> part.setValue("\u2014"));
        robot.clickOn("#editor-save");
        assertEquals(0, DeckLoader.load(mine).questions().get(0).rubric().concepts().get(0).part());

        // Clearing the opposites leaves none in the file, as before.
        robot.interact(() -> robot.lookup("#concept-0-opposites").queryAs(TextArea.class).setText(""));
        robot.clickOn("#editor-save");
        assertEquals(List.of(), DeckLoader.load(mine).questions().get(0).rubric().concepts().get(0).opposites());
    }

    @Test
    void validationShowsProblemsAndSaveRefusesThem(FxRobot robot) throws Exception {
        robot.clickOn("#edit-mine");
        robot.interact(() -> robot.lookup("#prompt").queryAs(TextArea.class).setText("   "));
        assertTrue(text(robot, "#problems").startsWith("questions[0].prompt: "), text(robot, "#problems"));
        robot.clickOn("#editor-save");
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isPresent(), "a dialog says why");
        Dialogs.clickButton(robot, "OK");
        assertEquals(bundled.questions().get(0).prompt(), DeckLoader.load(mine).questions().get(0).prompt());
    }

    @Test
    void aBundledDeckIsSavedAsACopy(FxRobot robot) throws Exception {
        robot.clickOn("#edit-autoencoders-gans");
        Button save = robot.lookup("#editor-save").queryButton();
        assertEquals("Save a copy...", save.getText());
        assertTrue(text(robot, "#editor-status").contains("read-only"));
        robot.interact(() -> robot.lookup("#prompt").queryAs(TextArea.class).setText("My own wording?"));

        assertEquals("Bundled with the app: read-only. Save a copy to keep your changes. Unsaved changes.",
                text(robot, "#editor-status"));
        robot.clickOn("#editor-save");
        robot.interact(() -> robot.lookup("#copy-id").queryAs(TextField.class).setText("my-copy"));
        Dialogs.clickButton(robot, "OK");
        assertTrue(robot.lookup("#keep-history-dialog").tryQuery().isPresent(), "copying offers to keep the review history");
        Dialogs.clickButton(robot, "Keep my history");

        Path file = dataDir.resolve("decks").resolve("my-copy.json");
        Deck copy = DeckLoader.load(file);
        assertEquals("my-copy", copy.id());
        assertEquals(bundled.title() + " (copy)", copy.title());
        assertEquals("My own wording?", copy.questions().get(0).prompt());
        assertTrue(Files.readString(file).contains("\"$schema\": \"./deck.schema.json\""), "a relative schema");
        assertEquals("Save", save.getText(), "the copy is the learner's: saved in place from now on");
        assertTrue(text(robot, "#deck-ids").startsWith("Deck id: my-copy "), "the form shows the copy: " + text(robot, "#deck-ids"));
        assertEquals(bundled.title() + " (copy)", robot.lookup("#deck-title").queryAs(TextField.class).getText());
        assertEquals("Edit deck: " + bundled.title() + " (copy)", text(robot, "#editor-heading"), "the header names the copy");
        robot.clickOn("#editor-back");
        assertTrue(robot.lookup("#study-my-copy").tryQuery().isPresent(), "the copy is listed");
        assertTrue(robot.lookup("#remove-my-copy").tryQuery().isPresent());
    }

    @Test
    void aQuestionWithoutConceptsDraftsThemFromItsModelAnswer(FxRobot robot) throws Exception {
        robot.clickOn("#edit-mine");
        robot.clickOn("#add-question");
        assertFalse(robot.lookup("#concept-0-label").tryQuery().isPresent(), "a new question has no concepts");
        robot.interact(() -> robot.lookup("#draft-concepts").queryButton().fire());
        assertTrue(text(robot, "#draft-concepts-hint").startsWith("Nothing to draft from"), "one sentence is not a list of points");
        assertFalse(robot.lookup("#concept-0-label").tryQuery().isPresent());

        robot.interact(() -> robot.lookup("#prompt").queryAs(TextArea.class).setText("What are the main difficulties when training GANs?"));
        robot.interact(() -> robot.lookup("#answer-intro").queryAs(TextArea.class).setText("The main difficulties include:"));
        List<String> points = List.of("Mode collapse: the generator produces only a few kinds of samples.",
                "Training instability: the losses oscillate instead of converging.",
                "Evaluation: there is no single good metric for the generated images.");
        for (int i = 0; i < points.size(); i++) {
            String point = points.get(i);
            String id = "#point-" + i; // a new question's model answer has no points yet
            robot.interact(() -> robot.lookup("#add-point").queryButton().fire());
            robot.interact(() -> robot.lookup(id).queryAs(TextArea.class).setText(point));
        }
        robot.interact(() -> robot.lookup("#draft-concepts").queryButton().fire());
        assertEquals("Mode collapse", robot.lookup("#concept-0-label").queryAs(TextField.class).getText());
        assertEquals("Training instability", robot.lookup("#concept-1-label").queryAs(TextField.class).getText());
        assertEquals("Evaluation", robot.lookup("#concept-2-label").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#concept-0-phrasings").queryAs(TextArea.class).getText().startsWith("Mode collapse\n"),
                "the label first, then the point's key words");
        assertFalse(robot.lookup("#draft-concepts").tryQuery().isPresent(), "drafting is offered only to a question without concepts");
        robot.interact(() -> scrollFormTo(robot, "#concept-0-label"));
        Screenshots.save(stage.getScene(), "editor-drafted.png");

        robot.interact(() -> robot.lookup("#concept-0-phrasings").query().requestFocus());
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertFalse(robot.lookup("#concept-0-label").tryQuery().isPresent(), "Ctrl+Z takes the drafted concepts back");
        assertTrue(robot.lookup("#draft-concepts").tryQuery().isPresent());
    }

    @Test
    void leavingWithUnsavedEditsAsks(FxRobot robot) throws Exception {
        robot.clickOn("#edit-mine");
        robot.clickOn("#add-question");
        assertEquals(9, robot.lookup("#question-list").queryListView().getItems().size());
        AppShell shell = (AppShell) stage.getScene().getUserData();
        var closing = WaitForAsyncUtils.asyncFx(shell::mayClose); // what closing the window asks
        WaitForAsyncUtils.waitForFxEvents();
        Dialogs.clickButton(robot, "Cancel");
        assertFalse(closing.get(5, TimeUnit.SECONDS), "Cancel keeps the window open");
        assertTrue(robot.lookup("#editor-save").tryQuery().isPresent());

        robot.clickOn("#editor-back");
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isPresent(), "unsaved edits are not dropped silently");
        Dialogs.clickButton(robot, "Discard");
        assertTrue(robot.lookup("#study-mine").tryQuery().isPresent(), "back at the deck list");
        assertEquals(8, DeckLoader.load(mine).size(), "nothing was written");
        assertFalse(robot.lookup("#editor-save").tryQuery().isPresent());
    }

    @Test
    void aDeckChangedOnDiskWhileOpenIsNotOverwrittenWithoutAsking(FxRobot robot) throws Exception {
        robot.clickOn("#edit-mine");
        robot.interact(() -> robot.lookup("#prompt").queryAs(TextArea.class).setText("Edited in the app?"));
        // Meanwhile another program renames the deck in the file.
        Deck onDisk = DeckLoader.load(mine);
        DeckWriter.write(DeckEdits.withTitle(onDisk, "Renamed by hand"), mine);

        robot.clickOn("#editor-save");
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isPresent(), "the learner is asked");
        assertEquals(List.of("Save as a copy"), robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).map(Button::getText).toList(), "Enter keeps both versions");
        Dialogs.clickButton(robot, "Cancel");
        assertEquals("Renamed by hand", DeckLoader.load(mine).title(), "Cancel writes nothing");

        robot.clickOn("#editor-save");
        Dialogs.clickButton(robot, "Save as a copy");
        robot.interact(() -> robot.lookup("#copy-id").queryAs(TextField.class).setText("mine-edited"));
        Dialogs.clickButton(robot, "OK");
        Dialogs.clickButton(robot, "Start afresh");
        assertEquals("Renamed by hand", DeckLoader.load(mine).title(), "the other program's change is kept");
        Deck copy = DeckLoader.load(dataDir.resolve("decks").resolve("mine-edited.json"));
        assertEquals("Edited in the app?", copy.questions().get(0).prompt(), "and so is the learner's edit");

        // Saving again goes to the copy, which nobody else changed: no question asked.
        robot.interact(() -> robot.lookup("#prompt").queryAs(TextArea.class).setText("Edited twice?"));
        robot.clickOn("#editor-save");
        assertFalse(robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertEquals("Edited twice?", DeckLoader.load(dataDir.resolve("decks").resolve("mine-edited.json"))
                .questions().get(0).prompt());
    }

    @Test
    void overwriteReplacesTheChangedFileAfterAsking(FxRobot robot) throws Exception {
        robot.clickOn("#edit-mine");
        robot.interact(() -> robot.lookup("#prompt").queryAs(TextArea.class).setText("Mine wins?"));
        DeckWriter.write(DeckEdits.withTitle(DeckLoader.load(mine), "Renamed by hand"), mine);

        robot.clickOn("#editor-save");
        Dialogs.clickButton(robot, "Overwrite");
        Deck saved = DeckLoader.load(mine);
        assertEquals("Mine wins?", saved.questions().get(0).prompt());
        assertEquals("My autoencoder deck", saved.title());
    }
}
