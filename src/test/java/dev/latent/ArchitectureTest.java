package dev.latent;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
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

    /**
     * The UI is laid out by feature (the AtlantaFX sampler's way): every class sits in a feature package
     * ({@code ui/review}, {@code ui/decks}, {@code ui/settings}...), shared bits in {@code ui/common}, and
     * {@code ui/app} wires the features together; nothing lies loose in {@code dev.latent.ui} itself.
     */
    @Test
    void theUiRootHoldsOnlyFeaturePackages() throws IOException {
        Path ui = SOURCES.resolve("ui");
        List<String> features;
        List<String> loose;
        try (Stream<Path> children = Files.list(ui)) {
            List<Path> all = children.toList();
            features = all.stream().filter(Files::isDirectory).filter(d -> !javaSources(d).isEmpty())
                    .map(d -> d.getFileName().toString()).sorted().toList();
            loose = all.stream().filter(Files::isRegularFile).map(Path::toString).sorted().toList();
        }
        // Guards the guard: a wrong folder would find no features and no loose files, and pass.
        assertTrue(features.containsAll(List.of("app", "common", "decks", "review", "settings")), "feature packages: " + features);
        assertEquals(List.of(), loose);
    }

    /** Features do not reach back into the app that wires them (which would make the two a cycle). */
    @Test
    void onlyTheAppWiresFeaturesTogether() {
        Path app = SOURCES.resolve("ui").resolve("app");
        List<Path> features = javaSources(SOURCES.resolve("ui")).stream().filter(f -> !f.startsWith(app)).toList();
        assertTrue(features.size() > 30, "found the feature sources: " + features.size());
        // Guards the guard: the app does name the features, so a broken walk or pattern would show here.
        assertTrue(mentioning(javaSources(app), "dev\\.latent\\.ui\\.review\\.").size() > 0);
        assertEquals(List.of(), mentioning(features, "dev\\.latent\\.ui\\.app\\."));
        assertEquals(List.of(), mentioning(javaSources(SOURCES.resolve("ui").resolve("common")), "dev\\.latent\\.ui\\.(?!common\\.)"),
                "ui/common uses no feature");
    }

    /** Sources with a code line (not a comment) matching the pattern: an import, or a name written out in full. */
    private static List<String> mentioning(List<Path> sources, String regex) {
        Pattern pattern = Pattern.compile(regex);
        return sources.stream().filter(file -> {
            try (Stream<String> lines = Files.lines(file)) {
                return lines.map(String::strip).filter(line -> !line.startsWith("*") && !line.startsWith("/") && !line.startsWith("package "))
                        .anyMatch(line -> pattern.matcher(line).find());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).map(Path::toString).toList();
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
