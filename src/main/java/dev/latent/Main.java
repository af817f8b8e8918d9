package dev.latent;

import dev.latent.cli.LatentCommand;

/**
 * Entry point of {@code latent.jar}. With no arguments it opens the app; with a command it runs the
 * command-line tool. Kept free of JavaFX types so that the class loads on a plain class path, where a
 * main class extending {@code Application} would fail before main() runs.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        var app = LatentCommand.appOptions(args);
        if (app.isPresent()) {
            dev.latent.ui.app.LatentApp.launchWith(app.get());
            return;
        }
        System.exit(LatentCommand.run(args));
    }
}
