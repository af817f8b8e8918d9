package dev.latent.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.latent.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptimizeCommandTest {

    private static final String DEFAULTS =
            "0.2120,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.0010,1.8722,0.1666,0.7960,"
                    + "1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542";

    @TempDir
    Path dir;
    Path josh;

    @BeforeEach
    void copyTheSharedLog() throws IOException {
        josh = dir.resolve("josh.csv");
        try (InputStream in = getClass().getResourceAsStream("/fsrs/review_logs_josh_1711744352250_to_1728234780857.csv")) {
            Files.copy(in, josh);
        }
    }

    private static double figure(String out, String label) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(label) + ": (\\d\\.\\d{4})$").matcher(out);
        assertTrue(m.find(), label + " in\n" + out);
        return Double.parseDouble(m.group(1));
    }

    private static String parameters(String out) {
        Matcher m = Pattern.compile("(?m)^parameters: ((?:\\d+\\.\\d{4},){20}\\d+\\.\\d{4})$").matcher(out);
        assertTrue(m.find(), out);
        return m.group(1);
    }

    @Test
    void printsTheIssuesLinesForTheSharedLog() {
        CliRun run = run("optimize", josh.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("reviews: 12580 (1205 cards)", lines.get(0));
        assertEquals("default log loss: 0.4587", lines.get(1));
        assertTrue(lines.get(2).startsWith("fitted log loss: "), lines.get(2));
        assertTrue(lines.get(3).startsWith("parameters: "), lines.get(3));
        assertTrue(figure(run.out(), "fitted log loss") <= 0.4387, run.out());
        assertTrue(figure(run.out(), "fitted RMSE (bins)") < figure(run.out(), "default RMSE (bins)"), run.out());
        assertTrue(run.out().contains("evaluated: 5329"), run.out());

        // replay with the printed parameters gives the printed figure.
        CliRun replay = run("replay", "--parameters", parameters(run.out()), josh.toString());
        assertEquals(0, replay.exitCode(), replay.err());
        assertEquals(figure(run.out(), "fitted log loss"), figure(replay.out(), "log loss"));
        assertEquals(figure(run.out(), "fitted RMSE (bins)"), figure(replay.out(), "RMSE (bins)"));
    }

    @Test
    void splitMeasuresOnTheHeldOutPart() {
        CliRun run = run("optimize", "--split", "0.8", josh.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("split: fitted on the first 80 % of each card's reviews (9557 reviews), measured on"
                + " the rest: 2670 evaluated"), run.out());
        // On the held-out part the defaults score 0.2782 (measured; see the issue 18 report on this log).
        assertEquals(0.2782, figure(run.out(), "default log loss"));
        parameters(run.out());
        figure(run.out(), "fitted log loss");
    }

    @Test
    void theCardSplitAlsoReportsASplitAtOneMoment() {
        CliRun run = run("optimize", "--split", "0.8", josh.toString());
        assertTrue(run.out().contains("split by time: fitted on the reviews before 2024-09-25T16:39:39Z (10064 reviews),"
                + " measured on the 1337 after it: default log loss 0.4515, fitted log loss "), run.out());
    }

    @Test
    void fittedOnSomeCardsTheParametersPredictCardsTheFitNeverSawBetterThanTheDefaults() {
        // The per-card split's held-out part is each card's last reviews, recalled 95 % of the time against 63 % before;
        // held out whole, cards show whether the fit carries over (measured: 0.4322 against 0.4521, RMSE 0.0713 / 0.1199).
        CliRun run = run("optimize", "--split", "0.8", josh.toString());
        Matcher line = Pattern.compile("(?m)^split by cards: fitted on (\\d+) of the 1205 cards \\((\\d+) reviews\\), measured on the"
                + " other (\\d+) \\((\\d+) evaluated\\): default log loss (\\d\\.\\d{4}), fitted log loss (\\d\\.\\d{4}),"
                + " default RMSE \\(bins\\) (\\d\\.\\d{4}), fitted RMSE \\(bins\\) (\\d\\.\\d{4})$").matcher(run.out());
        assertTrue(line.find(), run.out());
        assertEquals(1205, Integer.parseInt(line.group(1)) + Integer.parseInt(line.group(3)));
        assertTrue(Double.parseDouble(line.group(6)) < Double.parseDouble(line.group(5)), "log loss: " + line.group());
        assertTrue(Double.parseDouble(line.group(8)) < Double.parseDouble(line.group(7)), "RMSE: " + line.group());

        CliRun main = run("optimize", "--split", "0.8", "--split-by", "cards", josh.toString());
        assertEquals(0, main.exitCode(), main.err());
        assertEquals(line.group(5), String.format(java.util.Locale.ROOT, "%.4f", figure(main.out(), "default log loss")));
        assertEquals(line.group(6), String.format(java.util.Locale.ROOT, "%.4f", figure(main.out(), "fitted log loss")));
        assertTrue(main.out().contains("split: fitted on " + line.group(1) + " of the 1205 cards (" + line.group(2)
                + " reviews), measured on the other " + line.group(3) + ", which it never saw"), main.out());
        // the printed parameters, replayed on the whole log, are a real fit too
        CliRun replay = run("replay", "--parameters", parameters(main.out()), josh.toString());
        assertTrue(figure(replay.out(), "log loss") < 0.4587, replay.out());
    }

    @Test
    void aLogWithNoReviewsSplitByCardsKeepsTheDefaults() throws IOException {
        Path csv = Files.writeString(dir.resolve("empty.csv"), "card_id,review_rating,review_time,review_duration\n");
        CliRun run = run("optimize", "--split", "0.8", "--split-by", "cards", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("parameters: " + DEFAULTS), run.out());
        assertTrue(run.out().contains("too few reviews to optimize"), run.out());
    }

    @Test
    void splitByTimeMeasuresOnWhatCameAfterOneMoment() {
        CliRun run = run("optimize", "--split", "0.8", "--split-by", "time", josh.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("split: fitted on the reviews before 2024-09-25T16:39:39Z, the first 80 % of all"
                + " reviews (10064 reviews), measured on those after: 1337 evaluated"), run.out());
        assertEquals(0.4515, figure(run.out(), "default log loss"));
        // Measured: fitted 0.4533 vs 0.4515 in log loss, but closer by RMSE (bins), 0.0675 vs 0.0740.
        assertTrue(figure(run.out(), "fitted RMSE (bins)") < figure(run.out(), "default RMSE (bins)"), run.out());
        parameters(run.out());

        CliRun alone = run("optimize", "--split-by", "time", josh.toString());
        alone.assertUsageError();
        assertEquals("optimize: --split-by needs --split FRACTION", alone.err().strip());
    }

    @Test
    void aTinyLogKeepsTheDefaultsAndSaysSo() throws IOException {
        Path csv = Files.writeString(dir.resolve("tiny.csv"), """
                card_id,review_rating,review_time,review_duration
                1,3,2024-01-01T10:00:00+00:00,4000
                1,3,2024-01-03T10:00:00+00:00,2000
                2,3,2024-01-01T11:00:00+00:00,3000
                2,1,2024-01-04T11:00:00+00:00,9000
                """);
        CliRun run = run("optimize", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("too few reviews to optimize: 2 at least a day after the previous one, 512 needed;"
                + " the default parameters are kept"), run.out());
        assertEquals(DEFAULTS, parameters(run.out()));
        assertEquals(figure(run.out(), "default log loss"), figure(run.out(), "fitted log loss"));
    }

    @Test
    void malformedLogsNameTheLine() throws IOException {
        Path csv = Files.writeString(dir.resolve("bad.csv"), """
                card_id,review_rating,review_time,review_duration
                1,3,2024-01-01T10:00:00+00:00,4000
                1,7,2024-01-03T10:00:00+00:00,2000
                """);
        CliRun run = run("optimize", csv.toString());
        run.assertCleanError();
        assertEquals("", run.out());
        assertEquals(csv + ": line 3: review_rating must be 1-4, was \"7\"", run.err().strip());

        CliRun missing = run("optimize", dir.resolve("nope.csv").toString());
        missing.assertCleanError();
        assertEquals(dir.resolve("nope.csv") + ": no such file", missing.err().strip());
    }

    @Test
    void badOptionsAreOneLine() {
        CliRun split = run("optimize", "--split", "1.5", josh.toString());
        split.assertUsageError();
        assertTrue(split.err().startsWith("optimize: --split must be a fraction between 0 and 1"), split.err());

        CliRun parameters = run("replay", "--parameters", "1,2,3", josh.toString());
        parameters.assertUsageError();
        assertEquals("replay: --parameters: FSRS-6 needs 21 comma-separated parameters, got 3", parameters.err().strip());

        CliRun word = run("replay", "--parameters", DEFAULTS.replace("0.2120", "abc"), josh.toString());
        word.assertUsageError();
        assertEquals("replay: --parameters: parameter w0 is not a number: \"abc\"", word.err().strip());
        assertFalse(word.out().contains("log loss"));

        CliRun deckAlone = run("replay", "--deck", "autoencoders-gans", josh.toString(), "--data-dir", dir.toString());
        deckAlone.assertUsageError();
        assertEquals("replay: --deck goes with --stored", deckAlone.err().strip());
    }

    @Test
    void replayRefusesWeightsOutsideFsrs6sBoundsNamingTheWeightAndItsRange() {
        CliRun huge = run("replay", "--parameters", String.join(",", java.util.Collections.nCopies(21, "1e308")), josh.toString());
        huge.assertUsageError();
        assertEquals("replay: --parameters: parameter w0 must be between 0.001 and 100.0, was 1.0E308", huge.err().strip());
        assertFalse(huge.out().contains("NaN"), huge.out());

        CliRun negative = run("replay", "--parameters", DEFAULTS.replaceFirst("0.2120", "-1"), josh.toString());
        negative.assertUsageError();
        assertEquals("replay: --parameters: parameter w0 must be between 0.001 and 100.0, was -1.0", negative.err().strip());
    }

    @Test
    void replayCanUseTheParametersKeptInTheDataFolder() throws IOException {
        Path data = dir.resolve("data");
        dev.latent.scheduling.FsrsParameters fitted = dev.latent.scheduling.FsrsParameters.parse(
                parameters(run("optimize", josh.toString()).out()));
        try (dev.latent.store.Store store = dev.latent.store.Store.open(data)) {
            store.fsrs().setFsrsParameters(null, fitted);
        }
        CliRun given = run("replay", "--parameters", dev.latent.scheduling.FsrsParameters.toString(fitted), josh.toString());
        CliRun stored = run("replay", "--stored", "--data-dir", data.toString(), josh.toString());
        assertEquals(0, stored.exitCode(), stored.err());
        assertEquals(given.out(), stored.out());
        // A deck without its own uses the collection's; nothing kept at all means the defaults.
        assertEquals(given.out(), run("replay", "--stored", "--deck", "gans", "--data-dir", data.toString(), josh.toString()).out());
        assertEquals(run("replay", josh.toString()).out(),
                run("replay", "--stored", "--data-dir", Files.createDirectories(dir.resolve("empty")).toString(), josh.toString()).out());

        CliRun both = run("replay", "--stored", "--parameters", DEFAULTS, "--data-dir", data.toString(), josh.toString());
        both.assertUsageError();
        assertEquals("replay: give either --parameters or --stored, not both", both.err().strip());
    }

    @Test
    void replayWithTheDefaultsGivenExplicitlyMatchesPlainReplay() {
        CliRun plain = run("replay", josh.toString());
        CliRun given = run("replay", "--parameters", DEFAULTS, josh.toString());
        assertEquals(plain.out(), given.out());
        assertTrue(plain.out().contains("RMSE (bins): "), plain.out());
    }
}
