package dev.latent.cli;

import dev.latent.deck.Concept;
import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckWriter;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.deck.Rubric;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scoring.ConceptStatus;
import dev.latent.store.CardKey;
import dev.latent.store.ConceptOutcome;
import dev.latent.store.ReviewInput;
import dev.latent.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static dev.latent.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code backup}, {@code restore} and {@code stats} on temporary data folders. */
class DataCommandsTest {

    @TempDir
    Path dir;

    @AfterEach
    void resetClock() {
        StatsCommand.clock = Clock.systemDefaultZone();
    }

    private int reviewCount(Path data) {
        try (Store store = Store.open(data)) {
            return store.reviewsOf(new CardKey("t", "q1")).size();
        }
    }

    private void answer(Path data, Instant at, Integer score, ConceptOutcome concept) {
        try (Store store = Store.open(data)) {
            store.syncDeck("t", List.of("q1", "q2"), Instant.parse("2026-01-01T00:00:00Z"));
            store.recordReview(new ReviewInput(new CardKey("t", "q1"), Rating.GOOD,
                    new CardState(CardState.State.REVIEW, null, 3.0, 5.0, at.plusSeconds(3 * 86400), at), at, 5000,
                    null, "an answer", score, concept == null ? null : "{\"concepts\":[{\"id\":\"" + concept.id()
                            + "\",\"label\":\"" + concept.label() + "\",\"status\":\"" + concept.status() + "\"}]}",
                    concept == null ? List.of() : List.of(concept)));
        }
    }

    @Test
    void backupPrintsTheNewFile() {
        Path data = dir.resolve("data");
        CliRun run = run("backup", "--data-dir", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path written = Path.of(run.out().strip().replace("backup written: ", ""));
        assertTrue(Files.isRegularFile(written), run.out());
        assertEquals(data.resolve("backups").toAbsolutePath(), written.getParent());
    }

    @Test
    void backupSaysClearlyWhenTheAppHoldsTheFolder() {
        Path data = dir.resolve("data");
        try (Store open = Store.open(data)) {
            CliRun run = run("backup", "--data-dir", data.toString());
            assertEquals(1, run.exitCode());
            assertTrue(run.err().startsWith("backup: Latent is already open on this data folder"), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void listShowsBackupsNewestFirstWithDateAndSize() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("backups"));
        run("backup", "--data-dir", data.toString());
        Path old = data.resolve("backups").resolve("latent-20250102-030405.db");
        Files.copy(Files.list(data.resolve("backups")).filter(p -> p.toString().endsWith(".db")).findFirst().orElseThrow(), old);
        CliRun run = run("restore", "--list", "--data-dir", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(1).startsWith("latent-20250102-030405.db"), run.out());
        assertTrue(lines.get(1).contains("2025-01-02 03:04:05 UTC"), run.out());
        assertTrue(lines.get(1).matches(".* [0-9.]+ (B|KB|MB)$"), run.out());
    }

    /** One review, a backup (through the CLI) holding just it, then a second review; returns the backup. */
    private Path backupBetweenTwoReviews(Path data) throws Exception {
        answer(data, Instant.parse("2026-03-01T10:00:00Z"), null, null);
        CliRun backup = run("backup", "--data-dir", data.toString());
        Path saved = Path.of(backup.out().strip().replace("backup written: ", ""));
        Thread.sleep(1100); // backups are named by the second
        answer(data, Instant.parse("2026-03-05T10:00:00Z"), null, null);
        return saved;
    }

    @Test
    void restoreTakesASafetyBackupAndBringsBackTheOldHistory() throws Exception {
        Path data = dir.resolve("data");
        Path saved = backupBetweenTwoReviews(data);
        assertEquals(2, reviewCount(data));

        CliRun run = run("restore", "--data-dir", data.toString(), saved.getFileName().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("safety backup of the current database: "), run.out());
        assertTrue(run.out().contains("restored " + saved), run.out());
        assertEquals(1, reviewCount(data));
    }

    @Test
    void restoreRefusesAFileThatIsNotALatentDatabase() throws Exception {
        Path data = dir.resolve("data");
        answer(data, Instant.parse("2026-03-01T10:00:00Z"), null, null);
        Path bogus = Files.writeString(dir.resolve("notes.db"), "just some text, not SQLite");
        CliRun run = run("restore", "--data-dir", data.toString(), bogus.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("restore: "), run.err());
        assertTrue(run.err().contains("not a readable Latent database") || run.err().contains("not a Latent database"), run.err());
        assertEquals(1, reviewCount(data));
    }

    @Test
    void restoreMendsADatabaseThatNoLongerOpens() throws Exception {
        Path data = dir.resolve("data");
        Path saved = backupBetweenTwoReviews(data);
        Path db = data.resolve("latent.db");
        byte[] damaged = Files.readAllBytes(db);
        java.util.Arrays.fill(damaged, 0, 100, (byte) 0x5A);
        Files.write(db, damaged);
        CliRun broken = run("backup", "--data-dir", data.toString());
        assertTrue(broken.err().contains("Restore one of the backups"), broken.err());

        CliRun list = run("restore", "--list", "--data-dir", data.toString());
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().startsWith(saved.getFileName().toString()), list.out());
        CliRun run = run("restore", "--data-dir", data.toString(), saved.getFileName().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("the damaged database was kept as: "), run.out());
        assertTrue(run.out().contains("restored " + saved), run.out());
        assertEquals(1, reviewCount(data));
    }

    /** Overwrites three pages in the middle of the database with junk, as a failing disk would; the header stays. */
    private static void damagePages(Path db) throws java.io.IOException {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(db.toFile(), "rw")) {
            byte[] junk = new byte[3 * 4096];
            for (int i = 0; i < junk.length; i++) junk[i] = (byte) (0xA5 ^ i * 31);
            file.seek(5 * 4096);
            file.write(junk);
        }
    }

    @Test
    void backupOfADamagedDatabaseLeavesNothingBehindAndSaysThereIsNoBackupToRestore() throws Exception {
        Path data = dir.resolve("data");
        answer(data, Instant.parse("2026-03-01T10:00:00Z"), null, null);
        damagePages(data.resolve("latent.db"));

        CliRun run = run("backup", "--data-dir", data.toString());

        run.assertCleanError();
        assertTrue(run.err().contains("is damaged"), run.err());
        assertFalse(run.err().contains("Restore one of the backups"), "there are none: " + run.err());
        assertTrue(run.err().contains("There is no backup to restore"), run.err());
        try (var left = Files.list(data.resolve("backups"))) {
            assertEquals(List.of(), left.toList(), "no half-written backup is left");
        }

        CliRun stats = run("stats", "--data-dir", data.toString());
        stats.assertCleanError();
        assertFalse(stats.err().contains("Could not save"), "stats saves nothing the learner asked for: " + stats.err());
        assertTrue(stats.err().startsWith("stats: " + data.toAbsolutePath().resolve("latent.db") + " is damaged"), stats.err());
    }

    @Test
    void restoreWithoutABackupAsksForOne() {
        CliRun run = run("restore", "--data-dir", dir.resolve("data").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--list"), run.err());
    }

    @Test
    void statsSummarisesADeck() throws Exception {
        Path data = dir.resolve("data");
        Rubric rubric = new Rubric(List.of(new Concept("k1", "Latent space", 1, true, List.of("latent space"), false)), List.of());
        Deck deck = new Deck("t", "Tiny deck", "", List.of(
                new Question("q1", "What is a latent space?", new ModelAnswer("A compressed space.", List.of(), ""),
                        List.of(), rubric, List.of()),
                new Question("q2", "What is a decoder?", new ModelAnswer("It maps codes back.", List.of(), ""),
                        List.of(), null, List.of())), "t.json");
        Files.createDirectories(data.resolve("decks"));
        DeckWriter.write(deck, data.resolve("decks").resolve("t.json"));
        answer(data, Instant.parse("2026-03-10T09:00:00Z"), 80,
                new ConceptOutcome("k1", "Latent space", ConceptStatus.MISSED));
        StatsCommand.clock = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

        CliRun run = run("stats", "--data-dir", data.toString(), "--deck", "t");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(
                "Tiny deck (t)",
                "  cards:          1 new, 0 learning, 1 review",
                "  reviews:        1 today, 1 in 7 days, 1 in 30 days",
                "  true retention: no answers a day or more after the previous one in the last 30 days",
                "  mean score:     80.0 of 100 (1 graded answers)",
                "  most missed concepts (last 30 days):",
                "    Latent space (q1): missed 1 of 1"), run.out().lines().toList());
    }

    @Test
    void statsWarnsOfADeckThatDoesNotLoadAndSummarisesTheOthers() throws Exception {
        Path decks = Files.createDirectories(dir.resolve("data").resolve("decks"));
        Path broken = Files.writeString(decks.resolve("broken.json"), "{ \"id\": ");
        CliRun run = run("stats", "--data-dir", dir.resolve("data").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("(autoencoders-gans)"), run.out());
        List<String> warnings = run.err().lines().toList();
        assertFalse(warnings.isEmpty(), "the broken deck is not left out silently");
        for (String warning : warnings) {
            assertTrue(warning.startsWith("stats: warning: deck left out: " + broken.toAbsolutePath()), warning);
        }
    }

    @Test
    void statsRefusesAnUnknownDeck() throws Exception {
        CliRun run = run("stats", "--data-dir", Files.createDirectories(dir.resolve("data")).toString(), "--deck", "nope");
        assertEquals(1, run.exitCode());
        assertEquals("stats: no deck with id \"nope\"", run.err().strip());
    }

    @Test
    void commandsThatOnlyReadRefuseADataFolderThatIsNotThereAndCreateNothing() {
        Path typo = dir.resolve("x").resolve("typo");
        String deck = DeckCommandsTest.BUNDLED.toString();
        List<List<String>> readers = List.of(
                List.of("stats", "--data-dir", typo.toString()),
                List.of("export", "--samples", dir.resolve("out.json").toString(), "--data-dir", typo.toString()),
                List.of("rubric-test", deck, "--personal", "--data-dir", typo.toString()),
                List.of("--data-dir", typo.toString(), "stats"));
        for (List<String> args : readers) {
            CliRun run = run(args.toArray(String[]::new));
            run.assertCleanError();
            assertTrue(run.err().strip().endsWith("no data folder at " + typo.toAbsolutePath()), args + ": " + run.err());
            assertFalse(Files.exists(dir.resolve("x")), args + " created the folder");
        }
        assertFalse(Files.exists(dir.resolve("out.json")));
    }

    @Test
    void aDataFolderThatIsAFileIsToldAsSuch() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        CliRun backup = run("backup", "--data-dir", file.toString());
        backup.assertCleanError();
        assertTrue(backup.err().contains("it is a file, not a folder"), backup.err());
        CliRun stats = run("stats", "--data-dir", file.toString());
        stats.assertCleanError();
        assertEquals("stats: " + file.toAbsolutePath() + " is a file, not a data folder", stats.err().strip());
    }
}
