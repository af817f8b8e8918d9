package dev.latent.study;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.scoring.ConceptResult;
import dev.latent.scoring.ScoreResult;
import dev.latent.store.CardKey;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A study session so far, as the summary screen shows it.
 *
 * @param reviewed ratings given (a card answered twice counts twice)
 * @param cards distinct cards among them
 * @param timeSpent time from each card shown to its answer, summed
 */
public record SessionSummary(int reviewed, int cards, Duration timeSpent, OptionalMean meanScore,
                             List<MissedConcept> mostMissed, Optional<Instant> nextDue) {

    public record OptionalMean(int count, double mean) {
        public boolean isPresent() {
            return count > 0;
        }
    }

    /** A concept and how many of this session's answers missed or negated it. */
    public record MissedConcept(String questionId, String questionPrompt, String label, int times) {
    }

    /** One rating of the session: the card, its score (none without a rubric) and the time taken. */
    record Rated(CardKey key, Optional<ScoreResult> score, Duration time) {
    }

    /** @param oldestFirst the session's ratings in the order given */
    static SessionSummary of(Deck deck, List<Rated> oldestFirst, Optional<Instant> nextDue) {
        List<Integer> scores = oldestFirst.stream().flatMap(a -> a.score().stream()).map(ScoreResult::score).toList();
        double mean = scores.stream().mapToInt(Integer::intValue).average().orElse(0);
        Map<String, MissedConcept> missed = new LinkedHashMap<>();
        for (Rated a : oldestFirst) {
            a.score().ifPresent(score -> {
                for (ConceptResult concept : score.concepts()) {
                    if (!concept.isMissing()) continue;
                    String id = a.key().questionId() + "/" + concept.id();
                    String prompt = deck.question(a.key().questionId()).map(Question::prompt).orElse(a.key().questionId());
                    missed.merge(id, new MissedConcept(a.key().questionId(), prompt, concept.label(), 1),
                            (x, y) -> new MissedConcept(x.questionId(), x.questionPrompt(), x.label(), x.times() + 1));
                }
            });
        }
        List<MissedConcept> mostMissed = missed.values().stream()
                .sorted(Comparator.comparingInt(MissedConcept::times).reversed()).limit(5).toList();
        Duration spent = oldestFirst.stream().map(Rated::time).reduce(Duration.ZERO, Duration::plus);
        int cards = (int) oldestFirst.stream().map(Rated::key).distinct().count();
        return new SessionSummary(oldestFirst.size(), cards, spent, new OptionalMean(scores.size(), mean), mostMissed, nextDue);
    }
}
