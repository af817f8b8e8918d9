package dev.latent.ui.app;

import dev.latent.platform.StartupTrace;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Tells a start-up benchmark when the first screen is up. The first screen counts as up at the end of the first
 * pulse in which its key node (the question's prompt in the reviewer, the deck list otherwise) has been laid out
 * with a size and text, in a window that is showing: from there JavaFX hands the frame to the renderer.
 *
 * <p>Off unless {@code -Dlatent.startupProbe=FILE}: then that file is written (atomically) with the screen's name
 * and the moment, and with {@code -Dlatent.exitAfterStartup=true} the app quits right after, which is how the
 * build's class-data-sharing training run ends by itself.
 */
final class StartupProbe {

    static final String FILE_PROPERTY = "latent.startupProbe";
    static final String EXIT_PROPERTY = "latent.exitAfterStartup";

    private StartupProbe() {
    }

    /**
     * Runs {@code afterFirstScreen} once the first screen has been laid out (always, probe or not), and writes
     * the probe file if one was asked for.
     *
     * @param keySelector CSS selector of the node whose layout means the screen is up, e.g. {@code #prompt}
     */
    static void watch(Scene scene, String screen, String keySelector, Runnable afterFirstScreen) {
        String probeFile = System.getProperty(FILE_PROPERTY);
        boolean exit = Boolean.getBoolean(EXIT_PROPERTY);
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            Node key = scene.lookup(keySelector);
            boolean shown = scene.getWindow() != null && scene.getWindow().isShowing();
            if (!shown || key == null || key.getLayoutBounds().getWidth() <= 0 || key.getLayoutBounds().getHeight() <= 0) {
                return;
            }
            long at = System.currentTimeMillis();
            scene.removePostLayoutPulseListener(listener[0]);
            StartupTrace.mark("first screen laid out");
            if (probeFile != null) write(Path.of(probeFile), screen, at);
            // After this pulse, not inside it: the work below must not delay the frame being drawn.
            Platform.runLater(() -> {
                afterFirstScreen.run();
                if (exit) Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static void write(Path file, String screen, long epochMillis) {
        try {
            String lines = String.join("\n", List.of("screen=" + screen, "epochMillis=" + epochMillis,
                    "pid=" + ProcessHandle.current().pid())) + "\n";
            dev.latent.platform.AtomicFiles.write(file, lines.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println("latent: cannot write the start-up probe " + file + ": " + e.getMessage());
        }
    }
}
