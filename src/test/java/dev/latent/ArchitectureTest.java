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
 * scheduling, store, study, CLI...) that runs without JavaFX, and none of it reaches into the UI. Within the deck
 * code, the model (records and their rules) knows nothing of JSON or of the deck folder.
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

    /** The deck model: {@code dev.latent.deck} and its subpackages but the JSON layer and the deck folder. */
    private static final Path DECK = SOURCES.resolve("deck");
    private static final Path DECK_JSON = DECK.resolve("json");
    private static final Path DECK_FOLDER = DECK.resolve("folder");

    /**
     * Reading and writing files, looking for a deck's images on disk and watching folders belong to the JSON layer
     * and the deck folder: the model is records and rules over them.
     */
    private static final String[] NOT_IN_THE_DECK_MODEL = {"com.fasterxml.", "dev.latent.deck.json.",
            "dev.latent.deck.folder.", "java.nio.file.", "java.io.File"};

    @Test
    void theDeckModelKnowsNoJsonNorFolder() {
        List<Path> model = deckModelSources();
        assertTrue(model.size() >= 12, "found the deck model: " + model);
        assertTrue(model.stream().anyMatch(f -> f.endsWith("DeckValidator.java")), "the validator is part of the model");
        assertEquals(List.of(), mentioning(model, NOT_IN_THE_DECK_MODEL));
    }

    @Test
    void theDeckJsonLayerDoesNotReachIntoTheFolder() {
        assertEquals(List.of(), mentioning(javaSources(DECK_JSON), "dev.latent.deck.folder."));
    }

    @Test
    void theDeckChecksSeeAViolationWhereThereIsOne() {
        // Guards the guards: the JSON layer does use Jackson, and the folder the JSON layer and a WatchService.
        assertTrue(mentioning(javaSources(DECK_JSON), NOT_IN_THE_DECK_MODEL).size() >= 3);
        assertEquals(List.of(DECK_FOLDER.resolve("DeckWatcher.java").toString()),
                mentioning(javaSources(DECK_FOLDER), "java.nio.file.WatchService"));
        assertTrue(mentioning(javaSources(DECK_FOLDER), "dev.latent.deck.json.").size() >= 2);
        assertTrue(mentioning(javaSources(DECK_FOLDER), "java.nio.file.").contains(DECK_FOLDER.resolve("DeckImages.java").toString()));
    }

    private static List<Path> deckModelSources() {
        return javaSources(DECK).stream().filter(f -> !f.startsWith(DECK_JSON) && !f.startsWith(DECK_FOLDER)).toList();
    }

    /**
     * Files that name any of these anywhere, not only in imports: a fully qualified name in the code (or in a
     * Javadoc link) ties the model to that package just as an import does.
     */
    private static List<String> mentioning(List<Path> sources, String... names) {
        return sources.stream().filter(file -> {
            try {
                String text = Files.readString(file);
                return Stream.of(names).anyMatch(text::contains);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).map(Path::toString).toList();
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
        assertTrue(codeMatching(javaSources(app), "dev\\.latent\\.ui\\.review\\.").size() > 0);
        assertEquals(List.of(), codeMatching(features, "dev\\.latent\\.ui\\.app\\."));
        assertEquals(List.of(), codeMatching(javaSources(SOURCES.resolve("ui").resolve("common")), "dev\\.latent\\.ui\\.(?!common\\.)"),
                "ui/common uses no feature");
    }

    /** Sources with a code line (not a comment) matching the pattern: an import, or a name written out in full. */
    private static List<String> codeMatching(List<Path> sources, String regex) {
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
