package dev.latent.ui.present;


import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckCatalog;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.deck.Question;
import dev.latent.present.PresentationPlan;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import dev.latent.ui.testing.TestApp;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.Duration;
import java.util.List;


/**
 * What the presentation tests share: a learner's data folder with the bundled deck on a hand-moved clock, a
 * presentation opened straight on the headless screen (1920x1080, pom.xml: a projector's size), what it projects,
 * and closing its windows after each test.
 */
@ExtendWith(ApplicationExtension.class)
abstract class PresentationFixture {

    @TempDir
    Path dataDir;

    Deck deck;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    PresentationWindows windows;
    Store store;

    /**
     * Shows the app on the test's stage. Each test class calls it from its own {@code @Start} method: TestFX looks for
     * that annotation on the test class's own methods only.
     */
    void showApp(Stage stage) {
        DeckCatalog catalog = DeckLibrary.loadAll(dataDir.resolve("decks"));
        deck = catalog.deck("autoencoders-gans").orElseThrow();
        store = TestApp.open(stage, dataDir, catalog, clock);
        TestApp.show(stage, 1100, 720);
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        if (windows != null) robot.interact(windows::close);
        store.close();
    }


    /** Opens a presentation of the whole deck directly, single screen, on the test clock. */
    PresentationWindows open(FxRobot robot, PresentationTheme theme, boolean presenterView) {
        return open(robot, PresentationPlan.of(deck), theme, presenterView);
    }

    PresentationWindows open(FxRobot robot, PresentationPlan plan, PresentationTheme theme, boolean presenterView) {
        robot.interact(() -> {
            Presentation presentation = new Presentation(plan, Duration.ofSeconds(60), theme, clock);
            windows = PresentationWindows.open(presentation, Screen.getPrimary(), presenterView ? Screen.getPrimary() : null, () -> { });
            if (!presenterView) windows.projectionStage().requestFocus();
        });
        return windows;
    }

    Presentation presentation() {
        return windows.presentation();
    }

    Parent projection() {
        return windows.projectionStage().getScene().getRoot();
    }

    String projected(String id) {
        return ((Labeled) projection().lookup("#" + id)).getText();
    }

    /** Point texts shown on the projection, in order. */
    List<String> projectedPoints() {
        return projection().lookupAll(".projection-point").stream().map(n -> ((Labeled) n).getText()).toList();
    }

    Question question(int number) {
        return deck.questions().get(number - 1);
    }

    static void press(FxRobot robot, KeyCode... keys) {
        for (KeyCode key : keys) robot.type(key);
    }

    boolean shown(String id) {
        return projection().lookup("#" + id).isVisible();
    }

    static List<Stage> projectionStages() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Latent presentation".equals(s.getTitle()))
                .map(w -> (Stage) w).toList();
    }
}
