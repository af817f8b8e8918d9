package dev.latent.study;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.store.CardKey;
import dev.latent.store.DailyLimits;
import dev.latent.scheduling.ReviewType;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a returning student with nothing due can still do: Anki's custom study. */
class CustomStudyTest {

    private static final ZoneId ZONE = ZoneId.of("UTC");

    @TempDir
    Path dataDir;

    private final Deck deck = DeckLibrary.loadAll(null).deck("autoencoders-gans").orElseThrow();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZONE);
    private final Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT);
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(dataDir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private StudySession session(DailyLimits limits, CustomStudy rule) {
        return new StudySession(store, deck, scheduler, limits, clock, RatingThresholds.DEFAULT, rule);
    }

    /** Answers every card the session offers with this rating (Easy graduates a new card at once). */
    private List<CardKey> answerAll(StudySession session, Rating rating) {
        List<CardKey> seen = new ArrayList<>();
        while (session.current().isPresent()) {
            seen.add(session.current().get().key());
            session.submit("an answer");
            clock.advance(Duration.ofSeconds(20));
            session.rate(rating);
        }
        return seen;
    }

    @Test
    void reviewAheadShowsTheCardsDueInTheNextDaysOnceEach() {
        answerAll(session(DailyLimits.DEFAULT, null), Rating.EASY);
        clock.advance(Duration.ofHours(1));
        StudySession due = session(DailyLimits.DEFAULT, null);
        assertTrue(due.current().isEmpty(), "nothing due right after graduating every card");

        int nextDays = 60;
        StudySession ahead = session(DailyLimits.DEFAULT, new CustomStudy.ReviewAhead(nextDays));
        assertEquals(8, due.available(new CustomStudy.ReviewAhead(nextDays)));
        assertEquals(0, due.available(new CustomStudy.ReviewAhead(1)), "Easy put every card days away");
        List<CardKey> seen = answerAll(ahead, Rating.GOOD);
        assertEquals(8, seen.size());
        assertEquals(8, new HashSet<>(seen).size(), "each card once");
        for (CardKey key : seen) {
            assertEquals(ReviewType.FILTERED, store.reviewsOf(key).get(1).type(), "logged as Anki logs early reviews");
        }
    }

    @Test
    void forgottenCardsAreThoseRatedAgainLately() {
        StudySession first = session(DailyLimits.DEFAULT, null);
        CardKey forgotten = first.current().orElseThrow().key();
        first.submit("");
        first.rate(Rating.AGAIN);
        answerAll(first, Rating.EASY); // the forgotten card too, when its step comes round
        clock.advance(Duration.ofHours(2));
        assertTrue(session(DailyLimits.DEFAULT, null).current().isEmpty(), "nothing due two hours later");

        StudySession again = session(DailyLimits.DEFAULT, new CustomStudy.Forgotten(1));
        assertEquals(List.of(forgotten), answerAll(again, Rating.GOOD), "only the card rated Again today, once");
        assertEquals(0, again.available(new CustomStudy.Forgotten(1)), "a card answered in this session is not offered again");
        clock.advance(Duration.ofDays(1));
        StudySession nextDay = session(DailyLimits.DEFAULT, null);
        assertEquals(0, nextDay.available(new CustomStudy.Forgotten(1)), "none rated Again on the new day");
        assertEquals(1, nextDay.available(new CustomStudy.Forgotten(2)), "yesterday's counts in the last two days");
    }

    @Test
    void extraNewCardsTodayLetMoreInAndLastTheDay() {
        StudySession session = session(new DailyLimits(2, 200), null);
        assertEquals(2, session.queue().newCount());
        answerAll(session, Rating.EASY);
        assertTrue(session.current().isEmpty());
        assertEquals(6, session.newQuestions().size(), "six never answered");

        session.extendNewCards(3);
        assertEquals(3, session.queue().newCount(), "three more let in at once");
        store.close();
        store = Store.open(dataDir);
        assertEquals(3, session(new DailyLimits(2, 200), null).queue().newCount(), "kept across a restart");
        clock.advance(Duration.ofDays(1));
        assertEquals(2, session(new DailyLimits(2, 200), null).queue().newCount(), "the next day has its usual limit");
        assertThrows(IllegalArgumentException.class, () -> store.extendNewCards(deck.id(), java.time.LocalDate.now(), 0));
    }

    @Test
    void daysOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CustomStudy.ReviewAhead(0));
        assertThrows(IllegalArgumentException.class, () -> new CustomStudy.Forgotten(CustomStudy.MAX_DAYS + 1));
    }
}
