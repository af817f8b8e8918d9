package dev.latent.store;

import dev.latent.scheduling.StudyDay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.latent.store.Rows.CARD_COLUMNS;
import static dev.latent.store.Rows.queryNullableLong;
import static dev.latent.store.Rows.readState;

/**
 * Gathers what the day's queue is built from: today's counts from the review log, the learning cards within the
 * learn-ahead limit, review cards due today and new cards (one beyond each limit, so the builder can tell whether a
 * limit held cards back), and when the next ones fall due. {@link QueueBuilder} then builds the queue without SQL.
 */
final class DueQueues {

    private DueQueues() {
    }

    static DueQueue build(Connection c, String deckId, Instant now, ZoneId zone, DailyLimits limits) throws SQLException {
        LocalDate today = StudyDay.of(now, zone);
        long dayStart = StudyDay.start(today, zone).toEpochMilli();
        Instant nextDayStart = StudyDay.start(today.plusDays(1), zone);
        long dayEnd = nextDayStart.toEpochMilli();
        long nowMs = now.toEpochMilli();
        String studiable = CardControls.studiable(nowMs);
        int newDone;
        int reviewsDone;
        // Today's rows only (a revlog id range), each checked against its card's deck. A join lets SQLite scan
        // the deck's cards first, or build a Bloom filter over them: 100,000 rows read for a few hundred.
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT count(DISTINCT CASE WHEN r.prev_last_review IS NULL THEN r.card_id END),
                       count(CASE WHEN r.prev_state = 2 AND r.type <> 4 THEN 1 END)
                FROM revlog r
                WHERE r.id >= ? AND (SELECT c.deck_id FROM cards c WHERE c.id = r.card_id) = ?""")) {
            ps.setLong(1, dayStart);
            ps.setString(2, deckId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                newDone = rs.getInt(1);
                reviewsDone = rs.getInt(2);
            }
        }
        int newLeft = Math.max(0, limits.newPerDay() + CustomStudyQueries.extraNew(c, deckId, today) - newDone);
        int reviewsLeft = Math.max(0, limits.reviewsPerDay() - reviewsDone);

        long learnAhead = nowMs + DueQueue.LEARN_AHEAD.toMillis();
        List<DueCard> learning = dueCards(c, deckId, """
                c.state IN (1, 3) AND c.last_review IS NOT NULL AND c.orphaned = 0 AND c.due <= ? AND %s
                ORDER BY c.due, c.id""".formatted(studiable), learnAhead, Integer.MAX_VALUE);
        List<DueCard> reviews = dueCards(c, deckId, """
                c.state = 2 AND c.last_review IS NOT NULL AND c.orphaned = 0 AND c.due < ? AND %s
                ORDER BY c.due, c.id LIMIT ?""".formatted(studiable), dayEnd, reviewsLeft + 1);
        List<DueCard> fresh = dueCards(c, deckId, """
                c.last_review IS NULL AND c.orphaned = 0 AND %s
                ORDER BY c.id LIMIT ?""".formatted(studiable), null, newLeft + 1);
        Long nextLearning = queryNullableLong(c, """
                SELECT min(c.due) FROM cards c WHERE c.deck_id = ? AND c.state IN (1, 3)
                  AND c.last_review IS NOT NULL AND c.orphaned = 0 AND c.due > ? AND c.suspended = 0""", deckId,
                learnAhead);
        Long nextReview = queryNullableLong(c, """
                SELECT min(c.due) FROM cards c WHERE c.deck_id = ? AND c.state = 2
                  AND c.last_review IS NOT NULL AND c.orphaned = 0 AND c.due >= ? AND c.suspended = 0""", deckId, dayEnd);
        // Review cards are day-granular: one due on a later day is available from that day's 4 AM.
        Optional<Instant> nextReviewDay = Optional.ofNullable(nextReview)
                .map(ms -> StudyDay.start(StudyDay.of(Instant.ofEpochMilli(ms), zone), zone));
        return QueueBuilder.build(new QueueBuilder.Gathered(learning, reviews, fresh,
                Optional.ofNullable(nextLearning).map(Instant::ofEpochMilli), nextReviewDay, nextDayStart),
                now, newLeft, reviewsLeft);
    }

    /** The deck's cards meeting {@code condition} (on alias c, with an optional bound and LIMIT), with their states. */
    static List<DueCard> dueCards(Connection c, String deckId, String condition, Long bound, int limit)
            throws SQLException {
        boolean limited = condition.contains("LIMIT ?");
        List<DueCard> cards = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT c.question_id, " + CARD_COLUMNS + " FROM cards c WHERE c.deck_id = ? AND " + condition)) {
            int i = 1;
            ps.setString(i++, deckId);
            if (bound != null) ps.setLong(i++, bound);
            if (limited) ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) cards.add(new DueCard(new CardKey(deckId, rs.getString(1)), readState(rs, 2)));
            }
        }
        return cards;
    }
}
