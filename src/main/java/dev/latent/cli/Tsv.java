package dev.latent.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated values as spreadsheets export them: a header row, one record per line, no quoting
 * (fields hold no tabs or line breaks). CRLF and a leading byte-order mark are accepted; blank lines
 * are skipped.
 */
final class Tsv {

    /** A data row and the 1-based line it came from, for messages. */
    record Row(int line, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }
    }

    /** A whole table; rows may have a different number of cells than the header (the caller reports it). */
    record Table(List<String> header, List<Row> rows) {
        Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }

        /** Index of the column with this name (ignoring case and surrounding spaces), or -1. */
        int column(String name) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().equalsIgnoreCase(name)) return i;
            }
            return -1;
        }
    }

    private Tsv() {
    }

    static Table parse(String text) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        int lineNumber = 0;
        int from = 0;
        while (from < text.length()) {
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(from, end);
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            lineNumber++;
            from = end + 1;
            if (line.isBlank()) continue;
            List<String> cells = List.of(line.split("\t", -1));
            if (header == null) {
                header = cells;
            } else {
                rows.add(new Row(lineNumber, cells));
            }
        }
        return new Table(header == null ? List.of() : header, rows);
    }

    static String line(List<String> cells) {
        return String.join("\t", cells);
    }
}
