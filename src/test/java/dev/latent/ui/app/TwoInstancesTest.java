package dev.latent.ui.app;

import dev.latent.store.LockHolderMain;
import dev.latent.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two Latents on one data folder: while one process holds the store, the app started a second time (the real
 * entry point, in its own JVM, headless) says the folder is in use and leaves the database as it was.
 */
class TwoInstancesTest {

    @TempDir
    Path dataDir;

    private static List<String> javaWithClasspath() {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
    }

    @Test
    void theSecondAppSaysTheFolderIsInUseAndChangesNothing() throws Exception {
        List<String> holder = javaWithClasspath();
        holder.addAll(List.of(LockHolderMain.class.getName(), dataDir.toString()));
        Process first = new ProcessBuilder(holder).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Process second = null;
        try {
            BufferedReader firstOut = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", firstOut.readLine());
            byte[] before = Files.readAllBytes(dataDir.resolve(Store.DATABASE_FILE));

            List<String> app = javaWithClasspath();
            app.addAll(1, List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Djava.awt.headless=true"));
            app.addAll(List.of("dev.latent.Main", "--data-dir", dataDir.toString()));
            second = new ProcessBuilder(app).redirectErrorStream(true).start();
            BufferedReader secondOut = new BufferedReader(new InputStreamReader(second.getInputStream(), StandardCharsets.UTF_8));
            String message = null;
            List<String> earlierLines = new ArrayList<>();
            for (String line; (line = secondOut.readLine()) != null; ) {
                if (line.startsWith("Latent cannot open your data: ")) {
                    message = line;
                    break;
                }
                earlierLines.add(line);
            }
            // JavaFX on the class path is how the jar runs: its warning about that is not shown to the user.
            assertTrue(earlierLines.stream().noneMatch(line -> line.contains("Unsupported JavaFX configuration")),
                    earlierLines::toString);
            assertEquals("Latent cannot open your data: Latent is already open on this data folder ("
                    + dataDir.toAbsolutePath().normalize() + "). Close the other window first.", message);
            assertArrayEquals(before, Files.readAllBytes(dataDir.resolve(Store.DATABASE_FILE)));
        } finally {
            if (second != null) {
                second.destroyForcibly();
                assertTrue(second.waitFor(30, TimeUnit.SECONDS));
            }
            first.getOutputStream().write('\n');
            first.getOutputStream().flush();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        }
    }
}
