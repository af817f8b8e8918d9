package dev.latent.interchange;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckValidator;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.platform.InputFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Anki's "Notes in Plain Text" format (Anki manual, Importing, Text files): header lines such as
 * {@code #separator:tab}, {@code #html:true}, {@code #columns:Front\tBack\tTags\tGUID}, {@code #deck:NAME},
 * {@code #notetype:Basic}, {@code #tags column:3}, {@code #guid column:4}, then one note per record, fields
 * in double quotes when they hold the separator, a quote or a line break, quotes doubled inside.
 *
 * <p>Export writes one Basic note per question: Front = prompt, Back = the model answer (intro, then the
 * points as a list, then the outro), tags, and a stable guid. Import reads such files, from Anki or from
 * here, into a deck without rubrics. Imported HTML is only ever reduced to text. Reading goes in two stages:
 * {@link AnkiTextParser} splits the headers and records, {@link AnkiTextNotes} makes questions of them.
 */
public final class AnkiText {

    /** Files larger than this are refused before they are read into memory. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** More lines than this is not a deck someone studies; refusing bounds the work an import can cause. */
    public static final int MAX_LINES = 200_000;
    /** More questions than this are refused. */
    public static final int MAX_NOTES = 20_000;

    private AnkiText() {
    }

    // ---------------------------------------------------------------- export

    /**
     * The deck as notes in plain text, tab-separated.
     *
     * @param html Back as HTML (list of points, every character of deck text escaped) or as plain text lines
     */
    public static String write(Deck deck, boolean html) {
        char separator = '\t';
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n");
        out.append("#html:").append(html).append('\n');
        out.append("#notetype:Basic\n");
        out.append("#deck:").append(headerValue(deck.title())).append('\n');
        out.append("#columns:Front\tBack\tTags\tGUID\n");
        out.append("#tags column:3\n");
        out.append("#guid column:4\n");
        for (Question question : deck.questions()) {
            String front = html ? HtmlText.escape(question.prompt()) : question.prompt();
            String back = html ? htmlBack(question.answer()) : plainBack(question.answer());
            List<String> fields = List.of(front, back, tags(question.tags()),
                    AnkiIds.noteGuid(deck.id(), question.id()));
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) out.append(separator);
                out.append(quoteIfNeeded(fields.get(i), separator));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The model answer as an Anki field: escaped intro, the points as a {@code <ul>}, escaped outro. */
    public static String htmlBack(ModelAnswer answer) {
        StringBuilder back = new StringBuilder(HtmlText.escape(answer.intro()));
        if (!answer.points().isEmpty()) {
            back.append("<ul>");
            for (String point : answer.points()) back.append("<li>").append(HtmlText.escape(point)).append("</li>");
            back.append("</ul>");
        }
        if (!answer.outro().isEmpty()) {
            // After a list the outro starts its own line anyway; after a bare intro it needs a break.
            if (answer.points().isEmpty() && !back.isEmpty()) back.append("<br>");
            back.append(HtmlText.escape(answer.outro()));
        }
        return back.toString();
    }

    static String plainBack(ModelAnswer answer) {
        List<String> lines = new ArrayList<>();
        if (!answer.intro().isEmpty()) lines.add(answer.intro());
        for (String point : answer.points()) lines.add("- " + point.replace('\n', ' '));
        if (!answer.outro().isEmpty()) lines.add(answer.outro());
        return String.join("\n", lines);
    }

    /** Anki tags are separated by spaces, so a space inside a tag becomes an underscore, as Anki does. */
    static String tags(List<String> tags) {
        List<String> words = new ArrayList<>();
        for (String tag : tags) words.add(tag.strip().replaceAll("\\s+", "_"));
        return String.join(" ", words);
    }

    private static String headerValue(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    static String quoteIfNeeded(String field, char separator) {
        boolean quote = field.indexOf(separator) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || field.startsWith("#");
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    // ---------------------------------------------------------------- import

    /** How an import names the deck it makes. */
    public record ImportOptions(String deckId, String title) {
        public static final ImportOptions DEFAULT = new ImportOptions(null, null);
    }

    /** Reads a notes-in-plain-text file into a deck; the file's name stands in for a missing {@code #deck} header. */
    public static Deck read(Path file, ImportOptions options) throws AnkiTextException {
        return importFile(file, options).deck();
    }

    /** Reads a notes-in-plain-text file into a deck, with the report of what was imported and skipped. */
    public static Result importFile(Path file, ImportOptions options) throws AnkiTextException {
        return importFile(file, options, List.of());
    }

    /**
     * As {@link #importFile(Path, ImportOptions)}; a file Latent exported from one of {@code knownDecks} (its
     * guids are {@link AnkiIds#noteGuid}) keeps that deck's id and its question ids, so the history follows.
     */
    public static Result importFile(Path file, ImportOptions options, java.util.Collection<Deck> knownDecks)
            throws AnkiTextException {
        String name = file.toString();
        // Refused before opening: a FIFO would block for ever, a device would never end.
        Optional<String> notAFile = InputFiles.whyNotAFile(file);
        if (notAFile.isPresent()) throw new AnkiTextException(name, 0, notAFile.get());
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new AnkiTextException(name, 0, "no such file");
        } catch (IOException e) {
            throw new AnkiTextException(name, 0, "cannot read file: " + e.getMessage());
        }
        String stem = file.getFileName() == null ? "imported" : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return importBytes(bytes, name, stem, options, knownDecks);
    }

    /**
     * Reads notes in plain text into a deck.
     *
     * @param sourceName used in messages and as the deck's source
     * @param fallbackName deck title (and id) when neither the options nor a {@code #deck} header give one
     */
    public static Deck read(byte[] bytes, String sourceName, String fallbackName, ImportOptions options)
            throws AnkiTextException {
        return importBytes(bytes, sourceName, fallbackName, options).deck();
    }

    public static Result importBytes(byte[] bytes, String sourceName, String fallbackName, ImportOptions options)
            throws AnkiTextException {
        return importBytes(bytes, sourceName, fallbackName, options, List.of());
    }

    public static Result importBytes(byte[] bytes, String sourceName, String fallbackName, ImportOptions options,
                                     java.util.Collection<Deck> knownDecks) throws AnkiTextException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new AnkiTextException(sourceName, 0, "file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        String text = decode(bytes, sourceName);
        AnkiTextParser.Parsed parsed = new AnkiTextParser(text, sourceName).parse();
        return AnkiTextNotes.toDeck(parsed, sourceName, fallbackName, options == null ? ImportOptions.DEFAULT : options,
                AnkiIds.knownGuids(knownDecks == null ? List.of() : knownDecks));
    }

    private static String decode(byte[] bytes, String sourceName) throws AnkiTextException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AnkiTextException(sourceName, 0, "not UTF-8 text; Anki exports plain text as UTF-8");
        }
        if (text.indexOf('\0') >= 0) throw new AnkiTextException(sourceName, 0, "binary data, not a text file");
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) throw new AnkiTextException(sourceName, 0, "the file is empty");
        return text;
    }

    /** The deck and the report of what was imported and skipped. */
    public record Result(Deck deck, ImportReport report) {
    }

    /**
     * Lines before the first list item are the intro, items the points, lines after the last item the
     * outro. Without list items, one line is the intro; several lines are an intro and points.
     */
    static ModelAnswer answer(List<HtmlText.Block> blocks) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).listItem()) {
                if (first < 0) first = i;
                last = i;
            }
        }
        List<String> intro = new ArrayList<>();
        List<String> points = new ArrayList<>();
        List<String> outro = new ArrayList<>();
        if (first < 0) {
            for (int i = 0; i < blocks.size(); i++) (i == 0 ? intro : points).add(blocks.get(i).text());
        } else {
            for (int i = 0; i < blocks.size(); i++) {
                (i < first ? intro : i > last ? outro : points).add(blocks.get(i).text());
            }
        }
        return new ModelAnswer(String.join("\n", intro), points, String.join("\n", outro));
    }

    /** The guid itself when it is a valid question id, else a stable id from its hash; no guid: a hash of the prompt. */
    static String questionId(String guid, String prompt) {
        if (DeckValidator.isValidId(guid)) return guid;
        String basis = guid.isEmpty() ? "front:" + prompt : "guid:" + guid;
        return (guid.isEmpty() ? "q-" : "g-") + HexFormat.of().formatHex(AnkiIds.digest("SHA-1", basis), 0, 6);
    }

    /**
     * A deck id for a deck name: its {@link #slug}, accents dropped ("Café" is "cafe"). A name in another script
     * (or with letters the slug loses) gets a short hash of the name added, so "Русский" and "日本語" get distinct ids.
     */
    public static String deckIdFor(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = slug(plain);
        boolean lost = plain.codePoints().anyMatch(c -> c > 127 && Character.isLetterOrDigit(c));
        if (!lost && !slug.isEmpty()) return slug;
        String hash = HexFormat.of().formatHex(AnkiIds.digest("SHA-1", name), 0, 4);
        String base = slug.isEmpty() ? "deck" : slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
        return base + "-" + hash;
    }

    /** A deck id from a name: lower-case letters and digits, other runs become '-'; Anki's "::" nesting too. */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._]+", "-").replaceAll("^[-._]+|-+$", "");
        return slug.length() > 100 ? slug.substring(0, 100).replaceAll("-+$", "") : slug;
    }
}
