package dev.latent.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An answer the learner said was graded wrongly, kept as their own graded sample.
 *
 * @param id the row's id, or 0 for one not saved yet
 * @param grade the grade the answer should have had, 0-4
 * @param claims the concepts the learner said the answer states, with the words that do
 * @param note why it was kept, in words ("I did say: ...", "the grade should be 3")
 */
public record PersonalSample(long id, CardKey card, String answer, int grade, List<Claim> claims, String note,
                             Instant created) {

    /** "I did say this": a concept and the words of the answer that state it. */
    public record Claim(String conceptId, int start, int end, String words) {
        public Claim {
            Objects.requireNonNull(conceptId, "conceptId");
            Objects.requireNonNull(words, "words");
            if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public PersonalSample {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(created, "created");
        claims = List.copyOf(claims);
        if (grade < 0 || grade > 4) throw new IllegalArgumentException("grade must be 0-4, was " + grade);
    }

    /** How the note of a corrected grade begins ("the grade should be 3, not 1"): that note states the grade itself. */
    public static final String CORRECTED_GRADE = "the grade should be ";

    /** True for "this grade is wrong" (the learner gave the grade), false for "I did say this" (a regraded answer). */
    public boolean correctsTheGrade() {
        return note.startsWith(CORRECTED_GRADE);
    }

    public PersonalSample withId(long newId) {
        return new PersonalSample(newId, card, answer, grade, claims, note, created);
    }
}
