package dev.latent.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** One run of the {@code latent} command line in this JVM, as {@code Main} runs it: exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = LatentCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** Errors are one line of text per problem, never a stack trace. */
    void assertCleanError() {
        assertEquals(1, exitCode, out + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        assertFalse(err.isBlank());
    }

    /** The command line itself is wrong (options that do not go together, a bad value): exit code 2, one message. */
    void assertUsageError() {
        assertEquals(2, exitCode, out + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        assertFalse(err.isBlank());
    }
}
