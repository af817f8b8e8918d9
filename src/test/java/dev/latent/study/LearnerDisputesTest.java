package dev.latent.study;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.deck.Question;
import dev.latent.deck.edit.DeckEdits;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.scoring.ConceptResult;
import dev.latent.scoring.ConceptStatus;
import dev.latent.scoring.RubricHarness;
import dev.latent.scoring.Span;
import dev.latent.store.DailyLimits;
import dev.latent.store.PersonalSample;
import dev.latent.store.ReviewStats;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "I did say this" and "this grade is wrong": the learner's word against the grader's, kept and counted. */
class LearnerDisputesTest {

    @TempDir
    Path dataDir;

    private final Deck deck = DeckLibrary.loadAll(null).deck("autoencoders-gans").orElseThrow();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(dataDir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A session on the tied-weights card, the first one answered. */
    private StudySession sessionOn(String questionId) {
        StudySession session = new StudySession(store, deck, new Scheduler(SchedulerConfig.DEFAULT), DailyLimits.DEFAULT, clock);
        while (!session.current().orElseThrow().question().id().equals(questionId)) {
            session.submit("");
            session.rate(Rating.EASY);
        }
        return session;
    }

    /** The statistics of the last day count the concept as missed in no review. */
    private void assertNotCountedAsMissed(String conceptId, String why) {
        List<ReviewStats.ConceptTally> tallies = store.statistics().conceptTallies(clock.instant().minus(Duration.ofDays(1)),
                clock.instant(), clock.instant().plus(Duration.ofMinutes(1)));
        assertTrue(tallies.stream().noneMatch(t -> t.conceptId().equals(conceptId) && t.missed() > 0), why + ": " + tallies);
    }

    private static ConceptResult concept(StudySession.Feedback feedback, String id) {
        return feedback.score().orElseThrow().concepts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void iDidSayThisRegradesKeepsTheSampleAndTheReviewDoesNotCountItAsMissed() {
        StudySession session = sessionOn("gan-training");
        String answer = "Mode collapse, and the knobs are very finicky.";
        StudySession.Feedback before = session.submit(answer);
        assertEquals(ConceptStatus.MISSED, concept(before, "hyperparameters").status(), "the grader does not see it");
        int start = answer.indexOf("the knobs");
        StudySession.Feedback after = session.claimConcept("hyperparameters", new Span(start, answer.length() - 1));

        ConceptResult claimed = concept(after, "hyperparameters");
        assertEquals(ConceptStatus.HIT, claimed.status());
        assertEquals("the knobs are very finicky", claimed.evidence().text());
        assertTrue(after.score().orElseThrow().score() > before.score().orElseThrow().score(), "credited");
        PersonalSample sample = after.disputed().orElseThrow();
        assertEquals(after.score().orElseThrow().grade(), sample.grade());
        assertEquals(List.of(sample), store.personalSamples(deck.id()), "kept at once, before any rating");

        session.rate(after.suggested());
        assertNotCountedAsMissed("hyperparameters", "statistics do not count the claimed concept as missed");
    }

    @Test
    void aSecondClaimOnTheSameAnswerUpdatesTheSameSample() {
        StudySession session = sessionOn("gan-training");
        String answer = "The outputs all look alike and the two players keep chasing each other.";
        session.submit(answer);
        session.claimConcept("mode-collapse", new Span(0, answer.indexOf(" and")));
        StudySession.Feedback twice = session.claimConcept("convergence", new Span(answer.indexOf("keep"), answer.length() - 1));
        assertEquals(2, twice.disputed().orElseThrow().claims().size());
        assertEquals(1, store.personalSamples(deck.id()).size(), "one answer, one sample");
    }

    @Test
    void thisGradeIsWrongKeepsTheLearnersGradeAndSuggestsItsRating() {
        StudySession session = sessionOn("ae-tasks");
        StudySession.Feedback shown = session.submit("Making pictures smaller and cleaning them up.");
        StudySession.Feedback corrected = session.correctGrade(3);
        assertEquals(Rating.GOOD, corrected.suggested());
        assertEquals(shown.score(), corrected.score(), "the score shown stays the grader's");
        PersonalSample sample = store.personalSamples(deck.id()).get(0);
        assertEquals(3, sample.grade());
        assertTrue(sample.note().startsWith("the grade should be 3"), sample.note());
        assertThrows(IllegalArgumentException.class, () -> session.correctGrade(5));
    }

    @Test
    void claimsNeedWordsOfTheAnswer() {
        StudySession session = sessionOn("ae-tasks");
        session.submit("compress data");
        assertThrows(IllegalArgumentException.class, () -> session.claimConcept("denoising", new Span(0, 0)));
        assertThrows(IllegalArgumentException.class, () -> session.claimConcept("denoising", new Span(0, 99)));
        assertThrows(IllegalArgumentException.class, () -> session.claimConcept("no-such-concept", new Span(0, 4)));
        assertTrue(store.personalSamples(deck.id()).isEmpty(), "nothing kept from a refused claim");
    }

    @Test
    void personalSamplesCountInTheRubricTest() {
        StudySession session = sessionOn("ae-tasks");
        session.submit("Making pictures smaller and cleaning them up.");
        session.correctGrade(3);
        Question tasks = deck.question("ae-tasks").orElseThrow();
        Deck mine = LearnerSamples.withSamples(deck, store.personalSamples(deck.id()));
        int before = RubricHarness.run(deck).questions().stream().filter(q -> q.questionId().equals("ae-tasks"))
                .findFirst().orElseThrow().agreement().samples();
        int after = RubricHarness.run(mine).questions().stream().filter(q -> q.questionId().equals("ae-tasks"))
                .findFirst().orElseThrow().agreement().samples();
        assertEquals(tasks.samples().size() + 1, after);
        assertEquals(before + 1, after);
        assertTrue(mine.question("ae-tasks").orElseThrow().samples().get(after - 1).note().startsWith(LearnerSamples.NOTE_PREFIX));
        assertFalse(deck.question("ae-tasks").orElseThrow().samples().stream()
                .anyMatch(s -> s.note().startsWith(LearnerSamples.NOTE_PREFIX)), "the deck itself is untouched");
    }

    @Test
    void undoBringsBackTheGradedAnswerWithItsClaimAndTheRedoneReviewKeepsTheCredit() {
        StudySession session = sessionOn("gan-training");
        String answer = "Mode collapse, and the knobs are very finicky.";
        session.submit(answer);
        StudySession.Feedback claimed = session.claimConcept("hyperparameters",
                new Span(answer.indexOf("the knobs"), answer.length() - 1));
        session.rate(Rating.AGAIN);

        session.undo();
        StudySession.Feedback back = session.feedback().orElseThrow(() -> new AssertionError("undo returns to the feedback"));
        assertEquals("gan-training", session.current().orElseThrow().question().id());
        assertEquals(claimed, back, "the graded answer, its claim and its suggestion, as they were before the rating");
        assertEquals(List.of(claimed.disputed().orElseThrow()), store.personalSamples(deck.id()),
                "the sample belongs to that feedback, which is back: kept, and only once");

        session.rate(back.suggested());
        assertNotCountedAsMissed("hyperparameters", "the review given again still credits the claimed concept");
    }

    @Test
    void anAnswerSentBackByAnEditKeepsItsClaimWhenGradedAgain() {
        StudySession session = sessionOn("gan-training");
        String answer = "Mode collapse, and the knobs are very finicky.";
        session.submit(answer);
        StudySession.Feedback claimed = session.claimConcept("hyperparameters",
                new Span(answer.indexOf("the knobs"), answer.length() - 1));
        int index = deck.questions().indexOf(deck.question("gan-training").orElseThrow());
        session.useEditedDeck(DeckEdits.withQuestion(deck, index, q -> DeckEdits.withPrompt(q, "Why are GANs hard to train?")));
        assertEquals(answer, session.returnedAnswer().orElseThrow(), "graded against the old question: back in the box");

        StudySession.Feedback again = session.submit(answer);
        assertEquals(claimed.disputed(), again.disputed(), "graded again with the learner's claim");
        assertEquals(ConceptStatus.HIT, concept(again, "hyperparameters").status());
        session.correctGrade(2);
        assertEquals(1, store.personalSamples(deck.id()).size(), "one answer, one sample");
    }

    /** The app restarted: a new store and a new sitting, which undoes the last sitting's rating. */
    private StudySession laterSitting() {
        store.close();
        store = Store.open(dataDir);
        return new StudySession(store, deck, new Scheduler(SchedulerConfig.DEFAULT), DailyLimits.DEFAULT, clock);
    }

    @Test
    void undoInALaterSittingBringsTheClaimBackWithTheAnswerAndKeepsOneSample() {
        StudySession session = sessionOn("gan-training");
        String answer = "Mode collapse, and the knobs are very finicky.";
        session.submit(answer);
        StudySession.Feedback claimed = session.claimConcept("hyperparameters",
                new Span(answer.indexOf("the knobs"), answer.length() - 1));
        session.rate(claimed.suggested());

        StudySession later = laterSitting();
        later.undo();
        assertEquals(answer, later.returnedAnswer().orElseThrow(), "the answer typed then, to submit again");
        StudySession.Feedback again = later.submit(answer);
        assertEquals(claimed.disputed(), again.disputed(), "the claim filed for this answer comes back with it");
        assertEquals(claimed.score(), again.score(), "the claimed concept is credited again");
        assertEquals(claimed.suggested(), again.suggested());

        StudySession.Feedback corrected = later.correctGrade(1);
        assertEquals(claimed.disputed().orElseThrow().id(), corrected.disputed().orElseThrow().id());
        assertEquals(1, store.personalSamples(deck.id()).size(), "disputing again changes that sample, never adds a second");
        assertEquals(1, store.personalSamples(deck.id()).get(0).grade());
    }

    @Test
    void undoInALaterSittingBringsTheCorrectedGradeBackAndItsSuggestion() {
        StudySession session = sessionOn("ae-tasks");
        String answer = "Making pictures smaller and cleaning them up.";
        StudySession.Feedback shown = session.submit(answer);
        StudySession.Feedback corrected = session.correctGrade(3);
        session.rate(Rating.GOOD);

        StudySession later = laterSitting();
        later.undo();
        StudySession.Feedback again = later.submit(later.returnedAnswer().orElseThrow());
        assertEquals(corrected.disputed(), again.disputed());
        assertEquals(shown.score(), again.score(), "the score shown stays the grader's");
        assertEquals(Rating.GOOD, again.suggested(), "the rating follows the learner's grade, as it did");
    }

    @Test
    void anotherAnswerAfterUndoIsGradedOnItsOwnAndTheKeptSampleStays() {
        StudySession session = sessionOn("ae-tasks");
        String answer = "Making pictures smaller and cleaning them up.";
        session.submit(answer);
        session.correctGrade(3);
        session.rate(Rating.GOOD);

        StudySession later = laterSitting();
        later.undo();
        StudySession.Feedback other = later.submit(answer + " And generating new ones.");
        assertTrue(other.disputed().isEmpty(), "the dispute was about the other answer");
        assertEquals(RatingThresholds.DEFAULT.ratingFor(other.score().orElseThrow().score()), other.suggested());
        later.correctGrade(4);
        assertEquals(List.of(3, 4), store.personalSamples(deck.id()).stream().map(PersonalSample::grade).toList(),
                "two answers, two samples: the first stays the graded sample of what was typed then");
    }
}
