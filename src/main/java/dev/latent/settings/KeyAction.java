package dev.latent.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reviewer actions a learner can rebind, with Anki's habits as defaults. */
public enum KeyAction {
    SUBMIT("Submit the answer", "Shortcut+Enter"),
    ACCEPT_SUGGESTION("Accept the suggested rating", "Space", "Enter"),
    RATE_AGAIN("Rate Again", "1"),
    RATE_HARD("Rate Hard", "2"),
    RATE_GOOD("Rate Good", "3"),
    RATE_EASY("Rate Easy", "4"),
    UNDO("Undo the last rating", "Shortcut+Z", "U"),
    // Anki's reviewer keys. Plain keys act once the answer is graded (before, they are text being typed).
    EDIT_CARD("Edit the current card", "E"),
    BURY("Bury the card until tomorrow", "-"),
    SUSPEND("Suspend the card", "@"),
    CARD_INFO("Card info: history and memory state", "I"),
    FLAG_RED("Flag the card red", "Shortcut+1"),
    FLAG_ORANGE("Flag the card orange", "Shortcut+2"),
    FLAG_GREEN("Flag the card green", "Shortcut+3"),
    FLAG_BLUE("Flag the card blue", "Shortcut+4");

    private final String description;
    private final List<String> defaultKeys;

    KeyAction(String description, String... defaultKeys) {
        this.description = description;
        this.defaultKeys = List.of(defaultKeys);
    }

    public String description() {
        return description;
    }

    public List<String> defaultKeys() {
        return defaultKeys;
    }

    static Map<KeyAction, List<String>> defaults() {
        Map<KeyAction, List<String>> keys = new EnumMap<>(KeyAction.class);
        for (KeyAction action : values()) keys.put(action, action.defaultKeys);
        return keys;
    }
}
