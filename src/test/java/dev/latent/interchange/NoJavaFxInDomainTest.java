package dev.latent.interchange;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The deck and interchange packages are domain code: usable from the CLI and tests without JavaFX. */
class NoJavaFxInDomainTest {

    @Test
    void deckAndInterchangeSourcesImportNoJavaFx() throws IOException {
        for (String pkg : List.of("deck", "interchange")) {
            Path folder = Path.of("src/main/java/dev/latent").resolve(pkg);
            List<Path> sources;
            try (Stream<Path> files = Files.list(folder)) {
                sources = files.filter(f -> f.toString().endsWith(".java")).toList();
            }
            assertFalse(sources.isEmpty(), folder.toString());
            List<String> offenders = sources.stream().filter(f -> {
                try {
                    return Files.readString(f).lines().anyMatch(l -> l.startsWith("import javafx."));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString).toList();
            assertEquals(List.of(), offenders);
        }
    }
}
