package dev.latent.deck;

/**
 * One thing wrong with a deck file, located precisely enough to fix it.
 *
 * @param file the deck's file name or path as the user knows it
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param field where in the deck, such as {@code questions[2].rubric.concepts[0].weight}; empty for the whole file
 */
public record DeckProblem(String file, int line, int column, String field, String message) {

    /** Where a value starts in a deck file: 1-based line and column, or 0 for what is not known. */
    public record Position(int line, int column) {
    }

    /** {@code line:col: field: message}, for lists that already name the file. */
    public String withoutFile() {
        String full = toString();
        return full.substring(file.length() + 1).stripLeading();
    }

    /** {@code file:line:col: field: message}, the form compilers use so editors can jump to it. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) text.append(':').append(line).append(':').append(column);
        text.append(": ");
        if (!field.isEmpty()) text.append(field).append(": ");
        return text.append(message).toString();
    }
}
