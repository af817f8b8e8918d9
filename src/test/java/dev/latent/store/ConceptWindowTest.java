package dev.latent.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scoring.ConceptStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The concept counts the store keeps between requests (concept_window) must always equal a count made afresh from
 * the answers: here the answers are kept in the test too, counted by plain Java, and compared after every request
 * while reviews are recorded and undone and the window moves forward, back and far.
 */
class ConceptWindowTest {

    private static final String DECK = "d";
    private static final List<String> QUESTIONS = List.of("q1", "q2", "q3", "q4", "q5", "q6");
    private static final String[][] CONCEPTS = {{"k1", "Encoder"}, {"k2", "Decoder"}, {"k3", "Latent space"}};
    private static final Instant START = Instant.parse("2026-01-01T06:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @TempDir
    Path dataDir;

    /** One concept result of one recorded answer, as the test remembers it. */
    private record Result(long reviewId, String question, String concept, String label, boolean missed) {
    }

    @Test
    void theKeptCountsEqualARecountThroughReviewsUndoAndMovingWindows() {
        Random random = new Random(42);
        List<List<Result>> answers = new ArrayList<>(); // per recorded review, newest last
        try (Store store = Store.open(dataDir)) {
            store.syncDeck(DECK, QUESTIONS, START);
            Instant clock = START;
            Instant from = START;
            int checks = 0;
            for (int step = 0; step < 260; step++) {
                int what = random.nextInt(10);
                if (what < 6) {
                    clock = clock.plus(Duration.ofMinutes(30 + random.nextInt(60 * 20)));
                    answers.add(answer(store, random, clock));
                } else if (what < 7 && !answers.isEmpty()) {
                    store.undoLastReview();
                    answers.remove(answers.size() - 1);
                } else {
                    // Mostly a day forward or so, sometimes back, sometimes a long way.
                    int move = random.nextInt(10);
                    long days = move < 6 ? random.nextInt(3) : move < 8 ? -random.nextInt(3) : 30 - random.nextInt(60);
                    from = from.plus(DAY.multipliedBy(days));
                    Instant middle = from.plus(DAY.multipliedBy(4 + random.nextInt(6)));
                    Instant to = middle.plus(DAY.multipliedBy(4 + random.nextInt(6)));
                    assertEquals(recount(answers, from, middle, to), describe(store.statistics().conceptTallies(from, middle, to)),
                            "window " + from + " / " + middle + " / " + to + " at step " + step);
                    checks++;
                }
            }
            assertTrue(checks > 50, "enough requests compared: " + checks);
        }
    }

    @Test
    void aLaterReviewWithASmallerIdAfterAnUndoIsCounted() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck(DECK, QUESTIONS, START);
            Instant from = START;
            Instant middle = START.plus(DAY.multipliedBy(5));
            Instant to = START.plus(DAY.multipliedBy(10));
            record(store, "q1", START.plus(DAY), "MISSED");
            record(store, "q1", START.plus(DAY.multipliedBy(7)), "MISSED");
            assertEquals(List.of("d/q1 k1 Encoder 1/1 1/1"), describe(store.statistics().conceptTallies(from, middle, to)));
            store.undoLastReview();
            assertEquals(List.of("d/q1 k1 Encoder 1/1 0/0"), describe(store.statistics().conceptTallies(from, middle, to)));
            // The clock went back: this answer's id is below the undone one's, and must still count.
            record(store, "q2", START.plus(DAY.multipliedBy(3)), "HIT");
            assertEquals(List.of("d/q1 k1 Encoder 1/1 0/0", "d/q2 k1 Encoder 0/1 0/0"),
                    describe(store.statistics().conceptTallies(from, middle, to)));
        }
    }

    @Test
    void orphanedQuestionsAreLeftOutAndComeBackWithTheirCounts() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck(DECK, QUESTIONS, START);
            record(store, "q1", START.plus(DAY), "MISSED");
            record(store, "q2", START.plus(DAY.multipliedBy(2)), "MISSED");
            Instant to = START.plus(DAY.multipliedBy(10));
            Instant middle = START.plus(DAY.multipliedBy(5));
            assertEquals(2, store.statistics().conceptTallies(START, middle, to).size());
            store.syncDeck(DECK, List.of("q2", "q3"), START);
            assertEquals(List.of("d/q2 k1 Encoder 1/1 0/0"), describe(store.statistics().conceptTallies(START, middle, to)));
            store.syncDeck(DECK, QUESTIONS, START);
            assertEquals(2, store.statistics().conceptTallies(START, middle, to).size());
        }
    }

    @Test
    void changedRangesAreMergedAndCoverEveryMovedBound() {
        ConceptWindow.Bounds a = new ConceptWindow.Bounds(100, 200, 300);
        assertEquals(List.of(), ConceptWindow.changedRanges(a, a));
        assertEquals(List.of("100-110", "200-210", "300-305"), ranges(a, new ConceptWindow.Bounds(110, 210, 305)));
        assertEquals(List.of("90-100", "200-400"), ranges(a, new ConceptWindow.Bounds(90, 300, 400)),
                "touching ranges are read as one");
    }

    private static List<String> ranges(ConceptWindow.Bounds a, ConceptWindow.Bounds b) {
        return ConceptWindow.changedRanges(a, b).stream().map(r -> r[0] + "-" + r[1]).toList();
    }

    private static void record(Store store, String question, Instant at, String status) {
        store.recordReview(new ReviewInput(new CardKey(DECK, question), Rating.GOOD, after(at), at, 1000, null, "typed", 50,
                "{\"grade\":2,\"concepts\":[{\"id\":\"k1\",\"label\":\"Encoder\",\"status\":\"" + status + "\"}]}",
                List.of(new ConceptOutcome("k1", "Encoder", ConceptStatus.valueOf(status)))));
    }

    private static CardState after(Instant at) {
        return new CardState(CardState.State.REVIEW, null, 3.0, 5.0, at.plus(DAY.multipliedBy(3)), at);
    }

    /** Records an answer to a random question with one to three concept results (labels sometimes renamed). */
    private static List<Result> answer(Store store, Random random, Instant at) {
        String question = QUESTIONS.get(random.nextInt(QUESTIONS.size()));
        StringBuilder json = new StringBuilder("{\"grade\":2,\"concepts\":[");
        List<String[]> results = new ArrayList<>();
        List<ConceptOutcome> outcomes = new ArrayList<>();
        int count = 1 + random.nextInt(CONCEPTS.length);
        for (int i = 0; i < count; i++) {
            String[] concept = CONCEPTS[i];
            String label = random.nextInt(8) == 0 ? concept[1] + " (renamed)" : concept[1];
            String status = List.of("HIT", "MISSED", "NEGATED", "HIT").get(random.nextInt(4));
            if (i > 0) json.append(',');
            json.append("{\"id\":\"").append(concept[0]).append("\",\"label\":\"").append(label)
                    .append("\",\"status\":\"").append(status).append("\"}");
            results.add(new String[]{concept[0], label, status});
            outcomes.add(new ConceptOutcome(concept[0], label, ConceptStatus.valueOf(status)));
        }
        json.append("]}");
        boolean graded = random.nextInt(6) != 0;
        Review review = store.recordReview(new ReviewInput(new CardKey(DECK, question), Rating.GOOD, after(at), at, 1000,
                null, "typed", graded ? 50 : null, graded ? json.toString() : null, graded ? outcomes : List.of()));
        List<Result> kept = new ArrayList<>();
        if (graded) {
            for (String[] r : results) kept.add(new Result(review.id(), question, r[0], r[1], !r[2].equals("HIT")));
        }
        return kept;
    }

    /** The counts made afresh, in the store's order: most missed first, then by question and concept. */
    private static List<String> recount(List<List<Result>> answers, Instant from, Instant middle, Instant to) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        for (List<Result> review : answers) {
            for (Result r : review) {
                if (r.reviewId() < from.toEpochMilli() || r.reviewId() >= to.toEpochMilli()) continue;
                String key = DECK + "/" + r.question() + " " + r.concept();
                int[] c = counts.computeIfAbsent(key, k -> new int[4]);
                int half = r.reviewId() < middle.toEpochMilli() ? 0 : 2;
                c[half]++;
                if (r.missed()) c[half + 1]++;
                labels.merge(key, r.label(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -(e.getValue()[1] + e.getValue()[3]))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> e.getKey() + " " + labels.get(e.getKey()) + " " + e.getValue()[1] + "/" + e.getValue()[0] + " "
                        + e.getValue()[3] + "/" + e.getValue()[2])
                .toList();
    }

    private static List<String> describe(List<ReviewStats.ConceptTally> tallies) {
        return tallies.stream().map(t -> t.card() + " " + t.conceptId() + " " + t.label() + " " + t.missedEarlier() + "/"
                + t.seenEarlier() + " " + t.missedLater() + "/" + t.seenLater()).toList();
    }
}
