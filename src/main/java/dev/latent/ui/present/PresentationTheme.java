package dev.latent.ui.present;

/** The projection's two high-contrast themes (colours in presentation.css, each text pair at least 7:1). */
public enum PresentationTheme {
    LIGHT("light", "High-contrast light"),
    DARK("dark", "High-contrast dark");

    final String styleClass;
    private final String label;

    PresentationTheme(String styleClass, String label) {
        this.styleClass = styleClass;
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
