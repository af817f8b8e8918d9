package dev.latent.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.scoring.ConceptResult;
import dev.latent.scoring.ConceptStatus;
import dev.latent.scoring.ScoreResult;
import dev.latent.store.CardKey;
import dev.latent.store.ConceptOutcome;
import dev.latent.store.Review;
import dev.latent.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A graded answer reaches the statistics as structured concept outcomes, the same ones its feedback JSON shows. */
class AnsweringTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final CardKey CARD = new CardKey("vae", "q1");

    @TempDir
    Path dataDir;

    /** Hit, negated, missed, and an also-accepted concept not stated (no miss: never counted). */
    private static final ScoreResult SCORE = new ScoreResult(45, 1, 45, 1.0, 0.0, 3.0, List.of(
            concept("latent", "Latent space", ConceptStatus.HIT, false),
            concept("kl", "KL term", ConceptStatus.NEGATED, false),
            concept("recon", "Reconstruction loss", ConceptStatus.MISSED, false),
            concept("elbo", "ELBO", ConceptStatus.MISSED, true)), List.of(), List.of());

    private static ConceptResult concept(String id, String label, ConceptStatus status, boolean alsoAccepted) {
        return new ConceptResult(id, label, 1.0, false, status, null, false, alsoAccepted);
    }

    @Test
    void outcomesLeaveOutWhatTheFeedbackLeavesOut() {
        assertEquals(List.of(new ConceptOutcome("latent", "Latent space", ConceptStatus.HIT),
                        new ConceptOutcome("kl", "KL term", ConceptStatus.NEGATED),
                        new ConceptOutcome("recon", "Reconstruction loss", ConceptStatus.MISSED)),
                ConceptResultsJson.outcomes(SCORE));
        assertFalse(ConceptResultsJson.of(SCORE).contains("elbo"));
    }

    @Test
    void aGradedAnswerIsCountedPerConcept() {
        try (Store store = Store.open(dataDir)) {
            store.syncDeck("vae", List.of("q1"), T0);
            Review review = Answering.answer(store, new Scheduler(SchedulerConfig.DEFAULT), CARD,
                    CardState.newCard(T0), Rating.HARD, T0.plusSeconds(60), Duration.ofSeconds(20), null,
                    "the latent space, no KL", Optional.of(SCORE));
            assertTrue(review.conceptResultsJson().contains("\"status\":\"NEGATED\""), review.conceptResultsJson());
            List<String> tallies = store.statistics().conceptTallies(T0, T0.plusSeconds(30), T0.plus(Duration.ofDays(1))).stream()
                    .map(t -> t.conceptId() + " " + t.label() + " " + t.seenLater() + "/" + t.missedLater())
                    .toList();
            assertEquals(List.of("kl KL term 1/1", "recon Reconstruction loss 1/1", "latent Latent space 1/0"), tallies);
        }
    }
}
