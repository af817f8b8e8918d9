package dev.latent.deck;

import java.util.List;
import java.util.Optional;

/**
 * One question of a deck.
 *
 * @param id stable identifier within the deck; rewording the prompt keeps the id and so the history
 * @param rubric how typed answers are graded; absent for plain flashcards
 * @param samples graded example answers, used to check that the rubric grades like an instructor
 * @param promptImage an image shown under the prompt: a file name relative to the deck's folder; null for none
 * @param answerImage an image shown under the answer, the same way; null for none
 */
public record Question(String id, String prompt, ModelAnswer answer, List<String> tags,
                       Rubric rubric, List<SampleAnswer> samples, String promptImage, String answerImage) {

    public Question {
        tags = tags == null ? List.of() : List.copyOf(tags);
        samples = samples == null ? List.of() : List.copyOf(samples);
    }

    /** A question without images. */
    public Question(String id, String prompt, ModelAnswer answer, List<String> tags, Rubric rubric,
                    List<SampleAnswer> samples) {
        this(id, prompt, answer, tags, rubric, samples, null, null);
    }

    public Optional<Rubric> optionalRubric() {
        return Optional.ofNullable(rubric);
    }

    /** This question with the given images (null for none). */
    public Question withImages(String promptImage, String answerImage) {
        return new Question(id, prompt, answer, tags, rubric, samples, promptImage, answerImage);
    }
}
