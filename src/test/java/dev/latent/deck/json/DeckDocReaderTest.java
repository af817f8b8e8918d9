package dev.latent.deck.json;

import com.fasterxml.jackson.core.JsonProcessingException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The streaming reader reads what data binding reads, or steps aside: for every deck file of the project, for damaged
 * copies of the bundled deck and for each kind of problem, it returns data binding's own document or null, never a
 * different one.
 */
class DeckDocReaderTest {

    private static final String BUNDLED = read(Path.of(System.getProperty("latent.questions", "questions"),
            "autoencoders-gans.json"));

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Data binding's document, or null where it refuses the text. */
    private static DeckJson.DeckDoc bound(String text) {
        try {
            return DeckLoader.Binding.MAPPER.readValue(text, DeckJson.DeckDoc.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static void assertReadAsBound(String text) {
        DeckJson.DeckDoc streamed = DeckDocReader.read(text);
        if (streamed != null) assertEquals(bound(text), streamed);
    }

    @Test
    void everyDeckOfTheProjectIsReadExactlyAsDataBindingReadsIt() throws IOException {
        List<Path> decks = new ArrayList<>();
        decks.add(Path.of(System.getProperty("latent.questions", "questions"), "autoencoders-gans.json"));
        try (Stream<Path> eval = Files.walk(Path.of("eval"))) {
            eval.filter(p -> p.getFileName().toString().equals("deck.json")).forEach(decks::add);
        }
        assertTrue(decks.size() >= 5, "decks found: " + decks);
        for (Path deck : decks) {
            String text = read(deck);
            DeckJson.DeckDoc streamed = DeckDocReader.read(text);
            assertNotNull(streamed, deck + " is a valid deck: the streaming reader must read it");
            assertEquals(bound(text), streamed, deck.toString());
        }
    }

    @Test
    void malformedDecksAreLeftToDataBinding() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/malformed-decks"))) {
            for (Path file : files.toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                DeckJson.DeckDoc streamed = DeckDocReader.read(text);
                if (streamed != null) assertEquals(bound(text), streamed, file.toString());
                if (bound(text) == null) assertNull(streamed, file + ": data binding refuses it, so must the reader");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\": \"d\", \"colour\": \"red\", \"questions\": []}",          // unknown field
            "{\"id\": \"d\", \"id\": \"e\", \"questions\": []}",                // duplicate field
            "{\"id\": \"d\", \"title\": 42, \"questions\": []}",                // number for text
            "{\"id\": \"d\", \"questions\": {}}",                               // object for a list
            "{\"id\": \"d\", \"questions\": [{\"samples\": [{\"grade\": 3.0}]}]}",  // fraction for a whole number
            "{\"id\": \"d\", \"questions\": [{\"samples\": [{\"grade\": 3000000000}]}]}", // past an int
            "{\"id\": \"d\", \"questions\": [{\"rubric\": {\"concepts\": [{\"weight\": \"2\"}]}}]}", // text for a number
            "{\"id\": \"d\", \"questions\": [{\"rubric\": {\"concepts\": [{\"required\": 1}]}}]}",   // number for true
            "{\"id\": \"d\", \"questions\": [{\"tags\": \"a\"}]}",              // one text for a list
            "{\"id\": \"d\", \"questions\": []} {}",                             // a second document
            "[]", "null", "\"deck\"", ""
    })
    void anythingButThePlainShapeIsLeftToDataBinding(String text) {
        assertNull(DeckDocReader.read(text));
    }

    @Test
    void nullsAndAbsentFieldsAreReadAsDataBindingReadsThem() {
        String text = "{\"id\": null, \"questions\": [null, {\"id\": \"q\", \"tags\": [\"a\", null],"
                + " \"rubric\": {\"concepts\": [{\"id\": \"c\", \"weight\": 2, \"required\": true, \"phrasings\": null}]},"
                + " \"samples\": [{\"answer\": \"x\", \"grade\": 4}]}]}";
        DeckJson.DeckDoc streamed = DeckDocReader.read(text);
        assertNotNull(streamed);
        assertEquals(bound(text), streamed);
        assertEquals(2.0, streamed.questions().get(1).rubric().concepts().get(0).weight());
    }

    @Property(tries = 400)
    void aDamagedBundledDeckIsReadAsDataBindingReadsItOrLeftToIt(@ForAll @IntRange(min = 0, max = 140_000) int at,
                                                                 @ForAll("edits") String edit) {
        int position = Math.min(at, BUNDLED.length());
        String damaged = edit.startsWith("-")
                ? BUNDLED.substring(0, position) + BUNDLED.substring(Math.min(BUNDLED.length(), position + edit.length()))
                : BUNDLED.substring(0, position) + edit + BUNDLED.substring(position);
        assertReadAsBound(damaged);
        if (bound(damaged) == null) assertNull(DeckDocReader.read(damaged));
    }

    @Provide
    Arbitrary<String> edits() {
        return Arbitraries.of("-", "--", "-----", ",", "\"", "null", "1", "1.5", "true", "{}", "[]", "\"x\":1,",
                ",\"x\"", "]", "}", " ");
    }
}
