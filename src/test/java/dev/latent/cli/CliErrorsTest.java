package dev.latent.cli;

import dev.latent.deck.DeckException;
import dev.latent.deck.folder.DeckFolderException;
import dev.latent.deck.DeckProblem;
import dev.latent.interchange.AnkiTextException;
import dev.latent.store.DiskFullException;
import dev.latent.store.StoreDamagedException;
import dev.latent.store.StoreException;
import dev.latent.store.StoreLockedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import static dev.latent.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one place where failures become messages and exit codes: each exception class, and the commands using it. */
class CliErrorsTest {

    @TempDir
    Path dir;

    @AfterEach
    void restoreStdin() {
        GradeCommand.stdin = System.in;
    }

    /** A command that fails with whatever the test gives it, run through the same handlers as {@code latent}. */
    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        final Exception failure;

        Failing(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    private static CliRun fail(Exception failure) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = CliErrors.install(new CommandLine(new Failing(failure)))
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        return new CliRun(line.execute(), out.toString(), err.toString());
    }

    @Test
    void everyStoreFailureIsOneLineAndExitCodeOne() {
        Path data = Path.of("data");
        for (StoreException e : List.of(new StoreException("the store broke"), new StoreLockedException(data),
                new StoreDamagedException(data, "the database is damaged", null),
                new DiskFullException("the disk is full: nothing was saved", null))) {
            CliRun run = fail(e);
            assertEquals(CliErrors.FAILED, run.exitCode(), e.getClass().getSimpleName());
            assertEquals("fail: " + e.getMessage(), run.err().strip(), e.getClass().getSimpleName());
        }
    }

    @Test
    void deckProblemsArePrintedOnePerLine() {
        DeckException e = new DeckException(List.of(new DeckProblem("d.json", 2, 9, "id", "not an id"),
                new DeckProblem("d.json", 5, 3, "questions[0].prompt", "empty")));
        CliRun run = fail(e);
        assertEquals(CliErrors.FAILED, run.exitCode());
        assertEquals(e.problems().stream().map(DeckProblem::toString).toList(), run.err().lines().toList());
    }

    @Test
    void fileAndFolderErrorsSayWhatWentWrong() {
        CliRun io = fail(new IOException("disk.tsv: permission denied"));
        assertEquals(CliErrors.FAILED, io.exitCode());
        assertEquals("fail: disk.tsv: permission denied", io.err().strip());

        CliRun unchecked = fail(new UncheckedIOException(new IOException("gone")));
        assertEquals(CliErrors.FAILED, unchecked.exitCode());
        assertEquals("fail: gone", unchecked.err().strip());

        CliRun folder = fail(new DeckFolderException("decks/ is not writable"));
        assertEquals("fail: decks/ is not writable", folder.err().strip());

        AnkiTextException anki = new AnkiTextException("notes.txt", 3, "expected 2 fields");
        CliRun text = fail(anki);
        assertEquals(CliErrors.FAILED, text.exitCode());
        assertEquals(anki.getMessage(), text.err().strip(), "already says file and line");
    }

    @Test
    void aCommandsOwnWordsArePrintedAsGiven() {
        assertEquals("fail: no deck with id \"x\"", fail(CommandFailure.of("no deck with id \"x\"")).err().strip());
        CliRun verbatim = fail(CommandFailure.verbatim("in.tsv:3: bad row", "grade: nothing written"));
        assertEquals(CliErrors.FAILED, verbatim.exitCode());
        assertEquals(List.of("in.tsv:3: bad row", "grade: nothing written"), verbatim.err().lines().toList());
    }

    @Test
    void aBugIsNotDisguisedAsBadInput() {
        CliRun run = fail(new NullPointerException("a bug"));
        assertEquals(CliErrors.FAILED, run.exitCode());
        assertTrue(run.err().contains("NullPointerException"), "the stack trace is kept for bugs: " + run.err());
        assertEquals(null, CliErrors.message(new IllegalStateException("bug"), "fail"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRun unknownOption = run("backup", "--no-such-option");
        assertEquals(CliErrors.USAGE, unknownOption.exitCode());
        assertTrue(unknownOption.err().contains("Unknown option: '--no-such-option'"), unknownOption.err());
        assertTrue(unknownOption.err().contains("Usage: latent backup"), "picocli's own parse errors show the usage: " + unknownOption.err());

        CliRun noQuestion = run("grade", "some answer");
        assertEquals(CliErrors.USAGE, noQuestion.exitCode());
        assertEquals("grade: say which question with --question ID_OR_POSITION (or use --batch)", noQuestion.err().strip());

        CliRun noBackup = run("restore", "--data-dir", dir.toString());
        assertEquals(CliErrors.USAGE, noBackup.exitCode());
        assertEquals("restore: name a backup to restore (see latent restore --list)", noBackup.err().strip());
    }

    @Test
    void aBrokenDeckFileGivesItsProblemsAndExitCodeOne() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"id\": \"bad deck\"}");
        for (String[] args : List.of(new String[]{"grade", "--deck", bad.toString(), "-q", "1", "x"},
                new String[]{"export", "--deck", bad.toString(), "--anki-text", "-"},
                new String[]{"rubric-test", bad.toString()})) {
            CliRun run = run(args);
            run.assertCleanError();
            for (String line : run.err().lines().toList()) assertTrue(line.startsWith(bad + ":"), Arrays.toString(args) + ": " + line);
        }
    }

    @Test
    void exportNamesTheFileItCannotWrite() {
        Path target = dir.resolve("no-such-folder").resolve("deck.txt");
        Path blocker = dir.resolve("no-such-folder");
        assertTrue(blocker.toFile().mkdirs() && blocker.resolve("deck.txt").toFile().mkdirs(), "a folder where the file should go");
        CliRun run = run("export", "--anki-text", target.toString());
        run.assertCleanError();
        assertEquals(target + " is a folder; give a file name", run.err().strip());
    }

    @Test
    void anAnswerOnStandardInputIsBoundedTo1MB() {
        byte[] tooLong = new byte[GradeCommand.MAX_STDIN_BYTES + 1];
        Arrays.fill(tooLong, (byte) 'a');
        GradeCommand.stdin = new ByteArrayInputStream(tooLong);
        CliRun run = run("grade", "-q", "gan-training");
        run.assertCleanError();
        assertEquals("", run.out());
        assertEquals("grade: the answer on standard input is larger than 1 MB; grade a file of answers with --batch instead",
                run.err().strip());

        byte[] justFits = new byte[GradeCommand.MAX_STDIN_BYTES];
        Arrays.fill(justFits, (byte) ' ');
        GradeCommand.stdin = new ByteArrayInputStream(justFits);
        CliRun fits = run("grade", "-q", "gan-training", "--json");
        assertEquals(0, fits.exitCode(), fits.err());
    }

    @Test
    void theExitCodeMapperCoversParseErrors() {
        CommandLine line = LatentCommand.commandLine();
        assertEquals(CliErrors.USAGE, line.getExitCodeExceptionMapper().getExitCode(new CommandLine.ParameterException(line, "x")));
        assertEquals(CliErrors.FAILED, line.getExitCodeExceptionMapper().getExitCode(new StoreLockedException(Path.of("d"))));
        assertFalse(line.getSubcommands().get("grade").getExitCodeExceptionMapper() == null, "installed on the subcommands too");
    }
}
