package dev.latent.study;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.scheduling.CardState;
import dev.latent.scheduling.IntervalFormat;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.StudyDay;
import dev.latent.scoring.CompiledRubric;
import dev.latent.scoring.Grader;
import dev.latent.scoring.ScoreResult;
import dev.latent.scoring.Span;
import dev.latent.store.CardKey;
import dev.latent.store.DailyLimits;
import dev.latent.store.DueCard;
import dev.latent.store.DueQueue;
import dev.latent.store.PersonalSample;
import dev.latent.scheduling.ReviewType;
import dev.latent.store.Store;
import dev.latent.store.UndoneReview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One sitting with one deck, the reviewer's loop: show the next due card, take a typed answer, grade it
 * against the rubric, preview each rating's interval, record the rating (durably, before moving on), undo.
 * Everything it learns goes to the {@link Store}; the session itself only keeps what the summary needs.
 */
public final class StudySession {

    private final Store store;
    /** Replaced only when the learner edited it from the reviewer ({@link #useEditedDeck}, {@link #continueWithCopy}). */
    private Deck deck;
    private final Scheduler scheduler;
    private final DailyLimits limits;
    private final Clock clock;
    private final RatingThresholds ratings;
    // Concurrent: grading may run on a thread of its own (see grade).
    private final Map<String, CompiledRubric> rubrics = new java.util.concurrent.ConcurrentHashMap<>();
    private final Deque<Answered> answered = new ArrayDeque<>();

    /** The custom study rule this session follows, or null for the day's due cards. */
    private final CustomStudy custom;

    private DueQueue queue;
    private StudyCard current;
    private Instant shownAt;
    private Feedback feedback;
    /** What the learner had typed for a card brought back by undo from an earlier sitting, for the answer box. */
    private String returnedAnswer;
    /**
     * The learner's dispute of that answer (a personal sample), if any: submitted again unchanged, the answer is graded
     * with it, and disputing again changes that sample, never adds one. Volatile: {@link #grade} may run elsewhere.
     */
    private volatile PersonalSample returnedDispute;

    public StudySession(Store store, Deck deck, Scheduler scheduler, DailyLimits limits, Clock clock) {
        this(store, deck, scheduler, limits, clock, RatingThresholds.DEFAULT);
    }

    /** @param ratings which rating a score suggests */
    public StudySession(Store store, Deck deck, Scheduler scheduler, DailyLimits limits, Clock clock, RatingThresholds ratings) {
        this(store, deck, scheduler, limits, clock, ratings, null);
    }

    /**
     * @param custom the custom study rule picking the cards (learning cards due now come first, as always), or null
     *     for the day's due cards
     */
    public StudySession(Store store, Deck deck, Scheduler scheduler, DailyLimits limits, Clock clock, RatingThresholds ratings,
                        CustomStudy custom) {
        this.custom = custom;
        this.ratings = Objects.requireNonNull(ratings);
        this.store = Objects.requireNonNull(store);
        this.deck = Objects.requireNonNull(deck);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.limits = Objects.requireNonNull(limits);
        this.clock = Objects.requireNonNull(clock);
        store.syncDeck(deck.id(), deck.questionIds(), clock.instant());
        advance();
    }

    /** A card to answer: the question and its scheduling state. */
    public record StudyCard(CardKey key, Question question, CardState state) {
    }

    /**
     * What the learner sees after submitting.
     *
     * @param score the rubric's verdict, or empty for a question without a rubric
     * @param suggestion the rating the score (or the learner's own grade) calls for; empty without a rubric, where
     *     nothing justifies one
     * @param intervals each rating's next interval, as shown on its button ("10m", "4d")
     * @param disputed the learner's correction of this grade, kept as a personal sample, if they made one
     */
    public record Feedback(String answer, Optional<ScoreResult> score, Optional<Rating> suggestion,
                           Map<Rating, String> intervals, Duration timeTaken, Optional<PersonalSample> disputed) {

        public Feedback(String answer, Optional<ScoreResult> score, Optional<Rating> suggestion, Map<Rating, String> intervals,
                        Duration timeTaken) {
            this(answer, score, suggestion, intervals, timeTaken, Optional.empty());
        }

        /** The rating "accept" gives: the suggestion, else Good, Anki's default answer. */
        public Rating suggested() {
            return suggestion.orElse(Rating.GOOD);
        }
    }

    /** A rating given in this sitting, with the feedback it was given on, so that undo can bring that back. */
    private record Answered(CardKey key, Optional<ScoreResult> score, Duration time, Feedback feedback) {
    }

    public Deck deck() {
        return deck;
    }

    public Optional<StudyCard> current() {
        return Optional.ofNullable(current);
    }

    /** New, learning and review cards still waiting today: Anki's blue, red and green counts. */
    public DueQueue queue() {
        return queue;
    }

    public Optional<Feedback> feedback() {
        return Optional.ofNullable(feedback);
    }

    public Optional<CustomStudy> customStudy() {
        return Optional.ofNullable(custom);
    }

    // ---------------------------------------------------------------- studying more once the day's cards are done

    /** How many cards a custom study rule would bring now (cards already answered in this session excepted). */
    public int available(CustomStudy rule) {
        Set<CardKey> done = answeredKeys();
        return (int) rule.cards(store, deck.id(), clock.instant(), clock.getZone()).stream()
                .filter(c -> !done.contains(c.key()) && deck.question(c.key().questionId()).isPresent()).count();
    }

    /** The deck's questions never answered yet, in deck order: what "preview new cards" shows. */
    public List<Question> newQuestions() {
        Set<String> fresh = new HashSet<>();
        for (DueCard card : store.examDates().cards(deck.id())) {
            if (card.state().isNew()) fresh.add(card.key().questionId());
        }
        return deck.questions().stream().filter(q -> fresh.contains(q.id())).toList();
    }

    /** Anki's "increase today's new card limit": lets {@code extra} more new cards in today, then moves on. */
    public void extendNewCards(int extra) {
        store.extendNewCards(deck.id(), StudyDay.of(clock.instant(), clock.getZone()), extra);
        if (feedback == null) advance();
    }

    /**
     * The deck as the learner just edited it (the reviewer's E, then back): the current card shows its question as it
     * now reads. An answer already graded against a question that changed is no longer graded: it goes back to the
     * answer box ({@link #returnedAnswer()}) to be graded by the new rubric (with the learner's dispute of it, if any),
     * the card unanswered as the editor left it. A current question the edit removed gives way to the next due card.
     */
    public void useEditedDeck(Deck edited) {
        if (!edited.id().equals(deck.id())) throw new IllegalArgumentException("not this session's deck: " + edited.id());
        deck = edited;
        rubrics.clear();
        if (current == null) return;
        Optional<Question> now = deck.question(current.key().questionId());
        if (now.isEmpty()) {
            advance();
            return;
        }
        if (now.get().equals(current.question())) return;
        current = new StudyCard(current.key(), now.get(), current.state());
        if (feedback != null) gradeAgain();
    }

    /** The graded answer goes back to the answer box, with its dispute: graded again with it, never filed twice. */
    private void gradeAgain() {
        returnedAnswer = feedback.answer();
        returnedDispute = feedback.disputed().orElse(null);
        feedback = null;
    }

    /**
     * The learner's cards moved to a copy of this deck ({@link Store#moveDeckHistory}: the editor's "Save a copy",
     * keeping the history): the sitting goes on with the copy. The ratings given so far are the copy's cards' now, so
     * undo and the summary still find them; the current card is the copy's, as {@link #useEditedDeck} shows it (an
     * answer graded against another question, or another state, goes back to the box).
     *
     * @param typed an answer typed but not yet submitted: it stays in the box if the card is still shown
     */
    public void continueWithCopy(Deck copy, String typed) {
        if (copy.id().equals(deck.id())) throw new IllegalArgumentException("a copy has an id of its own: " + copy.id());
        List<Answered> newestFirst = new ArrayList<>(answered);
        answered.clear();
        for (Answered a : newestFirst) answered.addLast(a.key().deckId().equals(deck.id())
                ? new Answered(new CardKey(copy.id(), a.key().questionId()), a.score(), a.time(), a.feedback()) : a);
        store.syncDeck(copy.id(), copy.questionIds(), clock.instant());
        deck = copy;
        refreshQueue();
        if (current == null) return; // nothing shown: nothing more to carry over
        CardKey moved = new CardKey(copy.id(), current.key().questionId());
        CardState state = store.cardState(moved).orElse(current.state()); // none: not in the copy, which moves on below
        if (!state.equals(current.state()) && feedback != null) gradeAgain(); // its intervals were another card's
        current = new StudyCard(moved, current.question(), state);
        useEditedDeck(copy);
        boolean stillShown = current != null && current.key().equals(moved) && feedback == null;
        if (stillShown && typed != null && !typed.isEmpty()) returnedAnswer = typed; // what the box showed
    }

    /** Grades the typed answer (empty for "I don't know") and previews the intervals. */
    public Feedback submit(String answer) {
        return submit(answer, grade(requireCard(), answer));
    }

    /**
     * The score of {@code answer} to {@code card} by its rubric (empty without one). Only reads, so a window can run
     * it on another thread and keep responding, then hand the result to {@link #submit(String, Optional)}.
     */
    public Optional<ScoreResult> grade(StudyCard card, String answer) {
        String typed = answer == null ? "" : answer;
        PersonalSample kept = keptFor(card, typed);
        return card.question().optionalRubric().map(rubric -> kept == null ? rubric(card).score(typed)
                : rubric(card).score(typed, GradeDisputes.claims(kept, card.question())));
    }

    /** {@link #submit(String)} with the score already worked out by {@link #grade}. */
    public Feedback submit(String answer, Optional<ScoreResult> score) {
        StudyCard card = requireCard();
        String typed = answer == null ? "" : answer;
        Instant now = clock.instant();
        Optional<Rating> suggested = score.map(s -> ratings.ratingFor(s.score()));
        Map<Rating, String> intervals = new EnumMap<>(Rating.class);
        scheduler.preview(card.state(), now, fuzzSeed(card)).forEach((rating, outcome) ->
                intervals.put(rating, IntervalFormat.format(Duration.between(now, outcome.card().due()))));
        feedback = new Feedback(typed, score, suggested, intervals, Duration.between(shownAt, now));
        PersonalSample kept = keptFor(card, typed);
        if (kept != null) feedback = GradeDisputes.withKept(feedback, kept);
        return feedback;
    }

    /** The dispute kept for this answer to this card, when it is the returned answer ({@link #returnedDispute}). */
    private PersonalSample keptFor(StudyCard card, String typed) {
        PersonalSample kept = returnedDispute;
        boolean same = kept != null && kept.card().questionId().equals(card.key().questionId()) && kept.answer().equals(typed);
        return same ? kept : null;
    }

    // ---------------------------------------------------------------- the learner disputes the grade

    /**
     * "I did say this": the learner shows the words of their answer that state a concept the grader missed. The
     * answer is graded again with that concept credited (so the rating it suggests, and the statistics once rated,
     * follow), and kept as a personal graded sample with the new grade.
     *
     * @throws IllegalStateException without feedback to dispute, or for a question without a rubric
     * @throws IllegalArgumentException for an unknown concept, or words outside the answer
     */
    public Feedback claimConcept(String conceptId, Span words) {
        Feedback shown = requireFeedback();
        StudyCard card = requireCard();
        feedback = GradeDisputes.claim(store, clock.instant(), ratings, rubric(card), card.key(), shown, conceptId, words);
        return feedback;
    }

    /**
     * "This grade is wrong": the learner says what grade the answer deserves. It is kept as a personal graded sample
     * with that grade, and the rating suggested follows it (0-1 Again, 2 Hard, 3 Good, 4 Easy).
     */
    public Feedback correctGrade(int grade) {
        Feedback shown = requireFeedback();
        feedback = GradeDisputes.correct(store, clock.instant(), requireCard().key(), shown, grade);
        return feedback;
    }

    private Feedback requireFeedback() {
        if (feedback == null) throw new IllegalStateException("submit an answer first");
        return feedback;
    }

    private CompiledRubric rubric(StudyCard card) {
        return rubrics.computeIfAbsent(card.question().id(), id -> Grader.compile(card.question()));
    }

    /**
     * Records the rating durably, then moves to the next card. A card that moved since it was shown (the store
     * refuses the rating) is shown again as it now is, and the refusal is passed on.
     */
    public void rate(Rating rating) {
        StudyCard card = requireCard();
        if (feedback == null) throw new IllegalStateException("submit an answer before rating it");
        try {
            answer(card, rating);
        } catch (dev.latent.store.StaleReviewException e) {
            advance();
            throw e;
        }
    }

    private void answer(StudyCard card, Rating rating) {
        Answering.answer(store, scheduler, card.key(), card.state(), rating, clock.instant(),
                feedback.timeTaken().isNegative() ? Duration.ZERO : feedback.timeTaken(),
                custom == null ? null : ReviewType.FILTERED, feedback.answer(), feedback.score());
        answered.push(new Answered(card.key(), feedback.score(), feedback.timeTaken().isNegative() ? Duration.ZERO : feedback.timeTaken(),
                feedback));
        advance();
    }

    /**
     * Anki's bury: the current card leaves today's queue, unanswered, and comes back at the next study day (4 AM).
     * The session moves to the next card.
     */
    public void bury() {
        StudyCard card = requireCard();
        store.bury(List.of(card.key()), StudyDay.nextStart(clock.instant(), clock.getZone()));
        advance();
    }

    /** Anki's suspend: the current card leaves every queue until it is unsuspended in the browser. */
    public void suspend() {
        StudyCard card = requireCard();
        store.suspend(List.of(card.key()), true);
        advance();
    }

    /** Sets the current card's flag (1-4), or clears it when it already has that flag (Anki's Ctrl+1-4); returns the flag now set. */
    public int toggleFlag(int flag) {
        StudyCard card = requireCard();
        int now = flag(card.key()) == flag ? 0 : flag;
        store.flag(List.of(card.key()), now);
        return now;
    }

    /** The current card's flag, 0 for none. */
    public int currentFlag() {
        return current == null ? 0 : flag(current.key());
    }

    private int flag(CardKey key) {
        return store.cardRow(key).map(dev.latent.store.CardRow::flag).orElse(0);
    }

    /**
     * Takes back the last rating: the card returns, in the state it had before, as it was before it was rated (Anki
     * returns to the answer side). A rating of this sitting brings back its feedback as it stood, the learner's "I did
     * say this" and corrected grade with it, ready to be rated again: the personal sample they kept belongs to that
     * feedback, so it stays. A rating from an earlier sitting brings back the card with the answer typed then
     * ({@link #returnedAnswer()}), to submit again: submitted as it was, it is graded with the dispute kept for it.
     * Empty when there is nothing to undo.
     */
    public Optional<CardKey> undo() {
        Optional<UndoneReview> undone = store.undoLastReview();
        undone.ifPresent(review -> {
            CardKey key = review.card();
            Feedback given = null;
            if (!answered.isEmpty() && answered.peek().key().equals(key)) given = answered.pop().feedback();
            refreshQueue();
            Optional<Question> question = key.deckId().equals(deck.id()) ? deck.question(key.questionId()) : Optional.empty();
            CardState state = store.cardState(key).orElse(null);
            if (question.isPresent() && state != null) {
                show(new StudyCard(key, question.get(), state));
                if (given != null) {
                    feedback = given;
                } else {
                    returnedAnswer = review.typedAnswer();
                    returnedDispute = GradeDisputes.keptFor(store, key, returnedAnswer).orElse(null);
                }
            } else {
                showFirstDue();
            }
        });
        return undone.map(UndoneReview::card);
    }

    /** The answer typed for the card undo brought back from an earlier sitting (its feedback is gone); empty otherwise. */
    public Optional<String> returnedAnswer() {
        return Optional.ofNullable(returnedAnswer).filter(typed -> !typed.isEmpty());
    }

    /** The session so far. */
    public SessionSummary summary() {
        List<SessionSummary.Rated> oldestFirst = new ArrayList<>();
        for (Answered a : answered) oldestFirst.add(0, new SessionSummary.Rated(a.key(), a.score(), a.time()));
        return SessionSummary.of(deck, oldestFirst, queue.nextDue());
    }

    private StudyCard requireCard() {
        if (current == null) throw new IllegalStateException("no card to study: the session is finished");
        return current;
    }

    private void advance() {
        refreshQueue();
        showFirstDue();
    }

    private void refreshQueue() {
        Instant now = clock.instant();
        queue = store.dueQueue(deck.id(), now, clock.getZone(), limits);
        if (custom != null) queue = custom.sessionQueue(queue, store, deck.id(), now, clock.getZone(), answeredKeys());
    }

    private Set<CardKey> answeredKeys() {
        Set<CardKey> keys = new HashSet<>();
        for (Answered a : answered) keys.add(a.key());
        return keys;
    }

    private void showFirstDue() {
        for (DueCard due : queue.cards()) {
            Optional<Question> question = deck.question(due.key().questionId());
            if (question.isPresent()) {
                show(new StudyCard(due.key(), question.get(), due.state()));
                return;
            }
        }
        current = null;
        feedback = null;
    }

    private void show(StudyCard card) {
        current = card;
        feedback = null;
        returnedAnswer = null;
        returnedDispute = null;
        shownAt = clock.instant();
    }

    private long fuzzSeed(StudyCard card) {
        // The same seed Answering uses, so the intervals shown on the buttons are the ones a rating gets.
        return Scheduler.fuzzSeed(card.key().toString(), store.reviewCount(card.key()));
    }
}
