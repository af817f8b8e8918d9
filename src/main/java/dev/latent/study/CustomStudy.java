package dev.latent.study;

import dev.latent.scheduling.StudyDay;
import dev.latent.store.DueCard;
import dev.latent.store.Store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

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
