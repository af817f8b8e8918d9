package dev.latent.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.latent.deck.Deck;
import dev.latent.deck.DeckProblem;
import dev.latent.deck.DeckValidator;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import org.sqlite.Collation;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

import java.io.IOException;
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
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Instant;

/**
 * Reads the notes of an Anki package into decks without rubrics: current packages (Anki 2.1.50+, and whole
 * collections, {@code .colpkg}) with the zstd-compressed {@code collection.anki21b} in schema 18, and legacy
 * ones with {@code collection.anki21} or {@code collection.anki2} in schema 11. Every card a note type's
 * templates make becomes a question: the front template's fields make the prompt, the back template's after
 * {@code <hr id=answer>} the answer; each cloze deletion is a card. HTML is reduced to text, sounds are
 * dropped; images the cards show are kept (in {@link Result#images()}, to be saved beside the deck), sounds are
 * not; what was skipped and why is in the {@link ImportReport}.
 *
 * <p>The package comes from anywhere, so it is read defensively: the archive is refused whole if any entry
 * name could escape a folder ({@code ..}, absolute paths, drive letters, backslashes), entry count and
 * uncompressed sizes are bounded while actually decompressing (declared sizes are not trusted), only the
 * collection is extracted (to a private temp file), and the database is opened read-only with
 * {@code trusted_schema} off, read only through plain selects on tables, and never written. Every value read
 * from it is bounded: SQLite itself refuses any string or blob over {@link #MAX_VALUE_BYTES} (even one a
 * crafted schema would compute), and a note longer than {@link #MAX_NOTE_CHARS} is skipped without being read.
 */
public final class ApkgImport {

    /** Bounds on what a package may hold; {@link #DEFAULT} fits any real deck with room to spare. */
    public record Limits(long maxFileBytes, int maxEntries, long maxCollectionBytes, long maxTotalUncompressed) {
        public static final Limits DEFAULT = new Limits(256L * 1024 * 1024, 20_000, 128L * 1024 * 1024, 1024L * 1024 * 1024);
    }

    /** What becomes of Anki's subdecks ({@code Parent::Child}): decks of their own, or tags in one deck. */
    public enum Subdecks { DECKS, TAGS }

    /**
     * How to import.
     *
     * @param deckId id of the (top) deck; subdecks get it as a prefix. Null: from the Anki deck's name
     * @param knownDecks decks the learner has: a package exported from one of them keeps its deck and question
     *                   ids (its note guids are {@link AnkiIds#noteGuid}), so the history follows
     */
    public record Options(String deckId, String title, Subdecks subdecks, Collection<Deck> knownDecks, boolean withHistory) {
        public static final Options DEFAULT = new Options(null, null, Subdecks.DECKS, List.of(), false);

        public Options {
            subdecks = subdecks == null ? Subdecks.DECKS : subdecks;
            knownDecks = knownDecks == null ? List.of() : List.copyOf(knownDecks);
        }

        public Options(String deckId, String title, Subdecks subdecks, Collection<Deck> knownDecks) {
            this(deckId, title, subdecks, knownDecks, false);
        }
    }

    /**
     * One answer from Anki's review log ({@code revlog}), for a question imported.
     *
     * @param rating Anki's ease, which is FSRS's grade: 1 Again, 2 Hard, 3 Good, 4 Easy
     */
    public record PastReview(String deckId, String questionId, Instant reviewedAt, int rating, long timeTakenMs) {
    }

    /**
     * The decks made (the top deck first), the report of what was imported and skipped, and, when asked for,
     * Anki's review history of the imported cards, oldest first.
     */
    public record Result(List<Deck> decks, ImportReport report, List<PastReview> history, Map<String, byte[]> images) {
        public Result {
            images = Map.copyOf(images);
        }

        public Result(List<Deck> decks, ImportReport report) {
            this(decks, report, List.of(), Map.of());
        }
    }

    /** The largest string or blob SQLite may hand over from an imported collection (its SQLITE_LIMIT_LENGTH). */
    static final int MAX_VALUE_BYTES = 32 * 1024 * 1024;
    /** Notes whose fields together are longer are skipped, not read: no real card holds this much text. */
    public static final int MAX_NOTE_CHARS = 2_000_000;
    private static final int MAX_NOTE_TYPES = 5_000;
    private static final int MAX_FIELDS = 500;
    private static final int MAX_TEMPLATES = 200;
    private static final int MAX_TEMPLATE_CHARS = 200_000;
    private static final int MAX_NOTES_READ = 200_000;
    private static final int MAX_CARDS_READ = 500_000;
    /** More questions than this is not a deck someone studies; refusing bounds the work an import can cause. */
    private static final int MAX_QUESTIONS = 50_000;
    private static final int MAX_DECKS = 50_000;
    private static final int MAX_REVIEWS_READ = 1_000_000;
    /** Anki caps the time taken per answer at a minute by default; an hour is already far-fetched. */
    private static final long MAX_ANSWER_MS = 3_600_000;
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private ApkgImport() {
    }

    /** An archive or collection that cannot be imported; the message says why in one line. */
    public static final class ApkgException extends Exception {
        public ApkgException(String message) {
            super(message);
        }
    }

    /** One deck with every question, subdecks as tags: what callers that want a single deck use. */
    public static Deck read(Path file, AnkiText.ImportOptions options) throws ApkgException {
        return read(file, options, Limits.DEFAULT);
    }

    public static Deck read(Path file, AnkiText.ImportOptions options, Limits limits) throws ApkgException {
        AnkiText.ImportOptions chosen = options == null ? AnkiText.ImportOptions.DEFAULT : options;
        return importPackage(file, new Options(chosen.deckId(), chosen.title(), Subdecks.TAGS, List.of()), limits)
                .decks().get(0);
    }

    public static Result importPackage(Path file, Options options) throws ApkgException {
        return importPackage(file, options, Limits.DEFAULT);
    }

    public static Result importPackage(Path file, Options options, Limits limits) throws ApkgException {
        String name = file.toString();
        Options chosen = options == null ? Options.DEFAULT : options;
        try {
            if (!Files.isRegularFile(file) && Files.exists(file)) throw new ApkgException(name + ": not a regular file");
            if (Files.size(file) > limits.maxFileBytes()) {
                throw new ApkgException(name + ": file is larger than " + ApkgArchive.megabytes(limits.maxFileBytes()));
            }
        } catch (NoSuchFileException e) {
            throw new ApkgException(name + ": no such file");
        } catch (IOException e) {
            throw new ApkgException(name + ": cannot read file: " + e.getMessage());
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("latent-apkg-import");
            ApkgArchive.Extracted extracted = ApkgArchive.extract(file, folder, limits);
            String fileName = file.getFileName() == null ? "imported" : file.getFileName().toString();
            boolean wholeCollection = fileName.toLowerCase(Locale.ROOT).endsWith(".colpkg");
            String stem = fileName.replaceFirst("\\.[^.]*$", "");
            ImportReport report = new ImportReport((wholeCollection ? "a whole Anki collection" : "Anki package")
                    + (extracted.current() ? ", Anki 2.1.50+ format" : ", legacy format"));
            if (wholeCollection) {
                report.notice("This is a whole Anki collection (.colpkg), not a shared deck: every deck in it was read.");
            }
            return readCollection(extracted, name, stem, chosen, report);
        } catch (IOException e) {
            throw new ApkgException(name + ": cannot read: " + e.getMessage());
        } finally {
            deleteQuietly(folder);
        }
    }

    private record Template(int ord, String name, AnkiTemplate front, AnkiTemplate answer, Set<String> shown) {
    }

    private record NoteType(String name, boolean cloze, List<String> fields, List<Template> templates) {
        Set<String> shownFields() {
            Set<String> shown = new HashSet<>();
            for (Template template : templates) shown.addAll(template.shown());
            return shown;
        }
    }

    /** A question and the Anki deck its card is in. */
    private record Made(Question question, String deckName, long noteId, int ord, int extraImages) {
    }

    private static Template template(int ord, String name, String front, String back) {
        String answer = AnkiTemplate.answerPart(back);
        AnkiTemplate frontTemplate = AnkiTemplate.parse(front);
        AnkiTemplate backTemplate = AnkiTemplate.parse(answer);
        Set<String> shown = new HashSet<>(frontTemplate.shownFields());
        shown.addAll(AnkiTemplate.parse(back).shownFields()); // above the answer line too
        return new Template(ord, name, frontTemplate, backTemplate, shown);
    }

    private static Result readCollection(ApkgArchive.Extracted extracted, String source, String fallbackName, Options options,
                                         ImportReport report) throws ApkgException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Path collection = extracted.collection();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + collection.toAbsolutePath(), config.toProperties())) {
            // No value larger than this leaves SQLite, even one a crafted schema computes: the query fails instead.
            ((SQLiteConnection) db).setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES);
            // Anki's schema 18 declares names "collate unicase", its own collation; without one SQLite cannot plan
            // queries on those tables. Case-insensitive comparison is all it means.
            Collation.create(db, "unicase", new Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return a.compareToIgnoreCase(b);
                }
            });
            try (Statement statement = db.createStatement()) {
                // A crafted schema could hide function calls in views or triggers; never run them.
                statement.execute("pragma trusted_schema = off");
                statement.execute("pragma query_only = on");
            }
            Set<String> tables = tables(db);
            for (String needed : List.of("col", "notes", "cards")) {
                if (!tables.contains(needed)) throw new ApkgException(source + ": not an Anki collection (no " + needed + " table)");
            }
            for (String read : List.of("col", "notes", "cards", "notetypes", "fields", "templates", "decks")) {
                if (tables.contains(read)) requirePlainTable(db, read, source);
            }
            Map<Long, NoteType> noteTypes = new HashMap<>();
            Map<Long, String> deckNames = new HashMap<>();
            if (tables.contains("notetypes")) {
                readSchema18(db, source, noteTypes, deckNames, tables.contains("decks"));
            } else {
                readCol(db, source, noteTypes, deckNames);
            }
            Map<Long, Map<Integer, Long>> cardDecks = cardDecks(db, source);
            Map<String, String[]> knownGuids = knownGuids(options.knownDecks());
            Map<String, Integer> knownDeckVotes = new HashMap<>();
            List<Made> made = new ArrayList<>();
            Set<String> usedIds = new HashSet<>();
            int notesWithMedia = 0;
            int read = 0;
            try (PreparedStatement statement = db.prepareStatement("select id, substr(guid, 1, 200), mid, "
                    + "substr(tags, 1, 20000), length(flds) > ?, case when length(flds) <= ? then flds end from notes order by id")) {
                statement.setInt(1, MAX_NOTE_CHARS);
                statement.setInt(2, MAX_NOTE_CHARS);
                try (ResultSet notes = statement.executeQuery()) {
                    while (notes.next()) {
                        if (++read > MAX_NOTES_READ) throw new ApkgException(source + ": more than " + MAX_NOTES_READ + " notes");
                        report.note();
                        long noteId = notes.getLong(1);
                        NoteType type = noteTypes.get(notes.getLong(3));
                        if (type == null) {
                            report.skip(ImportReport.Reason.UNKNOWN_NOTE_TYPE);
                            continue;
                        }
                        if (notes.getBoolean(5)) {
                            report.skip(ImportReport.Reason.TOO_LONG);
                            continue;
                        }
                        String[] values = String.valueOf(notes.getString(6)).split("\u001f", -1);
                        Map<String, String> fields = new HashMap<>();
                        for (int f = 0; f < type.fields().size(); f++) fields.put(type.fields().get(f), f < values.length ? values[f] : "");
                        Set<String> shown = type.shownFields();
                        for (String field : type.fields()) {
                            if (!shown.contains(field) && !AnkiTemplate.isEmpty(fields.get(field))) report.unshownField(type.name(), field);
                        }
                        String guid = String.valueOf(notes.getString(2)).strip();
                        List<String> tags = new ArrayList<>(new LinkedHashSet<>(List.of(String.valueOf(notes.getString(4)).strip().split("\\s+"))));
                        tags.removeIf(String::isEmpty);
                        Map<Integer, Long> cards = cardDecks.getOrDefault(noteId, Map.of());
                        String[] known = knownGuids.get(guid);
                        if (known != null) knownDeckVotes.merge(known[0], 1, Integer::sum);
                        int before = made.size() + report.skippedTotal();
                        int madeBefore = made.size();
                        noteQuestions(noteId, type, fields, guid, tags, cards, deckNames, known, usedIds, made, report);
                        // Images of imported questions are kept; sounds, and images of skipped notes, are not.
                        if (mentionsSoundOrVideo(values) || mentionsMedia(values) && made.size() == madeBefore) notesWithMedia++;
                        if (made.size() > MAX_QUESTIONS) throw new ApkgException(source + ": more than " + MAX_QUESTIONS + " cards to import");
                        // A note none of whose templates makes a card (all fronts empty) is skipped, not lost silently.
                        if (made.size() + report.skippedTotal() == before) report.skip(ImportReport.Reason.EMPTY_FRONT);
                    }
                }
            }
            if (notesWithMedia > 0) {
                report.notice(notesWithMedia + (notesWithMedia == 1 ? " note refers" : " notes refer") + " to images or sounds, "
                        + "which were not imported (" + extracted.mediaFiles() + " media files in the package); the text is.");
            }
            if (made.isEmpty()) {
                throw new ApkgException(source + ": no notes with a front and a back to import"
                        + (report.skippedTotal() > 0 ? " (" + String.join(" ", report.lines().subList(1, 2)) + ")" : ""));
            }
            Map<String, byte[]> images = keepImages(extracted, made, report, source);
            String knownDeck = knownDeckVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            List<Deck> decks = decks(made, source, fallbackName, options, knownDeck, report);
            List<PastReview> history = options.withHistory() ? history(db, source, made, decks, report) : List.of();
            return new Result(decks, report, history, images);
        } catch (SQLException e) {
            String message = firstLine(e.getMessage());
            if (message.contains("too big") || message.contains("TOOBIG")) {
                throw new ApkgException(source + ": the collection holds a value larger than " + ApkgArchive.megabytes(MAX_VALUE_BYTES)
                        + "; refusing the package");
            }
            throw new ApkgException(source + ": not a readable Anki collection: " + message);
        }
    }

    /** The questions of one note: one per card its note type makes (one per cloze number for cloze notes). */
    private static void noteQuestions(long noteId, NoteType type, Map<String, String> fields, String guid, List<String> tags,
                                      Map<Integer, Long> cards, Map<Long, String> deckNames, String[] known,
                                      Set<String> usedIds, List<Made> made, ImportReport report) {
        Map<String, String> special = new HashMap<>();
        special.put("Tags", String.join(" ", tags));
        special.put("Type", type.name());
        if (type.cloze()) {
            if (type.templates().isEmpty()) {
                report.skip(ImportReport.Reason.EMPTY_CLOZE);
                return;
            }
            Template template = type.templates().get(0);
            Set<Integer> numbers = template.front().clozeNumbers(fields);
            if (numbers.isEmpty()) {
                report.skip(ImportReport.Reason.EMPTY_CLOZE);
                return;
            }
            for (int number : numbers) {
                special.put("Card", "Cloze " + number);
                String front = template.front().render(fields, special, AnkiTemplate.Side.FRONT, "", number, true);
                String prompt = HtmlText.toText(withoutSounds(front));
                List<String> deletions = new ArrayList<>();
                for (String field : template.front().clozeFields()) {
                    for (String deletion : AnkiTemplate.Cloze.deletions(fields.getOrDefault(field, ""), number)) {
                        String text = HtmlText.toText(withoutSounds(deletion));
                        if (!text.isBlank()) deletions.add(text);
                    }
                }
                String extra = template.answer().render(fields, special, AnkiTemplate.Side.BACK, "", number, false);
                String outro = HtmlText.toText(withoutSounds(extra));
                if (prompt.isBlank() || deletions.isEmpty()) {
                    report.skip(mentionsMedia(front) || deletions.isEmpty() && !AnkiTemplate.Cloze.deletions(
                            String.join("", fields.values()), number).isEmpty() ? ImportReport.Reason.MEDIA_ONLY
                            : ImportReport.Reason.EMPTY_CLOZE);
                    continue;
                }
                ModelAnswer answer = deletions.size() == 1 ? new ModelAnswer(deletions.get(0), List.of(), outro)
                        : new ModelAnswer("", deletions, outro);
                String id = uniqueId(AnkiText.questionId(guid, prompt) + "-c" + number, usedIds);
                int[] extraImages = {0};
                Question question = withImagesOf(new Question(id, prompt, answer, tags, null, List.of()), front, extra, extraImages);
                add(made, report, question, deckNames, cards, noteId, number - 1, extraImages[0]);
            }
            return;
        }
        boolean anyCards = !cards.isEmpty();
        for (Template template : type.templates()) {
            if (anyCards && !cards.containsKey(template.ord())) continue; // Anki made no card from this template
            special.put("Card", template.name());
            String front = template.front().render(fields, special, AnkiTemplate.Side.FRONT, "", 0, true);
            String prompt = HtmlText.toText(withoutSounds(front));
            if (prompt.isBlank()) {
                if (mentionsMedia(front)) report.skip(ImportReport.Reason.MEDIA_ONLY);
                else if (anyCards) report.skip(ImportReport.Reason.EMPTY_FRONT);
                continue; // without cards: Anki makes no card whose front is empty either
            }
            String back = template.answer().render(fields, special, AnkiTemplate.Side.BACK, "", 0, true);
            ModelAnswer answer = AnkiText.answer(HtmlText.toBlocks(withoutSounds(back)));
            if (answer.intro().isEmpty() && answer.points().isEmpty()) {
                report.skip(mentionsMedia(back) ? ImportReport.Reason.MEDIA_ONLY : ImportReport.Reason.EMPTY_ANSWER);
                continue;
            }
            String base = known != null && template.ord() == 0 ? known[1] : AnkiText.questionId(guid, prompt);
            String id = uniqueId(template.ord() == 0 ? base : base + "-card" + (template.ord() + 1), usedIds);
            int[] extraImages = {0};
            Question question = withImagesOf(new Question(id, prompt, answer, tags, null, List.of()), front, back, extraImages);
            add(made, report, question, deckNames, cards, noteId, template.ord(), extraImages[0]);
        }
    }

    /**
     * Reads the images the made questions name (still by their Anki names) from the package, replaces each name by
     * the kept file's path beside the deck, or by none when the image was not kept, and says so in the report.
     *
     * @return the kept images by their path relative to the deck folder
     */
    private static Map<String, byte[]> keepImages(ApkgArchive.Extracted extracted, List<Made> made, ImportReport report, String source)
            throws ApkgException {
        Set<String> wanted = new LinkedHashSet<>();
        for (Made one : made) {
            if (one.question().promptImage() != null) wanted.add(one.question().promptImage());
            if (one.question().answerImage() != null) wanted.add(one.question().answerImage());
        }
        Map<ApkgMedia.Dropped, Integer> dropped = new EnumMap<>(ApkgMedia.Dropped.class);
        dropped.putAll(droppedSecondImages(made));
        if (wanted.isEmpty() && dropped.isEmpty()) return Map.of();
        Map<String, ApkgMedia.Image> kept = wanted.isEmpty() ? Map.of()
                : ApkgMedia.read(extracted.apkg(), wanted, ApkgMedia.entryNames(extracted.mediaList(), source), dropped, source);
        for (int i = 0; i < made.size(); i++) {
            Made one = made.get(i);
            Question question = one.question();
            ApkgMedia.Image prompt = question.promptImage() == null ? null : kept.get(question.promptImage());
            ApkgMedia.Image answer = question.answerImage() == null ? null : kept.get(question.answerImage());
            made.set(i, new Made(question.withImages(prompt == null ? null : prompt.path(), answer == null ? null : answer.path()),
                    one.deckName(), one.noteId(), one.ord(), one.extraImages()));
        }
        Map<String, Integer> reasons = new LinkedHashMap<>();
        dropped.forEach((reason, count) -> reasons.put(reason.text(), count));
        report.images(kept.size(), reasons);
        Map<String, byte[]> images = new LinkedHashMap<>();
        for (ApkgMedia.Image image : kept.values()) images.put(image.path(), image.bytes());
        return images;
    }

    private static Map<ApkgMedia.Dropped, Integer> droppedSecondImages(List<Made> made) {
        int extra = made.stream().mapToInt(Made::extraImages).sum();
        return extra == 0 ? Map.of() : Map.of(ApkgMedia.Dropped.SECOND_ON_SIDE, extra);
    }

    /** The question with the first image of its front as the prompt's, the first image only its back shows as the answer's. */
    private static Question withImagesOf(Question question, String frontHtml, String backHtml, int[] extra) {
        List<String> front = ApkgMedia.imageSources(frontHtml);
        List<String> back = new ArrayList<>(ApkgMedia.imageSources(backHtml));
        back.removeAll(front);
        extra[0] = Math.max(0, front.size() - 1) + Math.max(0, back.size() - 1);
        return question.withImages(front.isEmpty() ? null : front.get(0), back.isEmpty() ? null : back.get(0));
    }

    private static void add(List<Made> made, ImportReport report, Question question, Map<Long, String> deckNames,
                            Map<Integer, Long> cards, long noteId, int ord, int extraImages) {
        Long deck = cards.get(ord);
        if (deck == null && !cards.isEmpty()) deck = cards.values().iterator().next();
        String deckName = deck == null ? null : deckNames.get(deck);
        made.add(new Made(question, deckName == null || deckName.isBlank() ? null : deckName, noteId, ord, extraImages));
        report.question();
    }

    /** A question id not used yet: too long ones become a hash, repeats get a number. */
    private static String uniqueId(String id, Set<String> usedIds) {
        String valid = id.length() <= 100 ? id : "g-" + HexFormat.of().formatHex(AnkiIds.digest("SHA-1", id), 0, 8);
        String unique = valid;
        for (int n = 2; !usedIds.add(unique); n++) unique = valid + "-" + n;
        return unique;
    }

    /** The decks: one per Anki deck (or one with subdecks as tags), named from the top deck all the others are in. */
    private static List<Deck> decks(List<Made> made, String source, String fallbackName, Options options,
                                    String knownDeck, ImportReport report) throws ApkgException {
        List<String> names = made.stream().map(Made::deckName).filter(Objects::nonNull).distinct().toList();
        String root = commonRoot(names);
        String rootName = first(root, fallbackName, "Imported deck");
        String rootId = first(options.deckId(), knownDeck, AnkiText.deckIdFor(rootName), "imported");
        String rootTitle = first(options.title(), rootName);
        Map<String, List<Question>> byDeck = new LinkedHashMap<>();
        byDeck.put("", new ArrayList<>());
        for (Made one : made) {
            String relative = relative(one.deckName(), root);
            if (options.subdecks() == Subdecks.TAGS || relative.isEmpty()) {
                Question question = one.question();
                if (!relative.isEmpty()) {
                    List<String> tags = new ArrayList<>(question.tags());
                    if (!tags.contains(relative)) tags.add(relative);
                    question = new Question(question.id(), question.prompt(), question.answer(), tags, null, List.of(),
                            question.promptImage(), question.answerImage());
                }
                byDeck.get("").add(question);
            } else {
                byDeck.computeIfAbsent(relative, k -> new ArrayList<>()).add(one.question());
            }
        }
        if (byDeck.get("").isEmpty()) byDeck.remove("");
        List<Deck> decks = new ArrayList<>();
        List<String> subdecks = new ArrayList<>();
        String description = "Imported from the Anki package " + Path.of(source).getFileName() + ".";
        for (var entry : byDeck.entrySet()) {
            String relative = entry.getKey();
            String id;
            String title;
            if (relative.isEmpty()) {
                id = rootId;
                title = rootTitle;
            } else if (root.isEmpty()) { // decks side by side (a whole collection): each by its own name
                id = AnkiText.deckIdFor(options.deckId() == null ? relative : options.deckId() + "-" + relative);
                title = relative;
            } else {
                id = AnkiText.deckIdFor(rootId + "-" + relative);
                title = rootTitle + "::" + relative;
            }
            decks.add(checked(new Deck(id, title, description, entry.getValue(), source), source));
            if (!relative.isEmpty()) subdecks.add("\"" + title + "\" as deck \"" + id + "\"");
        }
        List<String> tagged = names.stream().map(n -> relative(n, root)).filter(r -> !r.isEmpty()).toList();
        if (!subdecks.isEmpty()) report.notice("Subdecks became decks of their own: " + String.join(", ", subdecks) + ".");
        else if (!tagged.isEmpty()) report.notice("Subdecks became tags: " + String.join(", ", tagged) + ".");
        if (knownDeck != null && options.deckId() == null) {
            report.notice("Exported by Latent from deck \"" + knownDeck + "\": deck and question ids kept, so the review history follows.");
        }
        return decks;
    }

    /** The deck name all others are in ({@code A} for {@code A::B} and {@code A::C}), or "" when there is none. */
    private static String commonRoot(List<String> names) {
        if (names.isEmpty()) return "";
        List<String> root = List.of(names.get(0).split("::", -1));
        for (String name : names) {
            List<String> parts = List.of(name.split("::", -1));
            int same = 0;
            while (same < root.size() && same < parts.size() && root.get(same).equals(parts.get(same))) same++;
            root = root.subList(0, same);
        }
        return String.join("::", root);
    }

    private static String relative(String deckName, String root) {
        if (deckName == null || deckName.equals(root)) return "";
        if (root.isEmpty()) return deckName;
        return deckName.startsWith(root + "::") ? deckName.substring(root.length() + 2) : deckName;
    }

    private static Deck checked(Deck deck, String source) throws ApkgException {
        Deck sourced = new Deck(deck.id(), deck.title(), deck.description(), deck.questions(), source);
        List<DeckProblem> problems = DeckValidator.problems(sourced);
        if (!problems.isEmpty()) {
            throw new ApkgException(source + ": the imported deck is not valid: " + problems.get(0).withoutFile());
        }
        return sourced;
    }

    /** Guids a Latent export of each known deck gives its notes, to the deck and question ids they came from. */
    static Map<String, String[]> knownGuids(Collection<Deck> decks) {
        Map<String, String[]> guids = new HashMap<>();
        for (Deck deck : decks) {
            for (Question question : deck.questions()) {
                guids.put(AnkiIds.noteGuid(deck.id(), question.id()), new String[]{deck.id(), question.id()});
            }
        }
        return guids;
    }

    /** The review log of the imported cards, oldest first; manual reschedules and entries without a rating are left out. */
    private static List<PastReview> history(Connection db, String source, List<Made> made, List<Deck> decks, ImportReport report)
            throws SQLException, ApkgException {
        if (!tables(db).contains("revlog")) return List.of();
        Map<String, String> deckOfQuestion = new HashMap<>();
        for (Deck deck : decks) for (Question question : deck.questions()) deckOfQuestion.put(question.id(), deck.id());
        Map<List<Long>, String> questionOfCard = new HashMap<>(); // (note id, ordinal) -> question id
        for (Made one : made) questionOfCard.put(List.of(one.noteId(), (long) one.ord()), one.question().id());
        Map<Long, String> questionOfCardId = new HashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet cards = statement.executeQuery("select id, nid, ord from cards limit " + (MAX_CARDS_READ + 1))) {
            while (cards.next()) {
                String question = questionOfCard.get(List.of(cards.getLong(2), cards.getLong(3)));
                if (question != null) questionOfCardId.put(cards.getLong(1), question);
            }
        }
        List<PastReview> history = new ArrayList<>();
        int read = 0;
        int cards;
        java.util.Set<String> reviewed = new HashSet<>();
        try (Statement statement = db.createStatement();
             ResultSet log = statement.executeQuery("select id, cid, ease, time, type from revlog order by id")) {
            while (log.next()) {
                if (++read > MAX_REVIEWS_READ) throw new ApkgException(source + ": more than " + MAX_REVIEWS_READ + " reviews in the log");
                String question = questionOfCardId.get(log.getLong(2));
                int ease = log.getInt(3);
                int type = log.getInt(5);
                // Types 4 and 5 are manual reschedules and resets: no answer was given.
                if (question == null || ease < 1 || ease > 4 || type >= 4) continue;
                long timeMs = Math.max(0, Math.min(MAX_ANSWER_MS, log.getLong(4)));
                history.add(new PastReview(deckOfQuestion.get(question), question, Instant.ofEpochMilli(log.getLong(1)), ease, timeMs));
                reviewed.add(question);
            }
        }
        cards = reviewed.size();
        report.notice("Anki's review log: " + history.size() + (history.size() == 1 ? " review" : " reviews") + " of " + cards
                + (cards == 1 ? " card" : " cards") + " read.");
        return history;
    }

    /** For each note, the deck of each of its cards by template ordinal (a filtered deck's card counts in its home deck). */
    private static Map<Long, Map<Integer, Long>> cardDecks(Connection db, String source) throws SQLException, ApkgException {
        Map<Long, Map<Integer, Long>> decks = new HashMap<>();
        int count = 0;
        try (Statement statement = db.createStatement();
             ResultSet cards = statement.executeQuery("select nid, ord, case when odid != 0 then odid else did end from cards order by id")) {
            while (cards.next()) {
                if (++count > MAX_CARDS_READ) throw new ApkgException(source + ": more than " + MAX_CARDS_READ + " cards");
                decks.computeIfAbsent(cards.getLong(1), k -> new HashMap<>()).putIfAbsent(cards.getInt(2), cards.getLong(3));
            }
        }
        return decks;
    }

    /**
     * Refuses a table whose reading would run code from the file: a virtual table, or a computed (generated)
     * column that could build a huge value on every row read. Anki never makes either.
     */
    private static void requirePlainTable(Connection db, String table, String source) throws SQLException, ApkgException {
        try (PreparedStatement statement = db.prepareStatement("select substr(sql, 1, 200) from sqlite_master where type = 'table' and name = ?")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                if (result.next() && String.valueOf(result.getString(1)).strip().toLowerCase(Locale.ROOT).startsWith("create virtual")) {
                    throw new ApkgException(source + ": the collection's " + table + " table is a virtual table; not an Anki collection");
                }
            }
        }
        try (Statement statement = db.createStatement();
             ResultSet columns = statement.executeQuery("select name, hidden from pragma_table_xinfo('" + table + "')")) {
            while (columns.next()) {
                if (columns.getInt(2) != 0) {
                    throw new ApkgException(source + ": the collection's " + table + " table has a computed column ("
                            + bounded(String.valueOf(columns.getString(1))) + "); not an Anki collection");
                }
            }
        }
    }

    private static Set<String> tables(Connection db) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery("select name from sqlite_master where type = 'table'")) {
            while (result.next()) tables.add(result.getString(1));
        }
        return tables;
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
                for (JsonNode field : fieldNodes) fields.add(bounded(field.path("name").asText("")));
                List<Template> templates = new ArrayList<>();
                int position = 0;
                for (JsonNode tmpl : sortedByOrd(model.path("tmpls"), MAX_TEMPLATES, source)) {
                    templates.add(template(tmpl.path("ord").asInt(position++), bounded(tmpl.path("name").asText("")),
                            templateText(tmpl.path("qfmt").asText(""), source), templateText(tmpl.path("afmt").asText(""), source)));
                }
                noteTypes.put(model.path("id").asLong(parseLong(entry.getKey())),
                        new NoteType(bounded(model.path("name").asText("")), model.path("type").asInt(0) == 1, fields, templates));
            }
            if (decks != null && decks.isObject()) {
                if (decks.size() > MAX_DECKS) throw new ApkgException(source + ": more than " + MAX_DECKS + " decks");
                for (var entry : (Iterable<Map.Entry<String, JsonNode>>) decks::fields) {
                    deckNames.put(entry.getValue().path("id").asLong(parseLong(entry.getKey())),
                            bounded(entry.getValue().path("name").asText("")));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApkgException(source + ": the collection's note types are not valid JSON");
        }
    }

    private static List<JsonNode> sortedByOrd(JsonNode array, int max, String source) throws ApkgException {
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : array) items.add(item);
        if (items.size() > max) throw new ApkgException(source + ": a note type with more than " + max + " fields or templates");
        List<JsonNode> sorted = new ArrayList<>(items);
        sorted.sort(java.util.Comparator.comparingInt(item -> item.path("ord").asInt(items.indexOf(item))));
        return sorted;
    }

    /** Schema 18 (Anki 2.1.28+ collections, the only one in current packages): tables, with protobuf configs. */
    private static void readSchema18(Connection db, String source, Map<Long, NoteType> noteTypes, Map<Long, String> deckNames,
                                     boolean hasDecks) throws SQLException, ApkgException {
        for (String needed : List.of("fields", "templates")) {
            if (!tables(db).contains(needed)) throw new ApkgException(source + ": not an Anki collection (no " + needed + " table)");
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

    private static String bounded(String name) {
        return name.length() > 500 ? name.substring(0, 500) : name;
    }

    /** Anki's {@code [sound:file.mp3]} tags: played by Anki, nothing to read here. */
    static String withoutSounds(String html) {
        if (!html.contains("[sound:")) return html;
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            int start = html.indexOf("[sound:", i);
            int end = start < 0 ? -1 : html.indexOf(']', start);
            if (start < 0 || end < 0) {
                out.append(html, i, html.length());
                break;
            }
            out.append(html, i, start);
            i = end + 1;
        }
        return out.toString();
    }

    private static boolean mentionsSoundOrVideo(String... htmls) {
        for (String html : htmls) {
            String lower = html.toLowerCase(Locale.ROOT);
            if (lower.contains("[sound:") || lower.contains("<audio") || lower.contains("<video")) return true;
        }
        return false;
    }

    private static boolean mentionsMedia(String... htmls) {
        for (String html : htmls) {
            String lower = html.toLowerCase(Locale.ROOT);
            if (lower.contains("<img") || lower.contains("[sound:") || lower.contains("<audio") || lower.contains("<video")) return true;
        }
        return false;
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
