package dev.latent.ui.present;

import dev.latent.ui.common.Themes;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;

import java.util.Objects;
import java.util.Optional;

/**
 * The windows of a running presentation: the projection, full screen on the chosen screen, and the presenter
 * view on another screen when there is one. Closing either, or Esc, ends the presentation.
 */
public final class PresentationWindows {

    private final Presentation presentation;
    private final Stage projection = new Stage(StageStyle.UNDECORATED);
    private final ProjectionView projectionView;
    private final Stage presenter;
    private final PresenterView presenterView;
    private final Timeline ticker;
    private final Runnable onClosed;
    private boolean closed;

    private PresentationWindows(Presentation presentation, Screen projectionScreen, Screen presenterScreen, Runnable onClosed) {
        this.presentation = presentation;
        this.onClosed = onClosed;
        projectionView = new ProjectionView(presentation);
        Scene projectionScene = scene(projectionView.root(), projectionScreen.getBounds(), false);
        projectionScene.setFill(presentation.theme() == PresentationTheme.DARK ? Color.BLACK : Color.WHITE);
        projection.setScene(projectionScene);
        projection.setTitle("Latent presentation");
        place(projection, projectionScreen.getBounds());
        // The projection shows its own discreet hint; Esc must reach us to end the presentation, not
        // only leave full screen.
        projection.setFullScreenExitHint("");
        projection.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        projection.setFullScreen(true);
        projection.setOnHidden(e -> close());

        if (presenterScreen != null) {
            presenterView = new PresenterView(presentation);
            Rectangle2D area = presenterScreen.getVisualBounds();
            presenter = new Stage();
            presenter.setTitle("Latent presenter view");
            presenter.setScene(scene(presenterView.root(), area, true));
            place(presenter, area);
            presenter.setOnHidden(e -> close());
            presentation.setFocusPresenterAnswer(() -> {
                presenter.requestFocus();
                presenterView.focusClassAnswer();
            });
            presentation.setStopTyping(presenterView::stopTyping);
        } else {
            presenter = null;
            presenterView = null;
            presentation.setStopTyping(projectionView::stopTyping);
        }
        presentation.setOnLeave(this::close);
        ticker = new Timeline(new KeyFrame(Duration.millis(200), e -> presentation.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    /**
     * Opens the projection on {@code projectionScreen} and, if {@code presenterScreen} is not null, the
     * presenter view there. {@code onClosed} runs once when the presentation ends.
     */
    public static PresentationWindows open(Presentation presentation, Screen projectionScreen, Screen presenterScreen,
                                           Runnable onClosed) {
        PresentationWindows windows = new PresentationWindows(presentation, Objects.requireNonNull(projectionScreen),
                presenterScreen, onClosed);
        windows.projection.show();
        windows.projection.requestFocus();
        if (windows.presenter != null) {
            windows.presenter.show();
            windows.presenter.requestFocus();
            // Keys step the presentation from the start, rather than landing in the class-answer box.
            windows.presenterView.stopTyping();
        }
        windows.ticker.play();
        return windows;
    }

    /** Another screen than the projection's, for the presenter view; empty with a single screen. */
    public static Optional<Screen> presenterScreenFor(Screen projectionScreen) {
        return Screen.getScreens().stream().filter(s -> !s.equals(projectionScreen)).findFirst();
    }

    public Stage projectionStage() {
        return projection;
    }

    public Optional<Stage> presenterStage() {
        return Optional.ofNullable(presenter);
    }

    public Presentation presentation() {
        return presentation;
    }

    public boolean isClosed() {
        return closed;
    }

    public void close() {
        if (closed) return;
        closed = true;
        ticker.stop();
        projection.close();
        if (presenter != null) presenter.close();
        onClosed.run();
    }

    private Scene scene(javafx.scene.Parent root, Rectangle2D area, boolean withAppStyles) {
        Scene scene = new Scene(root, area.getWidth(), area.getHeight());
        if (withAppStyles) scene.getStylesheets().add(Themes.stylesheet());
        scene.getStylesheets().add(stylesheet());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, presentation::onKeyPressed);
        return scene;
    }

    static String stylesheet() {
        return Objects.requireNonNull(PresentationWindows.class.getResource("presentation.css")).toExternalForm();
    }

    private static void place(Stage stage, Rectangle2D area) {
        stage.setX(area.getMinX());
        stage.setY(area.getMinY());
        stage.setWidth(area.getWidth());
        stage.setHeight(area.getHeight());
    }
}
