package dev.latent.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The exam-date queries and changes of one {@link Store} ({@link Store#examDates()}): the deck's exam date and the
 * due times it pulls forward ({@link ExamDates}). Calls are serialised with the store's own.
 */
public final class StoreExamDates {

    private final Store store;

    StoreExamDates(Store store) {
        this.store = store;
    }

    /** The deck's cards that are still in it (not orphaned), with their states, in deck order. */
    public List<DueCard> cards(String deckId) {
        CardKey.requireId(deckId, "deckId");
        return store.read(c -> DueQueues.dueCards(c, deckId, "c.orphaned = 0 ORDER BY c.id", null, 0));
    }

    /**
     * Moves the due time of cards (an exam date pulling them forward). Only {@code due} changes: the memory state
     * stays, so FSRS sees an early review when the card is answered. The due time replaced is remembered (the first
     * one, if a card is moved again before it is reviewed), for {@link #setExamDate} to give back. Unknown cards are
     * skipped.
     */
    public void moveDue(Map<CardKey, Instant> dueByCard) {
        Objects.requireNonNull(dueByCard, "dueByCard");
        if (dueByCard.isEmpty()) return;
        store.update(c -> ExamDates.moveDue(c, dueByCard));
    }

    /** The exam date set on the deck, if any. */
    public Optional<LocalDate> examDate(String deckId) {
        CardKey.requireId(deckId, "deckId");
        return store.read(c -> Optional.ofNullable(ExamDates.examDateOf(c, deckId)).map(LocalDate::parse));
    }

    /**
     * Sets the deck's exam date, or clears it with null. When the date changes, the cards {@link #moveDue} moved for
     * the old one get their earlier due time back, unless they were reviewed (or moved otherwise) since: planning for
     * a new date starts from the schedule FSRS gave.
     */
    public void setExamDate(String deckId, LocalDate date) {
        CardKey.requireId(deckId, "deckId");
        store.update(c -> ExamDates.setExamDate(c, deckId, date));
    }

    /**
     * Gives the cards {@link #moveDue} moved their earlier due time back, unless they were reviewed (or moved
     * otherwise) since, and forgets the moves; the exam date stays. For an exam that has passed: a card pulled
     * forward for it and not reviewed returns to the schedule FSRS gave instead of staying overdue.
     */
    public void restoreMovedDue(String deckId) {
        CardKey.requireId(deckId, "deckId");
        store.update(c -> ExamDates.restoreMovedDue(c, deckId));
    }
}
