package dev.latent.interchange;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckProblem;
import dev.latent.deck.DeckValidator;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Anki's "Notes in Plain Text" format (Anki manual, Importing, Text files): header lines such as
 * {@code #separator:tab}, {@code #html:true}, {@code #columns:Front\tBack\tTags\tGUID}, {@code #deck:NAME},
 * {@code #notetype:Basic}, {@code #tags column:3}, {@code #guid column:4}, then one note per record, fields
 * in double quotes when they hold the separator, a quote or a line break, quotes doubled inside.
 *
 * <p>Export writes one Basic note per question: Front = prompt, Back = the model answer (intro, then the
 * points as a list, then the outro), tags, and a stable guid. Import reads such files, from Anki or from
 * here, into a deck without rubrics. Imported HTML is only ever reduced to text.
 */
public final class AnkiText {

    /** Files larger than this are refused before they are read into memory. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** More lines than this is not a deck someone studies; refusing bounds the work an import can cause. */
    public static final int MAX_LINES = 200_000;
    /** More questions than this are refused. */
    public static final int MAX_NOTES = 20_000;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*\u2022\u2023\u25E6]|\\d+[.)])\\s+");

    /** Anki's separator names and the characters they stand for (rslib csv metadata). */
    private static final Map<String, Character> SEPARATORS = Map.of("tab", '\t', "comma", ',', "semicolon", ';',
            "pipe", '|', "colon", ':', "space", ' ');

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
        Parsed parsed = new Parser(text, sourceName).parse();
        return toDeck(parsed, sourceName, fallbackName, options == null ? ImportOptions.DEFAULT : options,
                ApkgImport.knownGuids(knownDecks == null ? List.of() : knownDecks));
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

    /** Header values and records as read, with the line each record starts on. */
    private record Parsed(char separator, Boolean html, List<String> columns, int width, String deckName, String notetype,
                          Set<String> globalTags, int tagsColumn, int guidColumn, int deckColumn, int notetypeColumn,
                          List<List<String>> records, List<Integer> recordLines) {
    }

    private static final class Parser {
        private final String text;
        private final String source;
        private int pos;
        private int line = 1;

        Parser(String text, String source) {
            this.text = text;
            this.source = source;
        }

        Parsed parse() throws AnkiTextException {
            long lines = text.chars().filter(c -> c == '\n').count() + 1;
            if (lines > MAX_LINES) throw new AnkiTextException(source, 0, "more than " + MAX_LINES + " lines");
            Character separator = null;
            Boolean html = null; // absent: guessed from the fields, as Anki does
            String columnsValue = null;
            int columnsLine = 0;
            String deckName = null;
            String notetype = null;
            Set<String> globalTags = new LinkedHashSet<>();
            Map<String, Integer> columnHeaders = new HashMap<>();
            Map<String, Integer> columnHeaderLines = new HashMap<>();
            // Headers: the leading lines that start with '#'. "#key:value"; other '#' lines are comments.
            while (pos < text.length() && text.charAt(pos) == '#') {
                String headerLine = restOfLine();
                int colon = headerLine.indexOf(':');
                if (colon > 0) {
                    String key = headerLine.substring(1, colon).strip().toLowerCase(Locale.ROOT);
                    String value = headerLine.substring(colon + 1).strip();
                    switch (key) {
                        case "separator" -> separator = separator(value);
                        case "html" -> {
                            String lower = value.toLowerCase(Locale.ROOT);
                            if (!lower.equals("true") && !lower.equals("false")) {
                                throw error("#html must be true or false, not \"" + value + "\"");
                            }
                            html = lower.equals("true");
                        }
                        case "columns" -> {
                            columnsValue = value;
                            columnsLine = line;
                        }
                        case "deck" -> deckName = value;
                        case "notetype" -> notetype = value;
                        case "tags" -> globalTags.addAll(splitTags(value));
                        case "tags column", "guid column", "deck column", "notetype column" -> {
                            columnHeaders.put(key, columnNumber(key, value));
                            columnHeaderLines.put(key, line);
                        }
                        default -> {
                            // Anki ignores headers it does not know ("#if matches:" and future ones); so do we.
                        }
                    }
                }
                nextLine();
            }
            int firstDataLine = line;
            char sep = separator != null ? separator : guessSeparator();
            List<String> columns = new ArrayList<>();
            if (columnsValue != null) {
                for (String label : columnsValue.split(Pattern.quote(String.valueOf(sep)), -1)) columns.add(label.strip());
            }
            List<List<String>> records = new ArrayList<>();
            List<Integer> recordLines = new ArrayList<>();
            while (pos < text.length()) {
                if (text.charAt(pos) == '\n' || text.charAt(pos) == '\r') { // blank line
                    nextLine();
                    continue;
                }
                if (text.charAt(pos) == '#') { // a comment line, as Anki's reader treats them
                    restOfLine();
                    nextLine();
                    continue;
                }
                int recordLine = line;
                List<String> fields = record(sep);
                if (fields.size() == 1 && fields.get(0).isBlank()) continue;
                records.add(fields);
                recordLines.add(recordLine);
                if (records.size() > MAX_NOTES) throw new AnkiTextException(source, recordLine, "more than " + MAX_NOTES + " notes");
            }
            if (records.isEmpty()) throw new AnkiTextException(source, firstDataLine, "no notes: the file has only headers");
            // Rows of another width are skipped and reported, as Anki does, not the whole file refused.
            int expected = columns.isEmpty() ? mostCommonWidth(records) : columns.size();
            for (var header : columnHeaders.entrySet()) {
                if (header.getValue() > expected) {
                    throw new AnkiTextException(source, columnHeaderLines.get(header.getKey()), "#" + header.getKey()
                            + ":" + header.getValue() + " but notes have only " + expected + " fields");
                }
            }
            if (columnsLine > 0 && columns.stream().allMatch(String::isEmpty)) {
                throw new AnkiTextException(source, columnsLine, "#columns names no columns");
            }
            return new Parsed(sep, html, columns, expected, deckName, notetype, globalTags,
                    columnHeaders.getOrDefault("tags column", 0), columnHeaders.getOrDefault("guid column", 0),
                    columnHeaders.getOrDefault("deck column", 0), columnHeaders.getOrDefault("notetype column", 0),
                    records, recordLines);
        }

        private static int mostCommonWidth(List<List<String>> records) {
            Map<Integer, Integer> counts = new java.util.LinkedHashMap<>();
            for (List<String> record : records) counts.merge(record.size(), 1, Integer::sum);
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        private char separator(String value) throws AnkiTextException {
            Character named = SEPARATORS.get(value.toLowerCase(Locale.ROOT));
            if (named != null) return named;
            // A literal character, as long as it is one of Anki's separators (a plain space is trimmed away).
            if (value.length() == 1 && SEPARATORS.containsValue(value.charAt(0))) return value.charAt(0);
            throw error("unknown separator \"" + value + "\"; use tab, comma, semicolon, pipe, colon or space");
        }

        private int columnNumber(String key, String value) throws AnkiTextException {
            try {
                int number = Integer.parseInt(value);
                if (number >= 1 && number <= 1000) return number;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error("#" + key + " needs a column number from 1, not \"" + value + "\"");
        }

        /** Without a #separator header, Anki guesses from the first note; we prefer the same order. */
        private char guessSeparator() {
            int end = text.indexOf('\n', pos);
            String first = end < 0 ? text.substring(pos) : text.substring(pos, end);
            for (char candidate : new char[]{'\t', '|', ';', ',', ':'}) {
                if (first.indexOf(candidate) >= 0) return candidate;
            }
            return '\t';
        }

        /** One record from {@code pos}: fields split on the separator, quoted fields may span lines. */
        private List<String> record(char separator) throws AnkiTextException {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            while (true) {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    int openLine = line;
                    pos++;
                    while (true) {
                        if (pos >= text.length()) {
                            throw new AnkiTextException(source, openLine, "a quoted field is never closed (unbalanced \")");
                        }
                        char c = text.charAt(pos);
                        if (c == '"') {
                            if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                                field.append('"');
                                pos += 2;
                                continue;
                            }
                            pos++;
                            break;
                        }
                        if (c == '\n') line++;
                        field.append(c);
                        pos++;
                    }
                    if (pos < text.length() && text.charAt(pos) != separator && text.charAt(pos) != '\n'
                            && text.charAt(pos) != '\r') {
                        throw new AnkiTextException(source, line, "text after a closing quote; double quotes inside a quoted field (\"\")");
                    }
                } else {
                    while (pos < text.length() && text.charAt(pos) != separator && text.charAt(pos) != '\n'
                            && text.charAt(pos) != '\r') {
                        field.append(text.charAt(pos++));
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (pos < text.length() && text.charAt(pos) == separator) {
                    pos++;
                    continue;
                }
                nextLine();
                return fields;
            }
        }

        private String restOfLine() {
            int start = pos;
            while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') pos++;
            return text.substring(start, pos);
        }

        /** Steps over one line end (LF, CRLF or CR), if at one. */
        private void nextLine() {
            if (pos < text.length() && text.charAt(pos) == '\r') pos++;
            if (pos < text.length() && text.charAt(pos) == '\n') pos++;
            line++;
        }

        private AnkiTextException error(String message) {
            return new AnkiTextException(source, line, message);
        }
    }

    /** The deck and the report of what was imported and skipped. */
    public record Result(Deck deck, ImportReport report) {
    }

    private static Result toDeck(Parsed parsed, String source, String fallbackName, ImportOptions options,
                                 Map<String, String[]> knownGuids)
            throws AnkiTextException {
        ImportReport report = new ImportReport("Anki notes in plain text");
        int width = parsed.width();
        Set<Integer> special = new HashSet<>(List.of(parsed.tagsColumn(), parsed.guidColumn(), parsed.deckColumn(),
                parsed.notetypeColumn()));
        List<Integer> fieldColumns = new ArrayList<>(); // 1-based
        for (int c = 1; c <= width; c++) if (!special.contains(c)) fieldColumns.add(c);
        int frontColumn = labelled(parsed.columns(), "front", fieldColumns, 0);
        int backColumn = labelled(parsed.columns(), "back", fieldColumns, fieldColumns.indexOf(frontColumn) + 1);
        // A cloze note's fields: Text, then Back Extra.
        int clozeText = labelled(parsed.columns(), "text", fieldColumns, 0);
        int clozeExtra = labelled(parsed.columns(), "back extra", fieldColumns, fieldColumns.indexOf(clozeText) + 1);
        if (clozeExtra == clozeText) clozeExtra = 0;
        boolean html;
        if (parsed.html() != null) {
            html = parsed.html();
        } else { // Anki's maybe_set_fallback_is_html: any field with a tag makes the whole file HTML
            html = parsed.records().stream().flatMap(List::stream).anyMatch(AnkiText::looksLikeHtml);
            if (html) report.notice("No #html header, but the fields hold HTML tags: read as HTML (as Anki does).");
        }

        String title = firstNonBlank(options.title(), parsed.deckName(), fallbackName, "Imported deck");
        if (options.deckId() != null && !options.deckId().isBlank() && !ID.matcher(options.deckId().strip()).matches()) {
            throw new AnkiTextException(source, 0, "deck id \"" + options.deckId().strip()
                    + "\" is not valid: use letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        Map<String, Integer> knownDeckVotes = new HashMap<>();

        List<Question> questions = new ArrayList<>();
        Set<String> usedIds = new LinkedHashSet<>();
        String firstRagged = null;
        boolean basicRows = false;
        for (int r = 0; r < parsed.records().size(); r++) {
            List<String> record = parsed.records().get(r);
            int line = parsed.recordLines().get(r);
            report.note();
            if (record.size() != width) {
                report.skip(ImportReport.Reason.RAGGED, line);
                if (firstRagged == null) {
                    firstRagged = "Line " + line + ": " + record.size() + " fields, but " + (parsed.columns().isEmpty()
                            ? "most notes have " : "#columns names ") + width + "; quote fields that contain the separator.";
                }
                continue;
            }
            Set<String> tags = new LinkedHashSet<>();
            if (parsed.tagsColumn() > 0) tags.addAll(splitTags(record.get(parsed.tagsColumn() - 1)));
            tags.addAll(parsed.globalTags());
            String guid = parsed.guidColumn() > 0 ? record.get(parsed.guidColumn() - 1).strip() : "";
            String noteType = parsed.notetypeColumn() > 0 ? record.get(parsed.notetypeColumn() - 1) : parsed.notetype();
            if (noteType != null && noteType.toLowerCase(Locale.ROOT).contains("cloze")) {
                if (clozeText == 0) {
                    report.skip(ImportReport.Reason.EMPTY_CLOZE, line);
                    continue;
                }
                clozeQuestions(record.get(clozeText - 1), clozeExtra == 0 ? "" : record.get(clozeExtra - 1), html, guid,
                        tags, line, usedIds, questions, report);
                continue;
            }
            basicRows = true;
            if (frontColumn == 0 || backColumn == 0 || frontColumn == backColumn) {
                throw new AnkiTextException(source, 0, "need a Front and a Back field; found " + fieldColumns.size()
                        + " note field(s)" + (parsed.columns().isEmpty() ? "" : " in #columns:" + String.join(",", parsed.columns())));
            }
            String frontField = record.get(frontColumn - 1);
            String backField = record.get(backColumn - 1);
            String prompt = fieldText(frontField, html);
            if (prompt.isBlank()) {
                report.skip(mentionsMedia(frontField) ? ImportReport.Reason.MEDIA_ONLY : ImportReport.Reason.EMPTY_FRONT, line);
                continue;
            }
            ModelAnswer answer = answer(fieldBlocks(backField, html));
            if (answer.intro().isEmpty() && answer.points().isEmpty()) {
                report.skip(mentionsMedia(backField) ? ImportReport.Reason.MEDIA_ONLY : ImportReport.Reason.EMPTY_ANSWER, line);
                continue;
            }
            String[] known = knownGuids.get(guid);
            if (known != null) knownDeckVotes.merge(known[0], 1, Integer::sum);
            String id = known != null ? known[1] : questionId(guid, prompt);
            String unique = id;
            for (int n = 2; !usedIds.add(unique); n++) unique = id + "-" + n;
            questions.add(new Question(unique, prompt, answer, List.copyOf(tags), null, List.of()));
            report.question();
        }
        if (firstRagged != null) report.notice(firstRagged);
        if (questions.isEmpty()) {
            String why = report.lines().size() > 1 ? report.lines().get(1) : "";
            if (!basicRows && firstRagged != null) why = firstRagged;
            throw new AnkiTextException(source, 0, "no notes with a front and a back to import" + (why.isEmpty() ? "" : " (" + why + ")"));
        }
        String knownDeck = knownDeckVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (knownDeck != null && (options.deckId() == null || options.deckId().isBlank())) {
            report.notice("Exported by Latent from deck \"" + knownDeck + "\": deck and question ids kept, so the review history follows.");
        }
        String deckId = firstNonBlank(options.deckId(), knownDeck, deckIdFor(firstNonBlank(parsed.deckName(), fallbackName, "")), "imported");
        Deck deck = new Deck(deckId, title, "Imported from Anki notes in plain text ("
                + Path.of(source).getFileName() + ").", questions, source);
        // Whatever the file held, the deck must be one the loader accepts.
        List<DeckProblem> problems = DeckValidator.problems(deck);
        if (!problems.isEmpty()) {
            throw new AnkiTextException(source, 0, "the imported deck is not valid: " + problems.get(0).withoutFile());
        }
        return new Result(deck, report);
    }

    /** One question per cloze number of a cloze note's Text field, the deletion as the answer, Back Extra after it. */
    private static void clozeQuestions(String text, String extra, boolean html, String guid, Set<String> tags, int line,
                                       Set<String> usedIds, List<Question> questions, ImportReport report) {
        java.util.TreeSet<Integer> numbers = new java.util.TreeSet<>();
        var open = Pattern.compile("\\{\\{c(\\d{1,4})::").matcher(text);
        while (open.find() && numbers.size() < AnkiTemplate.MAX_CLOZE) numbers.add(Math.max(1, Integer.parseInt(open.group(1))));
        if (numbers.isEmpty()) {
            report.skip(ImportReport.Reason.EMPTY_CLOZE, line);
            return;
        }
        String outro = fieldText(extra, html);
        for (int number : numbers) {
            String prompt = fieldText(AnkiTemplate.Cloze.render(text, number, AnkiTemplate.Side.FRONT), html);
            List<String> deletions = new ArrayList<>();
            for (String deletion : AnkiTemplate.Cloze.deletions(text, number)) {
                String shown = fieldText(deletion, html);
                if (!shown.isBlank()) deletions.add(shown);
            }
            if (prompt.isBlank() || deletions.isEmpty()) {
                report.skip(mentionsMedia(text) ? ImportReport.Reason.MEDIA_ONLY : ImportReport.Reason.EMPTY_CLOZE, line);
                continue;
            }
            ModelAnswer answer = deletions.size() == 1 ? new ModelAnswer(deletions.get(0), List.of(), outro)
                    : new ModelAnswer("", deletions, outro);
            String id = questionId(guid, prompt) + "-c" + number;
            String unique = id;
            for (int n = 2; !usedIds.add(unique); n++) unique = id + "-" + n;
            questions.add(new Question(unique, prompt, answer, List.copyOf(tags), null, List.of()));
            report.question();
        }
    }

    /** Anki's HTML test (rslib text.rs is_html): a tag anywhere, {@code <…>}. */
    static boolean looksLikeHtml(String field) {
        int open = field.indexOf('<');
        return open >= 0 && field.indexOf('>', open + 1) > open;
    }

    private static boolean mentionsMedia(String field) {
        String lower = field.toLowerCase(Locale.ROOT);
        return lower.contains("<img") || lower.contains("[sound:") || lower.contains("<audio") || lower.contains("<video");
    }

    private static String fieldText(String field, boolean html) {
        String withoutSounds = ApkgImport.withoutSounds(field);
        return html ? HtmlText.toText(withoutSounds) : withoutSounds.strip();
    }

    private static List<HtmlText.Block> fieldBlocks(String field, boolean html) {
        String withoutSounds = ApkgImport.withoutSounds(field);
        return html ? HtmlText.toBlocks(withoutSounds) : plainBlocks(withoutSounds);
    }

    /** The 1-based column labelled {@code label} in #columns, else the {@code fallbackIndex}-th note field (0 if none). */
    private static int labelled(List<String> columns, String label, List<Integer> fieldColumns, int fallbackIndex) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).equalsIgnoreCase(label) && fieldColumns.contains(c + 1)) return c + 1;
        }
        return fallbackIndex >= 0 && fallbackIndex < fieldColumns.size() ? fieldColumns.get(fallbackIndex) : 0;
    }

    /** Lines of a plain-text field; lines starting with a bullet ("- ", "* ", "1. ") are list items. */
    private static List<HtmlText.Block> plainBlocks(String field) {
        List<HtmlText.Block> blocks = new ArrayList<>();
        for (String raw : field.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            var bullet = BULLET.matcher(line);
            if (bullet.find()) blocks.add(new HtmlText.Block(line.substring(bullet.end()).strip(), true));
            else blocks.add(new HtmlText.Block(line, false));
        }
        return blocks;
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
        if (!guid.isEmpty() && ID.matcher(guid).matches()) return guid;
        String basis = guid.isEmpty() ? "front:" + prompt : "guid:" + guid;
        return (guid.isEmpty() ? "q-" : "g-") + HexFormat.of().formatHex(AnkiIds.digest("SHA-1", basis), 0, 6);
    }

    private static List<String> splitTags(String value) {
        List<String> tags = new ArrayList<>();
        for (String tag : value.strip().split("\\s+")) if (!tag.isEmpty()) tags.add(tag);
        return tags;
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

    private static String firstNonBlank(String... values) {
        for (String value : values) if (value != null && !value.isBlank()) return value.strip();
        return "";
    }
}
