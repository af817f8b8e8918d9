package dev.latent.exam;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

/**
 * What a practice exam asks: which questions (all, one deck, or one tag), how many, in which shuffled order, and
 * how long the learner has. The same plan and decks always give the same questions in the same order.
 *
 * @param count how many questions at most; fewer when the selection has fewer
 * @param seed drives the shuffle ({@link Random} is specified, so the order is the same on every JVM)
 * @param timeLimit the time allowed, or null for an untimed exam
 */
public record ExamPlan(Selection selection, int count, long seed, Duration timeLimit) {

    public ExamPlan {
        Objects.requireNonNull(selection, "selection");
        if (count < 1) throw new IllegalArgumentException("an exam needs at least one question, count was " + count);
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("the time limit must be positive, was " + timeLimit);
        }
    }

    public Optional<Duration> optionalTimeLimit() {
        return Optional.ofNullable(timeLimit);
    }

    /** Which questions an exam may draw from. */
    public sealed interface Selection {
        boolean includes(Deck deck, Question question);

        /** For people: "All decks", "Deck: Autoencoders and GANs", "Tag: overfitting". */
        String describe(List<Deck> decks);

        /** For the store: "all", "deck:ID", "tag:NAME". */
        String key();
    }

    public record All() implements Selection {
        public boolean includes(Deck deck, Question question) {
            return true;
        }

        public String describe(List<Deck> decks) {
            return "All decks";
        }

        public String key() {
            return "all";
        }
    }

    public record FromDeck(String deckId) implements Selection {
        public FromDeck {
            Objects.requireNonNull(deckId, "deckId");
        }

        public boolean includes(Deck deck, Question question) {
            return deck.id().equals(deckId);
        }

        public String describe(List<Deck> decks) {
            return "Deck: " + decks.stream().filter(d -> d.id().equals(deckId)).map(Deck::title).findFirst().orElse(deckId);
        }

        public String key() {
            return "deck:" + deckId;
        }
    }

    public record WithTag(String tag) implements Selection {
        public WithTag {
            Objects.requireNonNull(tag, "tag");
        }

        public boolean includes(Deck deck, Question question) {
            return question.tags().contains(tag);
        }

        public String describe(List<Deck> decks) {
            return "Tag: " + tag;
        }

        public String key() {
            return "tag:" + tag;
        }
    }

    /** Every question the selection allows, in deck order. */
    public List<ExamQuestion> candidates(List<Deck> decks) {
        List<ExamQuestion> all = new ArrayList<>();
        for (Deck deck : decks) {
            for (Question question : deck.questions()) {
                if (selection.includes(deck, question)) all.add(new ExamQuestion(deck, question));
            }
        }
        return all;
    }

    /** The exam's questions: the candidates shuffled with the seed, then the first {@code count}. */
    public List<ExamQuestion> pick(List<Deck> decks) {
        List<ExamQuestion> all = candidates(decks);
        Collections.shuffle(all, new Random(seed));
        return List.copyOf(all.subList(0, Math.min(count, all.size())));
    }

    /** Every tag used by a question of the decks, sorted. */
    public static List<String> tags(List<Deck> decks) {
        TreeSet<String> tags = new TreeSet<>();
        for (Deck deck : decks) for (Question question : deck.questions()) tags.addAll(question.tags());
        return List.copyOf(tags);
    }
}
