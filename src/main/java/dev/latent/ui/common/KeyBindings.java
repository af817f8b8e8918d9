package dev.latent.ui.common;

import dev.latent.settings.KeyAction;
import dev.latent.settings.Settings;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The learner's key bindings, parsed once from the settings, matched against key presses. */
public final class KeyBindings {

    private final Map<KeyAction, List<KeyCombination>> combinations = new EnumMap<>(KeyAction.class);
    private final Map<KeyAction, List<String>> names = new EnumMap<>(KeyAction.class);

    public KeyBindings(Settings settings) {
        this.names.putAll(settings.keys());
        settings.keys().forEach((action, names) -> {
            List<KeyCombination> parsed = new ArrayList<>();
            for (String name : names) parse(name).ifPresent(parsed::add);
            combinations.put(action, parsed);
        });
    }

    /** A key name as the settings hold it ("Shortcut+Z", "U", "1", "Space"), or empty if it means nothing. */
    public static Optional<KeyCombination> parse(String name) {
        try {
            return Optional.of(KeyCombination.valueOf(name.replace("Cmd+", "Meta+")));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The digit a key stands for, from the top row or the number pad; -1 for any other key. */
    public static int digit(KeyCode code) {
        if (code.compareTo(KeyCode.DIGIT0) >= 0 && code.compareTo(KeyCode.DIGIT9) <= 0) return code.ordinal() - KeyCode.DIGIT0.ordinal();
        if (code.compareTo(KeyCode.NUMPAD0) >= 0 && code.compareTo(KeyCode.NUMPAD9) <= 0) return code.ordinal() - KeyCode.NUMPAD0.ordinal();
        return -1;
    }

    public boolean matches(KeyAction action, KeyEvent event) {
        for (KeyCombination combination : combinations.getOrDefault(action, List.of())) {
            if (combination.match(event)) return true;
            // A digit bound as "1" should also work from the number pad and other layouts.
            if (combination instanceof javafx.scene.input.KeyCodeCombination code && code.getCode().isDigitKey()
                    && new KeyCharacterCombination(code.getCode().getName()).match(event)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A typed character against keys bound as one character ("@", "-"): matching those on key presses needs the
     * keyboard layout, which the toolkit does not always know, while the typed character is exact.
     */
    public boolean matchesTyped(KeyAction action, KeyEvent typed) {
        String character = typed.getCharacter();
        if (character == null || character.length() != 1 || Character.isLetterOrDigit(character.charAt(0))) return false;
        for (KeyCombination combination : combinations.getOrDefault(action, List.of())) {
            if (combination instanceof KeyCharacterCombination chars && chars.getCharacter().equals(character)
                    && combination.getControl() == KeyCombination.ModifierValue.UP
                    && combination.getShortcut() == KeyCombination.ModifierValue.UP
                    && combination.getAlt() == KeyCombination.ModifierValue.UP) {
                return true;
            }
        }
        return false;
    }

    /** The first key bound to the action, for hints on buttons ("Ctrl+Z"). */
    public String label(KeyAction action) {
        return names.getOrDefault(action, List.of()).stream().filter(n -> parse(n).isPresent()).findFirst()
                .map(KeyBindings::readable).orElse("");
    }

    /** A key name as people read it: "Shortcut+Enter" is "Ctrl+Enter" (Cmd on a Mac). */
    public static String readable(String name) {
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");
        return name.strip().replace("Shortcut", mac ? "Cmd" : "Ctrl");
    }
}
