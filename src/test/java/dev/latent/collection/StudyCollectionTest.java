package dev.latent.collection;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.deck.ModelAnswer;
import dev.latent.deck.Question;
import dev.latent.platform.AppPaths;
import dev.latent.scheduling.FsrsParameters;
import dev.latent.settings.Settings;
import dev.latent.settings.SettingsStore;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The collection the app and the command line share: decks kept in sync with the store, schedulers, exam days. */
class StudyCollectionTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("UTC"));

    private StudyCollection open(Store store) {
        AppPaths paths = new AppPaths(dataDir);
        SettingsStore settings = new SettingsStore(dataDir);
        StudyCollection collection = new StudyCollection(paths, DeckLibrary.loadAll(paths.deckDir()), store, clock,
                settings, settings.load().settings());
        collection.syncAll();
        return collection;
    }

    private static Deck deck(String id, String... questionIds) {
        List<Question> questions = new java.util.ArrayList<>();
        for (String q : questionIds) questions.add(new Question(q, "What is " + q + "?", new ModelAnswer("It is " + q + ".", List.of(), null), List.of(), null, List.of()));
        return new Deck(id, "Deck " + id, "", questions, "test");
    }

    @Test
    void reloadingGivesNewDecksCardsAndOrphansRemovedOnes() throws Exception {
        try (Store store = Store.open(dataDir)) {
            StudyCollection collection = open(store);
            int bundled = collection.decks().size();
            assertFalse(collection.reloadDecks(), "nothing changed on disk");

            collection.deckFolder().save(deck("mine", "a", "b"), false);
            assertTrue(collection.reloadDecks());
            assertEquals(bundled + 1, collection.decks().size());
            assertEquals(2, store.examDates().cards("mine").size(), "each new question has a card");
            assertTrue(collection.isUserDeck(collection.deck("mine").orElseThrow()));
            assertFalse(collection.isUserDeck(collection.deck("autoencoders-gans").orElseThrow()), "bundled");

            try (var files = Files.list(new AppPaths(dataDir).deckDir())) {
                for (Path file : files.toList()) Files.delete(file);
            }
            assertTrue(collection.reloadDecks());
            assertTrue(collection.deck("mine").isEmpty());
            assertEquals(0, store.examDates().cards("mine").size(), "the removed deck's cards are orphaned (history kept)");
        }
    }

    @Test
    void eachDeckIsScheduledWithItsOwnParametersElseTheCollections() throws Exception {
        try (Store store = Store.open(dataDir)) {
            StudyCollection collection = open(store);
            assertEquals(FsrsParameters.DEFAULT.toArray()[0], collection.scheduler("autoencoders-gans").parameters().toArray()[0]);
            double[] own = FsrsParameters.DEFAULT.toArray();
            own[0] = own[0] * 2;
            store.fsrs().setFsrsParameters("autoencoders-gans", FsrsParameters.of(own));
            assertEquals(own[0], collection.scheduler("autoencoders-gans").parameters().toArray()[0]);
            assertNotEquals(own[0], collection.scheduler().parameters().toArray()[0], "the collection keeps the defaults");
            assertEquals(0.9, collection.scheduler().config().desiredRetention(), 1e-9, "from the settings");
        }
    }

    @Test
    void examDatesArePlannedAgainOnlyOnANewStudyDay() throws Exception {
        try (Store store = Store.open(dataDir)) {
            StudyCollection collection = open(store);
            assertFalse(collection.planExamsOnANewDay(), "opened today: already planned");
            clock.advance(Duration.ofHours(1));
            assertFalse(collection.planExamsOnANewDay());
            clock.advance(Duration.ofDays(1));
            assertTrue(collection.planExamsOnANewDay(), "a window left open overnight plans again");
            Deck bundled = collection.deck("autoencoders-gans").orElseThrow();
            collection.setExamDate(bundled, java.time.LocalDate.of(2026, 12, 20));
            assertEquals(java.time.LocalDate.of(2026, 12, 20), collection.examDate(bundled).orElseThrow());
            assertTrue(collection.projectedRecall(bundled).isPresent());
        }
    }

    @Test
    void settingsThatCannotBeSavedLeaveTheOldOnesInUse() throws Exception {
        try (Store store = Store.open(dataDir)) {
            StudyCollection collection = open(store);
            Settings changed = collection.settings().withDailyLimits(5, 50);
            collection.saveSettings(changed);
            assertEquals(5, collection.limits().newPerDay());
            Path file = dataDir.resolve("settings.json");
            Files.delete(file);
            Files.createDirectory(file); // a folder where the file should be: the write fails
            assertThrows(java.io.UncheckedIOException.class, () -> collection.saveSettings(changed.withDailyLimits(9, 90)));
            assertEquals(5, collection.limits().newPerDay(), "the previous settings are still in use");
        }
    }
}
