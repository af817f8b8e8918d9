package dev.latent.deck;

import java.util.List;
import java.util.Optional;

/**
 * A deck as read from one {@code questions/*.json} file. Immutable; the app never writes decks back
 * except through the editor, which saves a whole new file.
 *
 * @param id stable identifier; the store keys a learner's history by deck id + question id
 * @param source where the deck was read from, as shown in messages (a path or a bundled name)
 */
public record Deck(String id, String title, String description, List<Question> questions, String source) {

    public Deck {
        questions = List.copyOf(questions);
        description = description == null ? "" : description;
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** A question named on a command line or in a table: by id, or by 1-based position when no id matches. */
    public Optional<Question> questionByIdOrPosition(String idOrPosition) {
        String wanted = idOrPosition.strip();
        Optional<Question> byId = question(wanted);
        if (byId.isPresent() || !wanted.matches("[0-9]{1,9}")) return byId;
        int position = Integer.parseInt(wanted);
        return position >= 1 && position <= size() ? Optional.of(questions.get(position - 1)) : Optional.empty();
    }

    /** The questions' ids in deck order: what the store keeps a card for. */
    public List<String> questionIds() {
        return questions.stream().map(Question::id).toList();
    }

    public int size() {
        return questions.size();
    }
}
