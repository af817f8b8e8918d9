package dev.latent.interchange;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The note types (fields and card templates) and deck names of an Anki collection: in schema 18 (Anki 2.1.28+) from
 * their own tables, with protobuf configs; in schema 11 from JSON in the {@code col} row. Every count and length is
 * bounded, since the package comes from anywhere.
 */
final class ApkgNoteTypes {

    private static final int MAX_NOTE_TYPES = 5_000;
    private static final int MAX_FIELDS = 500;
    private static final int MAX_TEMPLATES = 200;
    private static final int MAX_TEMPLATE_CHARS = 200_000;
    private static final int MAX_DECKS = 50_000;
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private ApkgNoteTypes() {
    }

    record Template(int ord, String name, AnkiTemplate front, AnkiTemplate answer, Set<String> shown) {
    }

    record NoteType(String name, boolean cloze, List<String> fields, List<Template> templates) {
        Set<String> shownFields() {
            Set<String> shown = new HashSet<>();
            for (Template template : templates) shown.addAll(template.shown());
            return shown;
        }
    }

    /**
     * Fills in the note types and deck names of the collection, by id.
     *
     * @param tables the collection's tables: with a {@code notetypes} table it is schema 18, else schema 11
     */
    static void read(Connection db, String source, Set<String> tables, Map<Long, NoteType> noteTypes,
                     Map<Long, String> deckNames) throws SQLException, ApkgException {
        if (tables.contains("notetypes")) {
            readSchema18(db, source, noteTypes, deckNames, tables.contains("decks"));
        } else {
            readCol(db, source, noteTypes, deckNames);
        }
    }

    private static Template template(int ord, String name, String front, String back) {
        String answer = AnkiTemplate.answerPart(back);
        AnkiTemplate frontTemplate = AnkiTemplate.parse(front);
        AnkiTemplate backTemplate = AnkiTemplate.parse(answer);
        Set<String> shown = new HashSet<>(frontTemplate.shownFields());
        shown.addAll(AnkiTemplate.parse(back).shownFields()); // above the answer line too
        return new Template(ord, name, frontTemplate, backTemplate, shown);
    }

    /** Schema 11: note types and decks as JSON in the col row. */
    private static void readCol(Connection db, String source, Map<Long, NoteType> noteTypes, Map<Long, String> deckNames)
            throws SQLException, ApkgException {
        try (Statement statement = db.createStatement();
             ResultSet col = statement.executeQuery("select models, decks from col limit 1")) {
            if (!col.next()) throw new ApkgException(source + ": the collection has no col row");
            JsonNode models = MAPPER.readTree(String.valueOf(col.getString(1)));
            JsonNode decks = MAPPER.readTree(String.valueOf(col.getString(2)));
            if (models == null || !models.isObject()) throw new ApkgException(source + ": col.models is not a JSON object");
            if (models.size() > MAX_NOTE_TYPES) throw new ApkgException(source + ": more than " + MAX_NOTE_TYPES + " note types");
            for (var entry : (Iterable<Map.Entry<String, JsonNode>>) models::fields) {
                JsonNode model = entry.getValue();
                List<JsonNode> fieldNodes = sortedByOrd(model.path("flds"), MAX_FIELDS, source);
                List<String> fields = new ArrayList<>();
                for (JsonNode field : fieldNodes) fields.add(ApkgCollection.bounded(field.path("name").asText("")));
                List<Template> templates = new ArrayList<>();
                int position = 0;
                for (JsonNode tmpl : sortedByOrd(model.path("tmpls"), MAX_TEMPLATES, source)) {
                    templates.add(template(tmpl.path("ord").asInt(position++), ApkgCollection.bounded(tmpl.path("name").asText("")),
                            templateText(tmpl.path("qfmt").asText(""), source), templateText(tmpl.path("afmt").asText(""), source)));
                }
                noteTypes.put(model.path("id").asLong(parseLong(entry.getKey())),
                        new NoteType(ApkgCollection.bounded(model.path("name").asText("")), model.path("type").asInt(0) == 1, fields, templates));
            }
            if (decks != null && decks.isObject()) {
                if (decks.size() > MAX_DECKS) throw new ApkgException(source + ": more than " + MAX_DECKS + " decks");
                for (var entry : (Iterable<Map.Entry<String, JsonNode>>) decks::fields) {
                    deckNames.put(entry.getValue().path("id").asLong(parseLong(entry.getKey())),
                            ApkgCollection.bounded(entry.getValue().path("name").asText("")));
                }
            }
        } catch (JsonProcessingException e) {
            throw new ApkgException(source + ": the collection's note types are not valid JSON");
        }
    }

    private static List<JsonNode> sortedByOrd(JsonNode array, int max, String source) throws ApkgException {
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : array) items.add(item);
        if (items.size() > max) throw new ApkgException(source + ": a note type with more than " + max + " fields or templates");
        List<JsonNode> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(item -> item.path("ord").asInt(items.indexOf(item))));
        return sorted;
    }

    /** Schema 18 (Anki 2.1.28+ collections, the only one in current packages): tables, with protobuf configs. */
    private static void readSchema18(Connection db, String source, Map<Long, NoteType> noteTypes, Map<Long, String> deckNames,
                                     boolean hasDecks) throws SQLException, ApkgException {
        for (String needed : List.of("fields", "templates")) {
            if (!ApkgCollection.tables(db).contains(needed)) throw new ApkgException(source + ": not an Anki collection (no " + needed + " table)");
        }
        Map<Long, List<String>> fields = new HashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select ntid, substr(name, 1, 500) from fields order by ntid, ord")) {
            while (rows.next()) {
                List<String> names = fields.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>());
                if (names.size() >= MAX_FIELDS) throw new ApkgException(source + ": a note type with more than " + MAX_FIELDS + " fields");
                names.add(String.valueOf(rows.getString(2)));
            }
        }
        Map<Long, List<Template>> templates = new HashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select ntid, ord, substr(name, 1, 500), config from templates order by ntid, ord")) {
            while (rows.next()) {
                List<Template> list = templates.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>());
                if (list.size() >= MAX_TEMPLATES) throw new ApkgException(source + ": a note type with more than " + MAX_TEMPLATES + " templates");
                Protobuf config = Protobuf.read(bytes(rows.getBytes(4)), source);
                list.add(template(rows.getInt(2), String.valueOf(rows.getString(3)),
                        templateText(config.string(1), source), templateText(config.string(2), source)));
            }
        }
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select id, substr(name, 1, 500), config from notetypes")) {
            while (rows.next()) {
                if (noteTypes.size() >= MAX_NOTE_TYPES) throw new ApkgException(source + ": more than " + MAX_NOTE_TYPES + " note types");
                long id = rows.getLong(1);
                boolean cloze = Protobuf.read(bytes(rows.getBytes(3)), source).varint(1) == 1; // Config.kind: KIND_CLOZE
                noteTypes.put(id, new NoteType(String.valueOf(rows.getString(2)), cloze, fields.getOrDefault(id, List.of()),
                        templates.getOrDefault(id, List.of())));
            }
        }
        if (!hasDecks) return;
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select id, substr(name, 1, 1000) from decks")) {
            while (rows.next()) {
                if (deckNames.size() >= MAX_DECKS) throw new ApkgException(source + ": more than " + MAX_DECKS + " decks");
                // Schema 18 separates deck levels with 0x1f where the JSON had "::".
                deckNames.put(rows.getLong(1), String.valueOf(rows.getString(2)).replace("\u001f", "::"));
            }
        }
    }

    private static byte[] bytes(byte[] value) {
        return value == null ? new byte[0] : value;
    }

    private static String templateText(String template, String source) throws ApkgException {
        if (template.length() > MAX_TEMPLATE_CHARS) {
            throw new ApkgException(source + ": a card template longer than " + MAX_TEMPLATE_CHARS + " characters");
        }
        return template;
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
