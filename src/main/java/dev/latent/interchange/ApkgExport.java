package dev.latent.interchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latent.deck.Deck;
import dev.latent.deck.Question;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a deck as a legacy Anki package ({@code .apkg}): a zip holding {@code collection.anki2}, an SQLite
 * collection in Anki's schema 11, and {@code media}, the JSON map of media files (empty here). Anki 2.1 and
 * later import it. One Basic note (Front/Back) and one new card per question; note guids come from the deck
 * and question ids, so exporting again and re-importing updates the same notes rather than adding copies.
 */
public final class ApkgExport {

    /** The entry names inside a legacy package. */
    public static final String COLLECTION_ENTRY = "collection.anki2";
    public static final String MEDIA_ENTRY = "media";

    /** Anki's legacy collection schema (rslib/src/storage/schema11.sql), table for table, column for column. */
    static final List<String> SCHEMA_11 = List.of("""
            create table col (id integer primary key, crt integer not null, mod integer not null,
              scm integer not null, ver integer not null, dty integer not null, usn integer not null,
              ls integer not null, conf text not null, models text not null, decks text not null,
              dconf text not null, tags text not null)""", """
            create table notes (id integer primary key, guid text not null, mid integer not null,
              mod integer not null, usn integer not null, tags text not null, flds text not null,
              sfld integer not null, csum integer not null, flags integer not null, data text not null)""", """
            create table cards (id integer primary key, nid integer not null, did integer not null,
              ord integer not null, mod integer not null, usn integer not null, type integer not null,
              queue integer not null, due integer not null, ivl integer not null, factor integer not null,
              reps integer not null, lapses integer not null, left integer not null, odue integer not null,
              odid integer not null, flags integer not null, data text not null)""", """
            create table revlog (id integer primary key, cid integer not null, usn integer not null,
              ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
              time integer not null, type integer not null)""", """
            create table graves (usn integer not null, oid integer not null, type integer not null)""",
            "create index ix_notes_usn on notes (usn)",
            "create index ix_cards_usn on cards (usn)",
            "create index ix_revlog_usn on revlog (usn)",
            "create index ix_cards_nid on cards (nid)",
            "create index ix_cards_sched on cards (did, queue, due)",
            "create index ix_revlog_cid on revlog (cid)",
            "create index ix_notes_csum on notes (csum)");

    /** The collection schema version Anki's legacy packages carry in {@code col.ver}. */
    static final int SCHEMA_VERSION = 11;
    static final String FIELD_SEPARATOR = "\u001f";
    private static final long DEFAULT_DECK_ID = 1;
    private static final long DEFAULT_CONF_ID = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ApkgExport() {
    }

    /** Writes the package to {@code file} (atomically), stamped with the current time. */
    public static void write(Deck deck, Path file) throws IOException {
        dev.latent.platform.AtomicFiles.write(file, toBytes(deck, Instant.now()));
    }

    /** The package's bytes. {@code now} stamps the modification times and numbers the notes and cards. */
    public static byte[] toBytes(Deck deck, Instant now) throws IOException {
        Path folder = Files.createTempDirectory("latent-apkg");
        Path collection = folder.resolve(COLLECTION_ENTRY);
        try {
            writeCollection(deck, collection, now);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry(COLLECTION_ENTRY));
                Files.copy(collection, zip);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(MEDIA_ENTRY));
                zip.write("{}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } finally {
            try (var files = Files.list(folder)) {
                for (Path leftover : files.toList()) Files.deleteIfExists(leftover);
            }
            Files.deleteIfExists(folder);
        }
    }

    /** The note type's id: fixed, so every Latent export shares one note type in Anki instead of piling up copies. */
    static long modelId() {
        return stableId("latent-basic-notetype");
    }

    /** The Anki deck's id: fixed per deck id. */
    static long ankiDeckId(Deck deck) {
        return stableId("deck:" + deck.id());
    }

    /** A positive id in the range Anki's millisecond-timestamp ids occupy (2001-2286), stable for a name. */
    private static long stableId(String name) {
        byte[] hash = AnkiIds.digest("SHA-256", name);
        long value = 0;
        for (int i = 0; i < 8; i++) value = (value << 8) | (hash[i] & 0xFF);
        return 1_000_000_000_000L + Math.floorMod(value, 8_999_999_999_999L);
    }

    private static void writeCollection(Deck deck, Path file, Instant now) throws IOException {
        long nowSeconds = now.getEpochSecond();
        long nowMillis = now.toEpochMilli();
        long modelId = modelId();
        long deckId = ankiDeckId(deck);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                for (String sql : SCHEMA_11) statement.execute(sql);
            }
            try (PreparedStatement col = db.prepareStatement("insert into col values (1,?,?,?,?,0,0,0,?,?,?,?,'{}')")) {
                col.setLong(1, nowSeconds - Math.floorMod(nowSeconds, 86_400)); // crt: the collection's first day
                col.setLong(2, nowMillis);
                col.setLong(3, nowMillis);
                col.setInt(4, SCHEMA_VERSION);
                col.setString(5, json(conf(modelId, deck.size())));
                col.setString(6, json(models(modelId, deckId, nowSeconds)));
                col.setString(7, json(decks(deck, deckId, nowSeconds)));
                col.setString(8, json(dconf()));
                col.executeUpdate();
            }
            try (PreparedStatement notes = db.prepareStatement("insert into notes values (?,?,?,?,-1,?,?,?,?,0,'')");
                 PreparedStatement cards = db.prepareStatement(
                         "insert into cards values (?,?,?,0,?,-1,0,0,?,0,0,0,0,0,0,0,0,'')")) {
                int position = 0;
                for (Question question : deck.questions()) {
                    long id = nowMillis + position; // Anki ids are creation times in ms, one apart
                    String front = fieldText(HtmlText.escape(question.prompt()));
                    String back = fieldText(AnkiText.htmlBack(question.answer()));
                    notes.setLong(1, id);
                    notes.setString(2, AnkiIds.noteGuid(deck.id(), question.id()));
                    notes.setLong(3, modelId);
                    notes.setLong(4, nowSeconds);
                    notes.setString(5, noteTags(question.tags()));
                    notes.setString(6, front + FIELD_SEPARATOR + back);
                    notes.setString(7, AnkiIds.stripHtml(front));
                    notes.setLong(8, AnkiIds.fieldChecksum(front));
                    notes.executeUpdate();
                    cards.setLong(1, id);
                    cards.setLong(2, id);
                    cards.setLong(3, deckId);
                    cards.setLong(4, nowSeconds);
                    cards.setLong(5, position + 1); // a new card's due is its position in the new queue
                    cards.executeUpdate();
                    position++;
                }
            }
            db.commit();
        } catch (SQLException e) {
            throw new IOException("cannot write the Anki collection: " + e.getMessage(), e);
        }
    }

    /** Anki stores a note's tags space-separated with a space on each side. */
    static String noteTags(List<String> tags) {
        String joined = AnkiText.tags(tags);
        return joined.isEmpty() ? "" : " " + joined + " ";
    }

    /** Control characters (the field separator among them) cannot appear in an Anki field; Anki drops them too. */
    private static String fieldText(String html) {
        return html.replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "");
    }

    private static String json(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode conf(long modelId, int notes) {
        ObjectNode conf = NODES.objectNode();
        conf.putArray("activeDecks").add(DEFAULT_DECK_ID);
        conf.put("addToCur", true);
        conf.put("collapseTime", 1200);
        conf.put("curDeck", DEFAULT_DECK_ID);
        conf.put("curModel", String.valueOf(modelId));
        conf.put("dueCounts", true);
        conf.put("estTimes", true);
        conf.put("newBury", true);
        conf.put("newSpread", 0);
        conf.put("nextPos", notes + 1);
        conf.put("sortBackwards", false);
        conf.put("sortType", "noteFld");
        conf.put("timeLim", 0);
        return conf;
    }

    private static ObjectNode models(long modelId, long deckId, long nowSeconds) {
        ObjectNode model = NODES.objectNode();
        model.put("id", modelId);
        model.put("name", "Latent Basic");
        model.put("type", 0); // standard, not cloze
        model.put("mod", nowSeconds);
        model.put("usn", -1);
        model.put("sortf", 0);
        model.put("did", deckId);
        ArrayNode templates = model.putArray("tmpls");
        ObjectNode card = templates.addObject();
        card.put("name", "Card 1");
        card.put("ord", 0);
        card.put("qfmt", "{{Front}}");
        card.put("afmt", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}");
        card.put("bqfmt", "");
        card.put("bafmt", "");
        card.putNull("did");
        card.put("bfont", "");
        card.put("bsize", 0);
        ArrayNode fields = model.putArray("flds");
        for (String name : List.of("Front", "Back")) {
            ObjectNode field = fields.addObject();
            field.put("name", name);
            field.put("ord", fields.size() - 1);
            field.put("sticky", false);
            field.put("rtl", false);
            field.put("font", "Arial");
            field.put("size", 20);
            field.putArray("media");
        }
        model.put("css", ".card {\n  font-family: arial;\n  font-size: 20px;\n  text-align: left;\n"
                + "  color: black;\n  background-color: white;\n}\n");
        model.put("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
                + "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
                + "\\setlength{\\parindent}{0in}\n\\begin{document}\n");
        model.put("latexPost", "\\end{document}");
        model.put("latexsvg", false);
        // Card 1 is generated when field 0 (Front) is not empty.
        ArrayNode requirement = model.putArray("req").addArray();
        requirement.add(0).add("any").addArray().add(0);
        model.putArray("tags");
        model.putArray("vers");
        ObjectNode models = NODES.objectNode();
        models.set(String.valueOf(modelId), model);
        return models;
    }

    private static ObjectNode decks(Deck deck, long deckId, long nowSeconds) {
        ObjectNode decks = NODES.objectNode();
        decks.set(String.valueOf(DEFAULT_DECK_ID), ankiDeck(DEFAULT_DECK_ID, "Default", "", 0));
        decks.set(String.valueOf(deckId), ankiDeck(deckId, deck.title().replaceAll("[\\r\\n\\t]+", " "),
                deck.description(), nowSeconds));
        return decks;
    }

    private static ObjectNode ankiDeck(long id, String name, String description, long mod) {
        ObjectNode deck = NODES.objectNode();
        deck.put("id", id);
        deck.put("name", name);
        deck.put("desc", HtmlText.escape(description)); // Anki shows the description as HTML
        deck.put("conf", DEFAULT_CONF_ID);
        deck.put("dyn", 0);
        deck.put("collapsed", false);
        deck.put("browserCollapsed", false);
        deck.put("extendNew", 0);
        deck.put("extendRev", 0);
        for (String counter : List.of("newToday", "revToday", "lrnToday", "timeToday")) {
            deck.putArray(counter).add(0).add(0);
        }
        deck.put("mod", mod);
        deck.put("usn", -1);
        return deck;
    }

    /** Anki's default deck options, as the legacy collection carries them. */
    private static ObjectNode dconf() {
        ObjectNode conf = NODES.objectNode();
        conf.put("id", DEFAULT_CONF_ID);
        conf.put("name", "Default");
        conf.put("mod", 0);
        conf.put("usn", 0);
        conf.put("dyn", false);
        conf.put("maxTaken", 60);
        conf.put("timer", 0);
        conf.put("autoplay", true);
        conf.put("replayq", true);
        ObjectNode newCards = conf.putObject("new");
        newCards.putArray("delays").add(1.0).add(10.0);
        newCards.putArray("ints").add(1).add(4).add(0);
        newCards.put("initialFactor", 2500);
        newCards.put("order", 1);
        newCards.put("perDay", 20);
        newCards.put("bury", false);
        ObjectNode reviews = conf.putObject("rev");
        reviews.put("perDay", 200);
        reviews.put("ease4", 1.3);
        reviews.put("ivlFct", 1.0);
        reviews.put("maxIvl", 36500);
        reviews.put("hardFactor", 1.2);
        reviews.put("bury", false);
        ObjectNode lapses = conf.putObject("lapse");
        lapses.putArray("delays").add(10.0);
        lapses.put("mult", 0.0);
        lapses.put("minInt", 1);
        lapses.put("leechFails", 8);
        lapses.put("leechAction", 1);
        ObjectNode all = NODES.objectNode();
        all.set(String.valueOf(DEFAULT_CONF_ID), conf);
        return all;
    }
}
