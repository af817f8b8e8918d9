package dev.latent.present;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an instructor projects: some questions of one deck, in the order chosen.
 *
 * @param title shown on the presenter view; the deck's title
 */
public record PresentationPlan(String title, List<Question> questions) {

    public PresentationPlan {
        questions = List.copyOf(questions);
        if (questions.isEmpty()) throw new IllegalArgumentException("a presentation needs at least one question");
    }

    /** Every question of the deck, in deck order. */
    public static PresentationPlan of(Deck deck) {
        return new PresentationPlan(deck.title(), deck.questions());
    }

    /**
     * The questions named by id, in the order given.
     *
     * @throws IllegalArgumentException for an id the deck does not have, or an empty list
     */
    public static PresentationPlan of(Deck deck, List<String> questionIds) {
        Map<String, Question> byId = deck.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        List<Question> chosen = new ArrayList<>();
        for (String id : questionIds) {
            Question question = byId.get(id);
            if (question == null) throw new IllegalArgumentException("deck " + deck.id() + " has no question " + id);
            chosen.add(question);
        }
        return new PresentationPlan(deck.title(), chosen);
    }

    public int size() {
        return questions.size();
    }

    public Question question(int index) {
        return questions.get(index);
    }

    /**
     * How many reveal steps a question's answer has: one per point, or one for an answer without points.
     * The intro appears with the first point and the outro with the last, so no click shows a lone
     * "including:" line.
     */
    public static int revealSteps(Question question) {
        var answer = question.answer();
        if (!answer.points().isEmpty()) return answer.points().size();
        return answer.intro().isEmpty() && answer.outro().isEmpty() ? 0 : 1;
    }
}
