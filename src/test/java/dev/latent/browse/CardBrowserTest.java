package dev.latent.browse;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.store.CardKey;
import dev.latent.store.ReviewInput;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The browser's rows and filters over the bundled deck, and its changes to a selection. */
class CardBrowserTest {

    private static final Scheduler SCHEDULER = new Scheduler(SchedulerConfig.DEFAULT);

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));

    private Deck bundled() {
        return DeckLibrary.loadAll(dataDir.resolve("decks")).deck("autoencoders-gans").orElseThrow();
    }

    @Test
    void rowsJoinTheDeckWithTheStoreAndFilterByEveryCriterion() {
        Deck deck = bundled();
        try (Store store = Store.open(dataDir)) {
            store.syncDeck(deck.id(), deck.questions().stream().map(q -> q.id()).toList(), clock.instant());
            String first = deck.questions().get(0).id();
            CardKey firstKey = new CardKey(deck.id(), first);
            CardState after = SCHEDULER.review(CardState.newCard(clock.instant()), Rating.GOOD, clock.instant()).card();
            store.recordReview(ReviewInput.of(firstKey, Rating.GOOD, after, clock.instant(), 1000));
            CardBrowser browser = new CardBrowser(store, SCHEDULER, clock, List.of(deck));

            List<BrowserRow> all = browser.rows(CardSearch.ALL);
            assertEquals(deck.size(), all.size());
            assertEquals(deck.questions().get(0).prompt(), all.get(0).prompt());
            assertEquals(BrowserRow.State.LEARNING, all.get(0).state());
            assertTrue(all.get(0).retrievability().isPresent(), "a studied card has a retrievability");
            assertTrue(all.get(1).retrievability().isEmpty(), "a new card has none");

            assertEquals(1, browser.rows(CardSearch.ALL.withState(BrowserRow.State.LEARNING)).size());
            assertEquals(deck.size() - 1, browser.rows(CardSearch.ALL.withState(BrowserRow.State.NEW)).size());
            assertEquals(0, browser.rows(CardSearch.ALL.withDeck("another-deck")).size());

            String tag = deck.questions().get(0).tags().get(0);
            long tagged = deck.questions().stream().filter(q -> q.tags().contains(tag)).count();
            assertEquals(tagged, browser.rows(CardSearch.ALL.withTag(tag.toUpperCase())).size(), "tags match in any case");

            // Words must all appear, anywhere in the prompt, answer, tags or deck title.
            assertTrue(browser.rows(CardSearch.ALL.withText("GAN mode collapse")).stream()
                    .allMatch(r -> (r.prompt() + r.question().answer().fullText()).toLowerCase().contains("mode collapse")));
            assertEquals(0, browser.rows(CardSearch.ALL.withText("autoencoder zebra")).size());

            assertEquals(1, browser.flag(List.of(firstKey), 2));
            assertEquals(List.of(firstKey), browser.rows(CardSearch.ALL.withFlaggedOnly(true)).stream().map(BrowserRow::key).toList());
        }
    }

    @Test
    void changesApplyToTheSelectionAndShowInTheRows() {
        Deck deck = bundled();
        try (Store store = Store.open(dataDir)) {
            store.syncDeck(deck.id(), deck.questions().stream().map(q -> q.id()).toList(), clock.instant());
            CardBrowser browser = new CardBrowser(store, SCHEDULER, clock, List.of(deck));
            List<CardKey> two = browser.rows(CardSearch.ALL).subList(0, 2).stream().map(BrowserRow::key).toList();

            assertEquals(2, browser.suspend(two, true));
            assertEquals(two, browser.rows(CardSearch.ALL.withState(BrowserRow.State.SUSPENDED)).stream().map(BrowserRow::key).toList());
            browser.suspend(two, false);

            assertEquals(2, browser.bury(two));
            assertEquals(2, browser.rows(CardSearch.ALL.withState(BrowserRow.State.BURIED)).size());
            clock.advance(Duration.ofDays(1));
            assertEquals(0, browser.rows(CardSearch.ALL.withState(BrowserRow.State.BURIED)).size(), "tomorrow they are back");

            assertEquals(0, browser.setDueInDays(two, 3), "new cards have no due date to move");
            assertThrows(IllegalArgumentException.class, () -> browser.setDueInDays(two, -1));
        }
    }
}
