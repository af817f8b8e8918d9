package dev.latent.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.latent.settings.Settings;
import javafx.application.Application;
import javafx.scene.Parent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** Applies the theme and text size from the settings, over the app's own stylesheet. */
public final class Themes {

    /** The base font size at 100 % zoom, in px; the CSS sizes everything else in em from it. */
    public static final double BASE_FONT_PX = 15;

    private static Boolean systemDark;

    private Themes() {
    }

    /** The app's stylesheet (latent.css, next to this class), for every window that shows the app's controls. */
    public static String stylesheet() {
        return Objects.requireNonNull(Themes.class.getResource("latent.css"), "latent.css on the class path").toExternalForm();
    }

    public static void apply(Settings settings, Parent root) {
        boolean dark = switch (settings.theme()) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> systemPrefersDark();
        };
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * settings.fontZoomPercent() / 100.0));
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
    }

    /**
     * JavaFX 21 cannot ask the desktop for its colour scheme (that came in 22), so ask the desktop's own
     * settings tools once; anything unclear means light.
     */
    public static synchronized boolean systemPrefersDark() {
        if (systemDark == null) systemDark = detectDark();
        return systemDark;
    }

    private static boolean detectDark() {
        String gtkTheme = System.getenv("GTK_THEME");
        if (gtkTheme != null) return gtkTheme.toLowerCase(Locale.ROOT).contains("dark");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) return ask("defaults", "read", "-g", "AppleInterfaceStyle").contains("Dark");
        if (os.startsWith("windows")) {
            return ask("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme").matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0.*");
        }
        return ask("gsettings", "get", "org.gnome.desktop.interface", "color-scheme").contains("dark");
    }

    private static String ask(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
