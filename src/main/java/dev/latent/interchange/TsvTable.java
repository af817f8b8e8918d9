package dev.latent.interchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    private TsvTable() {
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
                    cells.add(parser.getText() == null ? "" : parser.getText());
                }
                if (cells.size() == 1 && cells.get(0).isBlank()) continue;
                if (header == null) header = cells;
                else rows.add(new Row(line, cells));
            }
        } catch (JsonProcessingException e) {
            int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            throw new TsvException(at, e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return new Table(header == null ? List.of() : header, rows);
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
