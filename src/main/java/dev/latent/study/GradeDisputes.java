package dev.latent.study;

import dev.latent.deck.Concept;
import dev.latent.deck.Question;
import dev.latent.scheduling.Rating;
import dev.latent.scoring.CompiledRubric;
import dev.latent.scoring.ScoreResult;
import dev.latent.scoring.Span;
import dev.latent.store.CardKey;
import dev.latent.store.PersonalSample;
import dev.latent.store.Store;
import dev.latent.study.StudySession.Feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The learner's word against the grader's, kept as a personal graded sample: "I did say this" (a concept credited
 * with their words) and "this grade is wrong" (the grade they say the answer deserves); and a kept sample brought
 * back to the same answer when it is submitted again, so that the dispute shows and is changed, never filed twice.
 * Each works out the feedback that follows; {@link StudySession} holds it.
 */
final class GradeDisputes {

    private GradeDisputes() {
    }

    /** See {@link StudySession#claimConcept}. */
    static Feedback claim(Store store, Instant now, RatingThresholds ratings, CompiledRubric rubric, CardKey card,
                          Feedback shown, String conceptId, Span words) {
        if (shown.score().isEmpty()) throw new IllegalStateException("no rubric grades this question");
        if (words.end() > shown.answer().length()) throw new IllegalArgumentException("the words are not in your answer");
        if (words.start() == words.end() || words.of(shown.answer()).isBlank()) {
            throw new IllegalArgumentException("select the words of your answer that say it");
        }
        Map<String, Span> claims = new LinkedHashMap<>();
        List<PersonalSample.Claim> kept = new ArrayList<>();
        for (PersonalSample.Claim claim : shown.disputed().map(PersonalSample::claims).orElse(List.of())) {
            claims.put(claim.conceptId(), new Span(claim.start(), claim.end()));
            kept.add(claim);
        }
        claims.put(conceptId, words);
        kept.removeIf(c -> c.conceptId().equals(conceptId));
        kept.add(new PersonalSample.Claim(conceptId, words.start(), words.end(), words.of(shown.answer())));
        ScoreResult regraded = rubric.score(shown.answer(), claims);
        String note = "I did say " + kept.stream().map(c -> "\u201c" + c.words() + "\u201d (" + c.conceptId() + ")")
                .reduce((a, b) -> a + ", " + b).orElse("");
        PersonalSample sample = store.savePersonalSample(new PersonalSample(shown.disputed().map(PersonalSample::id).orElse(0L),
                card, shown.answer(), regraded.grade(), kept, note, now));
        return new Feedback(shown.answer(), Optional.of(regraded), Optional.of(ratings.ratingFor(regraded.score())), shown.intervals(),
                shown.timeTaken(), Optional.of(sample));
    }

    /** See {@link StudySession#correctGrade}. */
    static Feedback correct(Store store, Instant now, CardKey card, Feedback shown, int grade) {
        if (grade < 0 || grade > 4) throw new IllegalArgumentException("a grade is 0-4, was " + grade);
        List<PersonalSample.Claim> claims = shown.disputed().map(PersonalSample::claims).orElse(List.of());
        int graded = shown.score().map(ScoreResult::grade).orElse(-1);
        String note = PersonalSample.CORRECTED_GRADE + grade + (graded >= 0 ? ", not " + graded : "");
        PersonalSample sample = store.savePersonalSample(new PersonalSample(shown.disputed().map(PersonalSample::id).orElse(0L),
                card, shown.answer(), grade, claims, note, now));
        return new Feedback(shown.answer(), shown.score(), Optional.of(RatingThresholds.ratingForGrade(grade)), shown.intervals(),
                shown.timeTaken(), Optional.of(sample));
    }

    /** The newest sample the learner kept for exactly this answer to the card: a dispute filed in an earlier sitting. */
    static Optional<PersonalSample> keptFor(Store store, CardKey card, String answer) {
        if (answer == null || answer.isEmpty()) return Optional.empty();
        List<PersonalSample> kept = store.personalSamples(card.deckId()).stream()
                .filter(s -> s.card().equals(card) && s.answer().equals(answer)).toList();
        return kept.isEmpty() ? Optional.empty() : Optional.of(kept.get(kept.size() - 1));
    }

    /** The sample's claims the question's rubric still has (the deck may have changed since), as words to credit. */
    static Map<String, Span> claims(PersonalSample sample, Question question) {
        Set<String> concepts = question.optionalRubric().map(r -> r.concepts().stream().map(Concept::id)
                .collect(Collectors.toSet())).orElse(Set.of());
        Map<String, Span> claims = new LinkedHashMap<>();
        for (PersonalSample.Claim claim : sample.claims()) {
            if (concepts.contains(claim.conceptId())) claims.put(claim.conceptId(), new Span(claim.start(), claim.end()));
        }
        return claims;
    }

    /**
     * The feedback on an answer graded with the kept sample's claims credited ({@link #claims}), with that sample: a
     * corrected grade suggests its rating again, as it did when the learner gave it.
     */
    static Feedback withKept(Feedback graded, PersonalSample sample) {
        // A corrected grade's rating follows the learner's grade rather than the score.
        Optional<Rating> suggestion = sample.correctsTheGrade()
                ? Optional.of(RatingThresholds.ratingForGrade(sample.grade())) : graded.suggestion();
        return new Feedback(graded.answer(), graded.score(), suggestion, graded.intervals(), graded.timeTaken(), Optional.of(sample));
    }
}
