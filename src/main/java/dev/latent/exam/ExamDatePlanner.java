package dev.latent.exam;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Fsrs;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.StudyDay;
import dev.latent.store.CardKey;
import dev.latent.store.DueCard;
import dev.latent.store.MemoryStates;
import dev.latent.store.Store;
import dev.latent.store.StoreExamDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Preparing a deck for an exam date. FSRS spaces reviews for long-term retention and may put a card's next review
 * after the exam; before an exam every card should come back at least once in its last days. So in the window of
 * the exam's last {@value #MAX_WINDOW_DAYS} study days, a card that is neither due before the exam nor reviewed
 * within the window is pulled forward: its due moves onto one of the window's days still ahead (the last
 * {@code min(7, days until the exam)}), the cards with the lowest predicted recall at the exam first and earliest. Only {@code due} moves; the memory state (and so FSRS's next interval) is untouched, and the
 * store's due queue needs nothing new. New cards are left to the new-card queue. Planning again is harmless: a
 * pulled card is due in the window and so no longer needs pulling.
 */
public final class ExamDatePlanner {

    /** At most this many study days before the exam make up the window. */
    public static final int MAX_WINDOW_DAYS = 7;

    private ExamDatePlanner() {
    }

    /** A card brought forward: the study day it now comes due and its predicted recall at the exam as things stand. */
    public record Pull(CardKey card, LocalDate day, double recallAtExam) {
    }

    /**
     * What the exam date means for a deck now.
     *
     * @param windowStart the first study day of the window
     * @param projectedRecall the mean predicted recall over the deck's cards at the exam (new cards count as 0),
     *     if no more reviews were done
     * @param pulls the cards brought forward, in the order they come (lowest recall at the exam first)
     */
    public record Plan(LocalDate examDate, LocalDate windowStart, double projectedRecall, List<Pull> pulls) {
        public Plan {
            pulls = List.copyOf(pulls);
        }

        /** The new due time of each pulled card: the start of its day plus its rank in ms, so the queue keeps the order. */
        public Map<CardKey, Instant> dueChanges(ZoneId zone) {
            Map<CardKey, Instant> changes = new LinkedHashMap<>();
            for (int i = 0; i < pulls.size(); i++) {
                Pull pull = pulls.get(i);
                changes.put(pull.card(), StudyDay.start(pull.day(), zone).plusMillis(i));
            }
            return changes;
        }
    }

    /** The moment recall is projected for: the start of the exam's study day. */
    public static Instant examInstant(LocalDate examDate, ZoneId zone) {
        return StudyDay.start(examDate, zone);
    }

    /** Mean predicted recall of the cards at {@code at}, new cards counted as 0; 0 for no cards. */
    public static double projectedRecall(List<DueCard> cards, Scheduler scheduler, Instant at) {
        if (cards.isEmpty()) return 0;
        double sum = 0;
        for (DueCard card : cards) sum += scheduler.retrievability(card.state(), at);
        return sum / cards.size();
    }

    /**
     * {@link #projectedRecall(List, Scheduler, Instant)} for a deck in the store, from its cards' memory states
     * alone ({@link Store#memoryStates}): the same figure without reading whole cards, cheap for a deck of 10,000.
     */
    public static double projectedRecall(Store store, String deckId, Scheduler scheduler, Instant at) {
        MemoryStates states = store.memoryStates(deckId);
        if (states.cards() == 0) return 0;
        double sum = 0;
        // Scheduler.retrievability of each rated card, in card order, without building a CardState per card; the
        // cards never rated would add 0 (exactly), so the sum is the same to the last bit.
        for (int i = 0; i < states.rated(); i++) {
            long days = Math.max(0, Fsrs.elapsedDays(Instant.ofEpochMilli(states.lastReviewMs()[i]), at));
            sum += Fsrs.forgettingCurve(scheduler.parameters(), days, states.stability()[i]);
        }
        return sum / states.cards();
    }

    /**
     * Plans the window for the deck's cards. Empty once the exam's day has passed.
     *
     * @param cards the deck's cards (orphans excluded) with their states
     */
    public static Optional<Plan> plan(LocalDate examDate, List<DueCard> cards, Scheduler scheduler, Instant now, ZoneId zone) {
        Objects.requireNonNull(examDate, "examDate");
        LocalDate today = StudyDay.of(now, zone);
        if (examDate.isBefore(today)) return Optional.empty();
        Instant examAt = examInstant(examDate, zone);
        LocalDate windowStart = examDate.minusDays(MAX_WINDOW_DAYS);
        Instant windowStartAt = StudyDay.start(windowStart, zone);

        List<Pull> pulls = new ArrayList<>();
        for (DueCard card : cards) {
            CardState state = card.state();
            if (state.isNew()) continue;
            boolean dueBeforeExam = state.due().isBefore(examAt);
            boolean reviewedInWindow = !state.lastReview().isBefore(windowStartAt);
            if (dueBeforeExam || reviewedInWindow) continue;
            pulls.add(new Pull(card.key(), null, scheduler.retrievability(state, examAt)));
        }
        pulls.sort(Comparator.comparingDouble(Pull::recallAtExam).thenComparing(p -> p.card().questionId()));

        // Spread over the window days still ahead (today included), the weakest cards on the earliest days.
        LocalDate firstDay = windowStart.isBefore(today) ? today : windowStart;
        int days = Math.max(1, (int) ChronoUnit.DAYS.between(firstDay, examDate));
        int perDay = Math.max(1, (pulls.size() + days - 1) / days);
        List<Pull> placed = new ArrayList<>(pulls.size());
        for (int i = 0; i < pulls.size(); i++) {
            Pull p = pulls.get(i);
            placed.add(new Pull(p.card(), firstDay.plusDays(Math.min(days - 1, i / perDay)), p.recallAtExam()));
        }
        return Optional.of(new Plan(examDate, windowStart, projectedRecall(cards, scheduler, examAt), placed));
    }

    /**
     * Reads the deck's exam date and cards, plans, and moves the pulled cards' due times in the store.
     * Empty when the deck has no exam date or it has passed; once its day has passed, the cards pulled forward
     * for it and not reviewed since get their earlier due time back ({@link StoreExamDates#restoreMovedDue}).
     */
    public static Optional<Plan> apply(Store store, String deckId, Scheduler scheduler, Instant now, ZoneId zone) {
        Optional<LocalDate> examDate = store.examDates().examDate(deckId);
        if (examDate.isEmpty()) return Optional.empty();
        if (examDate.get().isBefore(StudyDay.of(now, zone))) {
            store.examDates().restoreMovedDue(deckId);
            return Optional.empty();
        }
        Optional<Plan> plan = plan(examDate.get(), store.examDates().cards(deckId), scheduler, now, zone);
        plan.ifPresent(p -> store.examDates().moveDue(p.dueChanges(zone)));
        return plan;
    }
}
