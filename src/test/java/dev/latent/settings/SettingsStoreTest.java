package dev.latent.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void noFileMeansDefaults() {
        SettingsStore.Loaded loaded = new SettingsStore(dataDir).load();
        assertEquals(Settings.DEFAULT, loaded.settings());
        assertTrue(loaded.problem().isEmpty());
    }

    @Test
    void everySettingSurvivesASaveAndLoad() throws Exception {
        Settings changed = Settings.DEFAULT.withDesiredRetention(0.85).withDailyLimits(7, 150)
                .withSteps(List.of(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(2)), List.of())
                .withTheme(Settings.Theme.DARK).withFontZoom(250).withAutoAdvance(true)
                .withKeys(KeyAction.UNDO, List.of("Backspace"))
                .withRatingThresholds(new dev.latent.study.RatingThresholds(30, 55, 90));
        SettingsStore store = new SettingsStore(dataDir);
        store.save(changed);
        assertEquals(changed, new SettingsStore(dataDir).load().settings());
        String json = Files.readString(dataDir.resolve(SettingsStore.FILE));
        assertTrue(json.contains("\"learningSteps\" : [ \"30s\", \"5m\", \"2h\" ]"), json);
        assertTrue(json.contains("\"theme\" : \"dark\""), json);
        assertTrue(json.contains("\"suggestRating\" : {"), json);
        try (var files = Files.list(dataDir)) {
            assertEquals(List.of(dataDir.resolve(SettingsStore.FILE)), files.toList(), "no temp file left behind");
        }
    }

    @Test
    void unreadableFileIsKeptAsideAndDefaultsUsed() throws Exception {
        Path file = dataDir.resolve(SettingsStore.FILE);
        Files.writeString(file, "{\"desiredRetention\": 1.5}");
        SettingsStore.Loaded loaded = new SettingsStore(dataDir).load();
        assertEquals(Settings.DEFAULT, loaded.settings());
        assertTrue(loaded.problem().orElseThrow().contains("desired retention must be between 0.70 and 0.99"),
                loaded.problem()::get);
        assertEquals("{\"desiredRetention\": 1.5}", Files.readString(dataDir.resolve("settings.json.bad")));
    }

    @Test
    void partialFileKeepsDefaultsForTheRest() throws Exception {
        Files.writeString(dataDir.resolve(SettingsStore.FILE), "{\"fontZoomPercent\": 150}");
        Settings loaded = new SettingsStore(dataDir).load().settings();
        assertEquals(150, loaded.fontZoomPercent());
        assertEquals(Settings.DEFAULT.withFontZoom(150), loaded);
    }

    @Test
    void valuesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULT.withFontZoom(79));
        assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULT.withFontZoom(301));
        assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULT.withDailyLimits(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULT.withSteps(List.of(Duration.ZERO), List.of()));
        assertThrows(IllegalArgumentException.class, () -> SettingsStore.parseSteps(List.of("10 minutes")));
        assertEquals(List.of(Duration.ofMinutes(10)), SettingsStore.parseSteps(List.of(" 10m ")));
    }

    @Test
    void unboundActionsKeepTheirDefaultKeys() {
        Settings rebound = Settings.DEFAULT.withKeys(KeyAction.RATE_GOOD, List.of("G"));
        assertEquals(List.of("G"), rebound.keys().get(KeyAction.RATE_GOOD));
        assertEquals(List.of("Shortcut+Z", "U"), rebound.keys().get(KeyAction.UNDO));
    }

    @Test
    void aFileHoldingNullStartsWithTheDefaultsAndSaysSo() throws Exception {
        Files.writeString(dataDir.resolve(SettingsStore.FILE), "null");
        SettingsStore.Loaded loaded = new SettingsStore(dataDir).load();
        assertEquals(Settings.DEFAULT, loaded.settings());
        assertTrue(loaded.problem().orElseThrow().contains("not a JSON object"), loaded.problem()::get);
        assertEquals("null", Files.readString(dataDir.resolve("settings.json.bad")));
    }

    @Test
    void onlyTheBadFieldsFallBackToTheirDefaults() throws Exception {
        Path file = dataDir.resolve(SettingsStore.FILE);
        String original = """
                {"fontZoomPercent": 150, "newPerDay": null, "keys": {"UNDO": null, "RATE_GOOD": ["G"]},
                 "learningSteps": ["99999999999999h"], "relearningSteps": ["5m"], "theme": "dark", "autoAdvance": "yes"}""";
        Files.writeString(file, original);
        SettingsStore.Loaded loaded = new SettingsStore(dataDir).load();
        Settings expected = Settings.DEFAULT.withFontZoom(150).withKeys(KeyAction.RATE_GOOD, List.of("G"))
                .withSteps(Settings.DEFAULT.learningSteps(), List.of(Duration.ofMinutes(5))).withTheme(Settings.Theme.DARK);
        assertEquals(expected, loaded.settings(), "the good fields are kept, the bad ones are defaults");
        String problem = loaded.problem().orElseThrow();
        for (String field : List.of("newPerDay", "keys.UNDO", "learningSteps", "autoAdvance")) {
            assertTrue(problem.contains(field + ": "), field + " is named: " + problem);
        }
        assertTrue(problem.contains(dataDir.resolve("settings.json.bad").toString()), problem);
        assertEquals(original, Files.readString(dataDir.resolve("settings.json.bad")), "the file as it was is kept");
        SettingsStore.Loaded again = new SettingsStore(dataDir).load();
        assertEquals(expected, again.settings());
        assertTrue(again.problem().isEmpty(), "the repaired file reads cleanly next time");
    }

    @Test
    void anOverflowingStepIsRefusedAsTooLongRatherThanFailing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SettingsStore.parseSteps(List.of("9999999999999999h")));
        assertTrue(e.getMessage().contains("shorter than a day"), e.getMessage());
    }
}
