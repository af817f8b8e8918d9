package dev.latent.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code answers.tsv} (see its README: a header line, then tab-separated columns). */
final class SemEvalData {

    private static final String HEADER = "corpus\tsplit\tquestion_id\tanswer_id\tquestion\treference_answer"
            + "\tstudent_answer\tlabel_2way\tlabel_3way\tn_reference_answers";

    private SemEvalData() {
    }

    static List<SemEvalRow> load(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException(file + ": unexpected header, expected: " + HEADER);
        }
        List<SemEvalRow> rows = new ArrayList<>(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 10) throw new IOException(file + ":" + (i + 1) + ": expected 10 columns, found " + f.length);
            rows.add(new SemEvalRow(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]));
        }
        return rows;
    }
}
