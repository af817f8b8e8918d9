package dev.latent.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The streaming tree reader gives ObjectMapper's tree, node types included, and fails where it fails. */
class JsonTreeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"desiredRetention\": 0.9, \"theme\": \"dark\", \"learningSteps\": [\"1m\", \"10m\"], \"keys\": {\"GOOD\": [\"SPACE\"]}}",
            "{\"a\": 1, \"a\": 2}", "{\"big\": 12345678901, \"huge\": 123456789012345678901234567890, \"neg\": -7}",
            "{\"f\": 1.5e3, \"n\": null, \"t\": true, \"e\": {}, \"l\": []}", "[1, \"x\", [null]]", "\"text\"", "42", "null",
            "", "   ", "{} trailing", "{\"x\": 1}\n{\"y\": 2}"
    })
    void readsWhatObjectMapperReads(String text) throws IOException {
        JsonNode expected = MAPPER.readTree(text);
        JsonNode actual = JsonTree.parse(text);
        assertEquals(expected, actual);
        assertEquals(expected.getNodeType(), actual.getNodeType());
        assertEquals(expected.toString(), actual.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"a\": }", "[1, 2", "{\"a\" 1}", "tru", "{'a': 1}"})
    void failsWhereObjectMapperFails(String text) {
        assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(text));
        assertThrows(JsonProcessingException.class, () -> JsonTree.parse(text));
    }

    @Property(tries = 300)
    void anyTextReadsAsObjectMapperReadsIt(@ForAll("jsonish") String text) throws IOException {
        JsonNode expected;
        try {
            expected = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            assertThrows(JsonProcessingException.class, () -> JsonTree.parse(text));
            return;
        }
        assertEquals(expected.toString(), JsonTree.parse(text).toString());
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> atoms = Arbitraries.of("1", "-2", "3.5", "1e400", "99999999999", "true", "null", "\"a\"", "\"\"");
        return Arbitraries.recursive(() -> atoms,
                inner -> Arbitraries.oneOf(
                        inner.list().ofMaxSize(3).map(items -> "[" + String.join(",", items) + "]"),
                        inner.list().ofMaxSize(3).map(items -> {
                            StringBuilder object = new StringBuilder("{");
                            for (int i = 0; i < items.size(); i++) {
                                object.append(i == 0 ? "" : ",").append("\"k").append(i % 2).append("\":").append(items.get(i));
                            }
                            return object.append("}").toString();
                        }),
                        inner.map(value -> value.substring(0, value.length() / 2))), 4);
    }
}
