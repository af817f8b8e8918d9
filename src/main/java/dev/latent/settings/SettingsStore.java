package dev.latent.settings;

import dev.latent.platform.AtomicFiles;
import dev.latent.study.RatingThresholds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

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
 * atomically. A file that cannot be read is set aside as {@code settings.json.invalid}, never overwritten,
 * and the defaults are used with a message saying so.
 */
public final class SettingsStore {

    public static final String FILE = "settings.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
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
        try {
            SettingsJson json = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), SettingsJson.class);
            return new Loaded(fromJson(json), Optional.empty());
        } catch (IOException | IllegalArgumentException e) {
            Path aside = file.resolveSibling(FILE + ".invalid");
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            try {
                Files.copy(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException copyFailed) {
                return new Loaded(Settings.DEFAULT, Optional.of("Settings could not be read (" + reason
                        + ") and could not be set aside: " + copyFailed.getMessage() + ". Using the defaults."));
            }
            return new Loaded(Settings.DEFAULT, Optional.of("Settings could not be read (" + reason
                    + "). Using the defaults; the old file is kept as " + aside + "."));
        }
    }

    /** Writes the settings atomically: a crash leaves either the old file or the new one, never half of one. */
    public void save(Settings settings) {
        try {
            AtomicFiles.write(file, JSON.writeValueAsString(toJson(settings)).getBytes(StandardCharsets.UTF_8));
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

    private static Settings fromJson(SettingsJson json) {
        Settings d = Settings.DEFAULT;
        return new Settings(
                json.desiredRetention() == null ? d.desiredRetention() : json.desiredRetention(),
                json.newPerDay() == null ? d.newPerDay() : json.newPerDay(),
                json.reviewsPerDay() == null ? d.reviewsPerDay() : json.reviewsPerDay(),
                json.learningSteps() == null ? d.learningSteps() : parseSteps(json.learningSteps()),
                json.relearningSteps() == null ? d.relearningSteps() : parseSteps(json.relearningSteps()),
                json.theme() == null ? d.theme() : Settings.Theme.valueOf(json.theme().toUpperCase(Locale.ROOT)),
                json.fontZoomPercent() == null ? d.fontZoomPercent() : json.fontZoomPercent(),
                json.autoAdvance() == null ? d.autoAdvance() : json.autoAdvance(),
                json.keys() == null ? d.keys() : new EnumMap<>(json.keys()),
                json.suggestRating() == null ? d.ratingThresholds() : new RatingThresholds(
                        json.suggestRating().hard(), json.suggestRating().good(), json.suggestRating().easy()));
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
            long amount = Long.parseLong(m.group(1));
            steps.add(switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            });
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
