package dev.latent.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged app's JVM options: one file that the packaging script and the start-up benchmark both read. */
class PackagedOptionsTest {

    @Test
    void everyPackagedOptionStartsThisJvm() throws Exception {
        List<String> options = StartupRuntimes.packagedOptions();
        assertFalse(options.isEmpty(), "the packaged app runs C1 only: " + StartupRuntimes.PACKAGED_OPTIONS);
        assertTrue(options.contains("-XX:TieredStopAtLevel=1"), options.toString());
        // A misspelt option would stop the packaged app before it starts: the JVM refuses unknown -XX options.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());
        assertTrue(java.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, java.exitValue(), output);
    }

    @Test
    void commentsAndBlankLinesAreNoOptions() {
        for (String option : StartupRuntimes.packagedOptions()) {
            assertTrue(option.startsWith("-"), option);
        }
    }

    @Test
    void thePackagingScriptReadsTheSameFile() throws Exception {
        String script = Files.readString(Path.of("src/packaging/package.sh"));
        assertTrue(script.contains("done < " + StartupRuntimes.PACKAGED_OPTIONS), "package.sh reads the options file");
    }
}
