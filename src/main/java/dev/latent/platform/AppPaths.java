package dev.latent.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Latent keeps the learner's files: one data folder per user, as each desktop platform expects.
 * The store and the user's own decks live under it; {@code --data-dir} replaces it.
 */
public record AppPaths(Path dataDir) {

    /**
     * Always absolute and normalised: deck sources are compared with {@link #deckDir()} to tell the learner's own
     * decks from bundled ones, and a relative folder would never match.
     */
    public AppPaths {
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    public static AppPaths of(Path dataDirOverride) {
        return new AppPaths(dataDirOverride != null ? dataDirOverride
                : defaultDataDir(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home"))));
    }

    /** The per-user deck folder: decks the learner added, beside the bundled ones. */
    public Path deckDir() {
        return dataDir.resolve("decks");
    }

    /**
     * {@code $XDG_DATA_HOME/latent} (or {@code ~/.local/share/latent}) on Linux, {@code %APPDATA%\Latent} on
     * Windows, {@code ~/Library/Application Support/Latent} on macOS.
     */
    static Path defaultDataDir(String osName, Map<String, String> env, Path home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("Latent");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Latent");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("latent");
    }
}
