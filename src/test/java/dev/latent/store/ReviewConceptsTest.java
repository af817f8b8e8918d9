package dev.latent.store;

import static dev.latent.store.StoreTestSupport.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scoring.ConceptStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics rows of a review come from {@link ReviewInput#concepts()}: the feedback JSON is never parsed. */
class ReviewConceptsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final CardKey Q1 = new CardKey("d", "q1");
    /** Feedback JSON that says the opposite of the outcomes: the rows must follow the outcomes. */
    private static final String JSON = "{\"concepts\":[{\"id\":\"k1\",\"label\":\"From JSON\",\"status\":\"HIT\"}]}";

    @TempDir
    Path dataDir;

    @Test
    void rowsFollowTheOutcomesAndGoWithTheirReview() throws Exception {
        Path db = dataDir.resolve(Store.DATABASE_FILE);
        Review first;
        Review third;
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("d", List.of("q1"), T0);
            first = record(store, T0, JSON, List.of(
                    new ConceptOutcome("k1", "Encoder", ConceptStatus.MISSED),
                    new ConceptOutcome("k2", null, ConceptStatus.HIT),
                    new ConceptOutcome("k1", "Encoder again", ConceptStatus.HIT)));
            record(store, T0.plusSeconds(60), JSON, List.of());
            third = record(store, T0.plusSeconds(120), null, List.of(
                    new ConceptOutcome("k3", "Decoder", ConceptStatus.NEGATED)));
        }
        // a concept named twice keeps its first outcome; a label left out is the id; JSON alone makes no row
        assertEquals(List.of(first.id() + "|k1|Encoder|1", first.id() + "|k2|k2|0", third.id() + "|k3|Decoder|1"),
                query(db, ROWS));
        try (Store store = Store.open(dataDir)) {
            store.undoLastReview();
        }
        assertEquals(List.of(first.id() + "|k1|Encoder|1", first.id() + "|k2|k2|0"), query(db, ROWS));
    }

    private static final String ROWS = "SELECT review_id, concept, label, missed FROM review_concepts ORDER BY review_id, concept";

    private static Review record(Store store, Instant at, String json, List<ConceptOutcome> concepts) {
        CardState after = new CardState(CardState.State.REVIEW, null, 3.0, 5.0, at.plus(Duration.ofDays(3)), at);
        return store.recordReview(new ReviewInput(Q1, Rating.GOOD, after, at, 1000, null, "typed", 50, json, concepts));
    }
}
