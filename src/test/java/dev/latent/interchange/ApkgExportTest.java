package dev.latent.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static dev.latent.interchange.AnkiPackageBuilder.unzip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApkgExportTest {

    static final Path BUNDLED = Path.of(System.getProperty("latent.questions", "questions")).resolve("autoencoders-gans.json");

    /**
     * Anki's legacy collection schema, transcribed from ankitects/anki rslib/src/storage/schema11.sql:
     * table -> columns in order, each "name type notnull pk" as SQLite's table_info reports them.
     */
    static final Map<String, List<String>> LEGACY_SCHEMA = new LinkedHashMap<>();

    static {
        LEGACY_SCHEMA.put("col", List.of("id integer 0 1", "crt integer 1 0", "mod integer 1 0", "scm integer 1 0",
                "ver integer 1 0", "dty integer 1 0", "usn integer 1 0", "ls integer 1 0", "conf text 1 0",
                "models text 1 0", "decks text 1 0", "dconf text 1 0", "tags text 1 0"));
        LEGACY_SCHEMA.put("notes", List.of("id integer 0 1", "guid text 1 0", "mid integer 1 0", "mod integer 1 0",
                "usn integer 1 0", "tags text 1 0", "flds text 1 0", "sfld integer 1 0", "csum integer 1 0",
                "flags integer 1 0", "data text 1 0"));
        LEGACY_SCHEMA.put("cards", List.of("id integer 0 1", "nid integer 1 0", "did integer 1 0", "ord integer 1 0",
                "mod integer 1 0", "usn integer 1 0", "type integer 1 0", "queue integer 1 0", "due integer 1 0",
                "ivl integer 1 0", "factor integer 1 0", "reps integer 1 0", "lapses integer 1 0", "left integer 1 0",
                "odue integer 1 0", "odid integer 1 0", "flags integer 1 0", "data text 1 0"));
        LEGACY_SCHEMA.put("revlog", List.of("id integer 0 1", "cid integer 1 0", "usn integer 1 0", "ease integer 1 0",
                "ivl integer 1 0", "lastIvl integer 1 0", "factor integer 1 0", "time integer 1 0", "type integer 1 0"));
        LEGACY_SCHEMA.put("graves", List.of("usn integer 1 0", "oid integer 1 0", "type integer 1 0"));
    }

    /** The indexes schema11.sql creates. */
    static final List<String> LEGACY_INDEXES = List.of("ix_cards_nid", "ix_cards_sched", "ix_cards_usn",
            "ix_notes_csum", "ix_notes_usn", "ix_revlog_cid", "ix_revlog_usn");

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private Connection open(byte[] collection) throws IOException, SQLException {
        Path file = Files.write(dir.resolve("collection-" + System.nanoTime() + ".anki2"), collection);
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static List<List<Object>> rows(Connection db, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) row.add(result.getObject(c));
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void packageHoldsALegacyCollectionAndAnEmptyMediaMap() throws Exception {
        Deck deck = DeckLoader.load(BUNDLED);
        Map<String, byte[]> entries = unzip(ApkgExport.toBytes(deck, Instant.parse("2026-01-02T03:04:05Z")));
        assertEquals(List.of("collection.anki2", "media"), List.copyOf(entries.keySet()));
        assertEquals("{}", new String(entries.get("media"), StandardCharsets.UTF_8));

        try (Connection db = open(entries.get("collection.anki2"))) {
            List<String> tables = rows(db, "select name from sqlite_master where type = 'table' order by name")
                    .stream().map(r -> (String) r.get(0)).toList();
            assertEquals(new TreeSet<>(LEGACY_SCHEMA.keySet()), new TreeSet<>(tables));
            for (var table : LEGACY_SCHEMA.entrySet()) {
                List<String> columns = rows(db, "pragma table_info(" + table.getKey() + ")").stream()
                        .map(r -> r.get(1) + " " + r.get(2).toString().toLowerCase(java.util.Locale.ROOT) + " " + r.get(3) + " " + r.get(5))
                        .toList(); // SQLite type names are case-blind
                assertEquals(table.getValue(), columns, table.getKey());
            }
            List<String> indexes = rows(db, "select name from sqlite_master where type = 'index' order by name")
                    .stream().map(r -> (String) r.get(0)).toList();
            assertEquals(LEGACY_INDEXES, indexes);

            List<Object> col = rows(db, "select id, ver, crt, mod, conf, models, decks, dconf, tags from col").get(0);
            assertEquals(1, col.get(0));
            assertEquals(11, col.get(1));
            assertEquals(Instant.parse("2026-01-02T00:00:00Z").getEpochSecond(), ((Number) col.get(2)).longValue());
            assertEquals(Instant.parse("2026-01-02T03:04:05Z").toEpochMilli(), ((Number) col.get(3)).longValue());
            JsonNode conf = json.readTree((String) col.get(4));
            JsonNode models = json.readTree((String) col.get(5));
            JsonNode decks = json.readTree((String) col.get(6));
            JsonNode dconf = json.readTree((String) col.get(7));
            assertEquals("{}", col.get(8));

            assertEquals(1, models.size());
            JsonNode model = models.elements().next();
            assertEquals(models.fieldNames().next(), model.get("id").asText());
            assertEquals(conf.get("curModel").asText(), model.get("id").asText());
            assertEquals(0, model.get("type").asInt(), "a standard (not cloze) note type");
            assertEquals(List.of("Front", "Back"), List.of(model.get("flds").get(0).get("name").asText(),
                    model.get("flds").get(1).get("name").asText()));
            assertEquals("{{Front}}", model.get("tmpls").get(0).get("qfmt").asText());
            assertTrue(model.get("tmpls").get(0).get("afmt").asText().contains("{{Back}}"));
            assertEquals("[[0,\"any\",[0]]]", model.get("req").toString());

            assertTrue(decks.has("1"), "Anki expects the Default deck");
            JsonNode exported = decks.get(String.valueOf(ApkgExport.ankiDeckId(deck)));
            assertEquals(deck.title(), exported.get("name").asText());
            assertEquals(exported.get("conf").asText(), dconf.fieldNames().next());
            assertTrue(dconf.elements().next().has("new") && dconf.elements().next().has("rev")
                    && dconf.elements().next().has("lapse"));

            assertEquals(List.of(List.of(deck.size())), rows(db, "select count(*) from notes"));
            assertEquals(List.of(List.of(deck.size())), rows(db, "select count(*) from cards"));
            assertEquals(List.of(List.of(0)), rows(db, "select count(*) from revlog"));
            assertEquals(List.of(List.of(0)), rows(db, "select count(*) from graves"));
            assertEquals(List.of(List.of(deck.size())), rows(db,
                    "select count(*) from cards c join notes n on c.nid = n.id where c.did = " + ApkgExport.ankiDeckId(deck)
                            + " and n.mid = " + model.get("id").asText() + " and c.ord = 0 and c.type = 0 and c.queue = 0"));
        }
    }

    @Test
    void notesCarryFieldsSortFieldChecksumAndTagsAsAnkiComputesThem() throws Exception {
        Deck deck = DeckLoader.load(BUNDLED);
        Map<String, byte[]> entries = unzip(ApkgExport.toBytes(deck, Instant.now()));
        try (Connection db = open(entries.get("collection.anki2"))) {
            List<List<Object>> notes = rows(db, "select guid, flds, sfld, csum, tags from notes order by id");
            assertEquals(deck.size(), notes.size());
            for (int i = 0; i < deck.size(); i++) {
                Question question = deck.questions().get(i);
                List<Object> note = notes.get(i);
                String[] fields = ((String) note.get(1)).split("\u001f", -1);
                assertEquals(2, fields.length);
                assertEquals(question.prompt(), HtmlText.toText(fields[0]));
                assertEquals(question.answer().points(), HtmlText.toBlocks(fields[1]).stream()
                        .filter(HtmlText.Block::listItem).map(HtmlText.Block::text).toList());
                // The prompts hold no markup, so Anki's stripped sort field is the prompt itself, and the
                // checksum is the first 8 hex digits of its SHA-1 (Anki: int(sha1(text).hexdigest()[:8], 16)).
                assertEquals(question.prompt(), note.get(2));
                String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                        .digest(question.prompt().getBytes(StandardCharsets.UTF_8)));
                assertEquals(Long.parseLong(sha1.substring(0, 8), 16), ((Number) note.get(3)).longValue());
                assertEquals(" " + String.join(" ", question.tags()) + " ", note.get(4));
            }
            // Reference values from Python: int(hashlib.sha1(s.encode()).hexdigest()[:8], 16)
            assertEquals(562832486L, ((Number) notes.get(0).get(3)).longValue());
            // genanki's guid_for("autoencoders-gans", "ae-tasks") and ("autoencoders-gans", "gan-basics")
            assertEquals("q{B/5(NEmS", notes.get(0).get(0));
            int ganBasics = deck.questions().indexOf(deck.question("gan-basics").orElseThrow());
            assertEquals("FNB}_RfbNx", notes.get(ganBasics).get(0));
        }
    }

    @Test
    void guidsAreStableAcrossExports() throws Exception {
        Deck deck = DeckLoader.load(BUNDLED);
        List<Object> first;
        List<Object> second;
        try (Connection db = open(unzip(ApkgExport.toBytes(deck, Instant.parse("2026-01-01T00:00:00Z"))).get("collection.anki2"))) {
            first = rows(db, "select guid from notes order by id").stream().map(r -> r.get(0)).toList();
        }
        try (Connection db = open(unzip(ApkgExport.toBytes(deck, Instant.parse("2026-06-01T00:00:00Z"))).get("collection.anki2"))) {
            second = rows(db, "select guid from notes order by id").stream().map(r -> r.get(0)).toList();
        }
        assertEquals(first, second);
        assertEquals(deck.size(), new TreeSet<>(first.stream().map(Object::toString).toList()).size(), "guids are unique");
    }

    @Test
    void markupInDeckTextIsEscapedAndChecksummedAsText() throws Exception {
        Deck deck = DeckLoader.parse(Files.readAllBytes(Path.of("src/test/resources/dev/latent/interchange/awkward.json")),
                "awkward.json");
        Path file = dir.resolve("out").resolve("awkward.apkg");
        ApkgExport.write(deck, file);
        try (Connection db = open(unzip(Files.readAllBytes(file)).get("collection.anki2"))) {
            List<Object> note = rows(db, "select flds, sfld, csum from notes order by id").get(0);
            String flds = (String) note.get(0);
            assertFalse(flds.contains("<script>") || flds.contains("<b>") || flds.contains("<i>"), flds);
            assertTrue(flds.contains("&lt;script&gt;"), flds);
            String prompt = deck.questions().get(0).prompt();
            assertEquals(prompt, note.get(1));
            String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(prompt.getBytes(StandardCharsets.UTF_8)));
            assertEquals(Long.parseLong(sha1.substring(0, 8), 16), ((Number) note.get(2)).longValue());
        }
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "written atomically, no temp file left");
        }
    }

    @Test
    void ankiChecksumMatchesAnkisStripping() {
        // Anki strips tags without leaving spaces and decodes entities, &nbsp; as a plain space.
        assertEquals("a bc<d", AnkiIds.stripHtml("<b>a</b>&nbsp;b<br>c&lt;d<script>x</script><!-- c -->"));
        assertEquals(Long.parseLong("a9993e36", 16), AnkiIds.fieldChecksum("<i>abc</i>")); // sha1("abc") = a9993e36...
    }
}
