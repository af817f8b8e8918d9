package dev.latent.platform;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppPathsTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxUsesXdgDataHomeWhenItIsAnAbsolutePath() {
        assertEquals(Path.of("/data/xdg/latent"),
                AppPaths.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), HOME));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutXdgDataHomeOrWithARelativeOne() {
        Path expected = Path.of("/home/ada/.local/share/latent");
        assertEquals(expected, AppPaths.defaultDataDir("Linux", Map.of(), HOME));
        assertEquals(expected, AppPaths.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "relative/dir"), HOME),
                "the XDG spec says a relative value is invalid and must be ignored");
        assertEquals(expected, AppPaths.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "  "), HOME));
        assertEquals(expected, AppPaths.defaultDataDir(null, Map.of(), HOME), "an unknown system is treated as Linux");
    }

    @Test
    void windowsUsesAppDataOrTheRoamingFolderUnderHome() {
        Path home = Path.of("C:/Users/ada");
        assertEquals(Path.of("D:/Roaming/Latent"),
                AppPaths.defaultDataDir("Windows 11", Map.of("APPDATA", "D:/Roaming"), home));
        assertEquals(home.resolve("AppData").resolve("Roaming").resolve("Latent"),
                AppPaths.defaultDataDir("Windows 10", Map.of(), home));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of("/home/ada/Library/Application Support/Latent"),
                AppPaths.defaultDataDir("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), HOME));
    }

    @Test
    void aGivenFolderIsMadeAbsoluteSoUserDecksAreRecognised() {
        AppPaths paths = new AppPaths(Path.of("some", "..", "data"));
        assertTrue(paths.dataDir().isAbsolute());
        assertEquals(Path.of("data").toAbsolutePath(), paths.dataDir());
        assertEquals(Path.of("data", "decks").toAbsolutePath(), paths.deckDir());
        assertEquals(paths, AppPaths.of(Path.of("data")), "--data-dir gives the same folder");
    }
}
