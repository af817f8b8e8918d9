package dev.latent.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first stage of reading Anki's notes in plain text ({@link AnkiText}): the header lines ({@code #separator},
 * {@code #html}, {@code #columns}, {@code #deck}, {@code #notetype}, {@code #tags}, the {@code #... column} ones) and
 * the records after them, split into fields, each with the line it starts on. What the fields mean is
 * {@link AnkiTextNotes}'s business.
 */
final class AnkiTextParser {

    /** Anki's separator names and the characters they stand for (rslib csv metadata). */
    private static final Map<String, Character> SEPARATORS = Map.of("tab", '\t', "comma", ',', "semicolon", ';',
            "pipe", '|', "colon", ':', "space", ' ');

    /** Header values and records as read, with the line each record starts on. */
    record Parsed(char separator, Boolean html, List<String> columns, int width, String deckName, String notetype,
                  Set<String> globalTags, int tagsColumn, int guidColumn, int deckColumn, int notetypeColumn,
                  List<List<String>> records, List<Integer> recordLines) {
    }

    private final String text;
    private final String source;
    private int pos;
    private int line = 1;

    AnkiTextParser(String text, String source) {
        this.text = text;
        this.source = source;
    }

    Parsed parse() throws AnkiTextException {
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        if (lines > AnkiText.MAX_LINES) throw new AnkiTextException(source, 0, "more than " + AnkiText.MAX_LINES + " lines");
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
            if (records.size() > AnkiText.MAX_NOTES) throw new AnkiTextException(source, recordLine, "more than " + AnkiText.MAX_NOTES + " notes");
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

    /** Anki's tags: separated by white space. */
    static List<String> splitTags(String value) {
        List<String> tags = new ArrayList<>();
        for (String tag : value.strip().split("\\s+")) if (!tag.isEmpty()) tags.add(tag);
        return tags;
    }
}
