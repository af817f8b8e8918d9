package dev.latent.deck.json;

import dev.latent.deck.json.DeckJson.AnswerDoc;
import dev.latent.deck.json.DeckJson.ConceptDoc;
import dev.latent.deck.json.DeckJson.DeckDoc;
import dev.latent.deck.json.DeckJson.MisconceptionDoc;
import dev.latent.deck.json.DeckJson.QuestionDoc;
import dev.latent.deck.json.DeckJson.RubricDoc;
import dev.latent.deck.json.DeckJson.SampleDoc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a well-formed deck file into {@link DeckJson}'s records with Jackson's streaming parser alone. Data binding
 * builds and links some five hundred classes the first time it runs, which made reading the bundled deck the
 * largest piece of work while the app starts; a valid deck needs none of it.
 *
 * <p>Only the plain shape is read here: an unknown field, a value of another type than the field's, a duplicate
 * field, anything after the deck. On any of those {@link #read} gives up and returns null, and the data-binding
 * path ({@link DeckLoader}) reads the file again, finds the same problem and says where it is. So this reader never
 * decides what is wrong, and whatever it returns is what data binding returns for the same text
 * ({@code DeckDocReaderTest} holds it to that).
 */
final class DeckDocReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Thrown inside the reader when the text is not the plain shape; never leaves it. */
    private static final class NotPlain extends Exception {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();

    private final JsonParser parser;

    private DeckDocReader(JsonParser parser) {
        this.parser = parser;
    }

    /** The document, or null when the text is anything but a plainly valid deck document. */
    static DeckDoc read(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            DeckDocReader reader = new DeckDocReader(parser);
            if (parser.nextToken() != JsonToken.START_OBJECT) return null;
            DeckDoc doc = reader.deck();
            return parser.nextToken() == null ? doc : null;
        } catch (NotPlain | IOException e) {
            return null;
        }
    }

    private DeckDoc deck() throws IOException, NotPlain {
        String schema = null, id = null, title = null, description = null;
        List<QuestionDoc> questions = null;
        while (nextField()) {
            switch (parser.currentName()) {
                case "$schema" -> schema = text();
                case "id" -> id = text();
                case "title" -> title = text();
                case "description" -> description = text();
                case "questions" -> questions = objects(this::question);
                default -> throw NOT_PLAIN;
            }
        }
        return new DeckDoc(schema, id, title, description, questions);
    }

    private QuestionDoc question() throws IOException, NotPlain {
        String id = null, prompt = null, promptImage = null, answerImage = null;
        AnswerDoc answer = null;
        List<String> tags = null;
        RubricDoc rubric = null;
        List<SampleDoc> samples = null;
        while (nextField()) {
            switch (parser.currentName()) {
                case "id" -> id = text();
                case "prompt" -> prompt = text();
                case "promptImage" -> promptImage = text();
                case "answer" -> answer = object(this::answer);
                case "answerImage" -> answerImage = text();
                case "tags" -> tags = texts();
                case "rubric" -> rubric = object(this::rubric);
                case "samples" -> samples = objects(this::sample);
                default -> throw NOT_PLAIN;
            }
        }
        return new QuestionDoc(id, prompt, promptImage, answer, answerImage, tags, rubric, samples);
    }

    private AnswerDoc answer() throws IOException, NotPlain {
        String intro = null, outro = null;
        List<String> points = null;
        while (nextField()) {
            switch (parser.currentName()) {
                case "intro" -> intro = text();
                case "points" -> points = texts();
                case "outro" -> outro = text();
                default -> throw NOT_PLAIN;
            }
        }
        return new AnswerDoc(intro, points, outro);
    }

    private RubricDoc rubric() throws IOException, NotPlain {
        List<ConceptDoc> concepts = null;
        List<MisconceptionDoc> misconceptions = null;
        while (nextField()) {
            switch (parser.currentName()) {
                case "concepts" -> concepts = objects(this::concept);
                case "misconceptions" -> misconceptions = objects(this::misconception);
                default -> throw NOT_PLAIN;
            }
        }
        return new RubricDoc(concepts, misconceptions);
    }

    private ConceptDoc concept() throws IOException, NotPlain {
        String id = null, label = null;
        Double weight = null;
        Boolean required = null, anyOrder = null;
        List<String> phrasings = null, opposites = null;
        Double part = null;
        while (nextField()) {
            switch (parser.currentName()) {
                case "id" -> id = text();
                case "label" -> label = text();
                case "weight" -> weight = number();
                case "required" -> required = bool();
                case "anyOrder" -> anyOrder = bool();
                case "phrasings" -> phrasings = texts();
                case "opposites" -> opposites = texts();
                case "part" -> part = number();
                default -> throw NOT_PLAIN;
            }
        }
        return new ConceptDoc(id, label, weight, required, anyOrder, phrasings, opposites, part);
    }

    private MisconceptionDoc misconception() throws IOException, NotPlain {
        String id = null, label = null;
        Double penalty = null;
        Boolean anyOrder = null, detail = null;
        List<String> phrasings = null;
        while (nextField()) {
            switch (parser.currentName()) {
                case "id" -> id = text();
                case "label" -> label = text();
                case "penalty" -> penalty = number();
                case "anyOrder" -> anyOrder = bool();
                case "phrasings" -> phrasings = texts();
                case "detail" -> detail = bool();
                default -> throw NOT_PLAIN;
            }
        }
        return new MisconceptionDoc(id, label, penalty, anyOrder, phrasings, detail);
    }

    private SampleDoc sample() throws IOException, NotPlain {
        String answer = null, note = null;
        Integer grade = null;
        while (nextField()) {
            switch (parser.currentName()) {
                case "answer" -> answer = text();
                case "grade" -> grade = wholeNumber();
                case "note" -> note = text();
                default -> throw NOT_PLAIN;
            }
        }
        return new SampleDoc(answer, grade, note);
    }

    // ---------------------------------------------------------------- values

    /** Moves to the next field of the current object and its value; false at the object's end. */
    private boolean nextField() throws IOException, NotPlain {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) return false;
        if (token != JsonToken.FIELD_NAME) throw NOT_PLAIN;
        parser.nextToken();
        return true;
    }

    private interface Part<T> {
        T read() throws IOException, NotPlain;
    }

    /** An object read by {@code part} (positioned on its start), or null for JSON null. */
    private <T> T object(Part<T> part) throws IOException, NotPlain {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) return null;
        if (token != JsonToken.START_OBJECT) throw NOT_PLAIN;
        return part.read();
    }

    private <T> List<T> objects(Part<T> part) throws IOException, NotPlain {
        return list(() -> object(part));
    }

    private List<String> texts() throws IOException, NotPlain {
        return list(this::text);
    }

    /** A list whose items {@code item} reads (each positioned on its first token), or null for JSON null. */
    private <T> List<T> list(Part<T> item) throws IOException, NotPlain {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) return null;
        if (token != JsonToken.START_ARRAY) throw NOT_PLAIN;
        List<T> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) items.add(item.read());
        return items;
    }

    private String text() throws IOException, NotPlain {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NULL -> null;
            default -> throw NOT_PLAIN;
        };
    }

    private Double number() throws IOException, NotPlain {
        return switch (parser.currentToken()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_NULL -> null;
            default -> throw NOT_PLAIN;
        };
    }

    private Integer wholeNumber() throws IOException, NotPlain {
        return switch (parser.currentToken()) {
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() != JsonParser.NumberType.INT) throw NOT_PLAIN;
                yield parser.getIntValue();
            }
            case VALUE_NULL -> null;
            default -> throw NOT_PLAIN;
        };
    }

    private Boolean bool() throws IOException, NotPlain {
        return switch (parser.currentToken()) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw NOT_PLAIN;
        };
    }
}
