package dev.latent.deck.json;

import dev.latent.deck.Concept;
import dev.latent.deck.Deck;
import dev.latent.deck.Misconception;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.deck.Rubric;
import dev.latent.deck.SampleAnswer;
import dev.latent.platform.AtomicFiles;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes decks in the file format {@link DeckLoader} reads, laid out like the bundled deck: {@code $schema}
 * first, fields in schema order, two-space indent, one list item per line. Loading what this writes gives
 * back an equal deck (apart from {@link Deck#source()}).
 *
 * <p>Files are replaced atomically so that a crash, or the deck watcher reading mid-write, never sees half
 * a deck: the text goes to a temporary file in the same folder, is forced to disk, then renamed over the
 * target.
 */
public final class DeckWriter {

    /** The {@code $schema} written into saved decks: the schema's own {@code $id}. */
    public static final String SCHEMA_URI = "https://latent.dev/schema/deck.schema.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DeckWriter() {
    }

    /** The deck as JSON text, ending with a newline, with {@link #SCHEMA_URI} as its {@code $schema}. */
    public static String toJson(Deck deck) {
        return toJson(deck, SCHEMA_URI);
    }

    /** The deck as JSON text; {@code schemaRef} is written as {@code $schema} (none when null). */
    public static String toJson(Deck deck, String schemaRef) {
        ObjectNode root = NODES.objectNode();
        if (schemaRef != null) root.put("$schema", schemaRef);
        root.put("id", deck.id());
        root.put("title", deck.title());
        if (!deck.description().isEmpty()) root.put("description", deck.description());
        ArrayNode questions = root.putArray("questions");
        for (Question question : deck.questions()) questions.add(question(question));
        try {
            return MAPPER.writer(prettyPrinter()).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a deck tree always serialises", e);
        }
    }

    /** Writes the deck to {@code file} atomically, creating the folder if needed. */
    public static void write(Deck deck, Path file) throws IOException {
        AtomicFiles.write(file, toJson(deck).getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode question(Question question) {
        ObjectNode node = NODES.objectNode();
        node.put("id", question.id());
        node.put("prompt", question.prompt());
        if (question.promptImage() != null) node.put("promptImage", question.promptImage());
        ObjectNode answer = node.putObject("answer");
        ModelAnswer model = question.answer();
        if (!model.intro().isEmpty()) answer.put("intro", model.intro());
        if (!model.points().isEmpty()) strings(answer.putArray("points"), model.points());
        if (!model.outro().isEmpty()) answer.put("outro", model.outro());
        if (question.answerImage() != null) node.put("answerImage", question.answerImage());
        if (!question.tags().isEmpty()) strings(node.putArray("tags"), question.tags());
        if (question.rubric() != null) node.set("rubric", rubric(question.rubric()));
        if (!question.samples().isEmpty()) {
            ArrayNode samples = node.putArray("samples");
            for (SampleAnswer sample : question.samples()) {
                ObjectNode item = samples.addObject();
                item.put("answer", sample.answer());
                item.put("grade", sample.grade());
                if (!sample.note().isEmpty()) item.put("note", sample.note());
            }
        }
        return node;
    }

    private static ObjectNode rubric(Rubric rubric) {
        ObjectNode node = NODES.objectNode();
        ArrayNode concepts = node.putArray("concepts");
        for (Concept concept : rubric.concepts()) {
            ObjectNode item = concepts.addObject();
            item.put("id", concept.id());
            item.put("label", concept.label());
            number(item, "weight", concept.weight());
            item.put("required", concept.required());
            item.put("anyOrder", concept.anyOrder());
            if (concept.part() != Concept.NO_PART) item.put("part", concept.part());
            strings(item.putArray("phrasings"), concept.phrasings());
            if (!concept.opposites().isEmpty()) strings(item.putArray("opposites"), concept.opposites());
        }
        if (!rubric.misconceptions().isEmpty()) {
            ArrayNode misconceptions = node.putArray("misconceptions");
            for (Misconception misconception : rubric.misconceptions()) {
                ObjectNode item = misconceptions.addObject();
                item.put("id", misconception.id());
                item.put("label", misconception.label());
                number(item, "penalty", misconception.penalty());
                item.put("anyOrder", misconception.anyOrder());
                if (misconception.detail()) item.put("detail", true); // written only where set: most are wrong ideas
                strings(item.putArray("phrasings"), misconception.phrasings());
            }
        }
        return node;
    }

    /** Whole weights as integers ({@code 2}, not {@code 2.0}), as people write them. */
    private static void number(ObjectNode node, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) node.put(field, (long) value);
        else node.put(field, value);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** Two-space indent, {@code "key": value}, "\n" line ends on every platform, arrays one item per line. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
