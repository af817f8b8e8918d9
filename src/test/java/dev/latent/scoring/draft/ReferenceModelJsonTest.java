package dev.latent.scoring.draft;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled reference-grading model as a JSON document read by Jackson. */
class ReferenceModelJsonTest {

    /**
     * Figures recorded with the hand-written properties loader the JSON file replaced, on the same model: the feature
     * row of every graded sample answer of the bundled deck, and what that loader's model made of it. Feature rows
     * rather than answers, so that later changes to the grader's features do not touch this check.
     */
    private static final String BEFORE = "/dev/latent/scoring/draft/reference-model-outputs-before-json.tsv";
    /**
     * The model those figures came from, as its JSON file was first written (gzipped): the bundled model has been
     * retrained since ({@code mvn -Psemeval verify}), and this check is of the reading, not of one model.
     */
    private static final String MODEL_THEN = "/dev/latent/scoring/draft/reference-model-before-json.json.gz";

    @Test
    void givesTheDecksSamplesExactlyTheProbabilitiesAndScoresThePropertiesFileDid() throws Exception {
        ReferenceModel model;
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream(MODEL_THEN))) {
            model = ReferenceModel.read(in);
        }
        ReferenceGrader grader = new ReferenceGrader(model);
        List<String> rows;
        try (InputStream in = getClass().getResourceAsStream(BEFORE)) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.startsWith("#")).skip(1).toList();
        }
        assertTrue(rows.size() > 100, "the recorded figures cover the deck's samples");
        for (String row : rows) {
            String[] cells = row.split("\t");
            double[] features = numbers(cells[2]);
            double pCorrect = model.binary().probabilities(features)[1];
            assertEquals(Double.parseDouble(cells[3]), pCorrect, 0.0, row);
            assertEquals(Integer.parseInt(cells[4]), grader.scoreOf(pCorrect), row);
            assertArrayEquals(numbers(cells[5]), model.threeWay().probabilities(features), 0.0, row);
        }
    }

    private static double[] numbers(String text) {
        return Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void theBundledFileIsExactlyWhatTheWriterWrites() throws Exception {
        String file;
        try (InputStream in = ReferenceModel.class.getResourceAsStream(ReferenceModel.RESOURCE)) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ReferenceModel model = ReferenceModel.bundled();
        String about = file.lines().skip(1).findFirst().orElseThrow().replaceFirst("^\\s*\"about\" : \"(.*)\",$", "$1");
        assertTrue(about.contains("SemEvalReport"), about);
        assertEquals(file, model.toJson(about), "refitting the same data rewrites the file unchanged");
        ReferenceModel copy = ReferenceModel.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertEquals(model.toJson("x"), copy.toJson("x"));
        assertTrue(model.binary() instanceof Blend blend && blend.members().stream().anyMatch(BoostedTrees.class::isInstance)
                && blend.members().stream().anyMatch(LogisticModel.class::isInstance), "each kind of classifier is in the file");
    }

    @Test
    void aBrokenFileIsAnIOException() {
        String small = new ReferenceModel(List.of("a"),
                new LogisticModel(ReferenceModel.BINARY_CLASSES, new double[]{0.5}, new double[]{1}, new double[][]{{0, 1}, {0, -1}}),
                0.5, new LogisticModel(ReferenceModel.THREE_WAY_CLASSES, new double[]{0.5}, new double[]{1},
                new double[][]{{0, 1}, {0, 0}, {0, -1}})).toJson("test");
        assertEquals(small, read(small).toJson("test"));
        assertThrows(IOException.class, () -> ReferenceModel.read(stream(small.replace("\"logistic\"", "\"forest\""))), "unknown kind");
        assertThrows(IOException.class, () -> ReferenceModel.read(stream(small.replace("\"threshold\"", "\"cut\""))), "missing field");
        assertThrows(IOException.class, () -> ReferenceModel.read(stream(small.replace("\"threshold\" : 0.5", "\"threshold\" : 1.5"))),
                "a threshold outside (0, 1)");
        assertThrows(IOException.class, () -> ReferenceModel.read(stream(small.substring(0, small.length() / 2))), "cut short");
    }

    private static ReferenceModel read(String json) {
        try {
            return ReferenceModel.read(stream(json));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
