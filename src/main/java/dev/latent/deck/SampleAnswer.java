package dev.latent.deck;

/**
 * A student answer with the grade an instructor gave it, on the 0-4 scale.
 *
 * @param note why the instructor gave that grade (optional)
 */
public record SampleAnswer(String answer, int grade, String note) {

    public static final int MIN_GRADE = 0;
    public static final int MAX_GRADE = 4;

    public SampleAnswer {
        note = note == null ? "" : note;
    }
}
