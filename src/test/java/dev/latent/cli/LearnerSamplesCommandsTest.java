package dev.latent.cli;

import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.store.CardKey;
import dev.latent.store.PersonalSample;
import dev.latent.store.Store;
import dev.latent.study.LearnerSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.latent.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learner's disputed grades, out of the store: {@code export --samples} and {@code rubric-test --personal}. */
class LearnerSamplesCommandsTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path out;

    private void keepTwoDisputes() {
        try (Store store = Store.open(dataDir)) {
            store.savePersonalSample(new PersonalSample(0, new CardKey("autoencoders-gans", "ae-tasks"),
                    "Making pictures smaller and cleaning them up.", 3, List.of(), "the grade should be 3, not 1",
                    Instant.parse("2026-03-02T09:00:00Z")));
            store.savePersonalSample(new PersonalSample(0, new CardKey("autoencoders-gans", "gan-training"),
                    "Mode collapse, and the knobs are very finicky.", 4,
                    List.of(new PersonalSample.Claim("hyperparameters", 19, 45, "the knobs are very finicky")),
                    "I did say \u201cthe knobs are very finicky\u201d (hyperparameters)", Instant.parse("2026-03-02T09:05:00Z")));
        }
    }

    @Test
    void exportSamplesWritesTheDeckWithTheLearnersGradedAnswers() throws Exception {
        keepTwoDisputes();
        Path file = out.resolve("disputes.json");
        CliRun export = run("export", "--samples", file.toString(), "--data-dir", dataDir.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.out().contains("with 2 of the learner's graded answers"), export.out());
        Deck written = DeckLoader.load(file); // a valid deck, ready for rubric-test or the editor
        var tasks = written.question("ae-tasks").orElseThrow().samples();
        var last = tasks.get(tasks.size() - 1);
        assertEquals("Making pictures smaller and cleaning them up.", last.answer());
        assertEquals(3, last.grade());
        assertTrue(last.note().startsWith(LearnerSamples.NOTE_PREFIX), last.note());
        CliRun check = run("rubric-test", file.toString());
        assertEquals(0, check.exitCode(), check.err());
    }

    @Test
    void rubricTestCountsPersonalSamplesOnRequest() throws Exception {
        keepTwoDisputes();
        Path deck = DeckCommandsTest.BUNDLED;
        int plain = DeckLoader.load(deck).questions().stream().mapToInt(q -> q.samples().size()).sum();
        CliRun run = run("rubric-test", deck.toString(), "--personal", "--data-dir", dataDir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("With 2 of the learner's graded answers"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("overall +" + (plain + 2) + " .*")), run.out());
    }
}
