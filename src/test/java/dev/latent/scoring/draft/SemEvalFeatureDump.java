package dev.latent.scoring.draft;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * For side experiments outside Java (tools/semeval-experiments): writes every SemEval row with its
 * {@link AnswerFeatures} and the analysed terms of answer, reference and question ("!" marks a negated
 * word) to a TSV. Arguments: answers.tsv, output file. Nothing in the build runs it.
 */
public final class SemEvalFeatureDump {
    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        Map<String, DraftedRubric> drafts = new HashMap<>();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println("corpus\tsplit\tqid\taid\tlabel2\tlabel3\t" + String.join("\t", AnswerFeatures.NAMES)
                    + "\tans_terms\tref_terms\tq_terms");
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t", -1);
                DraftedRubric draft = drafts.computeIfAbsent(c[5] + "\u0000" + c[4], k -> RubricDrafter.prepare(c[5], c[4]));
                double[] f = AnswerFeatures.of(draft, c[6]);
                StringBuilder sb = new StringBuilder();
                sb.append(String.join("\t", c[0], c[1], c[2], c[3], c[7], c[8]));
                for (double v : f) sb.append('\t').append((float) v);
                sb.append('\t').append(terms(c[6])).append('\t').append(terms(c[5])).append('\t').append(terms(c[4]));
                out.println(sb);
            }
        }
    }

    private static String terms(String text) {
        return Words.of(text).words.stream().map(w -> (w.negated() ? "!" : "") + w.term()).collect(Collectors.joining(" "));
    }
}
