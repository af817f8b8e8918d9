package dev.latent.interchange;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.Zstd;
import dev.latent.deck.Deck;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import org.sqlite.Collation;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds small Anki packages in the real formats, for tests: the current one (Anki 2.1.50+: {@code meta},
 * zstd-compressed {@code collection.anki21b} in schema 18 with protobuf configs, beside the placeholder
 * {@code collection.anki2} Anki writes for old clients) and the legacy one (schema 11 with JSON note types).
 * The schema-18 tables are Anki's own DDL (rslib/src/storage/schema11.sql and upgrades/schema18_upgrade.sql),
 * {@code COLLATE unicase} included.
 */
public final class AnkiPackageBuilder {

    static final List<String> SCHEMA_18 = List.of("""
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
            create table graves (oid integer not null, type integer not null, usn integer not null,
              primary key (oid, type)) without rowid""", """
            create table deck_config (id integer primary key not null, name text not null collate unicase,
              mtime_secs integer not null, usn integer not null, config blob not null)""", """
            create table config (key text not null primary key, usn integer not null, mtime_secs integer not null,
              val blob not null) without rowid""", """
            create table fields (ntid integer not null, ord integer not null, name text not null collate unicase,
              config blob not null, primary key (ntid, ord)) without rowid""", """
            create table templates (ntid integer not null, ord integer not null, name text not null collate unicase,
              mtime_secs integer not null, usn integer not null, config blob not null,
              primary key (ntid, ord)) without rowid""", """
            create table notetypes (id integer not null primary key, name text not null collate unicase,
              mtime_secs integer not null, usn integer not null, config blob not null)""", """
            create table decks (id integer primary key not null, name text not null collate unicase,
              mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null)""", """
            create table tags (tag text not null primary key collate unicase, usn integer not null,
              collapsed boolean not null, config blob null) without rowid""",
            "create unique index idx_fields_name_ntid on fields (name, ntid)",
            "create unique index idx_templates_name_ntid on templates (name, ntid)",
            "create index idx_notetypes_name on notetypes (name)",
            "create index idx_decks_name on decks (name)",
            "create index ix_cards_nid on cards (nid)",
            "create index ix_notes_csum on notes (csum)");

    record Template(String name, String front, String back) {
    }

    record NoteType(long id, String name, boolean cloze, List<String> fields, List<Template> templates) {
    }

    record Note(long id, String guid, long noteType, String tags, List<String> fields, Map<Integer, Long> cards) {
    }

    final List<NoteType> noteTypes = new ArrayList<>();
    final Map<Long, String> decks = new LinkedHashMap<>();
    final List<Note> notes = new ArrayList<>();
    final Map<String, byte[]> mediaFiles = new LinkedHashMap<>();
    /** Review log rows: note guid, card ordinal, answer time (ms), ease 1-4 (0: none), revlog type. */
    record LoggedReview(String guid, int ord, long at, int ease, int type) {
    }

    final List<LoggedReview> reviews = new ArrayList<>();

    /** A row of Anki's review log for the card {@code ord} of the note with {@code guid}. */
    public AnkiPackageBuilder review(String guid, int ord, Instant at, int ease, int type) {
        reviews.add(new LoggedReview(guid, ord, at.toEpochMilli(), ease, type));
        return this;
    }

    public AnkiPackageBuilder() {
        decks.put(1L, "Default");
    }

    static final Template BASIC_CARD = new Template("Card 1", "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}");
    static final Template REVERSE_CARD = new Template("Card 2", "{{Back}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}");
    static final Template CLOZE_CARD = new Template("Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}");

    AnkiPackageBuilder noteType(long id, String name, boolean cloze, List<String> fields, Template... templates) {
        noteTypes.add(new NoteType(id, name, cloze, fields, List.of(templates)));
        return this;
    }

    public AnkiPackageBuilder basic() {
        return noteType(1001, "Basic", false, List.of("Front", "Back"), BASIC_CARD);
    }

    public AnkiPackageBuilder deck(long id, String name) {
        decks.put(id, name);
        return this;
    }

    /** A note with one card per given template ordinal, all in {@code deck}. */
    public AnkiPackageBuilder note(long noteType, long deck, String guid, String tags, List<Integer> ords, String... fields) {
        Map<Integer, Long> cards = new LinkedHashMap<>();
        for (int ord : ords) cards.put(ord, deck);
        notes.add(new Note(1_600_000_000_000L + notes.size(), guid, noteType, tags, List.of(fields), cards));
        return this;
    }

    public AnkiPackageBuilder media(String name, byte[] bytes) {
        mediaFiles.put(name, bytes);
        return this;
    }

    // ------------------------------------------------------------------ current format

    /** Anki 2.1.50+'s default export: meta, zstd collection.anki21b (schema 18), placeholder anki2, zstd media. */
    public byte[] current(Path work) throws Exception {
        Path db = work.resolve("schema18-" + System.nanoTime() + ".db");
        writeSchema18(db);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("collection.anki2", placeholder());
        entries.put("collection.anki21b", Zstd.compress(Files.readAllBytes(db)));
        entries.put("media", Zstd.compress(mediaEntries()));
        entries.put("meta", new byte[]{0x08, 0x03}); // PackageMetadata { version: VERSION_LATEST }
        int n = 0;
        for (byte[] file : mediaFiles.values()) entries.put(String.valueOf(n++), Zstd.compress(file));
        return zip(entries);
    }

    void writeSchema18(Path file) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            // Anki registers this collation itself; a reader without it must still manage.
            Collation.create(db, "unicase", new Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
                }
            });
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                for (String ddl : SCHEMA_18) statement.execute(ddl);
                statement.execute("insert into col values (1, 1600000000, 1600000000000, 1600000000000, 18, 0, 0, 0, '', '', '', '', '')");
            }
            try (PreparedStatement types = db.prepareStatement("insert into notetypes values (?, ?, 0, 0, ?)");
                 PreparedStatement fields = db.prepareStatement("insert into fields values (?, ?, ?, ?)");
                 PreparedStatement templates = db.prepareStatement("insert into templates values (?, ?, ?, 0, 0, ?)")) {
                for (NoteType type : noteTypes) {
                    types.setLong(1, type.id());
                    types.setString(2, type.name());
                    // Notetype.Config: kind = 1 (KIND_CLOZE is 1), css = 3
                    types.setBytes(3, concat(type.cloze() ? varintField(1, 1) : new byte[0], stringField(3, ".card { }")));
                    types.executeUpdate();
                    for (int f = 0; f < type.fields().size(); f++) {
                        fields.setLong(1, type.id());
                        fields.setInt(2, f);
                        fields.setString(3, type.fields().get(f));
                        fields.setBytes(4, stringField(3, "Arial")); // Field.Config font_name
                        fields.executeUpdate();
                    }
                    for (int t = 0; t < type.templates().size(); t++) {
                        Template template = type.templates().get(t);
                        templates.setLong(1, type.id());
                        templates.setInt(2, t);
                        templates.setString(3, template.name());
                        // Template.Config: q_format = 1, a_format = 2
                        templates.setBytes(4, concat(stringField(1, template.front()), stringField(2, template.back())));
                        templates.executeUpdate();
                    }
                }
            }
            try (PreparedStatement decks = db.prepareStatement("insert into decks values (?, ?, 0, 0, ?, ?)")) {
                for (var deck : this.decks.entrySet()) {
                    decks.setLong(1, deck.getKey());
                    decks.setString(2, deck.getValue().replace("::", "\u001f")); // schema 18 separates levels with 0x1f
                    decks.setBytes(3, new byte[0]);
                    decks.setBytes(4, new byte[]{0x0a, 0x00}); // DeckKind { normal: {} }
                    decks.executeUpdate();
                }
            }
            insertNotesAndCards(db);
            db.commit();
        }
    }

    private void insertNotesAndCards(Connection db) throws SQLException {
        try (PreparedStatement notes = db.prepareStatement("insert into notes values (?, ?, ?, 0, 0, ?, ?, ?, 0, 0, '')");
             PreparedStatement cards = db.prepareStatement(
                     "insert into cards values (?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
            long cardId = 1_700_000_000_000L;
            Map<String, Long> cardIds = new LinkedHashMap<>();
            for (Note note : this.notes) {
                notes.setLong(1, note.id());
                notes.setString(2, note.guid());
                notes.setLong(3, note.noteType());
                notes.setString(4, note.tags().isEmpty() ? "" : " " + note.tags() + " ");
                notes.setString(5, String.join("\u001f", note.fields()));
                notes.setString(6, note.fields().isEmpty() ? "" : note.fields().get(0));
                notes.executeUpdate();
                for (var card : note.cards().entrySet()) {
                    cardIds.put(note.guid() + "/" + card.getKey(), cardId);
                    cards.setLong(1, cardId++);
                    cards.setLong(2, note.id());
                    cards.setLong(3, card.getValue());
                    cards.setInt(4, card.getKey());
                    cards.executeUpdate();
                }
            }
            try (PreparedStatement log = db.prepareStatement("insert into revlog values (?, ?, 0, ?, 1, 0, 2500, ?, ?)")) {
                for (LoggedReview review : reviews) {
                    log.setLong(1, review.at());
                    log.setLong(2, cardIds.get(review.guid() + "/" + review.ord()));
                    log.setInt(3, review.ease());
                    log.setLong(4, 8000);
                    log.setInt(5, review.type());
                    log.executeUpdate();
                }
            }
        }
    }

    /** The collection.anki2 current Anki puts beside the real one: one note asking to update Anki. */
    static byte[] placeholder() throws IOException {
        Deck deck = new Deck("placeholder", "Default", "", List.of(new Question("update",
                "Please update to the latest Anki version, then import the .colpkg/.apkg file again.",
                new ModelAnswer("Please update to the latest Anki version.", List.of(), ""), List.of(), null, List.of())), "x");
        return unzip(ApkgExport.toBytes(deck, Instant.now())).get(ApkgExport.COLLECTION_ENTRY);
    }

    // ------------------------------------------------------------------ legacy format

    /** A legacy package: {@code collection.anki21} in schema 11, note types and decks as JSON in col. */
    public byte[] legacy(Path work) throws Exception {
        Path file = work.resolve("schema11-" + System.nanoTime() + ".db");
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode models = mapper.createObjectNode();
        for (NoteType type : noteTypes) {
            ObjectNode model = models.putObject(String.valueOf(type.id()));
            model.put("id", type.id());
            model.put("name", type.name());
            model.put("type", type.cloze() ? 1 : 0);
            ArrayNode fields = model.putArray("flds");
            for (int f = 0; f < type.fields().size(); f++) fields.addObject().put("name", type.fields().get(f)).put("ord", f);
            ArrayNode templates = model.putArray("tmpls");
            for (int t = 0; t < type.templates().size(); t++) {
                Template template = type.templates().get(t);
                templates.addObject().put("name", template.name()).put("ord", t).put("qfmt", template.front()).put("afmt", template.back());
            }
        }
        ObjectNode decks = mapper.createObjectNode();
        for (var deck : this.decks.entrySet()) {
            decks.putObject(String.valueOf(deck.getKey())).put("id", deck.getKey()).put("name", deck.getValue());
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                for (String ddl : ApkgExport.SCHEMA_11) statement.execute(ddl);
            }
            try (PreparedStatement col = db.prepareStatement("insert into col values (1, 0, 0, 0, 11, 0, 0, 0, '{}', ?, ?, '{}', '{}')")) {
                col.setString(1, mapper.writeValueAsString(models));
                col.setString(2, mapper.writeValueAsString(decks));
                col.executeUpdate();
            }
            insertNotesAndCards(db);
            db.commit();
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("collection.anki2", placeholder());
        entries.put("collection.anki21", Files.readAllBytes(file));
        StringBuilder media = new StringBuilder("{");
        int n = 0;
        for (String name : mediaFiles.keySet()) media.append(n == 0 ? "" : ",").append('"').append(n++).append("\":\"").append(name).append('"');
        entries.put("media", media.append('}').toString().getBytes(StandardCharsets.UTF_8));
        n = 0;
        for (byte[] bytes : mediaFiles.values()) entries.put(String.valueOf(n++), bytes);
        return zip(entries);
    }

    // ------------------------------------------------------------------ helpers

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] apkg) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(apkg))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) entries.put(entry.getName(), zip.readAllBytes());
        }
        return entries;
    }

    static byte[] varintField(int field, long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeVarint(out, (long) field << 3);
        writeVarint(out, value);
        return out.toByteArray();
    }

    /** Anki's MediaEntries protobuf: {@code repeated MediaEntry { string name = 1; uint32 size = 2; bytes sha1 = 3; }}. */
    byte[] mediaEntries() throws Exception {
        ByteArrayOutputStream list = new ByteArrayOutputStream();
        for (var file : mediaFiles.entrySet()) {
            byte[] sha1 = java.security.MessageDigest.getInstance("SHA-1").digest(file.getValue());
            list.writeBytes(bytesField(1, concat(stringField(1, file.getKey()), varintField(2, file.getValue().length),
                    bytesField(3, sha1))));
        }
        return list.toByteArray();
    }

    static byte[] bytesField(int field, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeVarint(out, ((long) field << 3) | 2);
        writeVarint(out, bytes.length);
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    static byte[] stringField(int field, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeVarint(out, ((long) field << 3) | 2);
        writeVarint(out, bytes.length);
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) out.writeBytes(part);
        return out.toByteArray();
    }
}
