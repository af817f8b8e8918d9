package dev.latent.present;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Presentation mode never writes to anyone's schedule or history: its code has no way to reach the store,
 * the scheduler, study sessions or files. Checked on the sources, so a later edit that adds such a
 * dependency fails here.
 */
class NoPersonalDataTest {

    private static final List<String> FORBIDDEN = List.of(
            "dev.latent.store", "dev.latent.scheduling", "dev.latent.study", "dev.latent.settings", "java.sql", "AppPaths",
            "FileOutputStream", "FileWriter", "Files.write", "Files.newOutputStream", "Files.newBufferedWriter",
            "java.util.prefs");

    private static List<Path> sources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("src/main/java/dev/latent/present", "src/main/java/dev/latent/ui/present")) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void presentationCodeCannotReachTheStoreTheSchedulerOrFiles() throws IOException {
        List<Path> files = sources();
        assertTrue(files.size() >= 10, "found the presentation sources: " + files);
        List<String> offences = new ArrayList<>();
        for (Path file : files) {
            String source = Files.readString(file);
            for (String forbidden : FORBIDDEN) {
                if (source.contains(forbidden)) offences.add(file + " mentions " + forbidden);
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void theAppOpensPresentationsWithoutAStore() throws IOException {
        String shell = Files.readString(Path.of("src/main/java/dev/latent/ui/app/AppShell.java"));
        int start = shell.indexOf("public void present(Deck deck)");
        assertTrue(start >= 0, "AppShell.present(Deck) exists");
        String body = shell.substring(start, shell.indexOf("\n    }", start));
        assertTrue(body.contains("new PresentSetupView(deck, clock, this::showDeckList)"),
                "the setup screen gets the deck, a clock and a way back: nothing that stores\n" + body);
        for (String stateful : List.of("store", "settings", "scheduler", "Session")) {
            assertFalse(body.contains(stateful), "present() hands over no " + stateful + ":\n" + body);
        }
    }
}
