package dev.latent.interchange;

/**
 * A notes-in-plain-text file that cannot be imported, with the line where the problem is.
 *
 * @see AnkiText#read
 */
public final class AnkiTextException extends Exception {

    private final String source;
    private final int line;

    public AnkiTextException(String source, int line, String message) {
        super((line > 0 ? source + ":" + line + ": " : source + ": ") + message);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** 1-based line, or 0 when the problem is the whole file. */
    public int line() {
        return line;
    }
}
