package dev.latent.deck.json;

import dev.latent.deck.Deck;
import dev.latent.deck.DeckException;
import dev.latent.deck.DeckProblem;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rubrics too large to grade quickly, or with weights that overflow a score, are refused with a clear message. */
class RubricBoundsTest {

    private static final String CONCEPT_LINE =
            "          {\"id\": \"gen\", \"label\": \"Generative\", \"weight\": 2, \"required\": true, \"phrasings\": [\"generative\", \"generates new data\"]}";

    private static String withConcepts(String concepts) {
        assertTrue(DeckLoaderTest.VALID.contains(CONCEPT_LINE));
        return DeckLoaderTest.VALID.replace(CONCEPT_LINE, concepts);
    }

    private static String concept(int i, String weight, List<String> phrasings) {
        return "{\"id\": \"c" + i + "\", \"label\": \"Concept " + i + "\", \"weight\": " + weight + ", \"phrasings\": ["
                + phrasings.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", ")) + "]}";
    }

    private static List<String> problems(String json) {
        DeckException e = assertThrows(DeckException.class,
                () -> DeckLoader.parse(json.getBytes(StandardCharsets.UTF_8), "big.json"));
        return e.problems().stream().map(DeckProblem::toString).toList();
    }

    @Test
    void tenThousandConceptsAreRefusedNamingTheLimit() {
        String concepts = IntStream.range(0, 10_000).mapToObj(i -> concept(i, "1", List.of("word" + i)))
                .collect(Collectors.joining(",\n"));
        List<String> problems = problems(withConcepts(concepts));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("big.json:12:21: questions[0].rubric.concepts: a rubric has at most 30 concepts, this one has 10000;"
                + " split the question", problems.get(0));
    }

    @Test
    void hugeWeightsAreRefusedRatherThanOverflowingTheScore() {
        List<String> problems = problems(withConcepts(concept(1, "1e300", List.of("generative"))));
        assertEquals(List.of("big.json:13:46: questions[0].rubric.concepts[0].weight: weight must be at most 100, was 1.0E300"), problems);
        assertTrue(problems(DeckLoaderTest.VALID.replace("\"label\": \"A classifier\",", "\"label\": \"A classifier\", \"penalty\": 101,"))
                .get(0).endsWith("questions[0].rubric.misconceptions[0].penalty: penalty must be at most 100, was 101"));
    }

    @Test
    void tooManyOrTooLongPhrasingsAreRefused() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) many.add("phrase " + i);
        List<String> tooMany = problems(withConcepts(concept(1, "1", many)));
        assertTrue(tooMany.get(0).endsWith("questions[0].rubric.concepts[0].phrasings: at most 100 phrasings, found 101"), tooMany.toString());
        String longOne = "word ".repeat(50).strip() + "s";
        List<String> tooLong = problems(withConcepts(concept(1, "1", List.of(longOne))));
        assertTrue(tooLong.get(0).endsWith("questions[0].rubric.concepts[0].phrasings[0]: a phrasing is at most 200 characters,"
                + " this one has 250"), tooLong.toString());
        String thirty = IntStream.range(0, 30).mapToObj(i -> concept(i, "1",
                IntStream.range(0, 40).mapToObj(j -> "p" + i + "x" + j).toList())).collect(Collectors.joining(",\n"));
        List<String> tooManyInAll = problems(withConcepts(thirty));
        assertTrue(tooManyInAll.get(0).endsWith("questions[0].rubric: a rubric has at most 1000 phrasings in all, this one has 1201"),
                tooManyInAll.toString());
    }

    @Test
    void aRubricAtTheLimitsStillLoads() throws DeckException {
        String thirty = IntStream.range(0, 30).mapToObj(i -> concept(i, "100",
                IntStream.range(0, 30).mapToObj(j -> "p" + i + "x" + j).toList())).collect(Collectors.joining(",\n"));
        Deck deck = DeckLoader.parse(withConcepts(thirty).getBytes(StandardCharsets.UTF_8), "ok.json");
        assertEquals(30, deck.questions().get(0).rubric().concepts().size());
    }
}
