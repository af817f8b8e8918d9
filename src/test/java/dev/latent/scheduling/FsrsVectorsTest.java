package dev.latent.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every rating sequence of vectors.json (produced by py-fsrs 6.3.1) reproduced review by review. */
class FsrsVectorsTest {

    private static final double TOLERANCE = 1e-6;

    private static JsonNode vectors() throws IOException {
        try (InputStream in = FsrsVectorsTest.class.getResourceAsStream("/fsrs/vectors.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void defaultParametersAreTheReferenceOnes() throws IOException {
        JsonNode parameters = vectors().get("parameters");
        double[] expected = new double[parameters.size()];
        for (int i = 0; i < expected.length; i++) expected[i] = parameters.get(i).asDouble();
        assertArrayEquals(expected, FsrsParameters.DEFAULT.toArray());
    }

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode testCase : vectors().get("cases")) {
            tests.add(DynamicTest.dynamicTest(testCase.get("name").asText(), () -> replay(testCase)));
        }
        return tests.stream();
    }

    private static void replay(JsonNode testCase) {
        Scheduler scheduler = new Scheduler(config(testCase.get("scheduler")));
        JsonNode reviews = testCase.get("reviews");
        CardState card = CardState.newCard(time(reviews.get(0).get("review_time")));
        for (int i = 0; i < reviews.size(); i++) {
            JsonNode expected = reviews.get(i);
            String where = testCase.get("name").asText() + ", review " + (i + 1);
            Instant at = time(expected.get("review_time"));

            ReviewOutcome outcome = scheduler.review(card, Rating.of(expected.get("rating").asInt()), at, 0L);
            card = outcome.card();

            if (expected.get("retrievability_before").isNull()) {
                assertNull(outcome.retrievabilityBefore(), where);
            } else {
                assertEquals(expected.get("retrievability_before").asDouble(), outcome.retrievabilityBefore(), TOLERANCE,
                        where + ": retrievability before");
            }
            assertEquals(expected.get("state").asText().toUpperCase(Locale.ROOT), card.state().name(), where + ": state");
            if (expected.get("step").isNull()) {
                assertNull(card.step(), where + ": step");
            } else {
                assertEquals(expected.get("step").asInt(), card.step(), where + ": step");
            }
            assertEquals(expected.get("stability").asDouble(), card.stability(), TOLERANCE, where + ": stability");
            assertEquals(expected.get("difficulty").asDouble(), card.difficulty(), TOLERANCE, where + ": difficulty");
            assertEquals(time(expected.get("due")).getEpochSecond(), card.due().getEpochSecond(), where + ": due");
            assertEquals(at, card.lastReview(), where + ": last review");
        }
    }

    private static SchedulerConfig config(JsonNode json) {
        return new SchedulerConfig(
                json.get("desired_retention").asDouble(),
                seconds(json.get("learning_steps_seconds")),
                seconds(json.get("relearning_steps_seconds")),
                json.get("maximum_interval").asInt(),
                json.get("enable_fuzzing").asBoolean(),
                false); // py-fsrs does not order the ratings' intervals
    }

    private static List<Duration> seconds(JsonNode array) {
        List<Duration> steps = new ArrayList<>();
        for (JsonNode s : array) steps.add(Duration.ofSeconds(s.asLong()));
        return steps;
    }

    private static Instant time(JsonNode text) {
        return OffsetDateTime.parse(text.asText()).toInstant();
    }
}
