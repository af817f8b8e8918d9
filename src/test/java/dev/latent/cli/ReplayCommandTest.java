package dev.latent.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.latent.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void printsTheMetricsOfASmallLog() throws IOException {
        // Card 1: Good then Good two days later (recalled); card 2: Good then Again three days later (forgotten).
        Path csv = write("log.csv", """
                card_id,review_rating,review_time,review_duration
                1,3,2024-01-01T10:00:00+00:00,4000
                2,3,2024-01-01T11:00:00+00:00,3000
                1,3,2024-01-03T10:00:00+00:00,2000
                2,1,2024-01-04T11:00:00+00:00,9000
                """);
        CliRun run = run("replay", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("reviews: 4 (2 cards)"), run.out());
        assertTrue(run.out().contains("evaluated: 2"), run.out());
        assertTrue(run.out().contains("observed recall: 0.5000"), run.out());
        // Both cards: S0(Good) = 2.3065; R after 2 and 3 whole days from the README's forgetting curve.
        double decay = -0.1542;
        double factor = Math.pow(0.9, 1 / decay) - 1;
        double r1 = Math.pow(1 + factor * 2 / 2.3065, decay);
        double r2 = Math.pow(1 + factor * 3 / 2.3065, decay);
        assertTrue(run.out().contains(String.format(java.util.Locale.ROOT, "mean predicted recall: %.4f", (r1 + r2) / 2)), run.out());
        assertTrue(run.out().contains(String.format(java.util.Locale.ROOT, "log loss: %.4f",
                (-Math.log(r1) - Math.log(1 - r2)) / 2)), run.out());
    }

    @Test
    void replaysTheRealLogToThePyFsrsFigures() throws IOException {
        Path csv = dir.resolve("josh.csv");
        try (var in = getClass().getResourceAsStream("/fsrs/review_logs_josh_1711744352250_to_1728234780857.csv")) {
            Files.copy(in, csv);
        }
        CliRun run = run("replay", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("evaluated: 5329"), run.out());
        assertTrue(run.out().contains("log loss: 0.4587"), run.out());
        assertTrue(run.out().contains("mean predicted recall: 0.7653"), run.out());
        assertTrue(run.out().contains("observed recall: 0.7921"), run.out());
    }

    @Test
    void badRowIsOneLineWithItsLineNumber() throws IOException {
        Path csv = write("bad.csv", """
                card_id,review_rating,review_time,review_duration
                1,3,2024-01-01T10:00:00+00:00,4000
                1,3,not-a-time,2000
                """);
        CliRun run = run("replay", csv.toString());
        assertNotEquals(0, run.exitCode());
        assertEquals("", run.out());
        String err = run.err().strip();
        assertFalse(err.contains("\n"), err);
        assertTrue(err.startsWith(csv + ": line 3: review_time"), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void badHeaderAndMissingFileAreReported() throws IOException {
        Path csv = write("header.csv", "id,rating,time\n1,3,2024-01-01T10:00:00Z\n");
        CliRun header = run("replay", csv.toString());
        assertNotEquals(0, header.exitCode());
        assertTrue(header.err().strip().startsWith(csv + ": line 1: header has no column \"card_id\""), header.err());

        CliRun missing = run("replay", dir.resolve("nope.csv").toString());
        assertNotEquals(0, missing.exitCode());
        assertEquals(dir.resolve("nope.csv") + ": no such file", missing.err().strip());
    }

    @Test
    void aFolderOrATableThatIsNotUtf8IsToldAsSuch() throws IOException {
        for (String command : new String[] {"replay", "optimize"}) {
            CliRun folder = run(command, dir.toString());
            folder.assertCleanError();
            assertEquals(dir + ": is a folder, not a file", folder.err().strip());
        }
        Path latin1 = dir.resolve("l1.csv");
        Files.write(latin1, "card_id,review_rating,review_time,review_duration\nk\u00e9,3,2024-01-01T10:00:00+00:00,4000\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliRun run = run("replay", latin1.toString());
        run.assertCleanError();
        // the wording grade --batch and rubric-test --answers use
        assertEquals(latin1 + ": not UTF-8 text; save the table as UTF-8", run.err().strip());
    }
}
