package dev.latent.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.CardState.State;
import dev.latent.scheduling.Rating;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DueQueueTest {

    // Berlin in June is UTC+2: the study day 2024-06-10 runs from 02:00Z on the 10th to 02:00Z on the 11th.
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant WEEK_AGO = Instant.parse("2024-06-03T08:00:00Z");

    @TempDir
    Path dataDir;

    /** Puts a card into a state through a review logged a week ago, so it does not count toward today's limits. */
    private Instant setUp = WEEK_AGO;

    private void put(Store store, String deck, String id, State state, Instant due) {
        setUp = setUp.plusSeconds(1);
        CardState after = new CardState(state, state == State.REVIEW ? null : 0, 5.0, 5.0, due, setUp);
        store.recordReview(ReviewInput.of(new CardKey(deck, id), Rating.GOOD, after, setUp, 1000));
    }

    private static List<String> ids(DueQueue queue) {
        return queue.cards().stream().map(card -> card.key().questionId()).toList();
    }

    @Test
    void learningFirstThenReviewsDueThisStudyDayThenNewCardsInDeckOrder() {
        Instant now = Instant.parse("2024-06-10T08:00:00Z"); // 10:00 in Berlin
        List<String> newIds = IntStream.rangeClosed(1, 25).mapToObj(i -> String.format("n%02d", 26 - i)).toList(); // n25..n01
        List<String> deck = new ArrayList<>(List.of("l1", "l2", "l3", "l4", "r1", "r2", "r3", "r4", "o1"));
        deck.addAll(newIds);
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("d", deck, WEEK_AGO);
            store.syncDeck("other", List.of("x"), WEEK_AGO);
            put(store, "d", "l1", State.LEARNING, now.minus(Duration.ofMinutes(5)));
            put(store, "d", "l2", State.RELEARNING, now.minus(Duration.ofMinutes(10)));
            put(store, "d", "l3", State.LEARNING, now.plus(Duration.ofMinutes(10))); // within the learn-ahead limit
            put(store, "d", "l4", State.LEARNING, now.plus(Duration.ofMinutes(45)));
            put(store, "d", "r1", State.REVIEW, Instant.parse("2024-06-09T08:00:00Z"));  // overdue
            put(store, "d", "r3", State.REVIEW, Instant.parse("2024-06-11T01:30:00Z"));  // 03:30 tomorrow: still today
            put(store, "d", "r2", State.REVIEW, Instant.parse("2024-06-10T21:00:00Z"));  // 23:00 today
            put(store, "d", "r4", State.REVIEW, Instant.parse("2024-06-11T03:00:00Z"));  // 05:00 tomorrow: next day
            put(store, "d", "o1", State.REVIEW, Instant.parse("2024-06-09T08:00:00Z"));
            put(store, "other", "x", State.REVIEW, Instant.parse("2024-06-09T08:00:00Z"));
            List<String> present = new ArrayList<>(deck);
            present.remove("o1");
            store.syncDeck("d", present, WEEK_AGO); // o1's question was deleted

            DueQueue queue = store.dueQueue("d", now, BERLIN, DailyLimits.DEFAULT);

            List<String> expected = new ArrayList<>(List.of("l2", "l1", "r1", "r2", "r3"));
            expected.addAll(newIds.subList(0, 20));
            expected.add("l3"); // due in 10 minutes: counted, and shown once nothing else is left (Anki's learn-ahead)
            assertEquals(expected, ids(queue));
            assertEquals(20, queue.newCount());
            assertEquals(3, queue.learningCount());
            assertEquals(3, queue.reviewCount());
            assertEquals(Optional.of(now.plus(Duration.ofMinutes(45))), queue.nextDue()); // l4
            assertEquals(store.cardState(new CardKey("d", "r2")).orElseThrow(), queue.cards().get(3).state());
            assertEquals(CardState.newCard(WEEK_AGO), queue.cards().get(5).state());
        }
    }

    @Test
    void nextDueIsTheNextStudyDayWhenOnlyLimitsHoldCardsBack() {
        Instant now = Instant.parse("2024-06-10T08:00:00Z");
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("d", List.of("r1", "r2", "n1"), WEEK_AGO);
            put(store, "d", "r1", State.REVIEW, Instant.parse("2024-06-09T08:00:00Z"));
            put(store, "d", "r2", State.REVIEW, Instant.parse("2024-06-20T08:00:00Z"));
            DueQueue none = store.dueQueue("d", now, BERLIN, new DailyLimits(0, 0));
            assertEquals(List.of(), ids(none));
            assertEquals(Optional.of(Instant.parse("2024-06-11T02:00:00Z")), none.nextDue());

            DueQueue all = store.dueQueue("d", now, BERLIN, DailyLimits.DEFAULT);
            assertEquals(List.of("r1", "n1"), ids(all));
            // r2 on the 20th is available from 04:00 Berlin time that day.
            assertEquals(Optional.of(Instant.parse("2024-06-20T02:00:00Z")), all.nextDue());
        }
        try (Store store = Store.open(dataDir.resolve("empty"))) {
            store.syncDeck("d", List.of(), WEEK_AGO);
            DueQueue empty = store.dueQueue("d", Instant.parse("2024-06-10T08:00:00Z"), BERLIN, DailyLimits.DEFAULT);
            assertEquals(new DueQueue(List.of(), 0, 0, 0, Optional.empty()), empty);
        }
    }

    @Test
    void dailyLimitsCountWhatWasDoneSinceFourInTheMorning() {
        Instant overdue = Instant.parse("2024-06-08T08:00:00Z");
        DailyLimits limits = new DailyLimits(3, 2);
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("d", List.of("r1", "r2", "r3", "r4", "r5", "n1", "n2", "n3", "n4", "n5", "n6"), WEEK_AGO);
            for (String r : List.of("r1", "r2", "r3", "r4", "r5")) put(store, "d", r, State.REVIEW, overdue);

            // Late at night, 03:00-03:20 in Berlin: still the study day of the 9th.
            Instant t = Instant.parse("2024-06-10T01:00:00Z");
            CardState learningLater = new CardState(State.LEARNING, 1, 2.0, 5.0, t.plus(Duration.ofDays(2)), t);
            answer(store, "n1", learningLater, t);
            answer(store, "n2", learningLater, t.plusSeconds(60));
            answer(store, "n2", learningLater, t.plusSeconds(120)); // a second answer to the same new card: still one new card
            answer(store, "r1", new CardState(State.REVIEW, null, 9.0, 5.0, t.plus(Duration.ofDays(9)), t), t.plusSeconds(180));
            // A lapse and then its relearning step: the lapse is a review answer, the relearning step is not.
            answer(store, "r2", new CardState(State.RELEARNING, 0, 1.0, 7.0, t.plus(Duration.ofDays(3)), t), t.plusSeconds(240));
            answer(store, "r2", new CardState(State.REVIEW, null, 2.0, 7.0, t.plus(Duration.ofDays(3)), t), t.plusSeconds(300));

            Instant beforeFour = Instant.parse("2024-06-10T01:30:00Z"); // 03:30 Berlin
            DueQueue night = store.dueQueue("d", beforeFour, BERLIN, limits);
            assertEquals(List.of("n3"), ids(night)); // 3 - 2 new cards left, 2 - 2 reviews
            assertEquals(0, night.reviewCount()); // 2 - 2 reviews
            assertEquals(1, night.newCount());
            assertEquals(Optional.of(Instant.parse("2024-06-10T02:00:00Z")), night.nextDue()); // 04:00 Berlin

            Instant afterFour = Instant.parse("2024-06-10T02:30:00Z"); // 04:30 Berlin: a new study day
            DueQueue morning = store.dueQueue("d", afterFour, BERLIN, limits);
            assertEquals(List.of("r3", "r4", "n3", "n4", "n5"), ids(morning));
            assertEquals(3, morning.newCount());
            assertEquals(2, morning.reviewCount());

            // Answering a new card uses a slot; undoing the answer gives it back.
            answer(store, "n3", learningLater, afterFour);
            assertEquals(2, store.dueQueue("d", afterFour.plusSeconds(1), BERLIN, limits).newCount());
            assertEquals(Optional.of(new CardKey("d", "n3")), store.undoLastReview().map(UndoneReview::card));
            assertEquals(List.of("r3", "r4", "n3", "n4", "n5"), ids(store.dueQueue("d", afterFour.plusSeconds(1), BERLIN, limits)));
        }
    }

    private static void answer(Store store, String id, CardState after, Instant at) {
        store.recordReview(ReviewInput.of(new CardKey("d", id), Rating.GOOD, after, at, 5000));
    }
}
