package dev.latent.deck.edit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The edit model and the stats package are domain code: the CLI and tests use them without JavaFX. */
class NoJavaFxInEditModelTest {

    @Test
    void editModelAndStatsImportNoJavaFx() throws IOException {
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        for (String pkg : List.of("deck/edit", "stats")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/latent").resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    checked++;
                    if (Files.readString(file).lines().anyMatch(l -> l.startsWith("import javafx."))) offenders.add(file.toString());
                }
            }
        }
        assertTrue(checked >= 3, "found the sources");
        assertEquals(List.of(), offenders);
    }
}
