package dev.latent.study;

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

/**
 * The learner's word against the grader's, kept as a personal graded sample: "I did say this" (a concept credited
 * with their words) and "this grade is wrong" (the grade they say the answer deserves). Each works out the feedback
 * that follows; {@link StudySession} holds it.
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
        String note = "the grade should be " + grade + (graded >= 0 ? ", not " + graded : "");
        PersonalSample sample = store.savePersonalSample(new PersonalSample(shown.disputed().map(PersonalSample::id).orElse(0L),
                card, shown.answer(), grade, claims, note, now));
        return new Feedback(shown.answer(), shown.score(), Optional.of(RatingThresholds.ratingForGrade(grade)), shown.intervals(),
                shown.timeTaken(), Optional.of(sample));
    }
}
