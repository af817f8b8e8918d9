package dev.latent.browse;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The browser's filter: a deck, a tag, a state, a flag and words, each optional; a card must pass all of them. The
 * words match the prompt, the model answer and the tags, case-insensitively, every word somewhere (Anki's search
 * without its syntax).
 */
public record CardSearch(Optional<String> deckId, Optional<String> tag, Optional<BrowserRow.State> state,
                         boolean flaggedOnly, String text) implements Predicate<BrowserRow> {

    public static final CardSearch ALL = new CardSearch(Optional.empty(), Optional.empty(), Optional.empty(), false, "");

    public CardSearch {
        text = text == null ? "" : text.strip();
    }

    public CardSearch withDeck(String id) {
        return new CardSearch(Optional.ofNullable(id), tag, state, flaggedOnly, text);
    }

    public CardSearch withTag(String name) {
        return new CardSearch(deckId, Optional.ofNullable(name), state, flaggedOnly, text);
    }

    public CardSearch withState(BrowserRow.State wanted) {
        return new CardSearch(deckId, tag, Optional.ofNullable(wanted), flaggedOnly, text);
    }

    public CardSearch withFlaggedOnly(boolean flagged) {
        return new CardSearch(deckId, tag, state, flagged, text);
    }

    public CardSearch withText(String words) {
        return new CardSearch(deckId, tag, state, flaggedOnly, words);
    }

    @Override
    public boolean test(BrowserRow row) {
        if (deckId.isPresent() && !deckId.get().equals(row.deck().id())) return false;
        if (tag.isPresent() && row.tags().stream().noneMatch(t -> t.equalsIgnoreCase(tag.get()))) return false;
        if (state.isPresent() && row.state() != state.get()) return false;
        if (flaggedOnly && row.card().flag() == 0) return false;
        if (text.isEmpty()) return true;
        String haystack = (row.prompt() + "\n" + row.question().answer().fullText() + "\n" + String.join(" ", row.tags())
                + "\n" + row.deck().title()).toLowerCase(Locale.ROOT);
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) return false;
        }
        return true;
    }
}
