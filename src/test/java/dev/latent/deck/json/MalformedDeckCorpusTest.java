package dev.latent.deck.json;

import dev.latent.deck.DeckException;
import dev.latent.deck.DeckProblem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus of broken deck files in {@code src/test/resources/malformed-decks}: each {@code NAME.json} must be
 * refused with exactly the problems in {@code NAME.expected} (one {@code file:line:col: field: message} per line).
 * The expected locations were worked out from the files themselves: where the offending token sits.
 */
class MalformedDeckCorpusTest {

    static Path corpus() throws URISyntaxException {
        return Path.of(MalformedDeckCorpusTest.class.getResource("/malformed-decks").toURI());
    }

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .map(n -> n.substring(0, n.length() - ".json".length())).toList().stream();
        }
    }

    @Test
    void theCorpusHasAtLeastThirtyFilesEachWithItsExpectedMessage() throws Exception {
        List<String> names = cases().toList();
        assertTrue(names.size() >= 30, "only " + names.size() + " malformed decks");
        for (String name : names) assertTrue(Files.exists(corpus().resolve(name + ".expected")), name + ".expected");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMalformedDeckIsRefusedWithItsExactMessage(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(corpus().resolve(name + ".json"));
        String expected = Files.readString(corpus().resolve(name + ".expected"), StandardCharsets.UTF_8).stripTrailing();
        DeckException e = assertThrows(DeckException.class, () -> DeckLoader.parse(bytes, name + ".json"));
        assertEquals(expected, e.problems().stream().map(DeckProblem::toString).collect(Collectors.joining("\n")));
        // The same through the file path, as the app loads user decks.
        DeckException fromFile = assertThrows(DeckException.class, () -> DeckLoader.load(corpus().resolve(name + ".json")));
        assertEquals(e.problems().size(), fromFile.problems().size());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() throws Exception {
        Path big = Files.createTempFile("latent-big-deck", ".json");
        try {
            byte[] chunk = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i <= DeckLoader.MAX_FILE_BYTES / chunk.length; i++) {
                Files.write(big, chunk, java.nio.file.StandardOpenOption.APPEND);
            }
            DeckException e = assertThrows(DeckException.class, () -> DeckLoader.load(big));
            assertEquals(big + ": file is larger than 16 MB", e.getMessage());
        } finally {
            Files.delete(big);
        }
    }
}
