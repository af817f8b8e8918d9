package dev.latent;

import dev.latent.cli.LatentCommand;
import dev.latent.platform.ArchivedRelaunch;

import java.util.OptionalInt;

/**
 * Entry point of {@code latent.jar}. With no arguments it opens the app; with a command it runs the
 * command-line tool. Kept free of JavaFX types so that the class loads on a plain class path, where a
 * main class extending {@code Application} would fail before main() runs. A plain {@code java -jar} opens the app
 * in a second JVM that starts faster ({@link ArchivedRelaunch}); the command-line tools run in this one.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        var app = LatentCommand.appOptions(args);
        if (app.isPresent()) {
            OptionalInt relaunched = ArchivedRelaunch.run(args);
            if (relaunched.isPresent()) System.exit(relaunched.getAsInt());
            dev.latent.ui.app.LatentApp.launchWith(app.get());
            return;
        }
        System.exit(LatentCommand.run(args));
    }
}
