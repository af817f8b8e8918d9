package dev.latent.scoring.draft;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The trained part of reference grading: a binary model (incorrect / correct) with its decision
 * threshold, and a three-way model (correct / contradictory / incorrect), both over
 * {@link AnswerFeatures#NAMES}; each is a {@link LogisticModel}, {@link BoostedTrees} or a {@link Blend} of them. The bundled one reads {@link AnswerFeatures#NAMES}, is fitted on the SemEval-2013 Task 7 train split only,
 * by {@code dev.latent.eval.SemEvalReport} ({@code mvn -Psemeval verify}), and stored as a JSON resource
 * ({@link #toJson(String)}, read with Jackson).
 */
public record ReferenceModel(List<String> features, Classifier binary, double threshold, Classifier threeWay) {

    public static final String RESOURCE = "/dev/latent/scoring/draft/reference-model.json";
    public static final List<String> BINARY_CLASSES = List.of("incorrect", "correct");
    public static final List<String> THREE_WAY_CLASSES = List.of("correct", "contradictory", "incorrect");

    public ReferenceModel {
        if (!binary.classes().equals(BINARY_CLASSES) || !threeWay.classes().equals(THREE_WAY_CLASSES)) {
            throw new IllegalArgumentException("unexpected classes");
        }
        features = List.copyOf(features);
        if (binary.features() != features.size() || threeWay.features() != features.size()) {
            throw new IllegalArgumentException("models and feature names differ in length");
        }
        if (!(threshold > 0 && threshold < 1)) throw new IllegalArgumentException("threshold must be in (0, 1)");
    }

    private static ReferenceModel bundled;

    /** The model shipped in the jar. */
    public static synchronized ReferenceModel bundled() {
        if (bundled == null) {
            try (InputStream in = ReferenceModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                ReferenceModel model = read(in);
                if (!model.features().equals(AnswerFeatures.NAMES)) {
                    throw new IllegalStateException(RESOURCE + " was fitted on other features than AnswerFeatures.NAMES;"
                            + " regenerate it with mvn -Psemeval verify");
                }
                bundled = model;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled;
    }

    // ---------------------------------------------------------------- JSON form

    /**
     * The model file is JSON read and written by Jackson. The model records stay free of Jackson: these mix-ins
     * say how a {@link Classifier} names its kind ({@code "type": "logistic" | "trees" | "blend"}) and that the
     * document's {@code "about"} line (who fitted it, from what) is for people.
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = LogisticModel.class, name = "logistic"),
            @JsonSubTypes.Type(value = BoostedTrees.class, name = "trees"),
            @JsonSubTypes.Type(value = Blend.class, name = "blend")})
    private interface ClassifierJson {
    }

    @JsonIgnoreProperties(value = "about", allowGetters = false)
    @JsonPropertyOrder({"features", "threshold", "binary", "threeWay"})
    private interface ModelJson {
    }

    /** Only record components are properties; methods such as {@code rounds()} or {@code features()} of a blend are not. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(Classifier.class, ClassifierJson.class)
            .addMixIn(ReferenceModel.class, ModelJson.class)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .build();

    /** Reads a model written by {@link #toJson(String)}; a malformed or incomplete document is an {@link IOException}. */
    public static ReferenceModel read(InputStream in) throws IOException {
        return JSON.readValue(in, ReferenceModel.class);
    }

    /**
     * The model as a JSON document, {@code about} first; deterministic (no date), so refitting the same data rewrites
     * it unchanged. Numbers are written as Java prints doubles, so they read back bit for bit. Arrays stay on one
     * line each: the file is a few thousand lines rather than one number a line.
     */
    public String toJson(String about) {
        ObjectNode root = JSON.createObjectNode();
        root.put("about", about);
        root.setAll((ObjectNode) JSON.valueToTree(this));
        try {
            return JSON.writer(new DefaultPrettyPrinter().withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance))
                    .writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model cannot be written as JSON", e);
        }
    }
}
