package dev.latent;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layering the README promises: everything outside {@code dev.latent.ui} is domain code (deck, scoring,
 * scheduling, store, study, CLI...) that runs without JavaFX, and none of it reaches into the UI.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/latent");

    @Test
    void onlyTheUiPackagesImportJavaFx() {
        List<Path> domain = domainSources();
        assertTrue(domain.size() > 100, "found the domain sources: " + domain.size());
        assertEquals(List.of(), offenders(domain, "import javafx.", "import static javafx."));
    }

    @Test
    void domainCodeDoesNotDependOnTheUi() {
        assertEquals(List.of(), offenders(domainSources(), "import dev.latent.ui.", "import static dev.latent.ui."));
    }

    @Test
    void theCheckSeesAViolationWhereThereIsOne() {
        // Guards the guard: the UI does import JavaFX, so a broken file walk or prefix would show here.
        assertTrue(offenders(javaSources(SOURCES.resolve("ui")), "import javafx.").size() > 10);
    }

    private static List<Path> domainSources() {
        return javaSources(SOURCES).stream().filter(f -> !SOURCES.relativize(f).startsWith("ui")).toList();
    }

    private static List<Path> javaSources(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> offenders(List<Path> sources, String... importPrefixes) {
        return sources.stream().filter(file -> {
            try (Stream<String> lines = Files.lines(file)) {
                return lines.anyMatch(line -> Stream.of(importPrefixes).anyMatch(line::startsWith));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).map(Path::toString).toList();
    }
}
