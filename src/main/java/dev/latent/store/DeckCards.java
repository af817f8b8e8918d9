package dev.latent.store;

import dev.latent.scheduling.CardState;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static dev.latent.store.Rows.CARD_COLUMNS;
import static dev.latent.store.Rows.bindState;
import static dev.latent.store.Rows.readState;

/**
 * A deck's cards as a whole, inside the store's transactions: brought in line with the deck's questions, read
 * one by one or as the memory states predicted recall needs, and moved with their history to another deck id.
 */
final class DeckCards {

    private DeckCards() {
    }

    /** The deck's question ids, checked, in deck order without repeats. */
    static Set<String> questionIds(Collection<String> questionIds) {
        Objects.requireNonNull(questionIds, "questionIds");
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : questionIds) wanted.add(CardKey.requireId(id, "question id"));
        return wanted;
    }

    /** See {@link Store#syncDeck}; {@code wanted} are the deck's question ids in deck order. */
    static DeckSync sync(Connection c, String deckId, Set<String> wanted, Instant now) throws SQLException {
        Map<String, Boolean> existing = new HashMap<>(); // question id -> orphaned
        try (PreparedStatement ps = c.prepareStatement("SELECT question_id, orphaned FROM cards WHERE deck_id = ?")) {
            ps.setString(1, deckId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) existing.put(rs.getString(1), rs.getInt(2) != 0);
            }
        }
        List<String> added = new ArrayList<>();
        List<String> returned = new ArrayList<>();
        List<String> orphaned = new ArrayList<>();
        CardState fresh = CardState.newCard(now);
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO cards (deck_id, question_id, state, step, stability, difficulty, due, last_review)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement setOrphaned = c.prepareStatement(
                     "UPDATE cards SET orphaned = ? WHERE deck_id = ? AND question_id = ?")) {
            for (String id : wanted) {
                Boolean isOrphan = existing.get(id);
                if (isOrphan == null) {
                    insert.setString(1, deckId);
                    insert.setString(2, id);
                    bindState(insert, 3, fresh);
                    insert.addBatch();
                    added.add(id);
                } else if (isOrphan) {
                    addOrphanUpdate(setOrphaned, false, deckId, id);
                    returned.add(id);
                }
            }
            for (Map.Entry<String, Boolean> e : existing.entrySet()) {
                if (!e.getValue() && !wanted.contains(e.getKey())) {
                    addOrphanUpdate(setOrphaned, true, deckId, e.getKey());
                    orphaned.add(e.getKey());
                }
            }
            insert.executeBatch();
            setOrphaned.executeBatch();
        }
        orphaned.sort(null);
        return new DeckSync(added, orphaned, returned);
    }

    private static void addOrphanUpdate(PreparedStatement ps, boolean orphaned, String deckId, String questionId)
            throws SQLException {
        ps.setInt(1, orphaned ? 1 : 0);
        ps.setString(2, deckId);
        ps.setString(3, questionId);
        ps.addBatch();
    }

    static List<CardKey> orphaned(Connection c, String deckId) throws SQLException {
        List<CardKey> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT question_id FROM cards WHERE deck_id = ? AND orphaned = 1 ORDER BY question_id")) {
            ps.setString(1, deckId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) keys.add(new CardKey(deckId, rs.getString(1)));
            }
        }
        return keys;
    }

    static Optional<CardState> state(Connection c, CardKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + CARD_COLUMNS + " FROM cards c WHERE c.deck_id = ? AND c.question_id = ?")) {
            ps.setString(1, key.deckId());
            ps.setString(2, key.questionId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(readState(rs, 1)) : Optional.empty();
            }
        }
    }

    /** See {@link Store#moveDeckHistory}; returns the cards moved. */
    static int moveHistory(Connection c, String fromDeckId, String toDeckId) throws SQLException {
        try (PreparedStatement clear = c.prepareStatement("""
                DELETE FROM cards WHERE deck_id = ? AND last_review IS NULL
                  AND NOT EXISTS (SELECT 1 FROM revlog r WHERE r.card_id = cards.id)
                  AND question_id IN (SELECT question_id FROM cards WHERE deck_id = ?)""");
             PreparedStatement move = c.prepareStatement("""
                UPDATE cards SET deck_id = ? WHERE deck_id = ?
                  AND question_id NOT IN (SELECT question_id FROM cards WHERE deck_id = ?)""");
             PreparedStatement samples = c.prepareStatement(
                     "UPDATE personal_samples SET deck_id = ? WHERE deck_id = ?");
             // "More new cards today" goes with the history: the new cards done today move, so must the allowance.
             PreparedStatement extensions = c.prepareStatement("""
                INSERT INTO limit_extensions (deck_id, day, extra_new)
                  SELECT ?, day, extra_new FROM limit_extensions WHERE deck_id = ?
                ON CONFLICT (deck_id, day) DO UPDATE SET extra_new = extra_new + excluded.extra_new""");
             PreparedStatement oldExtensions = c.prepareStatement("DELETE FROM limit_extensions WHERE deck_id = ?")) {
            clear.setString(1, toDeckId);
            clear.setString(2, fromDeckId);
            clear.executeUpdate();
            move.setString(1, toDeckId);
            move.setString(2, fromDeckId);
            move.setString(3, toDeckId);
            int moved = move.executeUpdate();
            samples.setString(1, toDeckId);
            samples.setString(2, fromDeckId);
            samples.executeUpdate();
            extensions.setString(1, toDeckId);
            extensions.setString(2, fromDeckId);
            extensions.executeUpdate();
            oldExtensions.setString(1, fromDeckId);
            oldExtensions.executeUpdate();
            return moved;
        }
    }

    /** See {@link Store#memoryStates}: one range of the cards_memory index, two numbers per card into Java. */
    static MemoryStates memoryStates(Connection c, String deckId) throws SQLException {
        int cards;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM cards WHERE deck_id = ? AND orphaned = 0")) {
            ps.setString(1, deckId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                cards = rs.getInt(1);
            }
        }
        int count = 0;
        double[] stability = new double[Math.max(16, cards)];
        long[] lastReview = new long[stability.length];
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT stability, last_review FROM cards
                WHERE deck_id = ? AND orphaned = 0 AND stability IS NOT NULL AND last_review IS NOT NULL
                ORDER BY id""")) {
            ps.setString(1, deckId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && count < stability.length) {
                    stability[count] = rs.getDouble(1);
                    lastReview[count] = rs.getLong(2);
                    count++;
                }
            }
        }
        return new MemoryStates(cards, Arrays.copyOf(stability, count), Arrays.copyOf(lastReview, count));
    }
}
