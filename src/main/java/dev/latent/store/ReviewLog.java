package dev.latent.store;

import dev.latent.scheduling.CardState;
import dev.latent.scheduling.Rating;
import dev.latent.scheduling.ReviewType;
import dev.latent.scheduling.RevlogEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.latent.store.Rows.CARD_COLUMNS;
import static dev.latent.store.Rows.PREV_COLUMNS;
import static dev.latent.store.Rows.bindState;
import static dev.latent.store.Rows.queryLong;
import static dev.latent.store.Rows.readState;
import static dev.latent.store.Rows.setNullableInt;

/**
 * The review log (Anki's revlog) and what each row does to its card, inside the store's transactions: a review
 * written with the card's new state, undone back to the state it kept, counted and read per card.
 */
final class ReviewLog {

    private ReviewLog() {
    }

    /** One review row and the card's new state; {@code atOwnTime}: the id is the review's time, not after the newest. */
    static Review insert(Connection c, ReviewInput answer, boolean atOwnTime) throws SQLException {
        {
            long cardId;
            CardState before;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT c.id, " + CARD_COLUMNS + " FROM cards c WHERE c.deck_id = ? AND c.question_id = ?")) {
                ps.setString(1, answer.card().deckId());
                ps.setString(2, answer.card().questionId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("There is no card " + answer.card() + "; sync its deck first.");
                    }
                    cardId = rs.getLong(1);
                    before = readState(rs, 2);
                }
            }
            if (answer.before() != null && !answer.before().equals(before)) {
                // Another window, an undo or a sync moved the card since it was shown: rating it now would
                // schedule from a state it is no longer in.
                throw new StaleReviewException("The card " + answer.card() + " changed since it was shown; the rating"
                        + " was not recorded. Show the card again to rate it.");
            }
            // Revlog ids are answer times in ms and must be unique: take the next free ms, as Anki does.
            long id = atOwnTime ? nextFreeId(c, answer.reviewedAt().toEpochMilli())
                    : Math.max(answer.reviewedAt().toEpochMilli(), queryLong(c, "SELECT coalesce(max(id), 0) + 1 FROM revlog"));
            RevlogEntry entry = RevlogEntry.of(before, answer.after(), answer.reviewedAt());
            ReviewType type = answer.type() != null ? answer.type() : entry.type();
            long interval = entry.interval();
            long lastInterval = entry.lastInterval();
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO revlog (id, card_id, rating, ivl, last_ivl, time_ms, type, answer, score, concepts,
                      prev_state, prev_step, prev_stability, prev_difficulty, prev_due, prev_last_review)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setLong(1, id);
                ps.setLong(2, cardId);
                ps.setInt(3, answer.rating().value());
                ps.setLong(4, interval);
                ps.setLong(5, lastInterval);
                ps.setLong(6, answer.timeTakenMs());
                ps.setInt(7, type.code());
                ps.setString(8, answer.typedAnswer());
                setNullableInt(ps, 9, answer.score());
                ps.setString(10, answer.conceptResultsJson());
                bindState(ps, 11, before);
                ps.executeUpdate();
            }
            ReviewConcepts.insert(c, id, cardId, answer.concepts());
            ReviewQuarters.add(c, id, 1);
            updateCard(c, cardId, answer.after());
            return new Review(id, answer.card(), answer.rating(), interval, lastInterval, answer.timeTakenMs(), type,
                    answer.typedAnswer(), answer.score(), answer.conceptResultsJson(), before);
        }
    }

    static long nextFreeId(Connection c, long from) throws SQLException {
        long id = from;
        try (PreparedStatement taken = c.prepareStatement("SELECT 1 FROM revlog WHERE id = ?")) {
            while (true) {
                taken.setLong(1, id);
                try (ResultSet rs = taken.executeQuery()) {
                    if (!rs.next()) return id;
                }
                id++;
            }
        }
    }

    static void updateCard(Connection c, long cardId, CardState state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ? WHERE id = ?")) {
            bindState(ps, 1, state);
            ps.setLong(7, cardId);
            ps.executeUpdate();
        }
    }

    /** Deletes the newest review and puts its card back; empty when the log is empty. */
    static Optional<UndoneReview> undoLast(Connection c) throws SQLException {
        long reviewId;
        long cardId;
        CardKey key;
        String typed;
        CardState before;
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.card_id, c.deck_id, c.question_id, r.answer, "
                + PREV_COLUMNS + " FROM revlog r JOIN cards c ON c.id = r.card_id ORDER BY r.id DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return Optional.empty();
            reviewId = rs.getLong(1);
            cardId = rs.getLong(2);
            key = new CardKey(rs.getString(3), rs.getString(4));
            typed = rs.getString(5);
            before = readState(rs, 6);
        }
        ReviewQuarters.add(c, reviewId, -1);
        ConceptWindow.reviewDeleted(c, reviewId);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM revlog WHERE id = ?")) {
            ps.setLong(1, reviewId);
            ps.executeUpdate();
        }
        updateCard(c, cardId, before);
        return Optional.of(new UndoneReview(key, typed == null ? "" : typed));
    }

    static int count(Connection c, CardKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM revlog r JOIN cards c ON c.id = r.card_id"
                + " WHERE c.deck_id = ? AND c.question_id = ?")) {
            ps.setString(1, key.deckId());
            ps.setString(2, key.questionId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The card's reviews, oldest first. */
    static List<Review> of(Connection c, CardKey key) throws SQLException {
        List<Review> reviews = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.rating, r.ivl, r.last_ivl, r.time_ms, r.type, "
                + "r.answer, r.score, r.concepts, " + PREV_COLUMNS + " FROM revlog r JOIN cards c ON c.id = r.card_id "
                + "WHERE c.deck_id = ? AND c.question_id = ? ORDER BY r.id")) {
            ps.setString(1, key.deckId());
            ps.setString(2, key.questionId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int score = rs.getInt(8);
                    Integer nullableScore = rs.wasNull() ? null : score;
                    reviews.add(new Review(rs.getLong(1), key, Rating.of(rs.getInt(2)), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), ReviewType.of(rs.getInt(6)), rs.getString(7), nullableScore,
                            rs.getString(9), readState(rs, 10)));
                }
            }
        }
        return reviews;
    }
}
