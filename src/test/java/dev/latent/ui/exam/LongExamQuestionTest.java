package dev.latent.ui.exam;

import dev.latent.deck.Deck;
import dev.latent.deck.edit.DeckEdits;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.deck.json.DeckWriter;
import dev.latent.settings.Settings;
import dev.latent.settings.SettingsStore;
import dev.latent.ui.testing.AppFixture;
import dev.latent.ui.testing.FxChecks;
import dev.latent.ui.testing.Screenshots;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.RadioButton;
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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A three-sentence question at 300 % text on a 1366x768 screen is taller than the exam's view. As in the reviewer, each
 * question opens with as much of it as fits shown above the answer box, and the box in view, however the student got
 * there (Alt+Right, Alt+Left, Next) and whatever the question before it scrolled the page to.
 */
@ExtendWith(ApplicationExtension.class)
class LongExamQuestionTest {

    static final String LONG = "An autoencoder is trained to reconstruct its input through a narrow hidden layer, so it"
            + " has to learn a compact code. Suppose you train one on photographs of faces and then show it a cat."
            + " What would you expect its reconstruction error to look like, and how could you use that?";

    private final AppFixture app = AppFixture.inFreshFolder("long-exam-question");

    @Start
    void start(Stage stage) throws Exception {
        Deck bundled = DeckLibrary.loadAll(null).deck("autoencoders-gans").orElseThrow();
        Deck deck = DeckEdits.withQuestions(DeckEdits.withTitle(DeckEdits.withId(bundled, "long"), "Long questions"),
                List.of(bundled.questions().get(0), DeckEdits.withPrompt(bundled.questions().get(1), LONG),
                        bundled.questions().get(4)));
        DeckWriter.write(deck, Files.createDirectories(app.dataDir.resolve("decks")).resolve("long.json"));
        new SettingsStore(app.dataDir).save(Settings.DEFAULT.withFontZoom(300));
        app.start(stage, 1366, 768);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void check(FxRobot robot, String when, List<String> problems) {
        WaitForAsyncUtils.waitForFxEvents();
        String at = FxChecks.text(robot, "#exam-progress") + ", " + when;
        FxChecks.questionOutOfView(robot.lookup("#exam-prompt").query()).ifPresent(out -> problems.add(at + ": " + out));
        FxChecks.outOfView(robot.lookup("#exam-answer").query()).ifPresent(out -> problems.add(at + ": " + out));
        if (FxChecks.text(robot, "#exam-prompt").equals(LONG)) { // for a person to look at
            Screenshots.saveWhole(robot.lookup("#exam-prompt").query().getScene().getRoot(), Path.of("target", "screenshots"),
                    "exam-long-question-1366x768-300-" + when + ".png");
        }
    }

    /** An exam on the "long" deck, from the setup screen, its first question's answer box focused. */
    private static void startTheLongQuestionsExam(FxRobot robot) {
        robot.interact(() -> robot.lookup("#open-exam").queryButton().fire());
        robot.interact(() -> robot.lookup("#exam-from-deck").queryAs(RadioButton.class).fire());
        robot.interact(() -> {
            ComboBox<Deck> decks = robot.lookup("#exam-deck").queryAs(ComboBox.class);
            decks.getItems().stream().filter(d -> d.id().equals("long")).findFirst().ifPresent(decks.getSelectionModel()::select);
        });
        robot.interact(() -> robot.lookup("#exam-start").queryButton().fire());
        FxChecks.awaitFocus(robot, "#exam-answer");
    }

    @Test
    void everyQuestionOpensWithItsAnswerBoxAndAsMuchOfItAsFitsInView(FxRobot robot) {
        startTheLongQuestionsExam(robot);
        List<String> problems = new ArrayList<>();
        check(robot, "opened", problems);
        for (int move = 0; move < 2; move++) {
            robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
            check(robot, "Alt+Right", problems);
        }
        for (int move = 0; move < 2; move++) {
            robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
            check(robot, "Alt+Left", problems);
        }
        for (int move = 0; move < 2; move++) {
            robot.clickOn("#exam-next");
            FxChecks.awaitFocus(robot, "#exam-answer");
            check(robot, "Next", problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void altUpAndAltDownScrollTheLongQuestionWithoutLeavingTheAnswerBox(FxRobot robot) {
        startTheLongQuestionsExam(robot);
        for (int move = 0; move < 3 && !FxChecks.text(robot, "#exam-prompt").equals(LONG); move++) {
            robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT); // on to the long question
            FxChecks.awaitFocus(robot, "#exam-answer");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(LONG, FxChecks.text(robot, "#exam-prompt"));
        ScrollPane page = (ScrollPane) ancestorScroll(robot.lookup("#exam-answer").query());
        double shown = page.getVvalue();
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(page.getVvalue() < shown, "Alt+Up scrolls the page up: " + page.getVvalue() + " from " + shown);
        assertTrue(robot.lookup("#exam-answer").query().isFocused(), "the caret stays in the answer box");
        double up = page.getVvalue();
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(page.getVvalue() > up, "Alt+Down scrolls it back down");
        assertEquals("", robot.lookup("#exam-answer").queryAs(javafx.scene.control.TextArea.class).getText(),
                "the keys type nothing");
    }

    private static javafx.scene.Node ancestorScroll(javafx.scene.Node node) {
        javafx.scene.Node at = node;
        while (at != null && !(at instanceof ScrollPane)) at = at.getParent();
        return at;
    }
}
