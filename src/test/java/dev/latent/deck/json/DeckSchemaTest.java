package dev.latent.deck.json;

import dev.latent.deck.DeckException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * questions/deck.schema.json is what editors validate against; the loader is what the app trusts. These
 * tests keep the two in agreement: what one accepts the other accepts.
 */
class DeckSchemaTest {

    private static final Path QUESTIONS = Path.of(System.getProperty("latent.questions", "questions"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try (var in = Files.newInputStream(QUESTIONS.resolve("deck.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<ValidationMessage> schemaErrors(String json) throws IOException {
        return SCHEMA.validate(JSON.readTree(json));
    }

    /** The bundled deck files, as the deck folder lists them: {@code *.json} but not the schema. */
    static Stream<Path> bundledDecks() throws IOException {
        try (Stream<Path> files = Files.list(QUESTIONS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().endsWith(".schema.json"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundledDecks")
    void bundledDecksPassTheSchemaAndTheLoader(Path deck) throws Exception {
        assertEquals(Set.of(), schemaErrors(Files.readString(deck)));
        JsonNode tree = JSON.readTree(Files.readString(deck));
        assertEquals("./deck.schema.json", tree.get("$schema").asText());
        DeckLoader.load(deck);
    }

    static List<String> invalidVariants() {
        String valid = DeckLoaderTest.VALID;
        return List.of(
                valid.replace("\"tags\": [\"vae\"],", "\"tagz\": [\"vae\"],"),
                valid.replace("\"weight\": 2", "\"weight\": \"2\""),
                valid.replace("\"weight\": 2", "\"weight\": 0"),
                valid.replace("\"weight\": 2", "\"weight\": -1"),
                valid.replace("\"weight\": 2", "\"weight\": 101"),
                valid.replace("\"generates new data\"", "\"" + "x".repeat(201) + "\""),
                valid.replace("\"grade\": 3", "\"grade\": 2.5"),
                valid.replace("\"grade\": 3", "\"grade\": 5"),
                valid.replace("\"required\": true", "\"required\": \"yes\""),
                valid.replace("\"prompt\": \"What is a VAE?\",", ""),
                valid.replace("What is a VAE?", "   "),
                valid.replace("\"answer\": {\"intro\": \"A generative autoencoder.\", \"points\": [\"It samples codings.\"]},", ""),
                valid.replace("{\"intro\": \"A generative autoencoder.\", \"points\": [\"It samples codings.\"]}", "{\"points\": []}"),
                valid.replace("[\"generative\", \"generates new data\"]", "[]"),
                valid.replace(", \"phrasings\": [\"generative\", \"generates new data\"]", ""),
                valid.replace("\"generates new data\"", "\" \""),
                valid.replace("\"id\": \"q1\"", "\"id\": \"q 1/x\""),
                valid.replace("\"title\": \"Tiny deck\",", ""),
                withPromptImage("../up.png"),
                withPromptImage("/abs.png"),
                withPromptImage("C:/pictures/a.png"),
                withPromptImage("media\\\\a.png"),
                withPromptImage("media//a.png"),
                withPromptImage("./a.png"),
                withPromptImage("a.svg"),
                withPromptImage("a.webp"),
                withPromptImage("noextension"),
                withPromptImage(""));
    }

    /** The loader's valid deck with {@code promptImage} set (an image name the schema and the validator both judge). */
    static String withPromptImage(String name) {
        return DeckLoaderTest.VALID.replace("\"prompt\": \"What is a VAE?\",",
                "\"prompt\": \"What is a VAE?\", \"promptImage\": \"" + name + "\",");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"media/diagram.png", "a b.JPG", "figures/2024/x.jpeg", "g.gif", "b.bmp"})
    void schemaAndLoaderAcceptTheSameImageNames(String name) throws Exception {
        String json = withPromptImage(name);
        assertEquals(Set.of(), schemaErrors(json));
        assertEquals(name, DeckLoader.parse(json.getBytes(), "x.json").questions().get(0).promptImage());
    }

    @ParameterizedTest
    @MethodSource("invalidVariants")
    void schemaAndLoaderRejectTheSameDecks(String json) throws Exception {
        assertFalse(schemaErrors(json).isEmpty(), "the schema accepts a deck the loader rejects");
        assertThrows(DeckException.class, () -> DeckLoader.parse(json.getBytes(), "x.json"));
    }

    @org.junit.jupiter.api.Test
    void schemaAcceptsTheLoadersValidDeck() throws Exception {
        assertEquals(Set.of(), schemaErrors(DeckLoaderTest.VALID));
    }
}
