package dev.latent.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.latent.deck.Deck;
import dev.latent.deck.json.DeckLoader;
import dev.latent.deck.Question;
import dev.latent.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import static dev.latent.bench.BulkHistory.DAY;
import static dev.latent.bench.BulkHistory.MINUTE;

/**
 * A learner's data folder with a large history: one deck of 10,000 questions in the user deck folder
 * ({@code decks/big.json}, about 10 MB of JSON that the app loads and validates like any deck) and 1,000,000 reviews
 * in the store, 100 per card over the last three years, with the cards in the states those reviews left them in:
 * 10% new, 2% learning, the rest review cards due over the coming and past weeks. Written once, through the Store
 * (schema, deck sync) and then {@link BulkHistory}, like {@link DueQueueBenchmark}.
 */
public final class BigDataDir {

    public static final String DECK_ID = "big";
    public static final int QUESTIONS = 10_000;
    public static final int REVIEWS = 1_000_000;

    private static final String CONCEPTS = "[{\"id\":\"first\",\"status\":\"HIT\"},{\"id\":\"second\",\"status\":\"MISSED\"}]";

    private BigDataDir() {
    }

    public static void main(String[] args) throws Exception {
        create(Path.of(args[0]), Instant.now());
    }

    /** Writes the folder unless it is already complete (a marker file is written last). */
    public static void create(Path dataDir, Instant now) throws IOException, SQLException {
        Path done = dataDir.resolve("generated.ok");
        if (Files.exists(done)) return;
        if (Files.exists(dataDir)) deleteTree(dataDir);
        Path deckFile = dataDir.resolve("decks").resolve(DECK_ID + ".json");
        Files.createDirectories(deckFile.getParent());
        writeDeck(deckFile);
        Deck deck;
        try {
            deck = DeckLoader.load(deckFile);
        } catch (dev.latent.deck.DeckException e) {
            throw new IllegalStateException("the generated deck does not load: " + e.getMessage(), e);
        }
        try (Store store = Store.open(dataDir)) {
            store.syncDeck(deck.id(), deck.questions().stream().map(Question::id).toList(), now.minus(Duration.ofDays(1100)));
        }
        fillHistory(dataDir, now);
        Files.writeString(done, "10,000 questions, 1,000,000 reviews\n");
    }

    static void writeDeck(Path file) throws IOException {
        String[] topics = {"encoder", "decoder", "latent space", "reconstruction loss", "generator", "discriminator",
                "mode collapse", "KL divergence", "sparsity penalty", "denoising", "tied weights", "pretraining"};
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("id", DECK_ID);
            g.writeStringField("title", "Generated deck of 10,000 questions");
            g.writeStringField("description", "Written by the start-up benchmark: a large deck with a long history.");
            g.writeArrayFieldStart("questions");
            for (int i = 0; i < QUESTIONS; i++) {
                String a = topics[i % topics.length];
                String b = topics[(i * 7 + 3) % topics.length];
                g.writeStartObject();
                g.writeStringField("id", "q" + i);
                g.writeStringField("prompt", "Question " + i + ": how do the " + a + " and the " + b + " work together?");
                g.writeObjectFieldStart("answer");
                g.writeStringField("intro", "The " + a + " and the " + b + " play separate parts:");
                g.writeArrayFieldStart("points");
                g.writeString("The " + a + " shapes what the network keeps of the input.");
                g.writeString("The " + b + " is trained against it, so each corrects the other.");
                g.writeString("Together they trade reconstruction quality against a useful latent code.");
                g.writeEndArray();
                g.writeEndObject();
                g.writeArrayFieldStart("tags");
                g.writeString("generated");
                g.writeEndArray();
                g.writeObjectFieldStart("rubric");
                g.writeArrayFieldStart("concepts");
                concept(g, "first", a, 2, new String[]{a, a + "s"});
                concept(g, "second", b, 1, new String[]{b, "the " + b});
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void concept(JsonGenerator g, String id, String label, int weight, String[] phrasings) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("label", label);
        g.writeNumberField("weight", weight);
        g.writeArrayFieldStart("phrasings");
        for (String p : phrasings) g.writeString(p);
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Card states and 100 review rows per reviewed card. */
    private static void fillHistory(Path dataDir, Instant nowInstant) throws SQLException {
        long now = nowInstant.toEpochMilli();
        try (BulkHistory history = BulkHistory.open(dataDir)) {
            for (int i = 0; i < QUESTIONS; i++) {
                if (i % 10 == 9) continue; // stays new
                boolean learning = i % 50 == 1;
                long due = learning ? now + (i % 40 - 20) * MINUTE : now + ((i * 7919L) % 60 - 30) * DAY + i % 1000;
                history.card(i, learning ? 1 : 2, due);
            }
            int reviewed = QUESTIONS - QUESTIONS / 10;
            // Spread over three years, all before today, one minute apart at most.
            long first = now - Duration.ofDays(1095).toMillis();
            long spacing = Math.max(1, (now - DAY - first) / REVIEWS);
            int k = 0;
            for (int i = 0; k < REVIEWS; i = (i + 1) % QUESTIONS) {
                if (i % 10 == 9) continue;
                history.review(k, first + (long) k * spacing, i + 1, k < reviewed, CONCEPTS);
                k++;
            }
            history.commit();
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
