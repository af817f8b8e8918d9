package dev.latent.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;
import dev.latent.deck.DeckLoader;
import dev.latent.deck.DeckWriter;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the notes of a legacy Anki package ({@code .apkg} with {@code collection.anki21} or
 * {@code collection.anki2}, schema 11) into a deck without rubrics. Front and Back come from the fields so
 * named (else the first two fields), HTML is reduced to text, media are not imported.
 *
 * <p>The package comes from anywhere, so it is read defensively: the archive is refused whole if any entry
 * name could escape a folder ({@code ..}, absolute paths, drive letters, backslashes), entry count and
 * uncompressed sizes are bounded while actually decompressing (declared sizes are not trusted), only the
 * collection is extracted (to a private temp file), and the database is opened read-only with
 * {@code trusted_schema} off, read only through plain selects on tables, and never written.
 */
public final class ApkgImport {

    /** Bounds on what a package may hold; {@link #DEFAULT} fits any real deck with room to spare. */
    public record Limits(long maxFileBytes, int maxEntries, long maxCollectionBytes, long maxTotalUncompressed) {
        public static final Limits DEFAULT = new Limits(256L * 1024 * 1024, 20_000, 128L * 1024 * 1024, 1024L * 1024 * 1024);
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private ApkgImport() {
    }

    /** An archive or collection that cannot be imported; the message says why in one line. */
    public static final class ApkgException extends Exception {
        public ApkgException(String message) {
            super(message);
        }
    }

    public static Deck read(Path file, AnkiText.ImportOptions options) throws ApkgException {
        return read(file, options, Limits.DEFAULT);
    }

    public static Deck read(Path file, AnkiText.ImportOptions options, Limits limits) throws ApkgException {
        String name = file.toString();
        AnkiText.ImportOptions chosen = options == null ? AnkiText.ImportOptions.DEFAULT : options;
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                throw new ApkgException(name + ": file is larger than " + megabytes(limits.maxFileBytes()));
            }
        } catch (NoSuchFileException e) {
            throw new ApkgException(name + ": no such file");
        } catch (IOException e) {
            throw new ApkgException(name + ": cannot read file: " + e.getMessage());
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("latent-apkg-import");
            Path collection = extractCollection(file, folder, limits);
            String stem = file.getFileName() == null ? "imported" : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            return readCollection(collection, name, stem, chosen);
        } catch (IOException e) {
            throw new ApkgException(name + ": cannot read: " + e.getMessage());
        } finally {
            deleteQuietly(folder);
        }
    }

    /** Streams through the archive once, checking every entry, and extracts the newest legacy collection. */
    static Path extractCollection(Path file, Path folder, Limits limits) throws ApkgException, IOException {
        String name = file.toString();
        Path anki21 = folder.resolve("collection.anki21");
        Path anki2 = folder.resolve("collection.anki2");
        boolean hasAnki21 = false;
        boolean hasAnki2 = false;
        boolean hasNewFormat = false;
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new ApkgException(name + ": more than " + limits.maxEntries() + " archive entries");
                }
                String entryName = entry.getName();
                if (!isSafeEntryName(entryName)) {
                    throw new ApkgException(name + ": unsafe archive entry \"" + printable(entryName) + "\" (path traversal); refusing the package");
                }
                boolean collection = entryName.startsWith("collection.");
                long left = limits.maxTotalUncompressed() - total;
                long limit = collection ? Math.min(left, limits.maxCollectionBytes()) : left;
                String tooBig = collection && limits.maxCollectionBytes() <= left
                        ? megabytes(limits.maxCollectionBytes()) + " a collection may have"
                        : megabytes(limits.maxTotalUncompressed()) + " a package may hold";
                Path target = switch (entryName) {
                    case "collection.anki21" -> anki21;
                    case "collection.anki2" -> anki2;
                    default -> null;
                };
                if (entryName.equals("collection.anki21b")) hasNewFormat = true;
                if (target != null && Files.exists(target)) throw new ApkgException(name + ": duplicate archive entry " + entryName);
                long size;
                if (target != null) {
                    try (OutputStream out = Files.newOutputStream(target)) {
                        size = copyBounded(zip, out, limit, name, entryName, tooBig);
                    }
                    if (target == anki21) hasAnki21 = true;
                    else hasAnki2 = true;
                } else {
                    size = copyBounded(zip, OutputStream.nullOutputStream(), limit, name, entryName, tooBig);
                }
                total += size;
            }
        } catch (ZipException e) {
            throw new ApkgException(name + ": not a valid .apkg (zip) file: " + e.getMessage());
        }
        if (entries == 0) throw new ApkgException(name + ": not a .apkg file (no archive entries)");
        if (hasAnki21) return anki21; // Anki 2.1 writes a placeholder collection.anki2 beside the real one
        if (hasAnki2) return anki2;
        if (hasNewFormat) {
            throw new ApkgException(name + ": a package in Anki's newer format; export it again from Anki with "
                    + "\"Support older Anki versions\" ticked");
        }
        throw new ApkgException(name + ": no collection.anki2 in the package");
    }

    /** Plain relative names only: no parent steps, no absolute or drive paths, no backslashes or control characters. */
    static boolean isSafeEntryName(String entryName) {
        if (entryName.isEmpty() || entryName.startsWith("/") || entryName.contains("\\") || entryName.contains(":")) return false;
        for (char c : entryName.toCharArray()) if (c < 0x20 || c == 0x7F) return false;
        for (String part : entryName.split("/", -1)) if (part.equals("..")) return false;
        return true;
    }

    private static String printable(String text) {
        return text.replaceAll("[\\p{Cntrl}]", "?");
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    /** Copies while counting what was actually decompressed: a zip's declared sizes can lie. */
    private static long copyBounded(InputStream in, OutputStream out, long limit, String file, String entry, String tooBig)
            throws IOException, ApkgException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int read;
        while ((read = in.read(buffer)) > 0) {
            copied += read;
            if (copied > limit) {
                throw new ApkgException(file + ": archive entry " + printable(entry) + " unpacks to more than the " + tooBig);
            }
            out.write(buffer, 0, read);
        }
        return copied;
    }

    private record NoteType(String name, boolean cloze, List<String> fields) {
    }

    private static Deck readCollection(Path collection, String source, String fallbackName, AnkiText.ImportOptions options)
            throws ApkgException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + collection.toAbsolutePath(), config.toProperties())) {
            try (Statement statement = db.createStatement()) {
                // A crafted schema could hide function calls in views or triggers; never run them.
                statement.execute("pragma trusted_schema = off");
                statement.execute("pragma query_only = on");
            }
            requireTables(db, source);
            Map<Long, NoteType> noteTypes = new HashMap<>();
            Map<Long, String> deckNames = new HashMap<>();
            readCol(db, source, noteTypes, deckNames);
            Map<Long, Long> deckOfNote = new HashMap<>();
            try (Statement statement = db.createStatement();
                 ResultSet cards = statement.executeQuery("select nid, did from cards order by ord desc")) {
                while (cards.next()) deckOfNote.put(cards.getLong(1), cards.getLong(2));
            }
            List<Question> questions = new ArrayList<>();
            Set<String> usedIds = new LinkedHashSet<>();
            Map<String, Integer> deckVotes = new LinkedHashMap<>();
            int skippedCloze = 0;
            try (PreparedStatement statement = db.prepareStatement("select id, guid, mid, tags, flds from notes order by id");
                 ResultSet notes = statement.executeQuery()) {
                while (notes.next()) {
                    if (questions.size() >= AnkiText.MAX_NOTES) {
                        throw new ApkgException(source + ": more than " + AnkiText.MAX_NOTES + " notes");
                    }
                    NoteType type = noteTypes.get(notes.getLong(3));
                    if (type == null) throw new ApkgException(source + ": note " + notes.getLong(1) + " has an unknown note type");
                    if (type.cloze()) {
                        skippedCloze++;
                        continue;
                    }
                    String[] fields = String.valueOf(notes.getString(5)).split("\u001f", -1);
                    int front = fieldIndex(type.fields(), "front", 0);
                    int back = fieldIndex(type.fields(), "back", front == 0 ? 1 : 0);
                    if (front >= fields.length || back >= fields.length || front == back) continue;
                    String prompt = HtmlText.toText(fields[front]);
                    ModelAnswer answer = AnkiText.answer(HtmlText.toBlocks(fields[back]));
                    if (prompt.isBlank() || answer.intro().isEmpty() && answer.points().isEmpty()) continue;
                    String id = AnkiText.questionId(String.valueOf(notes.getString(2)).strip(), prompt);
                    String unique = id;
                    for (int n = 2; !usedIds.add(unique); n++) unique = id + "-" + n;
                    List<String> tags = new ArrayList<>(new LinkedHashSet<>(List.of(
                            String.valueOf(notes.getString(4)).strip().split("\\s+"))));
                    tags.removeIf(String::isEmpty);
                    questions.add(new Question(unique, prompt, answer, tags, null, List.of()));
                    String deckName = deckNames.get(deckOfNote.get(notes.getLong(1)));
                    if (deckName != null) deckVotes.merge(deckName, 1, Integer::sum);
                }
            }
            if (questions.isEmpty()) {
                throw new ApkgException(source + ": no notes with a front and a back to import"
                        + (skippedCloze > 0 ? " (" + skippedCloze + " cloze notes skipped)" : ""));
            }
            String mainDeck = deckVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            String title = first(options.title(), mainDeck, fallbackName, "Imported deck");
            String deckId = first(options.deckId(), AnkiText.slug(first(mainDeck, fallbackName, "")), "imported");
            Deck deck = new Deck(deckId, title, "Imported from the Anki package " + Path.of(source).getFileName() + ".",
                    questions, source);
            try {
                Deck checked = DeckLoader.parse(DeckWriter.toJson(deck).getBytes(StandardCharsets.UTF_8), source);
                return new Deck(checked.id(), checked.title(), checked.description(), checked.questions(), source);
            } catch (DeckException e) {
                throw new ApkgException(source + ": the imported deck is not valid: " + e.problems().get(0).withoutFile());
            }
        } catch (SQLException e) {
            throw new ApkgException(source + ": not a readable Anki collection: " + firstLine(e.getMessage()));
        }
    }

    private static void requireTables(Connection db, String source) throws SQLException, ApkgException {
        Set<String> tables = new HashSet<>();
        try (Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery("select name from sqlite_master where type = 'table'")) {
            while (result.next()) tables.add(result.getString(1));
        }
        for (String needed : List.of("col", "notes", "cards")) {
            if (!tables.contains(needed)) throw new ApkgException(source + ": not an Anki collection (no " + needed + " table)");
        }
    }

    private static void readCol(Connection db, String source, Map<Long, NoteType> noteTypes, Map<Long, String> deckNames)
            throws SQLException, ApkgException {
        try (Statement statement = db.createStatement();
             ResultSet col = statement.executeQuery("select models, decks from col limit 1")) {
            if (!col.next()) throw new ApkgException(source + ": the collection has no col row");
            JsonNode models = MAPPER.readTree(String.valueOf(col.getString(1)));
            JsonNode decks = MAPPER.readTree(String.valueOf(col.getString(2)));
            if (models == null || !models.isObject()) throw new ApkgException(source + ": col.models is not a JSON object");
            for (var entry : (Iterable<Map.Entry<String, JsonNode>>) models::fields) {
                JsonNode model = entry.getValue();
                List<String> fields = new ArrayList<>();
                for (JsonNode field : model.path("flds")) fields.add(field.path("name").asText(""));
                noteTypes.put(model.path("id").asLong(parseLong(entry.getKey())),
                        new NoteType(model.path("name").asText(""), model.path("type").asInt(0) == 1, fields));
            }
            if (decks != null && decks.isObject()) {
                for (var entry : (Iterable<Map.Entry<String, JsonNode>>) decks::fields) {
                    deckNames.put(entry.getValue().path("id").asLong(parseLong(entry.getKey())),
                            entry.getValue().path("name").asText(""));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApkgException(source + ": the collection's note types are not valid JSON");
        }
    }

    private static int fieldIndex(List<String> fields, String name, int fallback) {
        for (int i = 0; i < fields.size(); i++) if (fields.get(i).equalsIgnoreCase(name)) return i;
        return fallback;
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String first(String... values) {
        for (String value : values) if (value != null && !value.isBlank()) return value.strip();
        return "";
    }

    private static String firstLine(String message) {
        if (message == null) return "unknown error";
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) return;
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A temp folder left behind is harmless; the OS cleans its temp space.
        }
    }
}
