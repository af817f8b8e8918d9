package dev.latent.scoring.analysis;

import dev.latent.deck.Concept;
import dev.latent.deck.Rubric;
import dev.latent.scoring.ConceptStatus;
import dev.latent.scoring.Grader;
import dev.latent.scoring.ScoringPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class AdverbStemsTest {

    private static final AnswerAnalyzer GRADER = new AnswerAnalyzer(AnswerAnalyzer.Stemming.PORTER);
    private static final AnswerAnalyzer PORTER_ALONE = new AnswerAnalyzer(AnswerAnalyzer.Stemming.PORTER_ALONE);

    private static String term(AnswerAnalyzer analyzer, String word) {
        List<String> terms = AnalyzedTerms.of(analyzer, word);
        assertEquals(1, terms.size(), word);
        return terms.get(0);
    }

    @ParameterizedTest
    @CsvSource({"randomly,random", "quickly,quick", "easily,easy", "noisily,noisy", "probably,probable",
            "possibly,possible", "truly,true", "fully,full", "linearly,linear", "exponentially,exponential",
            "directly,direct", "exactly,exact", "jointly,joint", "partly,part", "perfectly,perfect", "mainly,main",
            "Randomly,random"})
    void anAdverbIsReadAsItsAdjective(String adverb, String adjective) {
        assertEquals(term(GRADER, adjective), term(GRADER, adverb));
    }

    @ParameterizedTest
    @ValueSource(strings = {"only", "early", "anomaly", "apply", "multiply", "supply", "family", "assembly", "likely",
            "lastly", "firstly", "shortly", "highly"})
    void wordsWhoseLyIsNoAdverbSuffixOrWhoseAdjectiveMeansSomethingElseKeepIt(String word) {
        assertEquals(term(PORTER_ALONE, word), term(GRADER, word));
    }

    @Test
    void keptWordsDoNotMeetTheWordTheSuffixWouldLeave() {
        assertNotEquals(term(GRADER, "ear"), term(GRADER, "early"));
        assertNotEquals(term(GRADER, "last"), term(GRADER, "lastly"));
        assertNotEquals(term(GRADER, "first"), term(GRADER, "firstly"));
        assertNotEquals(term(GRADER, "high"), term(GRADER, "highly"));
        assertNotEquals(term(GRADER, "app"), term(GRADER, "apply"));
    }

    @Test
    void theReferenceGradersAnalysisIsPorterAloneAsItsModelWasTrained() {
        assertEquals("randomli", term(PORTER_ALONE, "randomly"));
        assertEquals(AnswerAnalyzer.Stemming.PORTER_ALONE, ScoringPolicy.DRAFTED.stemming());
    }

    @Test
    void aPhrasingWithTheAdjectiveFindsAnAnswerWithTheAdverb() {
        Rubric rubric = new Rubric(List.of(new Concept("random-zero", "Random units set to zero", 1, false,
                List.of("random units zero"), true)), List.of());
        String answer = "During training it sets units to zero randomly at each step.";
        assertEquals(ConceptStatus.HIT, Grader.compile(rubric).score(answer).concepts().get(0).status());
        ScoringPolicy porterAlone = ScoringPolicy.DEFAULT.withStemming(AnswerAnalyzer.Stemming.PORTER_ALONE);
        assertEquals(ConceptStatus.MISSED, Grader.compile(rubric, porterAlone).score(answer).concepts().get(0).status());
    }
}
