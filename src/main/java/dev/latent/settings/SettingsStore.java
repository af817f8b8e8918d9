package dev.latent.settings;

import dev.latent.platform.AtomicFiles;
import dev.latent.platform.JsonTree;
import dev.latent.study.RatingThresholds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps {@link Settings} in {@code settings.json} in the data folder: readable, hand-editable, written
 * atomically. A file that cannot be read is copied to {@code settings.json.bad} and the defaults are used; in a
 * file that reads, each unusable field falls back to its default alone. Either way the learner is told.
 */
public final class SettingsStore {

    public static final String FILE = "settings.json";

    /** For saving only: reading goes through {@link JsonTree}, which needs no data binding on the way to the first screen. */
    private static final class Writer {
        static final ObjectMapper JSON = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
    private static final Pattern STEP = Pattern.compile("(\\d+)\\s*(s|m|h)");

    private final Path file;

    public SettingsStore(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    /** The settings and, when the file was unusable, why the defaults are in use. */
    public record Loaded(Settings settings, Optional<String> problem) {
    }

    public Loaded load() {
        if (!Files.exists(file)) return new Loaded(Settings.DEFAULT, Optional.empty());
        JsonNode root;
        try {
            root = JsonTree.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            return new Loaded(Settings.DEFAULT, Optional.of(setAside("Settings could not be read (" + reason
                    + "). Using the defaults", false)));
        }
        if (root == null || !root.isObject()) {
            return new Loaded(Settings.DEFAULT, Optional.of(setAside("Settings could not be read (the file holds "
                    + (root == null || root.isMissingNode() ? "nothing" : root.getNodeType().name().toLowerCase(Locale.ROOT))
                    + ", not a JSON object). Using the defaults", false)));
        }
        List<String> problems = new ArrayList<>();
        Settings settings = fromJson((ObjectNode) root, problems);
        if (problems.isEmpty()) return new Loaded(settings, Optional.empty());
        String message = setAside("Some settings could not be used (" + String.join("; ", problems)
                + "), so they are back to their defaults", true);
        // The file now holds what is in use, so the next start does not complain again; the old one is set aside.
        if (!message.contains("could not be set aside")) {
            try {
                save(settings);
            } catch (UncheckedIOException ignored) {
                // the settings in use are still right; the next start reads the file again and says so again
            }
        }
        return new Loaded(settings, Optional.of(message));
    }

    /** Copies the file to {@code settings.json.bad} (never touching the original) and finishes the message. */
    private String setAside(String message, boolean rest) {
        Path aside = file.resolveSibling(FILE + ".bad");
        try {
            Files.copy(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException copyFailed) {
            return message + ". The file could not be set aside: " + copyFailed.getMessage() + ".";
        }
        return message + (rest ? "; the others are kept" : "") + ". The old file is kept as " + aside + ".";
    }

    /** Writes the settings atomically: a crash leaves either the old file or the new one, never half of one. */
    public void save(Settings settings) {
        try {
            AtomicFiles.writePrivate(file, Writer.JSON.writeValueAsString(toJson(settings)).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save settings to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file's JSON shape: steps as "1m", "10m", "30s", "2h"; theme in lower case. */
    record SettingsJson(Double desiredRetention, Integer newPerDay, Integer reviewsPerDay, List<String> learningSteps,
                        List<String> relearningSteps, String theme, Integer fontZoomPercent, Boolean autoAdvance,
                        Map<KeyAction, List<String>> keys, Thresholds suggestRating) {
    }

    /** Scores from which Hard, Good and Easy are suggested. */
    record Thresholds(int hard, int good, int easy) {
    }

    /**
     * The settings in {@code json}, field by field: a field that is missing keeps its default, one that is
     * unusable (wrong type, out of range, null) keeps its default too and is named in {@code problems}.
     */
    private static Settings fromJson(ObjectNode json, List<String> problems) {
        Settings s = Settings.DEFAULT;
        java.util.Iterator<String> names = json.fieldNames();
        List<String> known = List.of("desiredRetention", "newPerDay", "reviewsPerDay", "learningSteps", "relearningSteps",
                "theme", "fontZoomPercent", "autoAdvance", "keys", "suggestRating");
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) problems.add(name + ": not a setting Latent knows");
        }
        s = field(json, "desiredRetention", s, problems, (v, d) -> d.withDesiredRetention(number(v)));
        s = field(json, "newPerDay", s, problems, (v, d) -> d.withDailyLimits(integer(v), d.reviewsPerDay()));
        s = field(json, "reviewsPerDay", s, problems, (v, d) -> d.withDailyLimits(d.newPerDay(), integer(v)));
        s = field(json, "learningSteps", s, problems, (v, d) -> d.withSteps(parseSteps(texts(v)), d.relearningSteps()));
        s = field(json, "relearningSteps", s, problems, (v, d) -> d.withSteps(d.learningSteps(), parseSteps(texts(v))));
        s = field(json, "theme", s, problems, (v, d) -> d.withTheme(theme(text(v))));
        s = field(json, "fontZoomPercent", s, problems, (v, d) -> d.withFontZoom(integer(v)));
        s = field(json, "autoAdvance", s, problems, (v, d) -> {
            if (!v.isBoolean()) throw new IllegalArgumentException("must be true or false, was " + v);
            return d.withAutoAdvance(v.booleanValue());
        });
        JsonNode keys = json.get("keys");
        if (keys != null) {
            if (!keys.isObject()) {
                problems.add("keys: must be an object of actions and their keys, was " + keys);
            } else {
                java.util.Iterator<Map.Entry<String, JsonNode>> bindings = keys.fields();
                while (bindings.hasNext()) {
                    Map.Entry<String, JsonNode> binding = bindings.next();
                    try {
                        KeyAction action = KeyAction.valueOf(binding.getKey());
                        s = s.withKeys(action, texts(binding.getValue()));
                    } catch (RuntimeException e) {
                        problems.add("keys." + binding.getKey() + ": " + (e.getMessage() != null && e.getMessage().startsWith("No enum")
                                ? "not an action Latent knows" : e.getMessage()));
                    }
                }
            }
        }
        s = field(json, "suggestRating", s, problems, (v, d) -> {
            if (!v.isObject()) throw new IllegalArgumentException("must be an object with hard, good and easy, was " + v);
            RatingThresholds t = d.ratingThresholds();
            return d.withRatingThresholds(new RatingThresholds(
                    v.has("hard") ? integer(v.get("hard")) : t.hard(),
                    v.has("good") ? integer(v.get("good")) : t.good(),
                    v.has("easy") ? integer(v.get("easy")) : t.easy()));
        });
        return s;
    }

    @FunctionalInterface
    private interface FieldReader {
        Settings apply(JsonNode value, Settings current);
    }

    private static Settings field(ObjectNode json, String name, Settings current, List<String> problems, FieldReader reader) {
        JsonNode value = json.get(name);
        if (value == null) return current;
        try {
            if (value.isNull()) throw new IllegalArgumentException("is null");
            return reader.apply(value, current);
        } catch (RuntimeException e) {
            problems.add(name + ": " + e.getMessage());
            return current;
        }
    }

    private static double number(JsonNode value) {
        if (!value.isNumber()) throw new IllegalArgumentException("must be a number, was " + value);
        return value.doubleValue();
    }

    private static int integer(JsonNode value) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("must be a whole number, was " + value);
        }
        return value.intValue();
    }

    private static String text(JsonNode value) {
        if (!value.isTextual()) throw new IllegalArgumentException("must be text, was " + value);
        return value.textValue();
    }

    private static List<String> texts(JsonNode value) {
        if (value == null || !value.isArray()) throw new IllegalArgumentException("must be a list of text, was " + value);
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) texts.add(text(item));
        return texts;
    }

    private static Settings.Theme theme(String name) {
        try {
            return Settings.Theme.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be light, dark or system, was \"" + name + "\"");
        }
    }

    private static SettingsJson toJson(Settings s) {
        return new SettingsJson(s.desiredRetention(), s.newPerDay(), s.reviewsPerDay(), formatSteps(s.learningSteps()),
                formatSteps(s.relearningSteps()), s.theme().name().toLowerCase(Locale.ROOT), s.fontZoomPercent(),
                s.autoAdvance(), new EnumMap<>(s.keys()), new Thresholds(s.ratingThresholds().hard(),
                s.ratingThresholds().good(), s.ratingThresholds().easy()));
    }

    /** Parses steps written as "1m", "10m", "30s" or "2h". */
    public static List<Duration> parseSteps(List<String> texts) {
        List<Duration> steps = new ArrayList<>();
        for (String text : texts) {
            Matcher m = STEP.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) throw new IllegalArgumentException("a step is written like 30s, 10m or 2h, not \"" + text + "\"");
            try {
                long amount = Long.parseLong(m.group(1));
                steps.add(switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                });
            } catch (ArithmeticException | NumberFormatException e) {
                throw new IllegalArgumentException("a step must be shorter than a day, not \"" + text + "\"");
            }
        }
        return steps;
    }

    public static List<String> formatSteps(List<Duration> steps) {
        List<String> texts = new ArrayList<>();
        for (Duration step : steps) {
            long seconds = step.getSeconds();
            if (seconds % 3600 == 0) texts.add(seconds / 3600 + "h");
            else if (seconds % 60 == 0) texts.add(seconds / 60 + "m");
            else texts.add(seconds + "s");
        }
        return texts;
    }
}
