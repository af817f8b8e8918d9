package dev.latent.study;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.StudyDay;
import dev.latent.store.CardKey;
import dev.latent.store.DueCard;
import dev.latent.store.DueQueue;
import dev.latent.store.Store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Anki's custom study, for a deck with nothing left today: a rule that picks extra cards to answer and rate as
 * usual (FSRS handles an early review). Each card is shown once per session, besides the learning steps its
 * rating starts.
 */
public sealed interface CustomStudy {

    /** The most days either rule reaches (Anki allows far more; a year is plenty for this app's decks). */
    int MAX_DAYS = 365;

    /** The deck's cards the rule picks at {@code now}, with their current states. */
    List<DueCard> cards(Store store, String deckId, Instant now, ZoneId zone);

    /**
     * A custom session's queue: the learning cards due now (a card rated Again here comes back after its step), then
     * the cards the rule picks that the session has not answered yet ({@code answered}). The rule is asked again each
     * time, so the states are current (after an undo, say).
     *
     * @param due the deck's day queue, where the learning cards come from
     */
    default DueQueue sessionQueue(DueQueue due, Store store, String deckId, Instant now, ZoneId zone, Set<CardKey> answered) {
        List<DueCard> learning = due.cards().stream()
                .filter(c -> !c.state().isNew() && c.state().state() != CardState.State.REVIEW).toList();
        Set<CardKey> skip = new HashSet<>(answered);
        for (DueCard card : learning) skip.add(card.key());
        List<DueCard> picked = cards(store, deckId, now, zone).stream().filter(c -> !skip.contains(c.key())).toList();
        List<DueCard> cards = new ArrayList<>();
        for (DueCard card : learning) if (!card.state().due().isAfter(now)) cards.add(card);
        cards.addAll(picked);
        for (DueCard card : learning) if (card.state().due().isAfter(now)) cards.add(card); // learn-ahead last
        return new DueQueue(cards, 0, learning.size(), picked.size(), due.nextDue());
    }

    /** Review cards due in the next {@code days} study days, as if those days had come. */
    record ReviewAhead(int days) implements CustomStudy {
        public ReviewAhead {
            checkDays(days);
        }

        @Override
        public List<DueCard> cards(Store store, String deckId, Instant now, ZoneId zone) {
            LocalDate today = StudyDay.of(now, zone);
            return store.reviewCardsDueBefore(deckId, now, StudyDay.start(today.plusDays(1L + days), zone));
        }
    }

    /** Cards rated Again in the last {@code days} study days (today counts as one). */
    record Forgotten(int days) implements CustomStudy {
        public Forgotten {
            checkDays(days);
        }

        @Override
        public List<DueCard> cards(Store store, String deckId, Instant now, ZoneId zone) {
            LocalDate today = StudyDay.of(now, zone);
            return store.cardsForgottenSince(deckId, now, StudyDay.start(today.minusDays(days - 1L), zone));
        }
    }

    private static void checkDays(int days) {
        if (days < 1 || days > MAX_DAYS) throw new IllegalArgumentException("days must be 1-" + MAX_DAYS + ", was " + days);
    }
}
