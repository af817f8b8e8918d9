package dev.latent.browse;

/** Anki's first four flags, by the number the store keeps (0 = none). */
public enum Flag {
    NONE, RED, ORANGE, GREEN, BLUE;

    public static Flag of(int number) {
        if (number < 0 || number >= values().length) throw new IllegalArgumentException("no flag " + number);
        return values()[number];
    }

    /** "Red", "Orange"... as the menus and the browser say it. */
    public String title() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
