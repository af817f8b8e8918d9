package dev.latent.deck;

import java.util.List;
import java.util.Optional;

/**
 * One question of a deck.
 *
 * @param id stable identifier within the deck; rewording the prompt keeps the id and so the history
 * @param rubric how typed answers are graded; absent for plain flashcards
 * @param samples graded example answers, used to check that the rubric grades like an instructor
 */
public record Question(String id, String prompt, ModelAnswer answer, List<String> tags,
                       Rubric rubric, List<SampleAnswer> samples) {

    public Question {
        tags = tags == null ? List.of() : List.copyOf(tags);
        samples = samples == null ? List.of() : List.copyOf(samples);
    }

    public Optional<Rubric> optionalRubric() {
        return Optional.ofNullable(rubric);
    }
}
