package dev.latent.interchange;

import dev.latent.deck.Deck;
import dev.latent.deck.Question;
import dev.latent.interchange.ApkgCards.Made;
import dev.latent.interchange.ApkgImport.PastReview;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Anki's review log ({@code revlog}) of the cards imported, as past reviews of the questions they became. */
final class ApkgHistory {

    private static final int MAX_REVIEWS_READ = 1_000_000;
    /** Anki caps the time taken per answer at a minute by default; an hour is already far-fetched. */
    private static final long MAX_ANSWER_MS = 3_600_000;

    private ApkgHistory() {
    }

    /** The review log of the imported cards, oldest first; manual reschedules and entries without a rating are left out. */
    static List<PastReview> read(Connection db, String source, List<Made> made, List<Deck> decks, ImportReport report)
            throws SQLException, ApkgException {
        if (!ApkgCollection.tables(db).contains("revlog")) return List.of();
        Map<String, String> deckOfQuestion = new HashMap<>();
        for (Deck deck : decks) for (Question question : deck.questions()) deckOfQuestion.put(question.id(), deck.id());
        Map<List<Long>, String> questionOfCard = new HashMap<>(); // (note id, ordinal) -> question id
        for (Made one : made) questionOfCard.put(List.of(one.noteId(), (long) one.ord()), one.question().id());
        Map<Long, String> questionOfCardId = new HashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet cards = statement.executeQuery("select id, nid, ord from cards limit " + (ApkgCards.MAX_CARDS_READ + 1))) {
            while (cards.next()) {
                String question = questionOfCard.get(List.of(cards.getLong(2), cards.getLong(3)));
                if (question != null) questionOfCardId.put(cards.getLong(1), question);
            }
        }
        List<PastReview> history = new ArrayList<>();
        int read = 0;
        int cards;
        Set<String> reviewed = new HashSet<>();
        try (Statement statement = db.createStatement();
             ResultSet log = statement.executeQuery("select id, cid, ease, time, type from revlog order by id")) {
            while (log.next()) {
                if (++read > MAX_REVIEWS_READ) throw new ApkgException(source + ": more than " + MAX_REVIEWS_READ + " reviews in the log");
                String question = questionOfCardId.get(log.getLong(2));
                int ease = log.getInt(3);
                int type = log.getInt(5);
                // Types 4 and 5 are manual reschedules and resets: no answer was given.
                if (question == null || ease < 1 || ease > 4 || type >= 4) continue;
                long timeMs = Math.max(0, Math.min(MAX_ANSWER_MS, log.getLong(4)));
                history.add(new PastReview(deckOfQuestion.get(question), question, Instant.ofEpochMilli(log.getLong(1)), ease, timeMs));
                reviewed.add(question);
            }
        }
        cards = reviewed.size();
        report.notice("Anki's review log: " + history.size() + (history.size() == 1 ? " review" : " reviews") + " of " + cards
                + (cards == 1 ? " card" : " cards") + " read.");
        return history;
    }
}
