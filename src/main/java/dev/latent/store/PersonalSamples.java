package dev.latent.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reading and writing the personal_samples table. */
final class PersonalSamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PersonalSamples() {
    }

    /** Inserts the sample (id 0) or replaces the saved one with its id; returns it with its id. */
    static PersonalSample save(Connection c, PersonalSample sample) throws SQLException {
        String claims = claimsJson(sample.claims());
        if (sample.id() > 0) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE personal_samples SET answer = ?, grade = ?, claims = ?, note = ? WHERE id = ?")) {
                ps.setString(1, sample.answer());
                ps.setInt(2, sample.grade());
                ps.setString(3, claims);
                ps.setString(4, sample.note());
                ps.setLong(5, sample.id());
                if (ps.executeUpdate() == 1) return sample;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO personal_samples (deck_id, question_id, answer, grade, claims, note, created)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, sample.card().deckId());
            ps.setString(2, sample.card().questionId());
            ps.setString(3, sample.answer());
            ps.setInt(4, sample.grade());
            ps.setString(5, claims);
            ps.setString(6, sample.note());
            ps.setLong(7, sample.created().toEpochMilli());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return sample.withId(keys.getLong(1));
            }
        }
    }

    static List<PersonalSample> ofDeck(Connection c, String deckId) throws SQLException {
        List<PersonalSample> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, question_id, answer, grade, claims, note, created FROM personal_samples
                WHERE deck_id = ? ORDER BY question_id, id""")) {
            ps.setString(1, deckId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PersonalSample(rs.getLong(1), new CardKey(deckId, rs.getString(2)), rs.getString(3),
                            rs.getInt(4), claims(rs.getString(5)), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7))));
                }
            }
        }
        return out;
    }

    private static String claimsJson(List<PersonalSample.Claim> claims) {
        try {
            return JSON.writeValueAsString(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings and numbers always serialise", e);
        }
    }

    private static List<PersonalSample.Claim> claims(String json) throws SQLException {
        try {
            return JSON.readValue(json, new TypeReference<List<PersonalSample.Claim>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable claims in personal_samples: " + e.getOriginalMessage(), e);
        }
    }
}
