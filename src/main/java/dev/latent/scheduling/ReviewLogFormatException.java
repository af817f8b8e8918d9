package dev.latent.scheduling;

/** A review log file that cannot be read: which line and why, ready to show as one line. */
public final class ReviewLogFormatException extends Exception {

    private final int line;

    public ReviewLogFormatException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /** 1-based line number in the file (1 is the header). */
    public int line() {
        return line;
    }
}
