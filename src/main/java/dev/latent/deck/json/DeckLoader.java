package dev.latent.deck.json;

import dev.latent.deck.Deck;
import dev.latent.platform.InputFiles;
import dev.latent.deck.DeckException;
import dev.latent.deck.DeckProblem;
import dev.latent.deck.DeckValidator;
import dev.latent.deck.FieldPath;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a deck file and either returns a valid {@link Deck} or throws a {@link DeckException} naming the
 * file, line, column and field of every problem. Never partially loads a deck.
 *
 * <p>Strict UTF-8 decoding, then binding to {@link DeckJson} and validating it field by field. A deck with any
 * problem is read again with a streaming pass first that records where every value sits (Jackson's data binding
 * forgets locations), so that each problem can be located.
 */
public final class DeckLoader {

    /** Deck files larger than this are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    /**
     * Data binding, built only for a deck with a problem: {@link DeckDocReader} reads valid decks without it, and
     * building it costs more than reading the bundled deck (about five hundred classes to load).
     */
    static final class Binding {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                // Text fields take text only: a title of 42 or true is a mistake, not "42" (Jackson would coerce it).
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }

    private DeckLoader() {
    }

    public static Deck load(Path file) throws DeckException {
        return parse(readBounded(file), file.toString());
    }

    /**
     * The bytes of a deck file, refusing anything that is not a regular file (a device such as /dev/zero would
     * never end, a FIFO would block) and stopping after {@link #MAX_FILE_BYTES}: the size a file claims is not
     * trusted, only what was read.
     */
    public static byte[] readBounded(Path file) throws DeckException {
        String name = file.toString();
        if (!Files.exists(file)) throw single(name, "cannot read file: no such file");
        var notAFile = InputFiles.whyNotAFile(file);
        if (notAFile.isPresent()) throw single(name, notAFile.get() + "; a deck is a JSON file");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw single(name, "file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw single(name, "cannot read file: no such file");
        } catch (IOException e) {
            throw single(name, "cannot read file: " + e.getMessage());
        }
    }

    /**
     * Parses a deck from bytes.
     *
     * @param sourceName the name used in messages and recorded as {@link Deck#source()}
     */
    public static Deck parse(byte[] bytes, String sourceName) throws DeckException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw single(sourceName, "file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        String text = decodeUtf8(bytes, sourceName);
        // Most decks are fine: read them with the streaming reader and validate, without data binding and without
        // the map of every value's location, which costs more than the rest of loading together on a large deck.
        // Any problem sends the deck down the locating path, which binds it, finds the same problems again and
        // says where they are.
        DeckJson.DeckDoc plain = DeckDocReader.read(text);
        if (plain != null) {
            try {
                return checked(plain, sourceName, at -> null);
            } catch (DeckException e) {
                // found again below, each in its place
            }
        }
        Map<String, JsonLocation> locations = locateValues(text, sourceName);
        DeckJson.DeckDoc doc = bind(text, sourceName, locations);
        return checked(doc, sourceName, at -> position(locations.get(at.pointer())));
    }

    /**
     * The deck of a bound document, mapped by {@link DeckJson} and checked by {@link DeckValidator}.
     *
     * @throws DeckException every problem, placed in the file by {@code positions}
     */
    private static Deck checked(DeckJson.DeckDoc doc, String sourceName,
                                Function<FieldPath, DeckProblem.Position> positions) throws DeckException {
        Map<FieldPath, String> holes = new HashMap<>();
        Deck deck = DeckJson.toDeck(doc, sourceName, holes);
        List<DeckProblem> problems = DeckValidator.problems(deck, holes, positions);
        if (!problems.isEmpty()) throw new DeckException(problems);
        return deck;
    }

    private static String decodeUtf8(byte[] bytes, String sourceName) throws DeckException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            // Position of the first bad byte, told as a line and column of the text before it.
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            throw new DeckException(List.of(new DeckProblem(sourceName, line, column, "",
                    String.format("not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                            bytes[in.position()] & 0xFF, in.position()))));
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException ignored) {
            // Nothing buffered: the decode above ended the input.
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Suffix of the location-map key that holds where a field's name (rather than its value) starts. */
    static final String NAME_SUFFIX = " name";

    /**
     * Maps the JSON Pointer of every value to where it starts in the text, and pointer + {@link #NAME_SUFFIX}
     * to where its field name starts. Also reports malformed JSON.
     */
    private static Map<String, JsonLocation> locateValues(String text, String sourceName) throws DeckException {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = Binding.MAPPER.createParser(text)) {
            JsonToken token;
            boolean rootSeen = false;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) continue;
                if (isRootValueStart(parser)) {
                    if (rootSeen) {
                        throw new DeckException(List.of(problemAt(sourceName, parser.currentTokenLocation(), "",
                                "invalid JSON: more than one value; a deck file holds one JSON object")));
                    }
                    rootSeen = true;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                locations.putIfAbsent(token == JsonToken.FIELD_NAME ? pointer + NAME_SUFFIX : pointer,
                        parser.currentTokenLocation());
            }
        } catch (JsonProcessingException e) {
            throw new DeckException(List.of(problemAt(sourceName, e.getLocation(), "",
                    "invalid JSON: " + readable(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw single(sourceName, "cannot read JSON: " + e.getMessage());
        }
        if (locations.isEmpty()) throw single(sourceName, "the file is empty; a deck is a JSON object");
        return locations;
    }

    /**
     * Problems found in a valid deck by a later check (the grader's), placed at the fields they name in the
     * deck file: {@code questions[2].answer} becomes the line and column where that value starts.
     *
     * @param problems each a field (as {@code questions[2].answer}) and its message, in the order to report them
     */
    public static List<DeckProblem> locate(Path file, List<Map.Entry<String, String>> problems) {
        Map<String, JsonLocation> locations;
        try {
            locations = locateValues(decodeUtf8(readBounded(file), file.toString()), file.toString());
        } catch (DeckException e) {
            locations = Map.of();
        }
        List<DeckProblem> out = new ArrayList<>();
        for (Map.Entry<String, String> problem : problems) {
            String pointer = "/" + problem.getKey().replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
            out.add(problemAt(file.toString(), locations.get(pointer), problem.getKey(), problem.getValue()));
        }
        return out;
    }

    /** True at the first token of a top-level value (Jackson puts a container's start token inside it). */
    private static boolean isRootValueStart(JsonParser parser) {
        JsonToken token = parser.currentToken();
        return token.isStructStart() ? parser.getParsingContext().getParent().inRoot() : parser.getParsingContext().inRoot();
    }

    private static DeckJson.DeckDoc bind(String text, String sourceName, Map<String, JsonLocation> locations)
            throws DeckException {
        try {
            DeckJson.DeckDoc doc = Binding.MAPPER.readValue(text, DeckJson.DeckDoc.class);
            if (doc == null) throw single(sourceName, "the deck is null; a deck is a JSON object");
            return doc;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : "; allowed here: " + sortedNames(e.getKnownPropertyIds());
            FieldPath field = pathOf(e);
            throw new DeckException(List.of(problemAt(sourceName,
                    locations.getOrDefault(field.pointer() + NAME_SUFFIX, e.getLocation()), field.toString(),
                    "unknown field \"" + e.getPropertyName() + "\"" + known)));
        } catch (MismatchedInputException e) {
            // Records bind through a creator that buffers its fields, so Jackson's own location can lag behind.
            FieldPath field = pathOf(e);
            throw new DeckException(List.of(problemAt(sourceName,
                    locations.getOrDefault(field.pointer(), e.getLocation()), field.toString(),
                    "wrong type: expected " + describe(e.getTargetType()))));
        } catch (JsonProcessingException e) {
            throw new DeckException(List.of(problemAt(sourceName, e.getLocation(), "",
                    "invalid JSON: " + readable(e.getOriginalMessage()))));
        }
    }

    /** Jackson names the source and location inside its messages; we say those already. */
    private static String readable(String jacksonMessage) {
        String message = SOURCE_REFERENCE.matcher(jacksonMessage).replaceAll("line $1, column $2").strip();
        // Jackson names a parser switch the deck's author cannot turn; say what to write instead.
        return NON_NUMERIC_NUMBER.matcher(message).replaceAll("$1 is not a number JSON allows; write a number");
    }

    private static final Pattern NON_NUMERIC_NUMBER =
            Pattern.compile("Non-standard token '([^']*)': enable `?JsonReadFeature\\.ALLOW_NON_NUMERIC_NUMBERS`? to allow");

    private static final Pattern SOURCE_REFERENCE =
            Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    private static String sortedNames(Collection<Object> names) {
        return names.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    private static FieldPath pathOf(JsonMappingException e) {
        FieldPath path = FieldPath.ROOT;
        for (JsonMappingException.Reference reference : e.getPath()) {
            path = reference.getFieldName() != null ? path.field(reference.getFieldName()) : path.index(reference.getIndex());
        }
        return path;
    }

    private static String describe(Class<?> type) {
        if (type == null) return "another kind of value";
        if (type == String.class) return "text in quotes";
        if (type == Integer.class || type == int.class) return "a whole number";
        if (type == Double.class || type == double.class) return "a number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (List.class.isAssignableFrom(type)) return "a list [ ... ]";
        return "an object { ... }";
    }

    private static DeckProblem problemAt(String file, JsonLocation location, String field, String message) {
        DeckProblem.Position at = position(location);
        return at == null ? new DeckProblem(file, 0, 0, field, message)
                : new DeckProblem(file, at.line(), at.column(), field, message);
    }

    /** Jackson's location as a line and column (0 where Jackson does not know), or null when there is none. */
    private static DeckProblem.Position position(JsonLocation location) {
        if (location == null) return null;
        int line = Math.max(0, location.getLineNr());
        return new DeckProblem.Position(line, line == 0 ? 0 : Math.max(1, location.getColumnNr()));
    }

    private static DeckException single(String file, String message) {
        return new DeckException(List.of(new DeckProblem(file, 0, 0, "", message)));
    }
}
