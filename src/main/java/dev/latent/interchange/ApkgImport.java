package dev.latent.interchange;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.interchange.ApkgCards.Made;
import dev.latent.platform.InputFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * crafted schema would compute), and a note longer than {@link ApkgCards#MAX_NOTE_CHARS} is skipped without being read.
 *
 * <p>The work goes in stages, each in its own class: {@link ApkgArchive} unpacks the collection, {@link ApkgCollection}
 * opens it, {@link ApkgNoteTypes} reads the note types and deck names, {@link ApkgCards} makes questions of the notes,
 * {@link ApkgMedia} keeps their images, {@link ApkgDecks} groups them into decks and {@link ApkgHistory} reads the
 * review log.
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
    private ApkgImport() {
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
            Optional<String> notAFile = InputFiles.whyNotAFile(file);
            if (notAFile.isPresent()) throw new ApkgException(name + ": " + notAFile.get());
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

    private static Result readCollection(ApkgArchive.Extracted extracted, String source, String fallbackName, Options options,
                                         ImportReport report) throws ApkgException {
        try (Connection db = ApkgCollection.open(extracted.collection())) {
            Set<String> tables = ApkgCollection.requireAnkiTables(db, source);
            Map<Long, ApkgNoteTypes.NoteType> noteTypes = new HashMap<>();
            Map<Long, String> deckNames = new HashMap<>();
            ApkgNoteTypes.read(db, source, tables, noteTypes, deckNames);
            ApkgCards.Notes notes = ApkgCards.read(db, source, noteTypes, deckNames, options.knownDecks(), report);
            List<Made> made = notes.made();
            int notesWithMedia = notes.withMedia();
            if (notesWithMedia > 0) {
                report.notice(notesWithMedia + (notesWithMedia == 1 ? " note refers" : " notes refer") + " to images or sounds, "
                        + "which were not imported (" + extracted.mediaFiles() + " media files in the package); the text is.");
            }
            if (made.isEmpty()) {
                throw new ApkgException(source + ": no notes with a front and a back to import"
                        + (report.skippedTotal() > 0 ? " (" + String.join(" ", report.lines().subList(1, 2)) + ")" : ""));
            }
            Map<String, byte[]> images = keepImages(extracted, made, report, source);
            List<Deck> decks = ApkgDecks.decks(made, source, fallbackName, options, notes.knownDeck(), report);
            List<PastReview> history = options.withHistory() ? ApkgHistory.read(db, source, made, decks, report) : List.of();
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
