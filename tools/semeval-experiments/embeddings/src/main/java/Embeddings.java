import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cosine of all-MiniLM-L6-v2 sentence embeddings (quantised, run in-process through ONNX Runtime: nothing is
 * downloaded at run time) between each SemEval answer and its reference answer, and its question.
 * Arguments: answers.tsv, output TSV (answer_id, cos_reference, cos_question).
 */
public class Embeddings {
    public static void main(String[] args) throws Exception {
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        Map<String, float[]> cache = new HashMap<>();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            out.println("aid\tcos_ref\tcos_q");
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t", -1);
                float[] reference = cache.computeIfAbsent(c[5], k -> model.embed(k).content().vector());
                float[] question = cache.computeIfAbsent(c[4], k -> model.embed(k).content().vector());
                float[] answer = model.embed(c[6].isBlank() ? "." : c[6]).content().vector();
                out.println(c[3] + "\t" + cosine(answer, reference) + "\t" + cosine(answer, question));
            }
        }
    }

    static double cosine(float[] x, float[] y) {
        double dot = 0, xx = 0, yy = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
            xx += x[i] * x[i];
            yy += y[i] * y[i];
        }
        return dot / Math.sqrt(xx * yy);
    }
}
