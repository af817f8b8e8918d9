package dev.latent.study;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;

import java.util.ArrayList;
import java.util.List;

/**
 * Going through a deck's questions in order: type an answer, reveal the model answer, move on. Keeps what
 * was typed for each question so going back shows it again. The scheduled study session builds on the
 * same steps.
 */
public final class DeckWalkthrough {

    private final Deck deck;
    private final List<String> typedAnswers;
    private final boolean[] revealed;
    private int position;

    public DeckWalkthrough(Deck deck) {
        if (deck.questions().isEmpty()) throw new IllegalArgumentException("deck " + deck.id() + " has no questions");
        this.deck = deck;
        this.typedAnswers = new ArrayList<>(java.util.Collections.nCopies(deck.size(), ""));
        this.revealed = new boolean[deck.size()];
    }

    public Deck deck() {
        return deck;
    }

    public Question current() {
        return deck.questions().get(position);
    }

    /** 0-based position of the current question. */
    public int position() {
        return position;
    }

    public int size() {
        return deck.size();
    }

    public String typedAnswer() {
        return typedAnswers.get(position);
    }

    public void type(String answer) {
        typedAnswers.set(position, answer == null ? "" : answer);
    }

    public boolean isRevealed() {
        return revealed[position];
    }

    /** Shows the model answer for the current question, keeping the answer typed so far. */
    public void reveal(String answer) {
        type(answer);
        revealed[position] = true;
    }

    public boolean hasNext() {
        return position + 1 < deck.size();
    }

    public boolean hasPrevious() {
        return position > 0;
    }

    public void next() {
        if (!hasNext()) throw new IllegalStateException("already at the last question");
        position++;
    }

    public void previous() {
        if (!hasPrevious()) throw new IllegalStateException("already at the first question");
        position--;
    }

    /** Every question's answer has been revealed. */
    public boolean isFinished() {
        for (boolean shown : revealed) if (!shown) return false;
        return true;
    }

    public int revealedCount() {
        int count = 0;
        for (boolean shown : revealed) if (shown) count++;
        return count;
    }
}
