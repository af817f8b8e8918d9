package dev.latent.study;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.deck.SampleAnswer;
import dev.latent.store.PersonalSample;

import java.util.ArrayList;
import java.util.List;

/**
 * The learner's disputed grades as graded samples of the deck: an overlay the rubric test counts and
 * {@code export --samples} writes, so an instructor can collect a class's disputes. The deck itself is never
 * changed (bundled decks are read-only).
 */
public final class LearnerSamples {

    /** How a learner's sample is told apart from the instructor's in a deck's samples. */
    public static final String NOTE_PREFIX = "Learner: ";

    private LearnerSamples() {
    }

    /** The deck with each personal sample added to its question's samples (samples of unknown questions dropped). */
    public static Deck withSamples(Deck deck, List<PersonalSample> samples) {
        List<Question> questions = new ArrayList<>();
        for (Question question : deck.questions()) {
            List<SampleAnswer> all = new ArrayList<>(question.samples());
            for (PersonalSample sample : samples) {
                if (sample.card().deckId().equals(deck.id()) && sample.card().questionId().equals(question.id())) {
                    all.add(new SampleAnswer(sample.answer(), sample.grade(), NOTE_PREFIX + sample.note()));
                }
            }
            questions.add(new Question(question.id(), question.prompt(), question.answer(), question.tags(),
                    question.rubric(), all, question.promptImage(), question.answerImage()));
        }
        return new Deck(deck.id(), deck.title(), deck.description(), questions, deck.source());
    }

    /** How many of the samples belong to questions the deck still has. */
    public static int countFor(Deck deck, List<PersonalSample> samples) {
        return (int) samples.stream().filter(s -> s.card().deckId().equals(deck.id())
                && deck.question(s.card().questionId()).isPresent()).count();
    }
}
