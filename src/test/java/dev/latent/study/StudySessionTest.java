package dev.latent.study;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.deck.Question;
import dev.latent.deck.SampleAnswer;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.store.CardKey;
import dev.latent.store.DailyLimits;
import dev.latent.store.Review;
import dev.latent.store.Store;
import dev.latent.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudySessionTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @TempDir
    Path dataDir;

    private final Deck deck = DeckLibrary.loadAll(null).deck("autoencoders-gans").orElseThrow();
    private final MutableClock clock = new MutableClock(at(LocalDate.of(2026, 3, 2), 9), ZONE);
    private final Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULT);
    private Store store;

    private static Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), ZONE).toInstant();
    }

    @BeforeEach
    void open() {
        store = Store.open(dataDir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private StudySession session() {
        return new StudySession(store, deck, scheduler, DailyLimits.DEFAULT, clock);
    }

    private static String bestSample(Question question) {
        return question.samples().stream().filter(s -> s.grade() == SampleAnswer.MAX_GRADE).findFirst().orElseThrow().answer();
    }

    @Test
    void aFreshDeckStartsWithItsNewCards() {
        StudySession session = session();
        assertEquals(8, session.queue().newCount());
        StudySession.StudyCard card = session.current().orElseThrow();
        assertTrue(card.state().isNew());
        assertEquals(deck.id(), card.key().deckId());
    }

    @Test
    void submittingGradesTheAnswerAndPreviewsEveryRating() {
        StudySession session = session();
        Question question = session.current().orElseThrow().question();
        clock.advance(Duration.ofSeconds(42));
        StudySession.Feedback feedback = session.submit(bestSample(question));
        assertTrue(feedback.score().orElseThrow().score() >= 60, () -> "a grade-4 sample scores well: " + feedback.score());
        assertEquals(RatingThresholds.DEFAULT.ratingFor(feedback.score().get().score()), feedback.suggested());
        assertEquals(Set.of(Rating.values()), feedback.intervals().keySet());
        assertEquals("1m", feedback.intervals().get(Rating.AGAIN), "a new card's Again is the first learning step");
        assertEquals("10m", feedback.intervals().get(Rating.GOOD));
        assertEquals(Duration.ofSeconds(42), feedback.timeTaken());
    }

    @Test
    void theSuggestedRatingFollowsTheConfiguredThresholds() {
        StudySession strict = new StudySession(store, deck, scheduler, DailyLimits.DEFAULT, clock,
                new RatingThresholds(100, 100, 100));
        StudySession.Feedback feedback = strict.submit(bestSample(strict.current().orElseThrow().question()));
        int score = feedback.score().orElseThrow().score();
        assertEquals(score >= 100 ? Rating.EASY : Rating.AGAIN, feedback.suggested(),
                "with every threshold at 100, only a perfect score escapes Again");
    }

    @Test
    void iDontKnowIsAnEmptyAnswerThatScoresZero() {
        StudySession session = session();
        StudySession.Feedback feedback = session.submit("");
        assertEquals(0, feedback.score().orElseThrow().score());
        assertEquals(Rating.AGAIN, feedback.suggested());
    }

    @Test
    void ratingIsRecordedWithTheTypedAnswerAndUndoReturnsToTheSameCard() {
        StudySession session = session();
        StudySession.StudyCard first = session.current().orElseThrow();
        String answer = bestSample(first.question());
        int score = session.submit(answer).score().orElseThrow().score();
        session.rate(Rating.GOOD);

        List<Review> reviews = store.reviewsOf(first.key());
        assertEquals(1, reviews.size());
        assertEquals(answer, reviews.get(0).typedAnswer());
        assertEquals(score, reviews.get(0).score());
        assertTrue(reviews.get(0).conceptResultsJson().contains("\"status\":\"HIT\""), reviews.get(0).conceptResultsJson());
        assertFalse(session.current().orElseThrow().key().equals(first.key()), "moves on to another card");
        assertEquals(CardState.State.LEARNING, store.cardState(first.key()).orElseThrow().state());
        assertEquals(1, store.cardState(first.key()).orElseThrow().step());

        assertEquals(first.key(), session.undo().orElseThrow());
        assertEquals(first.key(), session.current().orElseThrow().key(), "undo goes back to the same card");
        assertTrue(session.current().get().state().isNew());
        assertEquals(List.of(), store.reviewsOf(first.key()));
        assertEquals(0, session.summary().reviewed());
    }

    @Test
    void severalDaysOfStudyFollowTheScheduleAndTheLimits() {
        Set<String> seenOnDayOne = new HashSet<>();
        int totalReviews = 0;
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (int d = 0; d < 12; d++, day = day.plusDays(1)) {
            clock.set(at(day, 9));
            StudySession session = session();
            int shownToday = 0;
            while (session.current().isPresent() && shownToday < 100) {
                StudySession.StudyCard card = session.current().get();
                if (d == 0) seenOnDayOne.add(card.key().questionId());
                clock.advance(Duration.ofSeconds(20));
                StudySession.Feedback feedback = session.submit(bestSample(card.question()));
                session.rate(feedback.suggested());
                shownToday++;
                clock.advance(Duration.ofSeconds(5));
            }
            assertTrue(shownToday < 100, "a day's session ends");
            totalReviews += session.summary().reviewed();
            if (d == 0) {
                assertEquals(8, seenOnDayOne.size(), "all eight new cards are introduced on the first day");
            }
            if (session.summary().nextDue().isPresent()) {
                assertTrue(session.summary().nextDue().get().isAfter(clock.instant()));
            }
        }
        for (Question question : deck.questions()) {
            CardState state = store.cardState(new CardKey(deck.id(), question.id())).orElseThrow();
            assertEquals(CardState.State.REVIEW, state.state(), question.id());
            assertTrue(state.due().isAfter(clock.instant()), "nothing is overdue after studying every day");
        }
        assertTrue(totalReviews >= 16 && totalReviews < 80, "reviews spread over days, not every card every day: " + totalReviews);
    }

    @Test
    void aRestartKeepsEverything() {
        StudySession session = session();
        StudySession.StudyCard first = session.current().orElseThrow();
        session.submit(bestSample(first.question()));
        session.rate(Rating.EASY);
        CardState afterRating = store.cardState(first.key()).orElseThrow();
        store.close();

        store = Store.open(dataDir);
        StudySession reopened = session();
        assertEquals(afterRating, store.cardState(first.key()).orElseThrow());
        assertEquals(7, reopened.queue().newCount(), "the rated card is no longer new");
        assertNotNull(reopened.current().orElseThrow());
        assertEquals(first.key(), reopened.undo().orElseThrow(), "undo works across a restart");
        assertTrue(reopened.feedback().isEmpty(), "the feedback of an earlier sitting is gone");
        assertEquals(bestSample(first.question()), reopened.returnedAnswer().orElseThrow(),
                "but the answer typed then comes back, to submit again");
    }

    @Test
    void aCopyThatTookTheHistoryCarriesOnTheSitting() {
        StudySession session = session();
        StudySession.StudyCard first = session.current().orElseThrow();
        session.submit(bestSample(first.question()));
        session.rate(Rating.GOOD);
        StudySession.StudyCard second = session.current().orElseThrow();
        Deck copy = new Deck("my-copy", deck.title() + " (copy)", deck.description(), deck.questions(), "my-copy.json");
        store.moveDeckHistory(deck.id(), copy.id());
        store.syncDeck(deck.id(), deck.questionIds(), clock.instant()); // the bundled deck starts afresh, as a reload does

        session.continueWithCopy(copy, "half an answer");
        assertEquals(copy, session.deck());
        assertEquals(new CardKey("my-copy", second.key().questionId()), session.current().orElseThrow().key());
        assertEquals("half an answer", session.returnedAnswer().orElseThrow(), "the answer being typed stays");
        assertEquals(7, session.queue().newCount(), "the copy's queue: its first card is no longer new");
        assertEquals(1, session.summary().reviewed(), "the sitting's rating still counts");

        session.submit(bestSample(second.question()));
        session.rate(Rating.GOOD);
        assertEquals(1, store.reviewsOf(new CardKey("my-copy", second.key().questionId())).size());
        assertEquals(0, store.reviewsOf(second.key()).size(), "nothing rated on the bundled deck");
        session.undo();
        assertEquals(new CardKey("my-copy", first.key().questionId()), session.undo().orElseThrow());
        assertTrue(session.feedback().isPresent(), "the rating given before the copy comes back with its feedback");
        assertEquals(0, session.summary().reviewed());
    }

    @Test
    void summaryCountsScoresAndTheConceptsMissedMost() {
        StudySession session = session();
        session.submit("");
        session.rate(Rating.AGAIN);
        StudySession.StudyCard second = session.current().orElseThrow();
        session.submit(bestSample(second.question()));
        session.rate(Rating.GOOD);
        SessionSummary summary = session.summary();
        assertEquals(2, summary.reviewed());
        assertEquals(2, summary.meanScore().count());
        assertFalse(summary.mostMissed().isEmpty());
        assertTrue(summary.mostMissed().get(0).times() >= 1);
        assertTrue(summary.nextDue().isPresent() || session.current().isPresent());
    }
}
