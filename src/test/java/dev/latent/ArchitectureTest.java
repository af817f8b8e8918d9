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

    /** Reading and writing files, and watching folders, belong to the JSON layer and the deck folder. */
    private static final String[] NOT_IN_THE_DECK_MODEL = {"com.fasterxml.", "dev.latent.deck.json.",
            "dev.latent.deck.folder.", "java.nio.file.WatchService", "java.nio.file.StandardWatchEventKinds"};

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
