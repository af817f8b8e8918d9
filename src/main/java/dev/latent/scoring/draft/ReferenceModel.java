package dev.latent.scoring.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The trained part of reference grading: a binary model (incorrect / correct) with its decision
 * threshold, and a three-way model (correct / contradictory / incorrect), both over
 * {@link AnswerFeatures#NAMES}; each is a {@link LogisticModel}, {@link BoostedTrees} or a {@link Blend} of them. The bundled one reads {@link AnswerFeatures#NAMES}, is fitted on the SemEval-2013 Task 7 train split only,
 * by {@code dev.latent.eval.SemEvalReport} ({@code mvn -Psemeval verify}), and stored as a resource.
 */
public record ReferenceModel(List<String> features, Classifier binary, double threshold, Classifier threeWay) {

    public static final String RESOURCE = "/dev/latent/scoring/draft/reference-model.properties";
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

    public static ReferenceModel read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> features = List.of(properties.getProperty("features").split(","));
        return new ReferenceModel(features, readModel(properties, "binary"),
                Double.parseDouble(properties.getProperty("binary.threshold")), readModel(properties, "threeway"));
    }

    private static Classifier readModel(Properties properties, String prefix) {
        List<String> classes = List.of(properties.getProperty(prefix + ".classes").split(","));
        String type = properties.getProperty(prefix + ".type", "logistic");
        if (type.equals("blend")) {
            int count = Integer.parseInt(properties.getProperty(prefix + ".members"));
            List<Classifier> members = new ArrayList<>(count);
            for (int m = 0; m < count; m++) members.add(readModel(properties, prefix + ".member." + m));
            return new Blend(members, numbers(properties.getProperty(prefix + ".offsets")));
        }
        if (type.equals("trees")) {
            int trees = Integer.parseInt(properties.getProperty(prefix + ".trees"));
            List<BoostedTrees.Tree> out = new ArrayList<>(trees);
            for (int t = 0; t < trees; t++) {
                String[] parts = properties.getProperty(prefix + ".tree." + t).split(";", -1);
                out.add(new BoostedTrees.Tree(Integer.parseInt(parts[0]), integers(parts[1]), numbers(parts[2]),
                        integers(parts[3]), integers(parts[4]), numbers(parts[5])));
            }
            return new BoostedTrees(classes, Integer.parseInt(properties.getProperty(prefix + ".features")),
                    numbers(properties.getProperty(prefix + ".base")), out);
        }
        if (!type.equals("logistic")) throw new IllegalArgumentException("unknown model type " + type);
        double[][] weights = new double[classes.size()][];
        for (int k = 0; k < classes.size(); k++) weights[k] = numbers(properties.getProperty(prefix + ".weights." + k));
        return new LogisticModel(classes, numbers(properties.getProperty(prefix + ".mean")),
                numbers(properties.getProperty(prefix + ".scale")), weights);
    }

    private static int[] integers(String text) {
        return Arrays.stream(text.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static double[] numbers(String text) {
        return Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    /** The model as a properties text; deterministic (no date), so refitting the same data rewrites it unchanged. */
    public String toText(String header) {
        List<String> lines = new ArrayList<>();
        for (String line : header.split("\n")) lines.add("# " + line);
        lines.add("features=" + String.join(",", features));
        lines.add("binary.threshold=" + threshold);
        append(lines, "binary", binary);
        append(lines, "threeway", threeWay);
        return String.join("\n", lines) + "\n";
    }

    private static void append(List<String> lines, String prefix, Classifier classifier) {
        lines.add(prefix + ".classes=" + String.join(",", classifier.classes()));
        if (classifier instanceof Blend blend) {
            lines.add(prefix + ".type=blend");
            lines.add(prefix + ".offsets=" + join(blend.logOffsets()));
            lines.add(prefix + ".members=" + blend.members().size());
            for (int m = 0; m < blend.members().size(); m++) append(lines, prefix + ".member." + m, blend.members().get(m));
        } else if (classifier instanceof LogisticModel model) {
            lines.add(prefix + ".type=logistic");
            lines.add(prefix + ".mean=" + join(model.mean()));
            lines.add(prefix + ".scale=" + join(model.scale()));
            for (int k = 0; k < model.weights().length; k++) {
                lines.add(prefix + ".weights." + k + "=" + join(model.weights()[k]));
            }
        } else if (classifier instanceof BoostedTrees model) {
            lines.add(prefix + ".type=trees");
            lines.add(prefix + ".features=" + model.features());
            lines.add(prefix + ".base=" + join(model.base()));
            lines.add(prefix + ".trees=" + model.trees().size());
            for (int t = 0; t < model.trees().size(); t++) {
                BoostedTrees.Tree tree = model.trees().get(t);
                lines.add(prefix + ".tree." + t + "=" + tree.target() + ";" + join(tree.feature()) + ";"
                        + join(tree.threshold()) + ";" + join(tree.left()) + ";" + join(tree.right()) + ";"
                        + join(tree.value()));
            }
        }
    }

    private static String join(int[] values) {
        return Arrays.stream(values).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    private static String join(double[] values) {
        return Arrays.stream(values).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }
}
