package dev.latent.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps concept_window equal to the concept rows of one window of the review log, counted per question and concept
 * and split into two halves. A review row {@code r} (its id is its answer time) counts when
 * {@code from <= r < upper}, in the earlier half when {@code r < middle}. A row changes half or drops in or out
 * only if it lies between an old bound and the new one, so moving the window re-reads just those rows: the day
 * that left it, the day that crossed the middle and the reviews since the last request. A move longer than
 * {@link #REBUILD_DAYS} days in all recounts the whole window instead.
 *
 * <p>Undoing a review takes its rows out here ({@link #reviewDeleted}); new reviews come after {@code upper} and are
 * picked up by the next request.
 */
final class ConceptWindow {

    /**
     * Past this many days of rows to re-read (the bounds' moves added up), recounting the whole eight-week window
     * costs about the same and leaves nothing to undo: after three weeks away, say.
     */
    static final long REBUILD_DAYS = 21;
    private static final long DAY_MS = 86_400_000L;

    /** The window's bounds, as review ids. */
    record Bounds(long from, long middle, long upper) {
    }

    private ConceptWindow() {
    }

    /**
     * The tallies for [from, to) split at {@code middle} (see {@link Store#conceptTallies}): the window is moved
     * first, in a write of its own, when it does not cover that span yet.
     */
    static List<ReviewStats.ConceptTally> tallies(Database db, long from, long middle, long to, int limit) {
        Bounds held = db.read(ConceptWindow::bounds);
        Bounds wanted = db.read(c -> wanted(c, from, middle, to));
        if (!wanted.equals(held)) {
            db.write(c -> {
                move(c, held, wanted);
                return null;
            });
        }
        return db.read(c -> top(c, wanted, limit));
    }

    /** The bounds the table holds, or null before the first request. */
    static Bounds bounds(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT from_id, middle_id, upper_id FROM concept_window_bounds")) {
            return rs.next() ? new Bounds(rs.getLong(1), rs.getLong(2), rs.getLong(3)) : null;
        }
    }

    /**
     * The bounds for a request over [from, to): the upper bound stops after the newest review, so reviews answered
     * later (with larger ids) are not taken as counted.
     */
    static Bounds wanted(Connection c, long from, long middle, long to) throws SQLException {
        long newest;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM revlog")) {
            rs.next();
            newest = rs.getLong(1);
        }
        return new Bounds(from, middle, Math.min(to, newest + 1));
    }

    /** Brings the table from {@code old} (null: empty) to {@code wanted}; call in a write transaction. */
    static void move(Connection c, Bounds old, Bounds wanted) throws SQLException {
        List<long[]> ranges = old == null ? null : changedRanges(old, wanted);
        long changed = 0;
        if (ranges != null) for (long[] range : ranges) changed += range[1] - range[0];
        if (ranges == null || changed > REBUILD_DAYS * DAY_MS) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM concept_window");
            }
            add(c, null, wanted, wanted.from(), wanted.upper());
        } else {
            for (long[] range : ranges) add(c, old, wanted, range[0], range[1]);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM concept_window WHERE seen1 = 0 AND seen2 = 0");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO concept_window_bounds (id, from_id, middle_id, upper_id) VALUES (1, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET from_id = excluded.from_id, middle_id = excluded.middle_id,
                  upper_id = excluded.upper_id""")) {
            ps.setLong(1, wanted.from());
            ps.setLong(2, wanted.middle());
            ps.setLong(3, wanted.upper());
            ps.executeUpdate();
        }
    }

    /**
     * The review-id ranges in which a row may count differently under {@code a} and {@code b}: between the two
     * values of each bound. Sorted and merged, so no row is read twice.
     */
    static List<long[]> changedRanges(Bounds a, Bounds b) {
        List<long[]> ranges = new ArrayList<>();
        long[][] pairs = {{a.from(), b.from()}, {a.middle(), b.middle()}, {a.upper(), b.upper()}};
        for (long[] p : pairs) {
            if (p[0] != p[1]) ranges.add(new long[]{Math.min(p[0], p[1]), Math.max(p[0], p[1])});
        }
        ranges.sort((x, y) -> Long.compare(x[0], y[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] r : ranges) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
            else merged.add(r);
        }
        return merged;
    }

    /**
     * Adds, for the concept rows with review ids in [lo, hi), what they count under {@code now} less what they
     * counted under {@code before} (null: nothing).
     */
    private static void add(Connection c, Bounds before, Bounds now, long lo, long hi) throws SQLException {
        // A never-matching old window when there is none: upper = from = 0 counts no row.
        Bounds old = before != null ? before : new Bounds(0, 0, 0);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO concept_window (card_id, concept, seen1, missed1, seen2, missed2)
                SELECT card_id, concept, sum(d1), sum(d1 * missed), sum(d2), sum(d2 * missed)
                FROM (SELECT card_id, concept, missed,
                             (review_id >= ?1 AND review_id < ?2 AND review_id < ?3)
                               - (review_id >= ?4 AND review_id < ?5 AND review_id < ?6) AS d1,
                             (review_id >= ?1 AND review_id >= ?2 AND review_id < ?3)
                               - (review_id >= ?4 AND review_id >= ?5 AND review_id < ?6) AS d2
                      FROM review_concepts WHERE review_id >= ?7 AND review_id < ?8)
                WHERE d1 <> 0 OR d2 <> 0
                GROUP BY card_id, concept
                ON CONFLICT (card_id, concept) DO UPDATE SET seen1 = seen1 + excluded.seen1,
                  missed1 = missed1 + excluded.missed1, seen2 = seen2 + excluded.seen2, missed2 = missed2 + excluded.missed2""")) {
            ps.setLong(1, now.from());
            ps.setLong(2, now.middle());
            ps.setLong(3, now.upper());
            ps.setLong(4, old.from());
            ps.setLong(5, old.middle());
            ps.setLong(6, old.upper());
            ps.setLong(7, lo);
            ps.setLong(8, hi);
            ps.executeUpdate();
        }
    }

    /**
     * Takes a review about to be deleted out of the counts, and lowers the upper bound to just after the newest
     * review left, so a review answered later with a smaller id than the deleted one is not taken as counted.
     * Call in the deleting transaction, before the delete (the concept rows go with the review).
     */
    static void reviewDeleted(Connection c, long reviewId) throws SQLException {
        Bounds bounds = bounds(c);
        if (bounds == null || reviewId >= bounds.upper()) return;
        if (reviewId >= bounds.from()) {
            String half = reviewId < bounds.middle() ? "1" : "2";
            try (PreparedStatement ps = c.prepareStatement("UPDATE concept_window SET seen" + half + " = seen" + half
                    + " - 1, missed" + half + " = missed" + half + " - r.missed FROM review_concepts r "
                    + "WHERE r.review_id = ? AND concept_window.card_id = r.card_id AND concept_window.concept = r.concept")) {
                ps.setLong(1, reviewId);
                ps.executeUpdate();
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM concept_window WHERE seen1 = 0 AND seen2 = 0");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE concept_window_bounds
                SET upper_id = min(upper_id, (SELECT coalesce(max(id), 0) + 1 FROM revlog WHERE id <> ?))""")) {
            ps.setLong(1, reviewId);
            ps.executeUpdate();
        }
    }

    /**
     * The counts, the most missed first (ties by question and concept), at most {@code limit}, orphaned questions
     * left out. The label is the largest one the concept had in the window's reviews of the question, read from
     * those few reviews of the card alone (revlog_card).
     */
    static List<ReviewStats.ConceptTally> top(Connection c, Bounds bounds, int limit) throws SQLException {
        List<ReviewStats.ConceptTally> tallies = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT t.deck_id, t.question_id, t.concept,
                       (SELECT max(rc.label) FROM revlog r
                        JOIN review_concepts rc ON rc.review_id = r.id AND rc.concept = t.concept
                        WHERE r.card_id = t.card_id AND r.id >= ?1 AND r.id < ?2),
                       t.seen1, t.missed1, t.seen2, t.missed2
                FROM (SELECT c.deck_id, c.question_id, w.card_id, w.concept, w.seen1, w.missed1, w.seen2, w.missed2
                      FROM concept_window w JOIN cards c ON c.id = w.card_id
                      WHERE c.orphaned = 0
                      ORDER BY w.missed1 + w.missed2 DESC, c.deck_id, c.question_id, w.concept
                      LIMIT ?3) t
                ORDER BY t.missed1 + t.missed2 DESC, t.deck_id, t.question_id, t.concept""")) {
            ps.setLong(1, bounds.from());
            ps.setLong(2, bounds.upper());
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tallies.add(new ReviewStats.ConceptTally(new CardKey(rs.getString(1), rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)));
                }
            }
        }
        return tallies;
    }
}
