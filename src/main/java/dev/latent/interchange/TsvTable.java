package dev.latent.interchange;

import dev.latent.platform.InputFiles;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated values as spreadsheets export them: a header row, then one record per row. A field holding a tab,
 * a line break or a double quote is quoted ({@code "..."}, quotes doubled), so multi-line answers survive a round
 * trip through a spreadsheet. CRLF and a leading byte-order mark are accepted; blank lines are skipped.
 */
public final class TsvTable {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withColumnSeparator('\t').withQuoteChar('"')
            .withoutEscapeChar().withLineSeparator("\n");

    /** A data row and the 1-based line it starts on, for messages. */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A whole table; rows may have a different number of cells than the header (the caller reports it). */
    public record Table(List<String> header, List<Row> rows) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }

        /** Index of the column with this name (ignoring case and surrounding spaces), or -1. */
        public int column(String name) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().equalsIgnoreCase(name)) return i;
            }
            return -1;
        }
    }

    /** A table that cannot be read, with the line where reading stopped (an unclosed quote, say). */
    public static final class TsvException extends Exception {
        private final int line;

        TsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Bounds on a table, so that a hostile or broken file is refused (naming the line) rather than exhausting memory. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;
    public static final int MAX_COLUMNS = 50;
    public static final int MAX_FIELD_CHARS = 20_000;

    private TsvTable() {
    }

    /**
     * Reads a table file: only a regular file (a device or pipe would never end or never start), at most
     * {@link #MAX_FILE_BYTES}, UTF-8. The message of an {@link IOException} says what is wrong in words.
     */
    public static String readFile(Path file) throws IOException {
        var notAFile = InputFiles.whyNotAFile(file);
        if (notAFile.isPresent()) throw new IOException(notAFile.get());
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new IOException("larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB; split the table");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(InputFiles.NOT_UTF8_TABLE, e);
        }
    }

    public static Table parse(String text) throws TsvException {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        int line = 1;
        try (JsonParser parser = MAPPER.reader(SCHEMA).createParser(text)) {
            // WRAP_AS_ARRAY reads the file as one array of rows, each an array of fields.
            if (parser.nextToken() != JsonToken.START_ARRAY) return new Table(List.of(), List.of());
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_ARRAY) {
                List<String> cells = new ArrayList<>();
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                    // A row's opening token sits where the previous row ended; its first field is on its own line.
                    if (cells.isEmpty()) line = parser.currentTokenLocation().getLineNr();
                    String cell = parser.getText() == null ? "" : parser.getText();
                    if (cell.length() > MAX_FIELD_CHARS) {
                        throw new TsvException(line, "field " + (cells.size() + 1) + " has " + cell.length()
                                + " characters; a field holds at most " + MAX_FIELD_CHARS);
                    }
                    if (cells.size() == MAX_COLUMNS) {
                        throw new TsvException(line, "more than " + MAX_COLUMNS + " tab-separated columns");
                    }
                    cells.add(cell);
                }
                if (cells.size() == 1 && cells.get(0).isBlank()) continue;
                if (header == null) {
                    header = cells;
                } else {
                    if (rows.size() == MAX_ROWS) {
                        throw new TsvException(line, "more than " + MAX_ROWS + " rows; split the table");
                    }
                    rows.add(new Row(line, cells));
                }
            }
        } catch (JsonProcessingException e) {
            throw explained(text, e, line);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return new Table(header == null ? List.of() : header, rows);
    }

    /** The parser's complaint in words a spreadsheet user follows, at the line where the trouble starts. */
    private static TsvException explained(String text, JsonProcessingException e, int lastRowLine) {
        int at = e.getLocation() == null ? lastRowLine : e.getLocation().getLineNr();
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Missing closing quote")) {
            int opened = unclosedQuoteLine(text);
            return new TsvException(opened > 0 ? opened : at, "a quoted field (starting with \") is never closed;"
                    + " end it with \", or write \"\" for a quote inside it");
        }
        if (message.startsWith("Unexpected character") && message.contains("Expected column separator")) {
            return new TsvException(at, "text after the closing quote of a quoted field; a quoted field must end at a"
                    + " tab or the end of the line (write \"\" for a quote inside it)");
        }
        return new TsvException(at, message);
    }

    /** The line on which a quoted field opens and never closes, or -1: quotes count only at the start of a field. */
    static int unclosedQuoteLine(String text) {
        int line = 1;
        int openedOn = -1;
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') i++;
                    else quoted = false;
                } else if (c == '\n') {
                    line++;
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                openedOn = line;
            }
            if (c == '\n') line++;
            fieldStart = c == '\t' || c == '\n' || c == '\r';
        }
        return quoted ? openedOn : -1;
    }

    /**
     * One row as a line (without its line break). Only a field holding a tab, a line break or a leading quote is
     * quoted, so plain tables stay as plain as they came.
     */
    public static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append('\t');
            String cell = cells.get(i);
            boolean quote = cell.startsWith("\"") || cell.indexOf('\t') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
            if (quote) out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            else out.append(cell);
        }
        return out.toString();
    }
}
