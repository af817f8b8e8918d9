package dev.latent.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.latent.deck.Deck;
import dev.latent.deck.DeckLoader;
import dev.latent.deck.Question;
import dev.latent.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;

/**
 * A learner's data folder with a large history: one deck of 10,000 questions in the user deck folder
 * ({@code decks/big.json}, about 10 MB of JSON that the app loads and validates like any deck) and 1,000,000 reviews
 * in the store, 100 per card over the last three years, with the cards in the states those reviews left them in:
 * 10% new, 2% learning, the rest review cards due over the coming and past weeks. Written once, through the Store
 * (schema, deck sync) and then batched inserts in one transaction, like {@link DueQueueBenchmark}.
 */
public final class BigDataDir {

    public static final String DECK_ID = "big";
    public static final int QUESTIONS = 10_000;
    public static final int REVIEWS = 1_000_000;

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
        fillHistory(dataDir.resolve(Store.DATABASE_FILE), now);
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

    /** Card states and 100 review rows per reviewed card, written directly in one transaction. */
    private static void fillHistory(Path db, Instant nowInstant) throws SQLException {
        long now = nowInstant.toEpochMilli();
        long minute = 60_000L;
        long day = 86_400_000L;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA synchronous = OFF");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("UPDATE cards SET state = ?, step = ?, stability = ?, "
                    + "difficulty = ?, due = ?, last_review = ? WHERE id = ?")) {
                for (int i = 0; i < QUESTIONS; i++) {
                    if (i % 10 == 9) continue; // stays new
                    boolean learning = i % 50 == 1;
                    long due = learning ? now + (i % 40 - 20) * minute : now + ((i * 7919L) % 60 - 30) * day + i % 1000;
                    ps.setInt(1, learning ? 1 : 2);
                    if (learning) ps.setInt(2, 1);
                    else ps.setNull(2, Types.INTEGER);
                    ps.setDouble(3, 1 + i % 300);
                    ps.setDouble(4, 1 + i % 9);
                    ps.setLong(5, due);
                    ps.setLong(6, due - (learning ? 10 * minute : 10 * day));
                    ps.setLong(7, i + 1);
                    ps.addBatch();
                    if (i % 5_000 == 0) ps.executeBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO revlog (id, card_id, rating, ivl, last_ivl, "
                    + "time_ms, type, answer, score, concepts, prev_state, prev_step, prev_stability, prev_difficulty, "
                    + "prev_due, prev_last_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int reviewed = QUESTIONS - QUESTIONS / 10;
                // Spread over three years, all before today, one minute apart at most.
                long first = now - Duration.ofDays(1095).toMillis();
                long spacing = Math.max(1, (now - day - first) / REVIEWS);
                int k = 0;
                for (int i = 0; k < REVIEWS; i = (i + 1) % QUESTIONS) {
                    if (i % 10 == 9) continue;
                    long id = first + (long) k * spacing;
                    boolean wasNew = k < reviewed;
                    ps.setLong(1, id);
                    ps.setLong(2, i + 1);
                    ps.setInt(3, 1 + k % 4);
                    ps.setLong(4, 1 + k % 40);
                    ps.setLong(5, wasNew ? 0 : 1 + k % 30);
                    ps.setLong(6, 3000 + k % 20_000);
                    ps.setInt(7, wasNew ? 0 : 1);
                    ps.setString(8, "an answer about latent spaces, reconstruction loss and the generator " + k % 97);
                    ps.setInt(9, k % 101);
                    ps.setString(10, "[{\"id\":\"first\",\"status\":\"HIT\"},{\"id\":\"second\",\"status\":\"MISSED\"}]");
                    ps.setInt(11, wasNew ? 1 : 2);
                    if (wasNew) ps.setInt(12, 0);
                    else ps.setNull(12, Types.INTEGER);
                    if (wasNew) ps.setNull(13, Types.REAL);
                    else ps.setDouble(13, 5.0);
                    if (wasNew) ps.setNull(14, Types.REAL);
                    else ps.setDouble(14, 5.0);
                    ps.setLong(15, id - day);
                    if (wasNew) ps.setNull(16, Types.INTEGER);
                    else ps.setLong(16, id - 5 * day);
                    ps.addBatch();
                    if (++k % 10_000 == 0) ps.executeBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
