package dev.latent.cli;

import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.interchange.AnkiText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import static dev.latent.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code validate}, {@code export} and {@code import}, run as the command line runs them. */
class DeckCommandsTest {

    static final Path BUNDLED = Path.of(System.getProperty("latent.questions", "questions")).resolve("autoencoders-gans.json");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    // ---------------------------------------------------------------- validate

    @Test
    void validateSaysOkForValidDecks() {
        CliRun run = run("validate", BUNDLED.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(BUNDLED + ": ok (8 questions)", run.out().strip());
        assertEquals("", run.err());
    }

    @Test
    void validateOfAFolderGlobSkipsTheDeckSchemaAsTheDeckFolderDoes() {
        // what a shell makes of "validate questions/*.json"
        Path schema = BUNDLED.resolveSibling("deck.schema.json");
        CliRun run = run("validate", BUNDLED.toString(), schema.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(schema + ": skipped (a JSON Schema for decks, not a deck)"), run.out());
        assertTrue(run.out().contains(BUNDLED + ": ok (8 questions)"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void validatePrintsEveryProblemAsFileLineColAndFails() throws IOException {
        Path bad = write("bad.json", """
                {
                  "id": "bad deck",
                  "title": "Bad",
                  "questions": [
                    {"id": "q1", "prompt": "Q?", "answer": {"intro": "A."}, "tags": [" "]}
                  ]
                }
                """);
        CliRun run = run("validate", BUNDLED.toString(), bad.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains(BUNDLED + ": ok"), run.out());
        String[] problems = run.err().strip().split("\\R");
        assertTrue(problems.length >= 1, run.err());
        for (String problem : problems) assertTrue(problem.matches(java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: .+"), problem);
        assertTrue(run.err().contains(bad + ":2:9: id: "), run.err());
        assertTrue(run.err().contains(bad + ":5:70: questions[0].tags[0]: must not be empty"), run.err());
    }

    @Test
    void validateWarnsOfAPhrasingThatHoldsAClauseConnective() throws IOException {
        Path deck = write("sequences.json", """
                {
                  "id": "sequences",
                  "title": "Sequences",
                  "questions": [
                    {"id": "q1", "prompt": "Why do transformers need positional encodings?",
                     "answer": {"intro": "Self-attention has no recurrence, so it ignores word order."},
                     "rubric": {"concepts": [
                       {"id": "no-recurrence", "label": "No recurrence", "phrasings": ["no recurrence", "unlike RNN"]},
                       {"id": "order", "label": "Order ignored", "phrasings": ["ignores word order"]}]}}
                  ]
                }
                """);
        CliRun run = run("validate", deck.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(deck + ": ok (1 question)", run.out().strip());
        assertTrue(run.err().contains("questions[0].rubric: warning: no-recurrence: phrasing \"unlike RNN\" holds \"unlike\""),
                run.err());
    }

    @Test
    void validateWarnsOfAMissingImageButAcceptsTheDeck() throws IOException {
        Files.createDirectories(dir.resolve("media"));
        Files.write(dir.resolve("media/here.png"), new byte[]{1});
        Path deck = write("pictures.json", """
                {
                  "id": "pictures",
                  "title": "Pictures",
                  "questions": [
                    {"id": "q1", "prompt": "Q?", "promptImage": "media/here.png", "answer": {"intro": "A."},
                     "answerImage": "media/gone.png"}
                  ]
                }
                """);
        CliRun run = run("validate", deck.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(deck + ": ok (1 question)", run.out().strip());
        assertEquals(deck + ":6:21: questions[0].answerImage: warning: image file not found: media/gone.png", run.err().strip());

        Path climbing = write("climbing.json", Files.readString(deck).replace("media/here.png", "../here.png"));
        CliRun refused = run("validate", climbing.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("questions[0].promptImage: \"../here.png\" must stay inside the deck's folder"), refused.err());
    }

    @Test
    void importKeepsTheImagesOfAnAnkiPackageBesideTheDeck() throws Exception {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        var anki = new dev.latent.interchange.AnkiPackageBuilder().basic().deck(10, "Hearts")
                .note(1001, 10, "a", "", List.of(0), "Which chamber? <img src=\"heart.png\">", "The left ventricle")
                .media("heart.png", png);
        Path apkg = Files.write(dir.resolve("hearts.apkg"), anki.current(dir));
        Path data = dir.resolve("data");
        CliRun run = run("import", "--apkg", apkg.toString(), "--data-dir", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().toList().contains("Images: 1 kept beside the deck."), run.out());
        Path decks = data.toAbsolutePath().resolve("decks");
        String image = DeckLoader.load(decks.resolve("hearts.json")).questions().get(0).promptImage();
        assertTrue(image.startsWith("media/") && image.endsWith("-heart.png"), image);
        assertArrayEquals(png, Files.readAllBytes(decks.resolve(image)));
        assertEquals("", run("validate", decks.resolve("hearts.json").toString()).err(), "the image is where the deck says");
    }

    @Test
    void validateReportsAMissingFile() {
        CliRun run = run("validate", dir.resolve("missing.json").toString());
        run.assertCleanError();
        assertTrue(run.err().startsWith(dir.resolve("missing.json") + ": cannot read file"), run.err());
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void validateRefusesADeviceThatNeverEnds() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        CliRun run = run("validate", "/dev/zero");
        run.assertCleanError();
        assertEquals("/dev/zero: is not a regular file (a device, pipe or socket); a deck is a JSON file", run.err().strip());
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void validateRefusesAPipeRatherThanWaitingOnIt() throws Exception {
        Path fifo = fifo("deck.json");
        CliRun run = run("validate", fifo.toString());
        run.assertCleanError();
        assertTrue(run.err().startsWith(fifo + ": is not a regular file"), run.err());
    }

    @Test
    void validateRefusesADeckFileOverTheSizeLimitWithoutReadingItAll() throws IOException {
        Path big = dir.resolve("big.json");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}), DeckLoader.MAX_FILE_BYTES + 10);
        }
        CliRun run = run("validate", big.toString());
        run.assertCleanError();
        assertEquals(big + ": file is larger than 16 MB", run.err().strip());
    }

    // ---------------------------------------------------------------- export

    @Test
    void exportsTheBundledDeckAsAnkiTextByDefault() throws Exception {
        Path out = dir.resolve("deck.txt");
        CliRun run = run("export", "--anki-text", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(out + ": 8 notes from deck \"autoencoders-gans\" (Anki notes in plain text)", run.out().strip());
        String text = Files.readString(out);
        assertTrue(text.startsWith("#separator:tab\n#html:false\n"), text);
        assertEquals(DeckLoader.load(BUNDLED).questions().get(0).prompt(),
                AnkiText.read(out, null).questions().get(0).prompt());
    }

    @Test
    void exportsHtmlTextToStandardOutput() {
        CliRun run = run("export", "--anki-text", "-", "--html", "--deck", BUNDLED.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("#separator:tab\n#html:true\n"), run.out());
        assertTrue(run.out().contains("<ul><li>"), run.out());
    }

    @Test
    void exportsAnApkg() throws Exception {
        Path out = dir.resolve("deck.apkg");
        CliRun run = run("export", "--apkg", out.toString(), "--deck", "autoencoders-gans");
        assertEquals(0, run.exitCode(), run.err());
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertNotNull(zip.getEntry("collection.anki2"));
            assertNotNull(zip.getEntry("media"));
        }
    }

    @Test
    void exportFindsUserDecksInTheDataDir() throws Exception {
        Path decks = Files.createDirectories(dir.resolve("data").resolve("decks"));
        Files.writeString(decks.resolve("mine.json"), Files.readString(BUNDLED).replace("\"id\": \"autoencoders-gans\"", "\"id\": \"mine\""));
        CliRun run = run("export", "--anki-text", dir.resolve("mine.txt").toString(), "--deck", "mine",
                "--data-dir", dir.resolve("data").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("deck \"mine\""), run.out());
    }

    @Test
    void exportFailsCleanlyForAnUnknownDeckOrAnInvalidFile() throws IOException {
        CliRun unknown = run("export", "--apkg", dir.resolve("x.apkg").toString(), "--deck", "no-such-deck");
        unknown.assertCleanError();
        assertTrue(unknown.err().startsWith("export: no deck file or deck id \"no-such-deck\"; known decks: autoencoders-gans"),
                unknown.err());
        Path broken = write("broken.json", "{");
        CliRun invalid = run("export", "--anki-text", "-", "--deck", broken.toString());
        invalid.assertCleanError();
        assertTrue(invalid.err().startsWith(broken + ":"), invalid.err());
        CliRun unwritable = run("export", "--anki-text", broken.resolve("inside-a-file.txt").toString());
        unwritable.assertCleanError();
        assertTrue(unwritable.err().contains("cannot write"), unwritable.err());
    }

    @Test
    void exportNeedsExactlyOneFormat() {
        assertEquals(2, run("export").exitCode(), "picocli's usage error");
        assertEquals(2, run("export", "--anki-text", "a", "--apkg", "b").exitCode());
    }

    @Test
    void exportRefusesApkgToStandardOutputAndHtmlWhereItDoesNothing() {
        CliRun apkg = run("export", "--apkg", "-");
        assertEquals(2, apkg.exitCode(), apkg.err());
        assertTrue(apkg.err().contains("--apkg needs a file name"), apkg.err());
        assertFalse(Files.exists(Path.of("-")), "no file named -");
        for (String option : List.of("--apkg", "--samples")) {
            CliRun run = run("export", option, dir.resolve("out").toString(), "--html");
            assertEquals(2, run.exitCode(), option + ": " + run.err());
            assertEquals("export: --html goes with --anki-text only, not with " + option, run.err().strip());
            assertFalse(Files.exists(dir.resolve("out")));
        }
    }

    @Test
    void exportRefusesAFolderOrAMissingFolderInsteadOfCreatingIt() {
        CliRun folder = run("export", "--anki-text", dir.toString());
        folder.assertCleanError();
        assertEquals(dir + " is a folder; give a file name", folder.err().strip());
        Path missing = dir.resolve("nonexist").resolve("dir").resolve("x.txt");
        CliRun run = run("export", "--anki-text", missing.toString());
        run.assertCleanError();
        assertEquals(missing + ": cannot write: the folder " + missing.getParent() + " does not exist", run.err().strip());
        assertFalse(Files.exists(dir.resolve("nonexist")));
    }

    @Test
    void exportedFilesGetTheUsualPermissionsAndAnOverwrittenFileKeepsItsOwn() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        // A file made by ordinary means shows what the umask allows; the export must get the same.
        Path usual = Files.createFile(dir.resolve("usual.txt"));
        Path fresh = dir.resolve("fresh.txt");
        assertEquals(0, run("export", "--anki-text", fresh.toString()).exitCode());
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(fresh));
        Path apkg = dir.resolve("fresh.apkg");
        assertEquals(0, run("export", "--apkg", apkg.toString()).exitCode());
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(apkg));

        Path shared = Files.writeString(dir.resolve("shared.txt"), "old");
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(0, run("export", "--anki-text", shared.toString()).exitCode());
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
        assertTrue(Files.readString(shared).startsWith("#separator:tab"));
    }

    @Test
    void exportWritesThroughASymbolicLinkToItsTarget() throws Exception {
        Path real = Files.writeString(dir.resolve("real.txt"), "old");
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here");
            return;
        }
        CliRun run = run("export", "--anki-text", link.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(real).startsWith("#separator:tab"), "the target got the deck");
    }

    // ---------------------------------------------------------------- import

    @Test
    void importsAnkiTextIntoTheUserDeckFolder() throws Exception {
        Path text = dir.resolve("exported.txt");
        assertEquals(0, run("export", "--anki-text", text.toString(), "--html").exitCode());
        Path data = dir.resolve("data");
        CliRun run = run("import", "--anki-text", text.toString(), "--data-dir", data.toString(), "--deck-id", "ae-copy");
        assertEquals(0, run.exitCode(), run.err());
        Path saved = data.toAbsolutePath().resolve("decks").resolve("ae-copy.json");
        assertEquals(saved + ": 8 questions imported as deck \"ae-copy\"", run.out().lines().findFirst().orElseThrow());
        assertTrue(run.out().contains("Imported 8 questions from 8 notes (Anki notes in plain text)."), run.out());
        Deck deck = DeckLoader.load(saved);
        Deck original = DeckLoader.load(BUNDLED);
        for (int i = 0; i < original.size(); i++) {
            assertEquals(original.questions().get(i).answer(), deck.questions().get(i).answer());
        }

        CliRun again = run("import", "--anki-text", text.toString(), "--data-dir", data.toString(), "--deck-id", "ae-copy");
        again.assertCleanError();
        assertTrue(again.err().startsWith("import: a deck with id \"ae-copy\" is already in"), again.err());
        assertTrue(again.err().contains("use --replace") && again.err().contains("--deck-id"), again.err());
        CliRun replaced = run("import", "--anki-text", text.toString(), "--data-dir", data.toString(), "--deck-id", "ae-copy", "--replace");
        assertEquals(0, replaced.exitCode(), replaced.err());
        assertTrue(replaced.out().contains("(replaced the previous one)"), replaced.out());
    }

    @Test
    void importUsesTheRootDataDirOptionToo() throws Exception {
        Path text = write("Cell Biology.txt", "#separator:tab\nFront?\tBack.\n");
        Path data = dir.resolve("root-data");
        CliRun run = run("--data-dir", data.toString(), "import", "--anki-text", text.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(data.resolve("decks").resolve("cell-biology.json")), run.out());
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void importRefusesAPipeOrADeviceWithoutOpeningIt() throws Exception {
        Path fifo = fifo("notes.txt");
        Path data = dir.resolve("data");
        for (String option : List.of("--anki-text", "--apkg")) {
            CliRun run = run("import", option, fifo.toString(), "--data-dir", data.toString());
            run.assertCleanError();
            assertEquals(fifo + ": is not a regular file (a device, pipe or socket)", run.err().strip());
        }
        if (Files.exists(Path.of("/dev/zero"))) {
            CliRun zero = run("import", "--anki-text", "/dev/zero", "--data-dir", data.toString());
            zero.assertCleanError();
            assertEquals("/dev/zero: is not a regular file (a device, pipe or socket)", zero.err().strip());
        }
        CliRun folder = run("import", "--anki-text", dir.toString(), "--data-dir", data.toString());
        folder.assertCleanError();
        assertEquals(dir + ": is a folder, not a file", folder.err().strip());
    }

    @Test
    void importRefusesABadDeckIdAsAUsageErrorWithTheDeckIdRule() throws IOException {
        Path text = write("plain.txt", "#separator:tab\nFront?\tBack.\n");
        Path data = dir.resolve("data");
        for (String id : List.of("Bad Id", "x".repeat(150))) {
            CliRun run = run("import", "--anki-text", text.toString(), "--deck-id", id, "--data-dir", data.toString());
            run.assertUsageError();
            assertEquals("import: --deck-id \"" + id + "\" must be 1-100 letters, digits, '.', '_' or '-', starting with a"
                    + " letter or digit", run.err().strip());
        }
        assertFalse(Files.exists(data.resolve("decks")));
    }

    @Test
    void importNamesAColumnNoQuestionShowsInsteadOfDroppingItSilently() throws IOException {
        Path text = write("cols.txt", "#columns:Foo\tBar\tBaz\na\tb\tc\n");
        CliRun run = run("import", "--anki-text", text.toString(), "--data-dir", dir.resolve("data").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Fields no card shows, not imported: \"Baz\" (note type \"Basic\")."), run.out());
    }

    @Test
    void importRefusesMalformedTextWithTheLine() throws IOException {
        Path text = write("bad.txt", "#separator:tab\nok\tfine\n\"unclosed\tback\n");
        CliRun run = run("import", "--anki-text", text.toString(), "--data-dir", dir.resolve("data").toString());
        run.assertCleanError();
        assertEquals(text + ":3: a quoted field is never closed (unbalanced \")", run.err().strip());
        assertFalse(Files.exists(dir.resolve("data").resolve("decks").resolve("bad.json")));
    }

    @Test
    void importsAnApkg() throws Exception {
        Path apkg = dir.resolve("deck.apkg");
        assertEquals(0, run("export", "--apkg", apkg.toString()).exitCode());
        Path data = dir.resolve("data");
        CliRun run = run("import", "--apkg", apkg.toString(), "--data-dir", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path saved = data.toAbsolutePath().resolve("decks").resolve("autoencoders-and-gans.json");
        assertEquals(saved + ": 8 questions imported as deck \"autoencoders-and-gans\"", run.out().lines().findFirst().orElseThrow());
        assertEquals(8, DeckLoader.load(saved).size());

        Path garbage = write("garbage.apkg", "not a zip at all");
        CliRun bad = run("import", "--apkg", garbage.toString(), "--data-dir", data.toString());
        bad.assertCleanError();
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertEquals(2, run("import", "--apkg", "a", "--anki-text", "b").exitCode(), "one source at a time");
    }

    @Test
    void importsACurrentAnkiPackageWithSubdecksAndReportsWhatItSkipped() throws Exception {
        var anki = new dev.latent.interchange.AnkiPackageBuilder().basic().deck(10, "Spanish").deck(11, "Spanish::Verbs")
                .note(1001, 10, "a", "", List.of(0), "hola", "hello")
                .note(1001, 11, "b", "", List.of(0), "comer", "to eat")
                .note(1001, 11, "c", "", List.of(0), "<img src=x.png>", "picture");
        Path apkg = Files.write(dir.resolve("spanish.apkg"), anki.current(dir));
        Path data = dir.resolve("data");
        CliRun run = run("import", "--apkg", apkg.toString(), "--data-dir", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path decks = data.toAbsolutePath().resolve("decks");
        assertEquals(List.of(
                decks.resolve("spanish.json") + ": 1 question imported as deck \"spanish\"",
                decks.resolve("spanish-verbs.json") + ": 1 question imported as deck \"spanish-verbs\"",
                "Imported 2 questions from 3 notes (Anki package, Anki 2.1.50+ format).",
                "Skipped 1: 1 only an image or sound, no text.",
                "1 note refers to images or sounds, which were not imported (0 media files in the package); the text is.",
                "Subdecks became decks of their own: \"Spanish::Verbs\" as deck \"spanish-verbs\"."), run.out().lines().toList());

        CliRun tags = run("import", "--apkg", apkg.toString(), "--data-dir", data.toString(), "--subdecks", "tags", "--deck-id", "es");
        assertEquals(0, tags.exitCode(), tags.err());
        assertEquals(List.of("Verbs"), DeckLoader.load(decks.resolve("es.json")).questions().get(1).tags());
        CliRun clash = run("import", "--apkg", apkg.toString(), "--data-dir", data.toString());
        clash.assertCleanError();
        assertTrue(clash.err().contains("--replace") && clash.err().contains("--deck-id"), clash.err());
        assertEquals(2, run("import", "--apkg", apkg.toString(), "--subdecks", "folders").exitCode());
    }

    @Test
    void importWithHistoryRecordsAnkisReviews() throws Exception {
        java.time.Instant start = java.time.Instant.parse("2026-01-10T09:00:00Z");
        var anki = new dev.latent.interchange.AnkiPackageBuilder().basic().deck(10, "Geo")
                .note(1001, 10, "paris", "", List.of(0), "Capital of France?", "Paris")
                .review("paris", 0, start, 3, 0).review("paris", 0, start.plusSeconds(86_400), 3, 1);
        Path apkg = Files.write(dir.resolve("geo.apkg"), anki.current(dir));
        Path data = dir.resolve("data");
        CliRun run = run("import", "--apkg", apkg.toString(), "--data-dir", data.toString(), "--with-history");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Review history from Anki: 2 reviews of 1 card recorded."), run.out());
        try (var store = dev.latent.store.Store.open(data)) {
            assertEquals(2, store.reviewsOf(new dev.latent.store.CardKey("geo", "paris")).size());
        }
        Path text = write("x.txt", "F\tB\n");
        assertEquals(2, run("import", "--anki-text", text.toString(), "--with-history", "--data-dir", data.toString()).exitCode());
    }

    @Test
    void importRefusesTheBundledDecksId() throws IOException {
        Path text = write("x.txt", "F\tB\n");
        CliRun run = run("import", "--anki-text", text.toString(), "--data-dir", dir.resolve("data").toString(),
                "--deck-id", "autoencoders-gans");
        run.assertCleanError();
        assertTrue(run.err().contains("bundled"), run.err());
    }

    /** A named pipe in the test folder, or the test is skipped where there is no mkfifo. */
    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo on this system");
            throw e;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        return fifo;
    }
}
