package dev.latent.browse;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.StudyDay;
import dev.latent.store.CardKey;
import dev.latent.store.CardRow;
import dev.latent.store.Store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Anki's browser over every deck: the cards as rows, and the changes made to a selection of them (suspend, bury,
 * flag, forget, set the due date). Each change is one store transaction and says how many cards it changed; the
 * rows are read again afterwards, so what is shown is what is stored.
 */
public final class CardBrowser {

    private final Store store;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Map<String, Deck> decks;

    public CardBrowser(Store store, Scheduler scheduler, Clock clock, Collection<Deck> decks) {
        this.store = store;
        this.scheduler = scheduler;
        this.clock = clock;
        this.decks = decks.stream().collect(Collectors.toMap(Deck::id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    public List<Deck> decks() {
        return List.copyOf(decks.values());
    }

    /** Every tag of every deck, sorted, for the tag filter. */
    public List<String> tags() {
        return decks.values().stream().flatMap(d -> d.questions().stream()).flatMap(q -> q.tags().stream())
                .distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** The cards of the loaded decks that pass {@code search}, in deck order. */
    public List<BrowserRow> rows(CardSearch search) {
        Instant now = clock.instant();
        List<BrowserRow> rows = new ArrayList<>();
        for (CardRow card : store.cardRows()) {
            Deck deck = decks.get(card.key().deckId());
            if (deck == null) continue; // a deck removed from the folder: its history waits for it
            Optional<Question> question = deck.question(card.key().questionId());
            if (question.isEmpty()) continue;
            OptionalDouble r = card.state().isNew() || card.state().stability() == null ? OptionalDouble.empty()
                    : OptionalDouble.of(scheduler.retrievability(card.state(), now));
            BrowserRow row = new BrowserRow(deck, question.get(), card, r, now);
            if (search.test(row)) rows.add(row);
        }
        return rows;
    }

    public int suspend(Collection<CardKey> cards, boolean suspended) {
        return store.suspend(cards, suspended);
    }

    /** Buries until the next study day begins (4 AM), as the reviewer's bury does. */
    public int bury(Collection<CardKey> cards) {
        return store.bury(cards, StudyDay.nextStart(clock.instant(), clock.getZone()));
    }

    public int unbury(Collection<CardKey> cards) {
        return store.bury(cards, null);
    }

    public int flag(Collection<CardKey> cards, int flag) {
        return store.flag(cards, flag);
    }

    /** Anki's "Reset": the cards are new again; their review log stays. */
    public int forget(Collection<CardKey> cards) {
        return store.forget(cards, clock.instant());
    }

    /**
     * Anki's "Set due date": due at the start of the study day {@code days} from today (0 = today). Only cards already
     * studied have a schedule to move; the count says how many moved.
     */
    public int setDueInDays(Collection<CardKey> cards, int days) {
        if (days < 0 || days > 36_500) throw new IllegalArgumentException("days must be 0-36500, was " + days);
        LocalDate today = StudyDay.of(clock.instant(), clock.getZone());
        return store.setDue(cards, StudyDay.start(today.plusDays(days), clock.getZone()));
    }
}
